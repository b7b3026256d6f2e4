#include "SyntheticCorpus.h"
#include "TestCalls.h"
#include "search/SearchIndex.h"
#include "store/LibraryStore.h"
#include "store/ReaderConnection.h"
#include "text/SearchText.h"
#include "transcript/SpeakerIdentity.h"
#include "trends/TermMatcher.h"
#include "trends/TermTrend.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const TrendSeries *seriesNamed(const TermTrend &trend, const QString &speaker)
{
    for (const TrendSeries &series : trend.series) {
        if (series.speaker == speaker)
            return &series;
    }
    return nullptr;
}

} // namespace

// Trends through the index against a count over every turn, and speakers as identities.
class TestTermTrend : public QObject
{
    Q_OBJECT

private slots:
    void indexedCountsEqualAScan_data()
    {
        QTest::addColumn<QString>("term");
        QTest::newRow("word") << u"Blackwell"_s;
        QTest::newRow("phrase") << u"Blackwell Ultra"_s;
        QTest::newRow("Chinese, Traditional") << u"營收"_s;
        QTest::newRow("Chinese, Simplified") << u"营收"_s;
        QTest::newRow("model number") << u"NVL72"_s;
    }

    void indexedCountsEqualAScan()
    {
        QFETCH(QString, term);
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"synthetic.sqlite"_s), &error), qPrintable(error));
        const SyntheticCorpus corpus;
        // 35 calls: more turns than one indexing batch, so some are still queued.
        for (int i = 0; i < 35; ++i) {
            const SyntheticCorpus::Call call = corpus.call(i);
            QVERIFY2(store.addCall(call.transcript, call.meta, &error), qPrintable(error));
        }
        TrendOptions options;
        options.by = TrendOptions::SplitBy::Role;
        options.countWords = false;
        const TrendResult result = TermTrendCounter(store).compute({term}, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.calls.size(), 35);

        QHash<QString, QHash<qint64, int>> scanned;
        const TermMatcher matcher(term);
        QSqlQuery all(store.database());
        QVERIFY(all.exec(u"SELECT t.call_id, coalesce(s.role, 'narrator'), t.text FROM turns t"
                         " LEFT JOIN speakers s ON s.id = t.speaker_id"_s));
        int total = 0;
        while (all.next()) {
            const int count = matcher.countInNormalised(SearchText::normalise(all.value(2).toString()));
            if (count > 0)
                scanned[all.value(1).toString()][all.value(0).toLongLong()] += count;
            total += count;
        }
        QVERIFY(total > 0);
        QHash<QString, QHash<qint64, int>> indexed;
        for (const TrendSeries &series : result.terms.first().series) {
            for (const TrendPoint &point : series.points) {
                if (point.count > 0)
                    indexed[series.role][point.callId] = point.count;
            }
        }
        QCOMPARE(indexed, scanned);
    }

    void samePersonIsOneSeriesWithinACompany()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"people.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(addTestCall(store, u"NVDA"_s, u"FY2025Q1"_s,
                             {testTurn(u"Colette M. Kress"_s, Role::Executive, u"Blackwell is sampling."_s),
                              testTurn(u"Tim Arcuri"_s, Role::Analyst, u"On Blackwell margins?"_s)},
                             &error),
                 qPrintable(error));
        QVERIFY2(addTestCall(store, u"NVDA"_s, u"FY2025Q2"_s,
                             {testTurn(u"Colette Kress"_s, Role::Executive,
                                       u"Blackwell's ramp, Blackwells shipped."_s),
                              testTurn(u"Timothy Arcuri"_s, Role::Analyst, u"No question on that."_s),
                              testTurn(u"colette  kress"_s, Role::Executive, u"Also Blackwell."_s)},
                             &error),
                 qPrintable(error));
        QVERIFY2(addTestCall(store, u"AMD"_s, u"FY2025Q1"_s,
                             {testTurn(u"Colette Kress"_s, Role::Executive, u"A namesake on Blackwell."_s)},
                             &error),
                 qPrintable(error));

        TrendOptions options;
        const TrendResult result = TermTrendCounter(store).compute({u"Blackwell"_s}, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const TermTrend &trend = result.terms.first();
        int kressSeries = 0;
        for (const TrendSeries &series : trend.series) {
            if (SpeakerIdentity::key(series.speaker) == u"colettekress"_s)
                ++kressSeries;
        }
        QCOMPARE(kressSeries, 2); // one at NVIDIA, one at AMD
        const TrendSeries *kress = nullptr;
        for (const TrendSeries &series : trend.series) {
            if (series.companyTicker == u"NVDA"_s && series.role == u"executive"_s)
                kress = &series;
        }
        QVERIFY(kress);
        QCOMPARE(kress->points.size(), 2);
        QCOMPARE(kress->points.at(0).count, 1);
        QCOMPARE(kress->points.at(1).count, 3);
        QCOMPARE(kress->points.at(1).fiscalPeriod, u"FY2025Q2"_s);
        QCOMPARE(kress->points.at(1).words, 6); // "Blackwell's ramp, Blackwells shipped." + "Also Blackwell."

        // Tim and Timothy Arcuri are one analyst; he spoke in both calls, saying it once.
        const TrendSeries *arcuri = seriesNamed(trend, u"Tim Arcuri"_s);
        if (!arcuri)
            arcuri = seriesNamed(trend, u"Timothy Arcuri"_s);
        QVERIFY(arcuri);
        QCOMPARE(arcuri->points.size(), 2);
        QCOMPARE(arcuri->total, 1);
        QCOMPARE(arcuri->points.at(1).count, 0);

        options.includeAnalysts = false;
        options.companyTicker = u"NVDA"_s;
        const TrendResult withoutAnalysts = TermTrendCounter(store).compute({u"Blackwell"_s}, options);
        QCOMPARE(withoutAnalysts.calls.size(), 2);
        QCOMPARE(withoutAnalysts.terms.first().series.size(), 1);
        QCOMPARE(withoutAnalysts.terms.first().series.first().role, u"executive"_s);
        QVERIFY(withoutAnalysts.terms.first().rule.contains(u"analysts"_s));
    }

    // Who spoke is read on a second connection beside the store's (ReaderConnection); where that
    // connection could not see what the store's sees, the store's own reads it, with the same trend.
    void speakersAreReadAsTheStoreSeesThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.sqlite"_s);
        QString error;
        TrendResult parallel;
        {
            LibraryStore store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(addTestCall(store, u"NVDA"_s, u"FY2025Q1"_s,
                                 {testTurn(u"Jensen Huang"_s, Role::Executive, u"Blackwell, Blackwell."_s),
                                  testTurn(u"Vivek Arya"_s, Role::Analyst, u"Blackwell demand?"_s)},
                                 &error),
                     qPrintable(error));
            QVERIFY(ReaderConnection::open(store));
            parallel = TermTrendCounter(store).compute({u"Blackwell"_s}, {});
            QVERIFY2(parallel.error.isEmpty(), qPrintable(parallel.error));
            QCOMPARE(parallel.terms.first().series.size(), 2);

            // Inside a transaction its writes are not yet in the file a second connection reads.
            TrendResult inside;
            bool secondConnection = true;
            const bool committed = store.inTransaction(
                [&](QString *why) {
                    if (!addTestCall(store, u"NVDA"_s, u"FY2025Q2"_s,
                                     {testTurn(u"Colette Kress"_s, Role::Executive, u"Blackwell."_s)}, why))
                        return false;
                    secondConnection = ReaderConnection::open(store) != nullptr;
                    inside = TermTrendCounter(store).compute({u"Blackwell"_s}, {});
                    *why = u"rolled back"_s;
                    return false;
                },
                &error);
            QVERIFY(!committed);
            QVERIFY2(error.contains(u"rolled back"_s), qPrintable(error));
            QVERIFY(!secondConnection);
            QCOMPARE(inside.terms.size(), 1);
            QVERIFY2(inside.error.isEmpty(), qPrintable(inside.error));
            QCOMPARE(inside.terms.first().series.size(), 3);
            const TrendSeries *kress = seriesNamed(inside.terms.first(), u"Colette Kress"_s);
            QVERIFY(kress);
            QCOMPARE(kress->total, 1);
        }

        // A library open read-only is read on the store's connection alone, with the same result.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        LibraryStore readOnly;
        QVERIFY2(readOnly.open(path, &error), qPrintable(error));
        QVERIFY(readOnly.isReadOnly());
        QVERIFY(!ReaderConnection::open(readOnly));
        const TrendResult sequential = TermTrendCounter(readOnly).compute({u"Blackwell"_s}, {});
        QVERIFY2(sequential.error.isEmpty(), qPrintable(sequential.error));
        QCOMPARE(sequential.terms.first().series.size(), parallel.terms.first().series.size());
        for (qsizetype i = 0; i < parallel.terms.first().series.size(); ++i) {
            const TrendSeries &a = parallel.terms.first().series.at(i);
            const TrendSeries &b = sequential.terms.first().series.at(i);
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.total, a.total);
            QCOMPARE(b.points.size(), a.points.size());
            QCOMPARE(b.points.first().words, a.points.first().words);
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void termWithNothingToCountIsAnError()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"empty.sqlite"_s), &error), qPrintable(error));
        const TrendResult result = TermTrendCounter(store).compute({u"%%"_s}, {});
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTermTrend)
#include "tst_termtrend.moc"
