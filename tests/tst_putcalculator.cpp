#include "AppRunner.h"
#include "figures/MetricRepository.h"
#include "options/ArticleQuote.h"
#include "options/PutCalculator.h"
#include "options/PutExplanation.h"
#include "options/PutPayoff.h"
#include "options/PutScenarioCommands.h"
#include "options/PutScenarioRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "util/UndoHistory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The trade the article's readers wrote up: a 110 put at 3.725, ten calendar days out.
PutInputs articleTrade()
{
    PutInputs in;
    in.price = 131.28;
    in.strike = 110;
    in.premium = 3.725;
    in.tradeDate = QDate(2025, 2, 25);
    in.expiry = QDate(2025, 3, 7);
    return in;
}

// A reference written without the calculator's closed form: the risk-neutral expectation
// over the lognormal terminal price, integrated numerically on a fine grid of z ~ N(0, 1).
struct Reference
{
    double put = 0;
    double probabilityBelowStrike = 0;
};

Reference integrateLognormal(double price, double strike, double years, double rate, double sigma)
{
    constexpr int steps = 400000;
    constexpr double zMin = -12, zMax = 12;
    const double h = (zMax - zMin) / steps;
    const double pi = std::acos(-1.0);
    double expectedPayoff = 0, probability = 0;
    for (int i = 0; i < steps; ++i) {
        const double z = zMin + (i + 0.5) * h; // midpoint rule
        const double density = std::exp(-z * z / 2) / std::sqrt(2 * pi);
        const double terminal =
            price * std::exp((rate - sigma * sigma / 2) * years + sigma * std::sqrt(years) * z);
        if (terminal < strike) {
            expectedPayoff += (strike - terminal) * density * h;
            probability += density * h;
        }
    }
    return {std::exp(-rate * years) * expectedPayoff, probability};
}

// The article trade on the command line, with extra arguments.
QStringList articleTradeArgs(const QString &library, const QStringList &extra = {})
{
    return QStringList{u"put-calc"_s,   u"--library"_s, library,        u"--price"_s, u"131.28"_s,
                       u"--strike"_s,   u"110"_s,       u"--premium"_s, u"3.725"_s,   u"--trade-date"_s,
                       u"2025-02-25"_s, u"--expiry"_s,  u"2025-03-07"_s} +
           extra;
}

