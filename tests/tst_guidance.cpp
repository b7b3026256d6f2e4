#include "figures/SampleFigures.h"
#include "guidance/GuidanceExtractor.h"
#include "guidance/GuidanceLedger.h"
#include "guidance/GuidanceReviews.h"
#include "guidance/NumberCheck.h"
#include "guidance/TargetPeriod.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryRecords.h"
#include "store/LibraryStore.h"
#include "text/SearchText.h"
#include "transcript/Transcript.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A call of one executive turn (or an article line), enough for the extractor.
CallRecord oneTurnCall(const QString &period, const QString &text, const char *role = Role::Executive)
{
    CallRecord call;
    call.summary.id = 7;
    call.summary.companyTicker = u"NVDA"_s;
    call.summary.fiscalPeriod = period;
    SectionRecord section;
    section.kind = SectionKind::Prepared;
    TurnRecord turn;
    turn.id = 70;
    turn.speaker = u"Colette Kress"_s;
    turn.role = QString::fromLatin1(role);
    turn.text = text;
    section.turns.append(turn);
    call.sections.append(section);
    return call;
}

FigureSet sampleFigures()
{
    QString error;
    const auto figures = SampleFigures::figures(&error);
    return figures ? FigureSet(*figures) : FigureSet();
}

} // namespace

// Guidance read from a call's words (English and Chinese), placed on the company's fiscal
// calendar, and the numbers a call states checked against the figures.
class TestGuidance : public QObject
{
    Q_OBJECT

private slots:
    void targetPeriods_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("endMonth");
        QTest::addColumn<bool>("past");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // TargetPeriod::label(), English

