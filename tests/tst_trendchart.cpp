#include "search/SearchIndex.h"
#include "store/LibraryStore.h"
#include "trends/CallChanges.h"
#include "trends/CallChangesModel.h"
#include "trends/TermTrend.h"
#include "trends/TrendChart.h"
#include "trends/TrendTableModel.h"

#include "TestCalls.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const TrendChart::Row *rowLabelled(const TrendChart &chart, const QString &label)
{
    for (const TrendChart::Row &row : chart.rows()) {
        if (row.label == label)
            return &row;
    }
    return nullptr;
}

} // namespace

// The trend pane's chart and table (TrendChart, TrendTableModel) and the hits behind each
// cell (TermTrendCounter::hits), on small libraries whose every count is known.
class TestTrendChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"chart.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(addTestCall(
                     m_store, u"NVDA"_s, u"FY2025Q1"_s,
                     {testTurn(u"Jensen Huang"_s, Role::Executive, u"Blackwell is here. Blackwell's ramp."_s),
                      testTurn(u"Vivek Arya"_s, Role::Analyst, u"On Blackwell margins, one question"_s)},
                     &error),
                 qPrintable(error));
        QVERIFY2(addTestCall(m_store, u"NVDA"_s, u"FY2025Q3"_s,
                             {testTurn(u"Jensen Huang"_s, Role::Executive, u"Hopper, then Blackwells."_s),
                              testTurn(u"Vivek Arya"_s, Role::Analyst, u"Nothing on that"_s)},
                             &error),
                 qPrintable(error));
        QVERIFY2(addTestCall(m_store, u"AMD"_s, u"FY2025Q1"_s,
                             {testTurn(u"Lisa Su"_s, Role::Executive, u"Not Blackwell, MI300."_s),
                              testTurn(u"Vivek Arya"_s, Role::Analyst, u"Versus Blackwell?"_s)},
                             &error),
                 qPrintable(error));
        QVERIFY2(addTestCall(m_store, u"NVDA"_s, u"2024 investor day"_s,
                             {testTurn(u"Jensen Huang"_s, Role::Executive, u"Blackwell"_s)}, &error),
                 qPrintable(error));
    }

    void aSlotPerQuarterAndBlankWhereNobodySpoke()
    {
        TrendOptions options;
        options.companyTicker = u"NVDA"_s;
        const TrendResult result = TermTrendCounter(m_store).compute({u"Blackwell"_s}, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const TrendChart chart(result, options);
        // Q2 has no call, so no slot; the investor day has no quarter and is left out, said so.
        QCOMPARE(chart.quarters(), (QList<FiscalQuarter>{{2025, 1}, {2025, 3}}));
        QCOMPARE(chart.callsLeftOut(), 1);
        const TrendChart::Row *huang = rowLabelled(chart, u"Jensen Huang"_s);
        QVERIFY(huang);
        QCOMPARE(chart.value(*huang, 0, TrendChart::Measure::Count), 2.0);
        QCOMPARE(chart.value(*huang, 1, TrendChart::Measure::Count), 1.0);
        QCOMPARE(huang->total, 3);
        const TrendChart::Row *arya = rowLabelled(chart, u"Vivek Arya"_s);
        QVERIFY(arya);
        // He spoke in Q3 without saying it: a zero, not a blank.
        QCOMPARE(chart.value(*arya, 1, TrendChart::Measure::Count), 0.0);

        const ChartSpec spec = chart.spec(TrendChart::Shape::Lines, TrendChart::Measure::Count);
        QCOMPARE(spec.series.size(), 2);
        QCOMPARE(spec.find(huang->id)->shape, SeriesShape::Line);
        QCOMPARE(spec.find(huang->id)->points.size(), 2);
        QVERIFY(spec.sourceLine.contains(u"whole words"_s));
        QVERIFY(spec.sourceLine.contains(u"without a fiscal quarter"_s));
        QCOMPARE(chart.spec(TrendChart::Shape::Bars, TrendChart::Measure::Count).series.first().shape,
                 SeriesShape::Bar);

        TrendTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChart(chart, TrendChart::Measure::Count);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), TrendTableModel::FirstQuarterColumn + 2);
        QCOMPARE(model.headerData(TrendTableModel::FirstQuarterColumn, Qt::Horizontal).toString(),
                 u"Q1 FY25"_s);
        const QModelIndex cell = model.indexOf(huang->id, 0);
        QCOMPARE(cell.data().toString(), u"2"_s);
        QCOMPARE(cell.data(TrendTableModel::CountRole).toInt(), 2);
        QCOMPARE(cell.data(TrendTableModel::SlotRole).toInt(), 0);
        QCOMPARE(model.index(cell.row(), TrendTableModel::TotalColumn).data().toString(), u"3"_s);
    }

    void callsOfOneQuarterAddUpByRole()
    {
        TrendOptions options;
        options.by = TrendOptions::SplitBy::Role;
        options.countWords = true;
        const TrendResult result = TermTrendCounter(m_store).compute({u"Blackwell"_s}, options);
        const TrendChart chart(result, options);
        const TrendChart::Row *analysts = rowLabelled(chart, u"Analyst"_s);
        QVERIFY(analysts);
        // NVIDIA's and AMD's Q1 calls share the slot: one mention in each.
        QCOMPARE(analysts->cells.at(0)->count, 2);
        QCOMPARE(analysts->cells.at(0)->words,
                 7); // "On Blackwell margins, one question" + "Versus Blackwell?"
        QCOMPARE(*chart.value(*analysts, 0, TrendChart::Measure::RatePer10kWords), 10000.0 * 2 / 7);
        QCOMPARE(chart.callsAt(0).size(), 2);

        TrendTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChart(chart, TrendChart::Measure::RatePer10kWords);
        QCOMPARE(model.indexOf(analysts->id, 0).data().toString(),
                 QLocale().toString(10000.0 * 2 / 7, 'f', 1));
        QCOMPARE(model.headerData(TrendTableModel::SeriesColumn, Qt::Horizontal).toString(), u"Role"_s);
        QVERIFY(chart.spec(TrendChart::Shape::Lines, TrendChart::Measure::RatePer10kWords)
                    .primaryAxisTitle.contains(u"10,000"_s));
    }

    void severalTermsAreRowsOfTheirOwn()
    {
        TrendOptions options;
        options.companyTicker = u"NVDA"_s;
        const TrendResult result = TermTrendCounter(m_store).compute({u"Blackwell"_s, u"Hopper"_s}, options);
        const TrendChart chart(result, options);
        QVERIFY(rowLabelled(chart, u"Jensen Huang: \u201cBlackwell\u201d"_s));
        const TrendChart::Row *hopper = rowLabelled(chart, u"Jensen Huang: \u201cHopper\u201d"_s);
        QVERIFY(hopper);
        QCOMPARE(chart.termOf(*hopper), u"Hopper"_s);
        QCOMPARE(hopper->total, 1);
        QCOMPARE(chart.ruleText().count(u'\n'), 1);
    }

    // Every cell's hits are exactly what the cell counts, for every series and quarter.
    void theHitsOfEachCellAreItsCount_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<bool>("analysts");
        QTest::newRow("speaker") << int(TrendOptions::SplitBy::Speaker) << true;
        QTest::newRow("role") << int(TrendOptions::SplitBy::Role) << true;
        QTest::newRow("speaker, no analysts") << int(TrendOptions::SplitBy::Speaker) << false;
    }

    void theHitsOfEachCellAreItsCount()
    {
        QFETCH(int, by);
        QFETCH(bool, analysts);
        TrendOptions options;
        options.by = TrendOptions::SplitBy(by);
        options.includeAnalysts = analysts;
        const TermTrendCounter counter(m_store);
        const TrendChart chart(counter.compute({u"Blackwell"_s}, options), options);
        QVERIFY(!chart.rows().isEmpty());
        int cells = 0;
        for (const TrendChart::Row &row : chart.rows()) {
            int total = 0;
            for (int slot = 0; slot < chart.quarters().size(); ++slot) {
                const SearchResults hits =
                    counter.hits(u"Blackwell"_s, options, chart.callsAt(slot), row.seriesKey);
                QVERIFY2(hits.error.isEmpty(), qPrintable(hits.error));
                const int count = row.cells.at(slot) ? row.cells.at(slot)->count : 0;
                QCOMPARE(int(hits.hits.size()), count);
                for (const SearchHit &hit : hits.hits) {
                    QVERIFY(hit.snippet.mid(hit.snippetOffset, hit.length).startsWith(u"Blackwell"_s));
                    QVERIFY(!hit.fiscalPeriod.isEmpty());
                    if (!analysts)
                        QVERIFY(hit.role != u"analyst"_s);
                }
                total += count;
                ++cells;
            }
            QCOMPARE(total, row.total);
        }
        QVERIFY(cells >= 2);
    }

    void changesSinceTheLastCallAsATable()
    {
        // NVIDIA's Q3 call against its Q1 call: Blackwell fell from 3 to 1 ("Blackwells" is
        // the same term as "Blackwell" only for trends, so the table is checked for consistency).
        const qint64 q3 = 2;
        const CallChangesResult result = CallChanges(m_store).compute(q3);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.previous);
        CallChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result);
        QCOMPARE(model.rowCount(), int(result.rose.size() + result.fell.size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool rose = model.index(r, 0).data(CallChangesModel::RoseRole).toBool();
            const int now = model.index(r, CallChangesModel::CountColumn).data().toInt();
            const int before = model.index(r, CallChangesModel::PreviousColumn).data().toInt();
            QVERIFY(rose ? now > before : now < before);
            QCOMPARE(model.index(r, CallChangesModel::ChangeColumn).data().toString(),
                     (now > before ? u"+"_s : QString()) + QString::number(now - before));
        }
        QVERIFY(model.rowCount() > 0);
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
};

QTEST_GUILESS_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