const PutFigure *figure(const QList<PutFigure> &figures, const QString &key)
{
    for (const PutFigure &f : figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(PutInputs)
Q_DECLARE_METATYPE(DayBasis)

class TestPutCalculator : public QObject
{
    Q_OBJECT

private slots:
    void handCalculations_data()
    {
        QTest::addColumn<PutInputs>("inputs");
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("premiumReceived");
        QTest::addColumn<double>("collateral");
        QTest::addColumn<double>("breakeven");
        QTest::addColumn<double>("strikeDistancePct");
        QTest::addColumn<double>("returnOnCollateralPct");
        QTest::addColumn<double>("annualisedYieldPct");
        QTest::addColumn<double>("maxLoss");

        // 3.725 × 100 = 372.50; 110 × 100 = 11,000; 110 − 3.725 = 106.275;
        // 372.5 / 11,000 = 3.3864%; × 365 / 10 = 123.60% (not the 12.3% a write-up gave).
        QTest::newRow("article trade, 10 calendar days")
            << articleTrade() << 10 << 372.5 << 11000.0 << 106.275 << (131.28 - 110) / 131.28 * 100
            << 3.3863636 << 123.6022727 << 10627.5;

        // The same trade counted in trading days: Feb 26, 27, 28, Mar 3-7 = 8 weekdays.
        PutInputs trading = articleTrade();
        trading.dayBasis = DayBasis::Trading252;
        QTest::newRow("article trade, 8 trading days")
            << trading << 8 << 372.5 << 11000.0 << 106.275 << (131.28 - 110) / 131.28 * 100 << 3.3863636
            << 3.3863636 * 252 / 8 << 10627.5;

        // 3 contracts: 2 × 300 = 600, less 6 fees = 594; 100 × 300 = 30,000;
        // 100 − 594/300 = 98.02; 594 / 30,000 = 1.98%; × 365 / 30 = 24.09%.
        PutInputs withFees;
        withFees.price = 105;
        withFees.strike = 100;
        withFees.premium = 2;
        withFees.contracts = 3;
        withFees.fees = 6;
        withFees.tradeDate = QDate(2025, 1, 1);
        withFees.expiry = QDate(2025, 1, 31);
        QTest::newRow("3 contracts with fees, 30 days")
            << withFees << 30 << 600.0 << 30000.0 << 98.02 << 100.0 * 5 / 105 << 1.98 << 24.09 << 29406.0;

        // A strike above the price: the distance is negative.
        PutInputs inTheMoney = withFees;
        inTheMoney.price = 95;
        inTheMoney.premium = 7;
        inTheMoney.contracts = 1;
        inTheMoney.fees = 0;
        QTest::newRow("strike above the price") << inTheMoney << 30 << 700.0 << 10000.0 << 93.0
                                                << -100.0 * 5 / 95 << 7.0 << 7.0 * 365 / 30 << 9300.0;
    }

    void handCalculations()
    {
        QFETCH(PutInputs, inputs);
        const PutResult r = PutCalculator::compute(inputs);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTEST(r.days, "days");
        QFETCH(double, premiumReceived);
        QFETCH(double, collateral);
        QFETCH(double, breakeven);
        QFETCH(double, strikeDistancePct);
        QFETCH(double, returnOnCollateralPct);
        QFETCH(double, annualisedYieldPct);
        QFETCH(double, maxLoss);
        QVERIFY(qAbs(r.premiumReceived - premiumReceived) < 1e-9);
        QVERIFY(qAbs(r.collateral - collateral) < 1e-9);
        QVERIFY(qAbs(r.breakeven - breakeven) < 1e-9);
        QVERIFY(qAbs(r.effectivePriceIfAssigned - breakeven) < 1e-9);
        QVERIFY(qAbs(r.strikeDistancePct - strikeDistancePct) < 1e-9);
        QVERIFY2(qAbs(r.returnOnCollateralPct - returnOnCollateralPct) < 1e-6,
                 qPrintable(QString::number(r.returnOnCollateralPct, 'f', 8)));
        QVERIFY2(qAbs(r.annualisedYieldPct - annualisedYieldPct) < 1e-5,
                 qPrintable(QString::number(r.annualisedYieldPct, 'f', 8)));
        QVERIFY(qAbs(r.maxLoss - maxLoss) < 1e-9);
        QVERIFY(!r.probabilityOfAssignment);
    }

    void articleTradeAsShown()
    {
        const PutInputs in = articleTrade();
        const QList<PutFigure> figures = PutCalculator::figures(in, PutCalculator::compute(in));
        QCOMPARE(figure(figures, u"premium_received"_s)->display, u"$372.50"_s);
        QCOMPARE(figure(figures, u"premium_received"_s)->formula,
                 u"premium × 100 × contracts = $3.725 × 100 × 1 = $372.50"_s);
        QCOMPARE(figure(figures, u"collateral"_s)->display, u"$11,000.00"_s);
        QCOMPARE(figure(figures, u"breakeven"_s)->display, u"$106.275"_s);
        QCOMPARE(figure(figures, u"return_on_collateral_pct"_s)->display, u"3.39%"_s);
        QCOMPARE(figure(figures, u"annualised_yield_pct"_s)->display, u"123.60%"_s);
        QCOMPARE(
            figure(figures, u"annualised_yield_pct"_s)->formula,
            u"return on collateral × 365 ÷ days = 3.386% × 365 ÷ 10 = 123.60% (calendar days, 365 a year)"_s);
        QCOMPARE(figure(figures, u"strike_distance_pct"_s)->display, u"16.21%"_s);
        QCOMPARE(figure(figures, u"max_loss"_s)->display, u"$10,627.50"_s);
        // Without a volatility there is no probability, and it says what it needs.
        const PutFigure *probability = figure(figures, u"probability_of_assignment"_s);
        QVERIFY(probability && !probability->value);
        QCOMPARE(probability->display, u"needs an implied volatility"_s);
        for (const PutFigure &f : figures)
            QVERIFY2(!f.label.isEmpty() && !f.formula.isEmpty(), qPrintable(f.key));
    }

    void dayCounts_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("calendar");
        QTest::addColumn<int>("trading");
        QTest::newRow("Friday to Monday") << QDate(2025, 3, 7) << QDate(2025, 3, 10) << 3 << 1;
        QTest::newRow("Saturday to Sunday") << QDate(2025, 3, 8) << QDate(2025, 3, 9) << 1 << 0;
        QTest::newRow("Wednesday to Friday next week") << QDate(2025, 2, 26) << QDate(2025, 3, 7) << 9 << 7;
        QTest::newRow("three whole weeks") << QDate(2025, 3, 3) << QDate(2025, 3, 24) << 21 << 15;
        // Holidays are not counted: Good Friday 2025 (April 18) counts as a trading day.
        QTest::newRow("across Good Friday") << QDate(2025, 4, 17) << QDate(2025, 4, 21) << 4 << 2;
        QTest::newRow("a year") << QDate(2025, 1, 1) << QDate(2026, 1, 1) << 365 << 261;
        QTest::newRow("backwards") << QDate(2025, 3, 10) << QDate(2025, 3, 7) << 0 << 0;
    }

    void dayCounts()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QTEST(PutCalculator::daysBetween(from, to, DayBasis::Calendar365), "calendar");
        QTEST(PutCalculator::daysBetween(from, to, DayBasis::Trading252), "trading");
    }

    void textbookBlackScholes()
    {
        // Hull's example: S = K = 100, T = 1, r = 5%, σ = 20%: d1 = 0.35, d2 = 0.15,
        // N(d2) = 0.5596, put = 5.5735.
        PutInputs in;
        in.price = 100;
        in.strike = 100;
        in.premium = 5;
        in.tradeDate = QDate(2025, 1, 1);
        in.expiry = QDate(2026, 1, 1);
        in.volatility = 0.20;
        in.riskFreeRate = 0.05;
        const PutResult r = PutCalculator::compute(in);
        QVERIFY(r.ok());
        QCOMPARE(r.years, 1.0);
        QVERIFY(qAbs(*r.d1 - 0.35) < 1e-12);
        QVERIFY(qAbs(*r.d2 - 0.15) < 1e-12);
        QVERIFY2(qAbs(1 - *r.probabilityOfAssignment - 0.5596) < 5e-5,
                 qPrintable(QString::number(*r.probabilityOfAssignment, 'f', 6)));
        QVERIFY2(qAbs(*r.modelPutValue - 5.5735) < 5e-5,
                 qPrintable(QString::number(*r.modelPutValue, 'f', 6)));
        QCOMPARE(PutCalculator::normalCdf(0), 0.5);
    }

    void blackScholesAgainstIntegration_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("strike");
        QTest::addColumn<QDate>("expiry"); // traded on 2025-01-02, a Thursday
        QTest::addColumn<DayBasis>("basis");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("sigma");
        QTest::newRow("article strike, σ 60%, 10 days")
            << 131.28 << 110.0 << QDate(2025, 1, 12) << DayBasis::Calendar365 << 0.0 << 0.60;
        QTest::newRow("at the money, a month, 4.3%")
            << 131.28 << 130.0 << QDate(2025, 2, 1) << DayBasis::Calendar365 << 0.043 << 0.50;
        QTest::newRow("deep in the money, a year")
            << 80.0 << 110.0 << QDate(2026, 1, 2) << DayBasis::Calendar365 << 0.05 << 0.35;
        QTest::newRow("far out, trading basis")
            << 131.28 << 90.0 << QDate(2025, 2, 27) << DayBasis::Trading252 << 0.02 << 0.45;
    }

    void blackScholesAgainstIntegration()
    {
        PutInputs in;
        QFETCH(double, price);
        QFETCH(double, strike);
        QFETCH(QDate, expiry);
        QFETCH(DayBasis, basis);
        QFETCH(double, rate);
        QFETCH(double, sigma);
        in.price = price;
        in.strike = strike;
        in.premium = 1;
        in.tradeDate = QDate(2025, 1, 2);
        in.expiry = expiry;
        in.dayBasis = basis;
        in.volatility = sigma;
        in.riskFreeRate = rate;
        const PutResult r = PutCalculator::compute(in);
        QVERIFY(r.ok());
        const Reference reference = integrateLognormal(price, strike, r.years, rate, sigma);
        QVERIFY2(qAbs(*r.modelPutValue - reference.put) < 1e-6,
                 qPrintable(u"%1 vs %2"_s.arg(*r.modelPutValue, 0, 'f', 8).arg(reference.put, 0, 'f', 8)));
        QVERIFY2(qAbs(*r.probabilityOfAssignment - reference.probabilityBelowStrike) < 1e-4,
                 qPrintable(u"%1 vs %2"_s.arg(*r.probabilityOfAssignment, 0, 'f', 6)
                                .arg(reference.probabilityBelowStrike, 0, 'f', 6)));
    }

    void dayBasisMovesTheProbability()
    {
        // The same dates and volatility on the other basis: fewer days but a shorter year,
        // so T and the probability change; the output must say which was used.
        PutInputs calendar = articleTrade();
        calendar.volatility = 0.6;
        PutInputs trading = calendar;
        trading.dayBasis = DayBasis::Trading252;
        const PutResult c = PutCalculator::compute(calendar);
        const PutResult t = PutCalculator::compute(trading);
        QCOMPARE(c.years, 10 / 365.0);
        QCOMPARE(t.years, 8 / 252.0);
        QVERIFY(*t.probabilityOfAssignment > *c.probabilityOfAssignment);
        QVERIFY(PutCalculator::assumptions(trading).join(u' ').contains(u"holidays are not counted"_s));
    }

    void refusals_data()
    {
        QTest::addColumn<PutInputs>("inputs");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, PutInputs in, const QString &message) {
            QTest::newRow(name) << in << message;
        };
        PutInputs in = articleTrade();
        in.expiry = in.tradeDate.addDays(-1);
        row("expiry before trade date", in, u"The expiry date must be after the trade date."_s);
        in.expiry = in.tradeDate;
        row("expiry on trade date", in, u"The expiry date must be after the trade date."_s);
        in = articleTrade();
        in.premium = -0.5;
        row("negative premium", in, u"The premium cannot be negative."_s);
        in.premium = 110;
        row("premium as large as the strike", in,
            u"The premium must be less than the strike: nobody pays the whole strike for a put."_s);
        in = articleTrade();
        in.strike = 0;
        row("zero strike", in, u"The strike must be more than zero."_s);
        in.strike = -110;
        row("negative strike", in, u"The strike must be more than zero."_s);
        in = articleTrade();
        in.price = 0;
        row("zero price", in, u"The stock price must be more than zero."_s);
        in.price = std::nan("");
        row("price not a number", in, u"The stock price must be more than zero."_s);
        in = articleTrade();
        in.contracts = 0;
        row("no contracts", in, u"Sell at least one contract."_s);
        in = articleTrade();
        in.fees = -1;
        row("negative fees", in, u"Fees cannot be negative."_s);
        in = articleTrade();
        in.tradeDate = QDate();
        row("no trade date", in, u"The trade date is not a valid date."_s);
        in = articleTrade();
        in.volatility = 0;
        row("zero volatility", in, u"The implied volatility must be more than zero, or left out."_s);
        in.volatility = -0.3;
        row("negative volatility", in, u"The implied volatility must be more than zero, or left out."_s);
        in = articleTrade();
        in.riskFreeRate = -1;
        row("rate of -100%", in, u"The risk-free rate must be a number above −100%."_s);
        in = articleTrade();
        in.tradeDate = QDate(2025, 3, 8);
        in.expiry = QDate(2025, 3, 9);
        in.dayBasis = DayBasis::Trading252;
        row("a weekend on the trading basis", in,
            u"There is no trading day after the trade date up to expiry."_s);
        in = articleTrade();
        in.scenarioDate = in.expiry.addDays(1);
        row("date to try after expiry", in, u"The date to try must lie from the trade date to expiry."_s);
        in = articleTrade();
        in.scenarioPrice = -1;
        row("negative price to try", in, u"The stock price to try cannot be negative."_s);
    }

    void refusals()
    {
        QFETCH(PutInputs, inputs);
        const PutResult r = PutCalculator::compute(inputs);
        QTEST(r.error, "message");
        QVERIFY(PutCalculator::figures(inputs, r).isEmpty());
        QVERIFY(PutPayoff::spec(inputs).atExpiry.isEmpty());
        QVERIFY(PutExplanation::whatItMeans(inputs, r).isEmpty());
    }

    void payoffAtExpiry()
    {
        PutInputs in = articleTrade();
        in.scenarioPrice = 100;
        const PutPayoffSpec spec = PutPayoff::spec(in);
        const PutResult r = PutCalculator::compute(in);
        QCOMPARE(spec.strike, 110.0);
        QCOMPARE(spec.breakeven, r.breakeven);
        QVERIFY(spec.minPrice < r.breakeven && spec.maxPrice > in.price);
        QVERIFY(spec.beforeExpiry.isEmpty());
        bool sawStrike = false;
        for (const QPointF &point : spec.atExpiry) {
            // Flat at the premium above the strike, a dollar per share per dollar below it.
            const double expected = point.x() >= 110 ? 372.5 : 372.5 - (110 - point.x()) * 100;
            QVERIFY2(qAbs(point.y() - expected) < 1e-9, qPrintable(QString::number(point.x())));
            sawStrike = sawStrike || point.x() == 110;
        }
        QVERIFY(sawStrike);
        // Without a volatility the marker is the result at expiry: 372.50 − 10 × 100.
        QCOMPARE(spec.marker, QPointF(100, -627.5));
        QCOMPARE(spec.markerLabel, u"Stock at $100.00 on 2025-03-07: −$627.50"_s);
        QCOMPARE(r.scenarioPnl, -627.5);
    }

    void payoffBeforeExpiry()
    {
        PutInputs in = articleTrade();
        in.volatility = 0.6;
        in.scenarioDate = QDate(2025, 3, 3);
        const PutPayoffSpec spec = PutPayoff::spec(in);
        QCOMPARE(spec.beforeExpiry.size(), spec.atExpiry.size());
        for (qsizetype i = 0; i < spec.atExpiry.size(); ++i) {
            // Time value: a put is worth at least its value at expiry, so the seller's
            // mark-to-market result lies on or under the expiry line.
            QVERIFY(spec.beforeExpiry[i].y() <= spec.atExpiry[i].y() + 1e-9);
        }
        const double expected = 372.5 - 100 * PutCalculator::blackScholesPut(131.28, 110, 4 / 365.0, 0, 0.6);
        QVERIFY(qAbs(spec.marker.y() - expected) < 1e-9);
        QVERIFY(spec.beforeExpiryName.contains(u"2025-03-03"_s));

        // On expiry day itself there is nothing before expiry to draw.
        in.scenarioDate = in.expiry;
        QVERIFY(PutPayoff::spec(in).beforeExpiry.isEmpty());
    }

    void explanationHasTheNumbers()
    {
        const PutInputs in = articleTrade();
        const QString text = PutExplanation::whatItMeans(in, PutCalculator::compute(in));
        for (const QString &number :
             {u"$110.00"_s, u"$372.50"_s, u"100 shares"_s, u"$11,000.00"_s, u"3.39%"_s, u"123.60%"_s,
              u"$106.28"_s, u"$10,627.50"_s, u"2025-03-07"_s})
            QVERIFY2(text.contains(number), qPrintable(number));
        QVERIFY(PutExplanation::putCallParity(in).contains(u"put-call parity"_s));
    }

    void articlePriceIsAFigureOfTheLibrary()
    {
        // The close is read from the library, where the built-in sample stores it as a figure
        // cited to the article, not from a constant and never from a market feed.
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(u"quote.sqlite"_s), &error), qPrintable(error));
        MetricRepository figures(&store);
        QVERIFY(!ArticleQuotes::latestClose(figures, u"NVDA"_s));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        const auto quote = ArticleQuotes::latestClose(figures, u"NVDA"_s);
        QVERIFY(quote);
        QCOMPARE(quote->price, 131.28);
        QCOMPARE(quote->date, QDate(2025, 2, 26));
        QVERIFY(quote->source.contains(u"built-in article"_s));
        QVERIFY(quote->source.contains(u"not a market feed"_s));
        const auto figure =
            figures.figure({u"NVDA"_s, {2025, 4}, Metric::SharePriceClose, FigureKind::Disclosed});
        QVERIFY(figure);
        QCOMPARE(figure->status, u"quoted"_s);
        QCOMPARE(figure->unit, QString(Unit::Usd));

        QFile article(u":/sample/000_d7df10e03045e75a.txt"_s);
        QVERIFY(article.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(article.readAll());
        QVERIFY2(text.contains(quote->quote), "the quoted sentence is no longer in the built-in article");
        QVERIFY(quote->quote.contains(QString::number(quote->price, 'f', 2)));
        QVERIFY(text.contains(u"2月26日"_s));
    }

    void commandLineJson()
    {
        const AppRun run = runApp(articleTradeArgs(library(), {u"--json"_s}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"premium_received"_s].toDouble(), 372.5);
        QCOMPARE(json[u"collateral"_s].toDouble(), 11000.0);
        QCOMPARE(json[u"breakeven"_s].toDouble(), 106.275);
        QCOMPARE(json[u"effective_price_if_assigned"_s].toDouble(), 106.275);
        QVERIFY(qAbs(json[u"return_on_collateral_pct"_s].toDouble() - 3.3863636) < 1e-6);
        QVERIFY(qAbs(json[u"annualised_yield_pct"_s].toDouble() - 123.6022727) < 1e-6);
        QVERIFY(qAbs(json[u"strike_distance_pct"_s].toDouble() - 16.2096) < 1e-4);
        QCOMPARE(json[u"max_loss"_s].toDouble(), 10627.5);
        QCOMPARE(json[u"day_basis"_s].toString(), u"calendar"_s);
        QCOMPARE(json[u"days"_s].toInt(), 10);
        QCOMPARE(json[u"year_days"_s].toInt(), 365);
        QVERIFY(json.contains(u"probability_of_assignment"_s));
        QVERIFY(json[u"probability_of_assignment"_s].isNull());
        QCOMPARE(json[u"formulas"_s][u"collateral"_s].toString(),
                 u"strike × 100 × contracts = $110.00 × 100 × 1 = $11,000.00"_s);
        QCOMPARE(json[u"inputs"_s][u"iv_pct"_s].isNull(), true);
    }

    void commandLineWithVolatility()
    {
        const AppRun run = runApp(articleTradeArgs(library(), {u"--iv"_s, u"60%"_s, u"--rate"_s, u"4.3"_s,
                                                               u"--day-basis"_s, u"trading"_s, u"--json"_s}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        PutInputs in = articleTrade();
        in.volatility = 0.6;
        in.riskFreeRate = 0.043;
        in.dayBasis = DayBasis::Trading252;
        const PutResult expected = PutCalculator::compute(in);
        QCOMPARE(json[u"day_basis"_s].toString(), u"trading"_s);
        QCOMPARE(json[u"days"_s].toInt(), 8);
        QCOMPARE(json[u"year_days"_s].toInt(), 252);
        QCOMPARE(json[u"inputs"_s][u"iv_pct"_s].toDouble(), 60.0);
        QCOMPARE(json[u"probability_of_assignment"_s].toDouble(), *expected.probabilityOfAssignment);
        QCOMPARE(json[u"model_put_value"_s].toDouble(), *expected.modelPutValue);
    }

    void commandLineText()
    {
        const AppRun run = runApp(articleTradeArgs(library()));
        QCOMPARE(run.exitCode, 0);
        for (
            const QString &line :
            {u"Premium received: $372.50"_s, u"Cash collateral: $11,000.00"_s,
             u"Breakeven at expiry: $106.275"_s, u"Return on collateral: 3.39%"_s,
             u"Annualised yield: 123.60%"_s,
             u"return on collateral × 365 ÷ days = 3.386% × 365 ÷ 10 = 123.60% (calendar days, 365 a year)"_s,
             u"Risk-free rate r = 0% (none given)."_s})
            QVERIFY2(run.out.contains(line), qPrintable(line + u"\n\n"_s + run.out));
    }

    void commandLineRefusals_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("expiry before trade date") << QStringList{u"--expiry"_s, u"2025-02-20"_s}
                                                  << u"The expiry date must be after the trade date."_s;
        QTest::newRow("negative premium")
            << QStringList{u"--premium"_s, u"-1"_s} << u"The premium cannot be negative."_s;
        QTest::newRow("zero strike") << QStringList{u"--strike"_s, u"0"_s}
                                     << u"The strike must be more than zero."_s;
        QTest::newRow("no contracts")
            << QStringList{u"--contracts"_s, u"0"_s} << u"Sell at least one contract."_s;
        QTest::newRow("price not a number")
            << QStringList{u"--price"_s, u"abc"_s} << u"--price must be a number"_s;
        QTest::newRow("bad date") << QStringList{u"--expiry"_s, u"7/3/2025"_s}
                                  << u"--expiry must be a date"_s;
        QTest::newRow("bad basis") << QStringList{u"--day-basis"_s, u"360"_s}
                                   << u"--day-basis must be calendar or trading"_s;
        QTest::newRow("zero volatility") << QStringList{u"--iv"_s, u"0"_s}
                                         << u"The implied volatility must be more than zero, or left out."_s;
    }

    void commandLineRefusals()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        // A repeated option takes its last value, so each row overrides one of the trade's.
        const AppRun run = runApp(articleTradeArgs(library(), extra));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void commandLineNeedsTheInputs()
    {
        const AppRun run = runApp({u"put-calc"_s, u"--library"_s, library(), u"--price"_s, u"131.28"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--strike is required"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"Usage: earnings-reader put-calc"_s));
    }

    void scenariosAreSavedWithTheCall()
    {
        // On a library written by schema 5, so the new step runs on a real old file.
        const QString path = m_dir.filePath(u"scenarios.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR "/libraries/library-schema5.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        PutScenario saved;
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
            PutScenarioRepository repository(&store);
            QVERIFY(repository.scenarios(1).isEmpty());
            PutScenario scenario;
            scenario.callId = 1;
            scenario.name = u"段永平的 110 put"_s;
            scenario.inputs = articleTrade();
            scenario.inputs.volatility = 0.6;
            scenario.inputs.dayBasis = DayBasis::Trading252;
            scenario.inputs.scenarioDate = QDate(2025, 3, 3);
            QSignalSpy added(&repository, &PutScenarioRepository::scenarioAdded);
            const auto stored = repository.add(scenario, &error);
            QVERIFY2(stored, qPrintable(error));
            QCOMPARE(added.size(), 1);
            QCOMPARE(added.first().at(1).toLongLong(), 1);
            saved = *stored;
        }
        // Read back from the file: every input as given, the ones left out still left out.
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        PutScenarioRepository repository(&store);
        const QList<PutScenario> list = repository.scenarios(1);
        QCOMPARE(list.size(), 1);
        const PutScenario &back = list.first();
        QCOMPARE(back.id, saved.id);
        QCOMPARE(back.name, u"段永平的 110 put"_s);
        QCOMPARE(back.inputs.price, 131.28);
        QCOMPARE(back.inputs.strike, 110.0);
        QCOMPARE(back.inputs.premium, 3.725);
        QCOMPARE(back.inputs.tradeDate, QDate(2025, 2, 25));
        QCOMPARE(back.inputs.expiry, QDate(2025, 3, 7));
        QCOMPARE(back.inputs.contracts, 1);
        QCOMPARE(back.inputs.volatility, std::optional<double>(0.6));
        QVERIFY(!back.inputs.riskFreeRate);
        QVERIFY(!back.inputs.scenarioPrice);
        QCOMPARE(back.inputs.scenarioDate, std::optional<QDate>(QDate(2025, 3, 3)));
        QVERIFY(back.inputs.dayBasis == DayBasis::Trading252);
        QCOMPARE(PutCalculator::compute(back.inputs).annualisedYieldPct,
                 PutCalculator::compute(saved.inputs).annualisedYieldPct);

        // Refused inputs are not stored.
        PutScenario bad = back;
        bad.id = 0;
        bad.inputs.strike = 0;
        QVERIFY(!repository.add(bad, &error));
        QCOMPARE(error, u"The strike must be more than zero."_s);
        QCOMPARE(repository.scenarios(1).size(), 1);
    }

    void savingAndDeletingScenariosUndo()
    {
        const QString path = m_dir.filePath(u"undo.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR "/libraries/library-schema5.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        PutScenarioRepository repository(&store);
        QUndoStack stack;
        PutScenario scenario;
        scenario.callId = 1;
        scenario.name = u"110 put"_s;
        scenario.inputs = articleTrade();

        auto *save = new SavePutScenarioCommand(&repository, scenario, UndoHistory::of(&stack));
        stack.push(save);
        QCOMPARE(repository.scenarios(1).size(), 1);
        const qint64 id = save->scenarioId();
        QVERIFY(id > 0);
        QCOMPARE(stack.undoText(), u"Save put scenario \"110 put\""_s);
        stack.undo();
        QVERIFY(repository.scenarios(1).isEmpty());
        stack.redo();
        QCOMPARE(repository.scenarios(1).size(), 1);
        QCOMPARE(repository.scenarios(1).first().id, id); // the same row comes back

        stack.push(new DeletePutScenarioCommand(&repository, repository.scenarios(1).first(),
                                                UndoHistory::of(&stack)));
        QVERIFY(repository.scenarios(1).isEmpty());
        stack.undo();
        QCOMPARE(repository.scenarios(1).size(), 1);
        QCOMPARE(repository.scenario(id)->inputs.premium, 3.725);
        stack.undo();
        QVERIFY(!repository.scenario(id));
    }

    void commandLineListsTheSavedScenarios()
    {
        const QString path = m_dir.filePath(u"listed.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR "/libraries/library-schema5.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            PutScenarioRepository repository(&store);
            PutScenario scenario;
            scenario.callId = 1;
            scenario.name = u"段永平的 110 put"_s;
            scenario.inputs = articleTrade();
            QVERIFY2(repository.add(scenario, &error), qPrintable(error));
        }
        const AppRun json =
            runApp({u"put-scenarios"_s, u"--call"_s, u"1"_s, u"--json"_s, u"--library"_s, path});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[u"name"_s].toString(), u"段永平的 110 put"_s);
        QCOMPARE(list.first()[u"call"_s].toInt(), 1);
        QCOMPARE(list.first()[u"premium_received"_s].toDouble(), 372.5);
        QVERIFY(qAbs(list.first()[u"annualised_yield_pct"_s].toDouble() - 123.6022727) < 1e-6);
        QCOMPARE(list.first()[u"inputs"_s][u"trade_date"_s].toString(), u"2025-02-25"_s);

        const AppRun text = runApp({u"put-scenarios"_s, u"--call"_s, u"1"_s, u"--library"_s, path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"段永平的 110 put"_s) &&
                     text.out.contains(u"Annualised yield: 123.60%"_s),
                 qPrintable(text.out));
        QCOMPARE(runApp({u"put-scenarios"_s, u"--library"_s, path}).exitCode, 2);
        QCOMPARE(runApp({u"put-scenarios"_s, u"--call"_s, u"99"_s, u"--library"_s, path}).exitCode, 1);
    }

private:
    QString library() const { return m_dir.filePath(u"putcalc.sqlite"_s); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPutCalculator)
#include "tst_putcalculator.moc"