        // NVIDIA: the fiscal year ends in late January; FY2025Q4 ended 2025-01-26.
        QTest::newRow("nvda first quarter")
            << u"FY2025Q4"_s << 1 << false << u"the outlook for the first quarter"_s << u"FY2026Q1"_s;
        QTest::newRow("nvda Q1") << u"FY2025Q4"_s << 1 << false << u"a significant ramp of Blackwell in Q1"_s
                                 << u"FY2026Q1"_s;
        QTest::newRow("nvda April quarter")
            << u"FY2025Q4"_s << 1 << false << u"the April quarter is the bottom"_s << u"FY2026Q1"_s;
        QTest::newRow("nvda late this fiscal year")
            << u"FY2025Q4"_s << 1 << false << u"return to the mid-70s, late this fiscal year"_s
            << u"FY2026Q4 (late in the year)"_s;
        QTest::newRow("nvda second half")
            << u"FY2025Q4"_s << 1 << false << u"second half would have to ramp"_s << u"FY2026Q3–Q4"_s;
        QTest::newRow("nvda 下半年") << u"FY2025Q4"_s << 1 << false << u"下半年每個季度的毛利率"_s
                                     << u"FY2026Q3–Q4"_s;
        QTest::newRow("nvda 今年晚些時候") << u"FY2025Q4"_s << 1 << false << u"我們預計今年晚些時候毛利率"_s
                                           << u"FY2026Q4 (late in the year)"_s;
        QTest::newRow("nvda 4月所在的季度")
            << u"FY2025Q4"_s << 1 << false << u"4月所在的季度是毛利率的最低點"_s << u"FY2026Q1"_s;
        QTest::newRow("nvda fiscal year '26")
            << u"FY2025Q4"_s << 1 << false << u"full-year fiscal year '26 operating expenses"_s
            << u"FY2026"_s;
        QTest::newRow("nvda full year")
            << u"FY2025Q1"_s << 4 << false << u"For the full year, we expect"_s << u"FY2025"_s;
        QTest::newRow("nvda fourth quarter of fiscal 2025")
            << u"FY2025Q2"_s << 7 << false << u"continue into the fourth quarter of fiscal 2025"_s
            << u"FY2025Q4"_s;
        QTest::newRow("nvda remainder of the year")
            << u"FY2025Q2"_s << 7 << false << u"for the remainder of the year, we expect"_s
            << u"FY2025Q3–Q4"_s;
        QTest::newRow("nvda next quarter")
            << u"FY2025Q3"_s << 10 << false << u"next quarter"_s << u"FY2025Q4"_s;
        QTest::newRow("nvda 第一季度")
            << u"FY2025Q4"_s << 1 << false << u"第一季度營收預計"_s << u"FY2026Q1"_s;
        // Apple: the fiscal year ends in late September; FY2025Q3 is the June quarter.
        QTest::newRow("aapl September quarter")
            << u"FY2025Q3"_s << 6 << false << u"we expect our September quarter revenue to grow"_s
            << u"FY2025Q4"_s;
        QTest::newRow("aapl December quarter")
            << u"FY2025Q3"_s << 6 << false << u"the December quarter"_s << u"FY2026Q1"_s;
        QTest::newRow("aapl fourth quarter")
            << u"FY2025Q3"_s << 6 << false << u"the fourth quarter"_s << u"FY2025Q4"_s;
        // Microsoft: the fiscal year ends on June 30; FY2025Q4 is the June quarter.
        QTest::newRow("msft first quarter")
            << u"FY2025Q4"_s << 6 << false << u"in the first quarter, we expect"_s << u"FY2026Q1"_s;
        QTest::newRow("msft September quarter")
            << u"FY2025Q4"_s << 6 << false << u"the September quarter"_s << u"FY2026Q1"_s;
        QTest::newRow("msft H2") << u"FY2025Q4"_s << 6 << false << u"margins improve in H2"_s
                                 << u"FY2026Q3–Q4"_s;
        QTest::newRow("msft fiscal 2026")
            << u"FY2025Q4"_s << 6 << false << u"for fiscal 2026"_s << u"FY2026"_s;
        // What was: a reported number speaks of the call's own year and quarter.
        QTest::newRow("past fourth quarter")
            << u"FY2025Q4"_s << 1 << true << u"revenue in the fourth quarter"_s << u"FY2025Q4"_s;
        QTest::newRow("past 全年") << u"FY2025Q4"_s << 1 << true << u"全年來看,英偉達全年實現營收"_s
                                   << u"FY2025"_s;
        QTest::newRow("past 第四財季")
            << u"FY2025Q4"_s << 1 << true << u"英偉達第四財季總營收"_s << u"FY2025Q4"_s;
        QTest::newRow("past fiscal 2025")
            << u"FY2025Q4"_s << 1 << true << u"For fiscal 2025 revenue was"_s << u"FY2025"_s;
    }

    void targetPeriods()
    {
        QFETCH(QString, call);
        QFETCH(int, endMonth);
        QFETCH(bool, past);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const TargetPeriodReader reader(*FiscalQuarter::parse(call), endMonth,
                                        past ? TargetPeriodReader::Tense::Past
                                             : TargetPeriodReader::Tense::Future);
        const auto found = reader.findAll(SearchText::normalise(text));
        QVERIFY(!found.isEmpty());
        for (const auto &one : found)
            QCOMPARE(one.period.label(), expected);
    }

    void extraction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // metric target low high band, one per entry

        QTest::newRow("revenue plus or minus 2%")
            << u"Total revenue is expected to be $43 billion, plus or minus 2%."_s
            << QStringList{u"revenue FY2026Q1 42140 43860 -"_s};
        QTest::newRow("margins respectively, plus or minus 50 bp")
            << u"GAAP and non-GAAP gross margins are expected to be 70.6% and 71%, respectively, plus or "
               u"minus 50 "
               u"basis points."_s
            << QStringList{u"gaap_gross_margin FY2026Q1 70.1 71.1 -"_s,
                           u"nongaap_gross_margin FY2026Q1 70.5 71.5 -"_s};
        QTest::newRow("low 70s") << u"As Blackwell ramps, we expect gross margins to be in the low 70s."_s
                                 << QStringList{u"gross_margin FY2026Q1 70 73.33 low 70s"_s};
        QTest::newRow("mid-70s late this fiscal year")
            << u"When fully ramped, gross margin will improve and return to the mid-70s, late this fiscal year."_s
            << QStringList{u"gross_margin FY2026Q4 73.33 76.67 mid-70s"_s};
        QTest::newRow("tax rate plus or minus 1%")
            << u"GAAP and non-GAAP tax rates are expected to be 17%, plus or minus 1%, excluding any discrete items."_s
            << QStringList{u"gaap_tax_rate FY2026Q1 16 18 -"_s, u"nongaap_tax_rate FY2026Q1 16 18 -"_s};
        QTest::newRow("opex respectively")
            << u"GAAP and non-GAAP operating expenses are expected to be approximately $5.2 billion and $3.6 "
               u"billion, respectively."_s
            << QStringList{u"gaap_operating_expenses FY2026Q1 5200 5200 -"_s,
                           u"nongaap_operating_expenses FY2026Q1 3600 3600 -"_s};
        QTest::newRow("range between")
            << u"We expect revenue for the first quarter to be between $5.1 billion and $5.3 "
               u"billion."_s
            << QStringList{u"revenue FY2026Q1 5100 5300 -"_s};
        QTest::newRow("net sales between")
            << u"Q3 net sales are expected to be between $174 billion and $179.5 billion."_s
            << QStringList{u"revenue FY2026Q3 174000 179500 -"_s};
        QTest::newRow("basis-points") << u"GAAP and non-GAAP gross margins are expected to be 76.3% and 77% "
                                         u"respectively, plus or minus 50 "
                                         u"basis-points."_s
                                      << QStringList{u"gaap_gross_margin FY2026Q1 75.8 76.8 -"_s,
                                                     u"nongaap_gross_margin FY2026Q1 76.5 77.5 -"_s};
        QTest::newRow("a segment's revenue")
            << u"In Productivity and Business Processes, we expect revenue of USD 32.2 billion to USD 32.5 billion."_s
            << QStringList{};
        QTest::newRow("a segment's margin")
            << u"Microsoft Cloud gross margin percentage should be roughly 67%, down year-over-year."_s
            << QStringList{};
        QTest::newRow("revenue range in USD")
            << u"For the first quarter, we expect revenue of USD 75.5 billion to USD 76.6 billion."_s
            << QStringList{u"revenue FY2026Q1 75500 76600 -"_s};
        QTest::newRow("the high end of the range is a report")
            << u"Company gross margin was 46.5% at the high end of our guidance range."_s << QStringList{};
        QTest::newRow("better than expected is a report")
            << u"Revenue was $33.1 billion and grew 16%, better than expected."_s << QStringList{};
        QTest::newRow("operating income")
            << u"Operating income is expected to be between $15.5 billion and $20.5 billion."_s
            << QStringList{u"gaap_operating_income FY2026Q1 15500 20500 -"_s};
        QTest::newRow("70%出頭") << u"在我們擴大Blackwell產品的生產規模期間,毛利率將處於70%出頭的水平。"_s
                                 << QStringList{u"gross_margin FY2026Q1 70 73.33 70%出頭"_s};
        QTest::newRow("70%中期 今年晚些時候") << u"所以,我們預計今年晚些時候毛利率可能會達到70%中期的水平。"_s
                                              << QStringList{u"gross_margin FY2026Q4 73.33 76.67 70%中期"_s};
        QTest::newRow("營收 上下浮動2%") << u"預計下一季度總營收約為430億美元,上下浮動2%。"_s
                                         << QStringList{u"revenue FY2026Q1 42140 43860 -"_s};
        QTest::newRow("reported, not guided")
            << u"Revenue of $39.3 billion was up 12% sequentially and above our outlook of $37.5 billion."_s
            << QStringList{};
        QTest::newRow("as expected is a report")
            << u"GAAP gross margin was 73% and down sequentially as expected with our first deliveries."_s
            << QStringList{};
        QTest::newRow("no value") << u"We expect sequential growth in both Data Center and Gaming."_s
                                  << QStringList{};
        QTest::newRow("a part of revenue")
            << u"We expect our software, SaaS, and support revenue to approach a $2 billion annual run rate."_s
            << QStringList{};
    }

    void extraction()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto result = GuidanceExtractor::extract(oneTurnCall(u"FY2025Q4"_s, text), 1);
        QStringList actual;
        for (const GuidanceEntry &e : result.entries) {
            actual << u"%1 %2 %3 %4 %5"_s.arg(
                e.metric, e.target.from.toString(), QString::number(std::round(e.low * 100) / 100),
                QString::number(std::round(e.high * 100) / 100), e.band.isEmpty() ? u"-"_s : e.band);
            QCOMPARE(e.quote, text.trimmed());
            QCOMPARE(text.mid(e.start, e.end - e.start), e.quote);
        }
        QCOMPARE(actual, expected);
    }

    void anAnalystsInferenceKeepsTheRole()
    {
        const QString text =
            u"但要達到你所說的本財年末毛利率處於70%中期水平的目標,下半年每個季度的毛利率就得提升大約 200個基點。"_s;
        const auto result = GuidanceExtractor::extract(oneTurnCall(u"FY2025Q4"_s, text, Role::Analyst), 1);
        QCOMPARE(result.entries.size(), 2);
        for (const GuidanceEntry &e : result.entries)
            QCOMPARE(e.role, u"analyst"_s);
        QCOMPARE(result.entries.at(0).band, u"70%中期"_s);
        QCOMPARE(result.entries.at(0).target.label(), u"FY2026Q4 (late in the year)"_s);
        QCOMPARE(result.entries.at(1).form, GuidanceForm::Change);
        QCOMPARE(result.entries.at(1).unit, u"bp"_s);
        QCOMPARE(result.entries.at(1).low, 200.0);
        QCOMPARE(result.entries.at(1).target.label(), u"FY2026Q3–Q4"_s);
    }

    void aBandTheCallDefinesIsUsedAndCited()
    {
        // NVIDIA's Q3 FY2025 call, as published.
        const QString text =
            u"So, first, starting on your first question there, Stacy, regarding our gross margin and define "
            u"low. "
            u"Low, of course, is below the mids, and let's say we might be at 71%, maybe about 72%, 72.5%. "
            u"We're "
            u"going to be in that range. As Blackwell ramps, we expect gross margins to moderate to the low 70s."_s;
        const auto result = GuidanceExtractor::extract(oneTurnCall(u"FY2025Q3"_s, text), 10);
        QCOMPARE(result.definitions.size(), 1);
        QCOMPARE(result.definitions.first().low, 71.0);
        QCOMPARE(result.definitions.first().high, 72.5);
        QCOMPARE(result.entries.size(), 1);
        const GuidanceEntry &entry = result.entries.first();
        QCOMPARE(entry.low, 71.0);
        QCOMPARE(entry.high, 72.5);
        QVERIFY2(entry.bandSource.contains(u"define low"_s), qPrintable(entry.bandSource));
        QCOMPARE(entry.bandSourceCall, 7);
    }

    void outcomesAgainstTheFigures()
    {
        const FigureSet figures = sampleFigures();
        QVERIFY(!figures.isEmpty());
        // FY2025Q4 revenue was $39,331M against an outlook of $37.5 billion plus or minus 2%.
        auto result = GuidanceExtractor::extract(
            oneTurnCall(u"FY2025Q3"_s, u"Total revenue is expected to be $37.5 billion, plus or minus 2%."_s),
            10);
        QCOMPARE(result.entries.size(), 1);
        LedgerEntry row = GuidanceLedger::evaluate(result.entries.first(), figures);
        QCOMPARE(row.outcome, GuidanceOutcome::Above);
        QCOMPARE(*row.actual, 39331.0);
        QCOMPARE(*row.difference, 39331.0 - 38250.0);
        QCOMPARE(*row.releaseOutlook, 37500.0);
        QVERIFY(!row.releaseDisagrees);

        // A call that says 74% where the release said 73.5% is shown as disagreeing.
        result = GuidanceExtractor::extract(
            oneTurnCall(u"FY2025Q3"_s,
                        u"Non-GAAP gross margin is expected to be 74%, plus or minus 50 basis points."_s),
            10);
        row = GuidanceLedger::evaluate(result.entries.first(), figures);
        QCOMPARE(*row.releaseOutlook, 73.5);
        QVERIFY(row.releaseDisagrees);
        QCOMPARE(row.outcome, GuidanceOutcome::InRange); // 73.5% reported, within 73.5 to 74.5

        // A whole year's margin is its quarters' weighted by revenue.
        result = GuidanceExtractor::extract(
            oneTurnCall(u"FY2025Q1"_s,
                        u"For the full year, we expect gross margins to be in the mid-70s percent range."_s),
            4);
        row = GuidanceLedger::evaluate(result.entries.first(), figures);
        QVERIFY(row.actualDerived);
        const double weighted =
            (78.9 * 26044 + 75.7 * 30040 + 75.0 * 35082 + 73.5 * 39331) / (26044 + 30040 + 35082 + 39331);
        QCOMPARE(*row.actual, weighted);
        QCOMPARE(row.outcome, GuidanceOutcome::InRange);
    }

    void numbersChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // text measure period result

        QTest::newRow("article quarter")
            << u"財報顯示,英偉達第四財季總營收達到393.31億美元,同比增長78%;淨利潤為220.66億美元,同比增長72%。"_s
            << QStringList{u"393.31億美元 value FY2025Q4 match"_s, u"78% yoy FY2025Q4 match"_s,
                           u"220.66億美元 value FY2025Q4 differs"_s, u"72% yoy FY2025Q4 differs"_s};
        QTest::newRow("article year")
            << u"全年來看,英偉達全年實現營收1304.97億美元,同比增長114%;淨利潤達728.80億美元,同比增長145%。"_s
            << QStringList{u"1304.97億美元 value FY2025 match"_s, u"114% yoy FY2025 match"_s,
                           u"728.80億美元 value FY2025 match"_s, u"145% yoy FY2025 match"_s};
        QTest::newRow("call") << u"Revenue of $39.3 billion was up 12% sequentially and up 78% year on year "
                                 u"and above our outlook of "
                                 u"$37.5 billion."_s
                              << QStringList{u"$39.3 billion value FY2025Q4 match"_s,
                                             u"12% qoq FY2025Q4 match"_s, u"78% yoy FY2025Q4 match"_s,
                                             u"$37.5 billion outlook FY2025Q4 match"_s};
        QTest::newRow("margin") << u"GAAP gross margin was 73% and non-GAAP gross margin was 73.4%."_s
                                << QStringList{u"73% value FY2025Q4 match"_s,
                                               u"73.4% value FY2025Q4 differs"_s};
        QTest::newRow("falling, said once for two")
            << u"Now, moving to gaming and AI PCs. Gaming revenue of $2.5 billion decreased 22% sequentially "
               u"and 11% "
               u"year on year. Full-year revenue of $11.4 billion increased 9% year on year."_s
            << QStringList{u"$2.5 billion value FY2025Q4 match"_s, u"22% qoq FY2025Q4 match"_s,
                           u"11% yoy FY2025Q4 match"_s, u"$11.4 billion value FY2025 match"_s,
                           u"9% yoy FY2025 match"_s};
        QTest::newRow("a segment the figures do not hold")
            << u"Moving to ProViz. Revenue of $511 million was up 5% sequentially and 10% year on year."_s
            << QStringList{u"$511 million value FY2025Q4 unknown"_s, u"5% qoq FY2025Q4 unknown"_s,
                           u"10% yoy FY2025Q4 unknown"_s};
        QTest::newRow("the segment in focus")
            << u"Starting with data center. Revenue of $35.6 billion was up 16% sequentially."_s
            << QStringList{u"$35.6 billion value FY2025Q4 match"_s, u"16% qoq FY2025Q4 match"_s};
        QTest::newRow("同比下降") << u"遊戲業務營收為25.44億美元,環比下降22%,同比下降11%。"_s
                                  << QStringList{u"25.44億美元 value FY2025Q4 match"_s,
                                                 u"22% qoq FY2025Q4 match"_s, u"11% yoy FY2025Q4 match"_s};
        QTest::newRow("a part is not the whole")
            << u"Networking revenue increased 16% sequentially."_s << QStringList{};
        QTest::newRow("no figure stored") << u"Operating expenses were $4.7 billion."_s
                                          << QStringList{u"$4.7 billion value FY2025Q4 unknown"_s};
    }

    void numbersChecked()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const FigureSet figures = sampleFigures();
        const auto claims = NumberCheck::check(oneTurnCall(u"FY2025Q4"_s, text, Role::Narrator), figures, 1);
        QStringList actual;
        for (const NumberClaim &claim : claims) {
            actual << u"%1 %2 %3 %4"_s.arg(claim.text, claimMeasureName(claim.measure), claim.period.label(),
                                           claimResultName(claim.result));
            QCOMPARE(text.mid(claim.start, claim.end - claim.start), claim.text);
        }
        QCOMPARE(actual, expected);
    }

    void theArticlesNetIncomeIsNotGaap()
    {
        const auto claims = NumberCheck::check(
            oneTurnCall(u"FY2025Q4"_s, u"淨利潤為220.66億美元,同比增長72%。"_s, Role::Narrator),
            sampleFigures(), 1);
        QCOMPARE(claims.size(), 2);
        QCOMPARE(claims.at(0).figureMetric, u"gaap_net_income"_s);
        QCOMPARE(*claims.at(0).figureValue, 22091.0);
        QCOMPARE(*claims.at(0).difference, 22066.0 - 22091.0);
        QVERIFY(std::abs(*claims.at(1).figureValue - (22091.0 / 12285.0 - 1) * 100) < 1e-9);
    }

    void reviewsAreKeptAndApplied()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"lib.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        const qint64 callId = store.calls().first().id;
        QList<LedgerEntry> ledger = GuidanceLedger::build(&store, u"NVDA"_s);
        QVERIFY(!ledger.isEmpty());
        const GuidanceEntry first = ledger.first().entry;
        QCOMPARE(first.status, GuidanceStatus::Extracted);

        GuidanceReviews reviews(&store);
        GuidanceReview edit{GuidanceStatus::Edited, 71.5, 72.0, first.target};
        edit.target.from = edit.target.to = FiscalQuarter{2026, 2};
        QVERIFY2(reviews.setReview(callId, first.reviewKey(), edit, &error), qPrintable(error));
        ledger = GuidanceLedger::build(&store, u"NVDA"_s);
        QCOMPARE(ledger.first().entry.status, GuidanceStatus::Edited);
        QCOMPARE(ledger.first().entry.low, 71.5);
        QCOMPARE(ledger.first().entry.target.from, (FiscalQuarter{2026, 2}));

        QVERIFY(reviews.setReview(
            callId, first.reviewKey(),
            GuidanceReview{GuidanceStatus::Dismissed, first.low, first.high, first.target}, &error));
        ledger = GuidanceLedger::build(&store, u"NVDA"_s);
        QCOMPARE(ledger.first().entry.status, GuidanceStatus::Dismissed);
        QCOMPARE(ledger.first().entry.low, first.low);

        QVERIFY(reviews.setReview(callId, first.reviewKey(), std::nullopt, &error));
        QCOMPARE(GuidanceLedger::build(&store, u"NVDA"_s).first().entry.status, GuidanceStatus::Extracted);
        QVERIFY(reviews.reviews(callId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGuidance)
#include "tst_guidance.moc"
