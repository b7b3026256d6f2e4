#include "annotations/AnnotationRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAnnotationRepository : public QObject
{
    Q_OBJECT

private:
    int count(const QString &table)
    {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT count(*) FROM "_s + table);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // The executive's answer to question n in the sample call.
    const TurnRecord *answerTo(int question)
    {
        for (const SectionRecord &section : m_call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.question == question && turn.role == QLatin1StringView(Role::Executive))
                    return &turn;
            }
        }
        return nullptr;
    }

    Annotation span(const TurnRecord *turn, int start, int end)
    {
        Annotation a;
        a.turnId = turn->id;
        a.start = start;
        a.end = end;
        return a;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"lib%1.sqlite"_s.arg(++m_run));
        m_store = std::make_unique<LibraryStore>();
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(*m_store, &error), qPrintable(error));
        m_call = *m_store->call(m_store->calls().first().id);
        m_repo = std::make_unique<AnnotationRepository>(m_store.get());
        QVERIFY(answerTo(3));
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
    }

    void addFillsTheQuoteAndStoresTagsAndLinks()
    {
        const TurnRecord *turn = answerTo(3);
        Annotation a = span(turn, 2, 12);
        a.note = u"Gross margin path"_s;
        a.tags = {u" guidance "_s, u"margin"_s, u"Guidance"_s, u""_s};
        a.colour = u"green"_s;
        a.figures = {{u"nvda"_s, u"fy2025q4"_s, u"nongaap_gross_margin_pct"_s}};
        QSignalSpy added(m_repo.get(), &AnnotationRepository::annotationAdded);
        QString error;
        const auto stored = m_repo->add(a, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(added.count(), 1);
        QCOMPARE(stored->quote, turn->text.mid(2, 10));
        QCOMPARE(stored->callId, m_call.summary.id);
        QCOMPARE(stored->question, 3);
        QCOMPARE(stored->speaker, turn->speaker);
        QCOMPARE(stored->tags, QStringList({u"guidance"_s, u"margin"_s}));
        QCOMPARE(stored->colour, u"green"_s);
        QVERIFY(!stored->uid.isEmpty());
        QVERIFY(stored->created.isValid());
        QCOMPARE(stored->figures.size(), 1);
        QCOMPARE(stored->figures.first(),
                 (FigureLink{u"NVDA"_s, u"FY2025Q4"_s, u"nongaap_gross_margin_pct"_s}));
        QCOMPARE(m_repo->tags(), QStringList({u"guidance"_s, u"margin"_s}));

        // A second annotation reuses a tag whatever its case.
        Annotation b = span(turn, 20, 25);
        b.tags = {u"MARGIN"_s};
        QVERIFY2(m_repo->add(b, &error), qPrintable(error));
        QCOMPARE(count(u"tags"_s), 2);

        QCOMPARE(m_repo->linkedTo(u"NVDA"_s, u"FY2025Q4"_s).size(), 1);
        QCOMPARE(m_repo->linkedTo(u"NVDA"_s, u"FY2025Q4"_s, u"revenue_musd"_s).size(), 0);
        QCOMPARE(m_repo->figureLinks(u"NVDA"_s).size(), 1);
        QCOMPARE(m_repo->annotations(m_call.summary.id).size(), 2);
        QCOMPARE(m_repo->annotations().size(), 2);
    }

    void badSpansAreRefused_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<bool>("unknownTurn");
        QTest::newRow("negative start") << -1 << 5 << QString() << false;
        QTest::newRow("end before start") << 8 << 4 << QString() << false;
        QTest::newRow("empty span") << 4 << 4 << QString() << false;
        QTest::newRow("past the end") << 0 << 100000 << QString() << false;
        QTest::newRow("quote differs") << 0 << 4 << u"nope"_s << false;
        QTest::newRow("no such turn") << 0 << 4 << QString() << true;
    }

    void badSpansAreRefused()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, quote);
        QFETCH(bool, unknownTurn);
        Annotation a = span(answerTo(3), start, end);
        a.quote = quote;
        if (unknownTurn)
            a.turnId = 999999;
        QSignalSpy failed(m_repo.get(), &AnnotationRepository::writeFailed);
        QString error;
        QVERIFY(!m_repo->add(a, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(count(u"annotations"_s), 0);
    }

    void aFailedWriteLeavesNothingBehind()
    {
        Annotation a = span(answerTo(3), 0, 5);
        a.tags = {u"orphan"_s};
        a.figures = {{u"NVDA"_s, u"FY2025Q4"_s, QString()}}; // no metric: refused
        QString error;
        QVERIFY(!m_repo->add(a, &error));
        QVERIFY(error.contains(u"metric"_s));
        QCOMPARE(count(u"annotations"_s), 0);
        QCOMPARE(count(u"tags"_s), 0);
        QCOMPARE(count(u"annotation_tags"_s), 0);
    }

    void updateAndRemove()
    {
        QString error;
        Annotation a = span(answerTo(3), 0, 6);
        a.tags = {u"first"_s};
        auto stored = m_repo->add(a, &error);
        QVERIFY2(stored, qPrintable(error));
        Annotation changed = *stored;
        changed.note = u"changed note"_s;
        changed.tags = {u"second"_s};
        changed.colour = u"pink"_s;
        changed.modified = QDateTime::currentDateTimeUtc().addSecs(60);
        QSignalSpy spy(m_repo.get(), &AnnotationRepository::annotationChanged);
        QVERIFY2(m_repo->update(changed, &error), qPrintable(error));
        QCOMPARE(spy.count(), 1);
        const auto reread = m_repo->annotation(stored->id);
        QCOMPARE(reread->note, u"changed note"_s);
        QCOMPARE(reread->tags, QStringList{u"second"_s});
        QCOMPARE(reread->colour, u"pink"_s);
        QCOMPARE(reread->modified, changed.modified.toUTC());
        QCOMPARE(m_repo->tags(), QStringList{u"second"_s}); // "first" is no longer used

        QVERIFY2(m_repo->remove(stored->id, &error), qPrintable(error));
        QVERIFY(!m_repo->annotation(stored->id));
        QCOMPARE(count(u"annotation_tags"_s), 0);
        QCOMPARE(count(u"tags"_s), 0);
        QVERIFY(!m_repo->remove(stored->id, &error));
    }

    void questionMarks()
    {
        QString error;
        const qint64 call = m_call.summary.id;
        QVERIFY(m_repo->questionMark(call, 3).isEmpty());
        QVERIFY2(m_repo->setQuestionMark({call, 3, u"deflected"_s, 2}, &error), qPrintable(error));
        QCOMPARE(m_repo->questionMark(call, 3), (QuestionMark{call, 3, u"deflected"_s, 2}));
        QVERIFY2(m_repo->setQuestionMark({call, 3, u"answered"_s, 4}, &error), qPrintable(error));
        QCOMPARE(m_repo->questionMarks(call).size(), 1);
        QCOMPARE(m_repo->questionMarks(call).first().label, u"answered"_s);
        QVERIFY(!m_repo->setQuestionMark({call, 3, u"x"_s, 9}, &error));
        QVERIFY(!m_repo->setQuestionMark({call, 0, u"x"_s, 1}, &error));
        QVERIFY2(m_repo->setQuestionMark({call, 3, {}, 0}, &error), qPrintable(error));
        QVERIFY(m_repo->questionMarks(call).isEmpty());
    }

    void survivesReopeningAndGoesWithItsCall()
    {
        QString error;
        Annotation a = span(answerTo(3), 1, 9);
        a.note = u"kept"_s;
        a.tags = {u"t"_s};
        QVERIFY2(m_repo->add(a, &error), qPrintable(error));
        QVERIFY2(m_repo->setQuestionMark({m_call.summary.id, 3, u"guidance"_s, 0}, &error),
                 qPrintable(error));
        m_repo.reset();
        m_store.reset();

        LibraryStore reopened;
        QVERIFY2(reopened.open(m_path, &error), qPrintable(error));
        AnnotationRepository repo(&reopened);
        QCOMPARE(repo.annotations().size(), 1);
        QCOMPARE(repo.annotations().first().note, u"kept"_s);
        QCOMPARE(repo.annotations().first().tags, QStringList{u"t"_s});
        QCOMPARE(repo.questionMark(m_call.summary.id, 3).label, u"guidance"_s);

        QVERIFY2(reopened.removeCall(m_call.summary.id, &error), qPrintable(error));
        QCOMPARE(repo.annotations().size(), 0);
        QCOMPARE(repo.questionMarks().size(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<AnnotationRepository> m_repo;
    CallRecord m_call;
};

QTEST_GUILESS_MAIN(TestAnnotationRepository)
#include "tst_annotationrepository.moc"
