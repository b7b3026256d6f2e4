#include "AppRunner.h"
#include "SyntheticCompanyFacts.h"
#include "figures/CompanyFacts.h"
#include "figures/FiscalCalendar.h"
#include "figures/MetricRepository.h"
#include "figures/SampleFigures.h"
#include "store/LibraryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ER_TEST_DATA_DIR) + u"/companyfacts/"_s + name;
}

QByteArray readFixture(const QString &name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Figure *findFigure(const QList<Figure> &figures, const QString &quarter, const QString &metric)
{
    for (const Figure &f : figures) {
        if (f.quarter.toString() == quarter && f.metric == metric)
            return &f;
    }
    return nullptr;
}

using SyntheticCompanyFacts::fact;

// The smallest company facts a company can be imported from: one 10-K year and one
// quarter of `conceptName` in `unit`.
QByteArray minimalFacts(const QString &taxonomy, const QString &conceptName, const QString &unit)
{
    const QJsonArray facts = {fact(u"2023-01-01"_s, u"2023-12-31"_s, 4e9, u"10-K"_s, u"2024-02-01"_s),
                              fact(u"2024-01-01"_s, u"2024-03-31"_s, 1e9, u"10-Q"_s, u"2024-05-01"_s)};
    const QJsonObject units{{unit, facts}};
    const QJsonObject root{
        {u"cik"_s, 1},
        {u"entityName"_s, u"TEST"_s},
        {u"facts"_s, QJsonObject{{taxonomy, QJsonObject{{conceptName, QJsonObject{{u"units"_s, units}}}}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCompanyFacts : public QObject
{
    Q_OBJECT

private slots:
    void labelsQuartersAsTheCompanyDoes_data()
    {
        QTest::addColumn<QDate>("yearEnd");
        QTest::addColumn<QDate>("quarterEnd");
        QTest::addColumn<QString>("expected");
        // NVIDIA: late January.
        QTest::newRow("nvidia Q4 FY2025") << QDate(2025, 1, 26) << QDate(2025, 1, 26) << u"FY2025Q4"_s;
        QTest::newRow("nvidia Q1 FY2026, after the last 10-K")
            << QDate(2025, 1, 26) << QDate(2025, 4, 27) << u"FY2026Q1"_s;
        QTest::newRow("nvidia Q3 FY2024, before it")
            << QDate(2025, 1, 26) << QDate(2023, 10, 29) << u"FY2024Q3"_s;
        // Apple-like: last Saturday of September.
        QTest::newRow("september Q1 in December")
            << QDate(2024, 9, 28) << QDate(2024, 12, 28) << u"FY2025Q1"_s;
        QTest::newRow("september Q4 53-week year")
            << QDate(2023, 9, 30) << QDate(2024, 9, 28) << u"FY2024Q4"_s;
        // Microsoft-like: June 30.
        QTest::newRow("june Q3 in March") << QDate(2024, 6, 30) << QDate(2024, 3, 31) << u"FY2024Q3"_s;
        QTest::newRow("june Q1 in September") << QDate(2024, 6, 30) << QDate(2024, 9, 30) << u"FY2025Q1"_s;
        // A 52/53-week year meant to end on December 31.
        QTest::newRow("early January year end") << QDate(2022, 1, 1) << QDate(2022, 1, 1) << u"FY2021Q4"_s;
    }
    void labelsQuartersAsTheCompanyDoes()
    {
        QFETCH(QDate, yearEnd);
        QFETCH(QDate, quarterEnd);
        QFETCH(QString, expected);
        const FiscalCalendar calendar({yearEnd});
        const auto quarter = calendar.quarterEnding(quarterEnd);
        QVERIFY(quarter);
        QCOMPARE(quarter->toString(), expected);
    }

    void readsFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<QString>("quarter");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("periodEnd");
        QTest::addColumn<QString>("sourceHas");

        const QString nvda = u"CIK0001045810.json"_s;
        QTest::newRow("nvidia quarter in its own 10-Q")
            << nvda << u"NVDA"_s << u"FY2025Q3"_s << QString(Metric::Revenue) << 35082.0 << u"reported"_s
            << QDate(2024, 10, 27)
            << u"10-Q filed on 2024-11-20, accession 0001045810-24-000316 (us-gaap:Revenues)"_s;
        QTest::newRow("nvidia FY2025Q4 derived from the 10-K year")
            << nvda << u"NVDA"_s << u"FY2025Q4"_s << QString(Metric::Revenue) << 39331.0 << u"derived"_s
            << QDate(2025, 1, 26)
            << u"10-K filed on 2025-02-26, accession 0001045810-25-000023 minus 10-Q filed on 2024-11-20"_s;
        QTest::newRow("nvidia FY2024Q4 net income derived")
            << nvda << u"NVDA"_s << u"FY2024Q4"_s << QString(Metric::GaapNetIncome) << 12285.0 << u"derived"_s
            << QDate(2024, 1, 28) << u"us-gaap:NetIncomeLoss"_s;
        QTest::newRow("nvidia FY2023Q4 from comparatives only")
            << nvda << u"NVDA"_s << u"FY2023Q4"_s << QString(Metric::Revenue) << 6051.0 << u"derived"_s
            << QDate(2023, 1, 29) << u"10-K filed on 2025-02-26"_s;
        QTest::newRow("nvidia comparative keeps the later filing")
            << nvda << u"NVDA"_s << u"FY2024Q1"_s << QString(Metric::Revenue) << 7192.0 << u"reported"_s
            << QDate(2023, 4, 30) << u"10-Q filed on 2024-05-29"_s;
        QTest::newRow("nvidia restated net income")
            << nvda << u"NVDA"_s << u"FY2024Q3"_s << QString(Metric::GaapNetIncome) << 9243.0 << u"restated"_s
            << QDate(2023, 10, 29) << u"10-Q filed on 2024-11-20"_s;
        QTest::newRow("nvidia pre-split EPS as reported")
            << nvda << u"NVDA"_s << u"FY2025Q1"_s << QString(Metric::GaapDilutedEps) << 5.98 << u"reported"_s
            << QDate(2024, 4, 28) << u"us-gaap:EarningsPerShareDiluted"_s;

        const QString orcd = u"CIK0009990001.json"_s;
        QTest::newRow("september calendar Q1 ends in December")
            << orcd << u"ORCD"_s << u"FY2024Q1"_s << QString(Metric::Revenue) << 1200.0 << u"reported"_s
            << QDate(2023, 12, 30) << u"10-Q filed on 2025-01-30"_s;
        QTest::newRow("september calendar derived Q4")
            << orcd << u"ORCD"_s << u"FY2024Q4"_s << QString(Metric::Revenue) << 1010.0 << u"derived"_s
            << QDate(2024, 9, 28) << u"us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"_s;
        QTest::newRow("september calendar gross profit from cost of sales")
            << orcd << u"ORCD"_s << u"FY2024Q2"_s << QString(Metric::GaapGrossProfit) << 410.0
            << u"computed"_s << QDate(2024, 3, 30) << u"us-gaap:CostOfGoodsAndServicesSold"_s;
        QTest::newRow("september calendar derived Q4 operating income")
            << orcd << u"ORCD"_s << u"FY2024Q4"_s << QString(Metric::GaapOperatingIncome) << 290.0
            << u"derived"_s << QDate(2024, 9, 28) << u"us-gaap:OperatingIncomeLoss"_s;
        QTest::newRow("september calendar quarter after the last 10-K")
            << orcd << u"ORCD"_s << u"FY2025Q1"_s << QString(Metric::Revenue) << 1300.0 << u"reported"_s
            << QDate(2024, 12, 28) << u"10-Q filed on 2025-01-30"_s;

        const QString nwsw = u"CIK0009990002.json"_s;
        QTest::newRow("june calendar Q3 ends in March")
            << nwsw << u"NWSW"_s << u"FY2024Q3"_s << QString(Metric::Revenue) << 610.0 << u"reported"_s
            << QDate(2024, 3, 31) << u"10-Q filed on 2024-04-25"_s;
        QTest::newRow("june calendar derived Q4")
            << nwsw << u"NWSW"_s << u"FY2024Q4"_s << QString(Metric::Revenue) << 680.0 << u"derived"_s
            << QDate(2024, 6, 30) << u"10-K filed on 2024-07-30"_s;
        QTest::newRow("june calendar derived Q4 margin")
            << nwsw << u"NWSW"_s << u"FY2024Q4"_s << QString(Metric::GaapGrossMargin) << 485.0 / 680.0 * 100.0
            << u"derived"_s << QDate(2024, 6, 30) << u"us-gaap:GrossProfit"_s;
    }
    void readsFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, ticker);
        QFETCH(QString, quarter);
        QFETCH(QString, metric);
        QFETCH(double, value);
        QFETCH(QString, status);
        QFETCH(QDate, periodEnd);
        QFETCH(QString, sourceHas);
        const CompanyFacts::ReadResult result = CompanyFacts::read(readFixture(file), ticker);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Figure *figure = findFigure(result.figures, quarter, metric);
        QVERIFY2(figure, qPrintable(quarter + u' ' + metric));
        QVERIFY(figure->value);
        QVERIFY2(std::abs(*figure->value - value) < 1e-9, qPrintable(QString::number(*figure->value)));
        QCOMPARE(figure->status, status);
        QCOMPARE(figure->periodEnd, periodEnd);
        QCOMPARE(figure->company, ticker);
        QVERIFY2(figure->source.contains(sourceHas), qPrintable(figure->source));
        QVERIFY(MetricCatalog::problemWith(*figure).isEmpty());
    }

    void countsEachQuarterOnce_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("quarters");
        QTest::addColumn<int>("derived");
        QTest::addColumn<int>("restated");
        QTest::newRow("nvidia") << u"CIK0001045810.json"_s
                                << QStringList{u"FY2023Q1"_s, u"FY2023Q2"_s, u"FY2023Q3"_s, u"FY2023Q4"_s,
                                               u"FY2024Q1"_s, u"FY2024Q2"_s, u"FY2024Q3"_s, u"FY2024Q4"_s,
                                               u"FY2025Q1"_s, u"FY2025Q2"_s, u"FY2025Q3"_s, u"FY2025Q4"_s}
                                << 3 << 1;
        QTest::newRow("september calendar")
            << u"CIK0009990001.json"_s
            << QStringList{u"FY2024Q1"_s, u"FY2024Q2"_s, u"FY2024Q3"_s, u"FY2024Q4"_s, u"FY2025Q1"_s} << 1
            << 0;
        QTest::newRow("june calendar")
            << u"CIK0009990002.json"_s
            << QStringList{u"FY2024Q1"_s, u"FY2024Q2"_s, u"FY2024Q3"_s, u"FY2024Q4"_s} << 1 << 0;
    }
    void countsEachQuarterOnce()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, quarters);
        QFETCH(int, derived);
        QFETCH(int, restated);
        const CompanyFacts::ReadResult result = CompanyFacts::read(readFixture(file), u"TEST"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList revenueQuarters;
        QSet<FigureKey> keys;
        for (const Figure &f : result.figures) {
            QVERIFY2(!keys.contains(f.key()), qPrintable(f.quarter.toString() + u' ' + f.metric));
            keys.insert(f.key());
            if (f.metric == Metric::Revenue)
                revenueQuarters.append(f.quarter.toString());
        }
        QCOMPARE(revenueQuarters, quarters);
        QCOMPARE(result.derivedQuarters, derived);
        QCOMPARE(result.restated, restated);
    }

    // The fixture's values are NVIDIA's verified ones: every figure it gives must agree with
    // the built-in figures (nvda_quarterly_facts.csv), margins to the reported tenth.
    void nvidiaMatchesTheBuiltInFigures()
    {
        QString error;
        const auto builtIn = SampleFigures::figures(&error);
        QVERIFY2(builtIn, qPrintable(error));
        const FigureSet reference(*builtIn);
        const CompanyFacts::ReadResult result =
            CompanyFacts::read(readFixture(u"CIK0001045810.json"_s), u"NVDA"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        int compared = 0;
        for (const Figure &f : result.figures) {
            if (f.metric == Metric::GaapGrossProfit)
                continue;
            const auto expected = reference.value(f.quarter, f.metric);
            QVERIFY2(expected, qPrintable(f.quarter.toString() + u' ' + f.metric));
            const double tolerance = f.metric == Metric::GaapGrossMargin ? 0.05 + 1e-9 : 1e-9;
            QVERIFY2(std::abs(*f.value - *expected) <= tolerance,
                     qPrintable(u"%1 %2: %3 against %4"_s.arg(f.quarter.toString(), f.metric)
                                    .arg(*f.value)
                                    .arg(*expected)));
            QCOMPARE(f.periodEnd, reference.find(f.quarter, f.metric)->periodEnd);
            ++compared;
        }
        // 12 quarters of revenue, gross margin and net income, and six of EPS.
        QCOMPARE(compared, 12 * 3 + 6);
    }

    void restatementSaysWhatWasFirstReported()
    {
        const CompanyFacts::ReadResult result =
            CompanyFacts::read(readFixture(u"CIK0001045810.json"_s), u"NVDA"_s);
        const Figure *figure = findFigure(result.figures, u"FY2024Q3"_s, Metric::GaapNetIncome);
        QVERIFY(figure);
        QCOMPARE(figure->note,
                 u"restated: first reported as $9,240M in the 10-Q filed on 2023-11-21, accession "
                 "0001045810-23-000227"_s);
    }

    // A company that files annual reports only: its fiscal years, each under its fourth
    // quarter and an annual_ key, so that no quarterly chart takes a year for a quarter.
    void annualOnlyKeepsTheYears()
    {
        const CompanyFacts::ReadResult result =
            CompanyFacts::read(readFixture(u"CIK0009990003.json"_s), u"PNWD"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.annualOnly);
        QCOMPARE(result.derivedQuarters, 0);
        for (const Figure &f : result.figures) {
            QVERIFY2(f.metric.startsWith(Metric::AnnualPrefix), qPrintable(f.metric));
            QCOMPARE(f.quarter.quarter, 4);
        }
        // Three years of revenue, gross profit, gross margin, operating and net income, EPS.
        QCOMPARE(result.figures.size(), 3 * 6);
        const Figure *revenue = findFigure(result.figures, u"FY2024Q4"_s, Metric::AnnualRevenue);
        QVERIFY(revenue);
        QCOMPARE(*revenue->value, 1010.0);
        QCOMPARE(revenue->periodEnd, QDate(2024, 12, 31));
        QCOMPARE(revenue->source,
                 u"10-K filed on 2025-02-21, accession 0009990003-25-000006 (us-gaap:Revenues)"_s);
        // Each year is in up to three 10-Ks: counted once, the latest filing's value, and the
        // first 10-K's different FY2022 revenue kept in the note.
        const Figure *restated = findFigure(result.figures, u"FY2022Q4"_s, Metric::AnnualRevenue);
        QVERIFY(restated);
        QCOMPARE(*restated->value, 820.0);
        QCOMPARE(restated->status, u"restated"_s);
        QVERIFY2(restated->note.contains(u"$810M"_s) && restated->note.contains(u"0009990003-23-000008"_s),
                 qPrintable(restated->note));
        QCOMPARE(result.restated, 1);
        const Figure *margin = findFigure(result.figures, u"FY2023Q4"_s, Metric::AnnualGaapGrossMargin);
        QVERIFY(margin);
        QCOMPARE(*margin->value, 462.0 / 905.0 * 100.0);
        QCOMPARE(*findFigure(result.figures, u"FY2024Q4"_s, Metric::AnnualGaapDilutedEps)->value, 2.24);
    }

    // A fourth quarter of a per-share figure is not the year minus nine months.
    void doesNotDeriveEps()
    {
        const CompanyFacts::ReadResult result =
            CompanyFacts::read(readFixture(u"CIK0009990001.json"_s), u"ORCD"_s);
        QVERIFY(result.ok());
        QVERIFY(findFigure(result.figures, u"FY2024Q3"_s, Metric::GaapDilutedEps));
        QVERIFY(!findFigure(result.figures, u"FY2024Q4"_s, Metric::GaapDilutedEps));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed JSON")
            << QByteArray("{\"facts\": {\"us-gaap\": [") << u"T"_s << u"not valid JSON"_s;
        QTest::newRow("not company facts")
            << QByteArray("{\"calls\": []}") << u"T"_s << u"not SEC company facts"_s;
        QTest::newRow("a JSON array") << QByteArray("[1, 2]") << u"T"_s << u"not SEC company facts"_s;
        QTest::newRow("no revenue concept")
            << minimalFacts(u"us-gaap"_s, u"NetIncomeLoss"_s, u"USD"_s) << u"T"_s << u"no revenue concept"_s;
        QTest::newRow("revenue in shares")
            << minimalFacts(u"us-gaap"_s, u"Revenues"_s, u"shares"_s) << u"T"_s << u"not a currency"_s;
        QTest::newRow("revenue in euros") << minimalFacts(u"ifrs-full"_s, u"Revenue"_s, u"EUR"_s) << u"T"_s
                                          << u"keeps figures in US dollars"_s;
        QTest::newRow("no ticker") << minimalFacts(u"us-gaap"_s, u"Revenues"_s, u"USD"_s) << QString()
                                   << u"ticker"_s;
    }
    void refuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, ticker);
        QFETCH(QString, reason);
        const CompanyFacts::ReadResult result = CompanyFacts::read(json, ticker);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(result.figures.isEmpty());
    }

    void acceptsIfrsRevenue()
    {
        const CompanyFacts::ReadResult result =
            CompanyFacts::read(minimalFacts(u"ifrs-full"_s, u"Revenue"_s, u"USD"_s), u"T"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.figures.size(), 1);
        QCOMPARE(result.figures.first().quarter.toString(), u"FY2024Q1"_s);
        QVERIFY(result.figures.first().source.contains(u"ifrs-full:Revenue"_s));
    }

    void importsAllOrNothing()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"library.sqlite"_s), &error), qPrintable(error));
        MetricRepository repository(&store);

        const QString bad = dir.filePath(u"bad.json"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(minimalFacts(u"us-gaap"_s, u"Revenues"_s, u"shares"_s));
        badFile.close();
        CompanyFacts::ImportOutcome outcome = CompanyFacts::importFile(repository, bad, u"T"_s);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"nothing was imported"_s), qPrintable(outcome.error));
        QVERIFY(repository.figures().isEmpty());

        outcome = CompanyFacts::importFile(repository, dir.path(), u"T"_s);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"not a regular file"_s), qPrintable(outcome.error));

        QList<int> progress;
        outcome = CompanyFacts::importFile(repository, fixture(u"CIK0009990002.json"_s), u"NWSW"_s,
                                           [&](int percent) { progress.append(percent); });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.entityName, u"NORTHWIND SOFTWARE CORP (FICTIONAL)"_s);
        QCOMPARE(repository.figures(u"NWSW"_s).size(), outcome.imported);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), 100);
    }

    // By content, not by name: a company facts file named .txt is still company facts.
    void commandLineImportsCompanyFacts()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"orchard.txt"_s);
        QVERIFY(QFile::copy(fixture(u"CIK0009990001.json"_s), copy));
        const QString library = dir.filePath(u"library.sqlite"_s);
        const AppRun missingTicker = runApp({u"--library"_s, library, u"import-financials"_s, copy});
        QCOMPARE(missingTicker.exitCode, 2);
        QVERIFY2(missingTicker.err.contains(u"--company"_s), qPrintable(missingTicker.err));

        const AppRun imported =
            runApp({u"--library"_s, library, u"import-financials"_s, copy, u"--company"_s, u"orcd"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"ORCD (ORCHARD DEVICES INC (FICTIONAL))"_s),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(u"1 fourth quarters derived"_s), qPrintable(imported.out));

        const QString csv = dir.filePath(u"orcd.csv"_s);
        const AppRun exported =
            runApp({u"--library"_s, library, u"export-financials"_s, csv, u"--company"_s, u"ORCD"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"ORCD,FY2024Q4,2024-09-28,revenue,actual,1010,musd,"_s), qPrintable(text));

        const QString broken = dir.filePath(u"broken.json"_s);
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("{\"facts\": {");
        brokenFile.close();
        const AppRun refused =
            runApp({u"--library"_s, library, u"import-financials"_s, broken, u"--company"_s, u"ORCD"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"not valid JSON"_s), qPrintable(refused.err));
    }

    // How fast a large file reads is bench_companyfacts's question; this one is what it reads.
    void largeFileReportsProgressAndCountsEachQuarter()
    {
        const QByteArray json = SyntheticCompanyFacts::largeFiler(20, 40);
        QList<int> progress;
        const CompanyFacts::ReadResult result =
            CompanyFacts::read(json, u"LARGE"_s, [&](int percent) { progress.append(percent); });
        QVERIFY2(result.ok(), qPrintable(result.error));
        // 20 years of four quarters; the fourth of each derived.
        int revenue = 0;
        for (const Figure &f : result.figures)
            revenue += f.metric == Metric::Revenue ? 1 : 0;
        QCOMPARE(revenue, 80);
        QCOMPARE(result.derivedQuarters, 20);
        QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), 100);
    }
};

QTEST_GUILESS_MAIN(TestCompanyFacts)
#include "tst_companyfacts.moc"
