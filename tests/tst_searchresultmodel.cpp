#include "sample/SampleLibrary.h"
#include "search/SearchResultModel.h"
#include "store/LibraryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SearchHit hit(qint64 call, qint64 turn, SectionKind section, int question, const QString &speaker, int offset)
{
    SearchHit h;
    h.callId = call;
    h.callTitle = u"Call %1"_s.arg(call);
    h.turnId = turn;
    h.section = section;
    h.question = question;
    h.speaker = speaker;
    h.role = u"analyst"_s;
    h.offset = offset;
    h.length = 2;
    h.snippet = u"前文毛利後文"_s;
    h.snippetOffset = 2;
    return h;
}

} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsByCallAndQuestion()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchResults results;
        results.hits = {
            hit(1, 10, SectionKind::Article, 0, {}, 0), hit(1, 20, SectionKind::QA, 3, u"A"_s, 5),
            hit(1, 20, SectionKind::QA, 3, u"A"_s, 9),  hit(1, 21, SectionKind::QA, 3, u"B"_s, 1),
            hit(1, 30, SectionKind::QA, 9, u"C"_s, 0),  hit(2, 40, SectionKind::Prepared, 0, u"D"_s, 4),
        };
        results.hits[1].asker = u"Vivek Arya"_s;
        results.hits[1].askerFirm = u"Bank of America"_s;
        NoteHit note;
        note.callId = 2;
        note.callTitle = u"Call 2"_s;
        note.annotationId = 7;
        note.snippet = u"營收筆記"_s;
        note.length = 2;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResults(results, {note});
        QCOMPARE(reset.size(), 1);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.hitCount(), 6);
        QCOMPARE(model.noteHitCount(), 1);
        const QModelIndex call1 = model.index(0, 0);
        QCOMPARE(call1.data(SearchResultModel::CallIdRole).toLongLong(), 1);
        QCOMPARE(call1.data(SearchResultModel::HitCountRole).toInt(), 5);
        QCOMPARE(model.rowCount(call1), 3); // article, Q3, Q9
        const QModelIndex q3 = model.index(1, 0, call1);
        QCOMPARE(q3.data(SearchResultModel::QuestionRole).toInt(), 3);
        QVERIFY(q3.data().toString().contains(u"Vivek Arya, Bank of America"_s));
        QCOMPARE(model.rowCount(q3), 3);
        const QModelIndex second = model.index(1, 0, q3);
        QCOMPARE(second.data(SearchResultModel::OffsetRole).toInt(), 9);
        QCOMPARE(second.data(SearchResultModel::SpeakerRole).toString(), u"A"_s);
        QCOMPARE(second.data().toString(), u"A: 前文毛利後文"_s);
        QCOMPARE(second.parent(), q3);
        QCOMPARE(q3.parent(), call1);

        // The n-th hit in reading order.
        for (int n = 0; n < results.hits.size(); ++n) {
            const QModelIndex index = model.indexOfHit(n);
            QCOMPARE(index.data(SearchResultModel::TurnIdRole).toLongLong(), results.hits.at(n).turnId);
            QCOMPARE(index.data(SearchResultModel::OffsetRole).toInt(), results.hits.at(n).offset);
        }
        QVERIFY(!model.indexOfHit(6).isValid());

        const QModelIndex call2 = model.index(1, 0);
        QCOMPARE(model.rowCount(call2), 2); // prepared remarks, notes
        const QModelIndex notes = model.index(1, 0, call2);
        QCOMPARE(model.index(0, 0, notes)
                     .data(SearchResultModel::NodeKindRole)
                     .value<SearchResultModel::NodeKind>(),
                 SearchResultModel::NodeKind::NoteHit);
        QCOMPARE(model.index(0, 0, notes).data(SearchResultModel::AnnotationIdRole).toLongLong(), 7);
        QCOMPARE(model.hitsInCall(1).size(), 5);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void showsTheSeedsGrossMarginHits()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"seed.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const SearchIndex index(store);
        model.setResults(index.search(SearchQuery(u"毛利"_s)));
        QCOMPARE(model.rowCount(), 1);
        QStringList groups;
        for (int g = 0; g < model.rowCount(model.index(0, 0)); ++g)
            groups << model.index(g, 0, model.index(0, 0)).data().toString();
        QVERIFY(groups.contains(u"Q3 · Vivek Arya, Bank of America"_s));
        QVERIFY(groups.contains(u"Q9 · Atif Malik, Citi"_s));
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
