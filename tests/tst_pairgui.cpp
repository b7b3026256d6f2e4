#include "calls/CallImporter.h"
#include "pairing/NameMap.h"
#include "pairing/PairRepository.h"
#include "pairing/PairedReadingView.h"
#include "pairing/QuestionAligner.h"
#include "pairing/RepairQuestionCommand.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "util/UndoHistory.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The side-by-side view of the write-up and the English call: scrolling either column takes
// the other to the counterpart question; a selection highlights its counterpart turn.
class TestPairGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"pairgui.sqlite"_s), &error), qPrintable(error));
        CallImporter importer(m_store);
        const qint64 a = importer.importFile(QStringLiteral(ER_SEED_FILE)).callId;
        const qint64 b =
            importer
                .importFile(QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/nvda_fy2025q4_motleyfool.txt"_s)
                .callId;
        m_a = *m_store.call(a);
        m_b = *m_store.call(b);
        m_names = NameMap::standard();
        m_alignment = QuestionAligner(m_names).align(m_a, m_b);
        QCOMPARE(m_alignment.pairs.size(), 9);
    }

    void scrollingFollowsThePairedQuestion_data()
    {
        QTest::addColumn<bool>("fromA");
        QTest::addColumn<int>("question");
        QTest::newRow("write-up Q5 takes the call to Q5") << true << 5;
        QTest::newRow("call Q8 takes the write-up to Q8") << false << 8;
    }

    void scrollingFollowsThePairedQuestion()
    {
        QFETCH(bool, fromA);
        QFETCH(int, question);
        PairedReadingView view;
        view.resize(1200, 700);
        view.setCalls(m_a, m_b, m_alignment);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TranscriptView *from = fromA ? view.viewA() : view.viewB();
        TranscriptView *to = fromA ? view.viewB() : view.viewA();
        from->scrollToQuestion(question);
        QCOMPARE(from->currentQuestion(), question);
        QTRY_COMPARE(to->currentQuestion(), question);
    }

    void selectionHighlightsTheCounterpartTurn()
    {
        PairedReadingView view;
        view.resize(1200, 700);
        view.setCalls(m_a, m_b, m_alignment);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Colette's answer in the write-up's Q3 and hers in the call's.
        const QuestionPair &third = m_alignment.pairs.at(2);
        const AnswerPair &colette = third.answers.first();
        QVERIFY(colette.aTurn && colette.bTurn);
        view.viewA()->selectSpan({colette.aTurn, 0, 4});
        QCOMPARE(view.counterpartTurn(), colette.bTurn);
        QVERIFY(view.viewB()->isPositionVisible(view.viewB()->turnRange(colette.bTurn).start));
        QVERIFY(m_b.turn(colette.bTurn)->speaker.startsWith(u"Colette"_s));
    }

    // Re-pairing by hand changes where the other column goes; undo puts it back.
    void repairingWithUndo()
    {
        PairRepository repository(&m_store);
        QString error;
        const auto pairId = repository.addPair(m_a.summary.id, m_b.summary.id, &error);
        QVERIFY2(pairId, qPrintable(error));
        PairedReadingView view;
        view.resize(1200, 700);
        auto realign = [&] {
            view.setCalls(m_a, m_b, QuestionAligner(m_names).align(m_a, m_b, repository.repairs(*pairId)));
        };
        connect(&repository, &PairRepository::repairsChanged, &view, realign);
        realign();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QUndoStack stack;
        stack.push(new RepairQuestionCommand(&repository, *pairId, 6, 7, UndoHistory::of(&stack)));
        view.viewA()->scrollToQuestion(6);
        QTRY_COMPARE(view.viewB()->currentQuestion(), 7);

        stack.undo();
        view.viewA()->scrollToQuestion(2);
        view.viewA()->scrollToQuestion(6);
        QTRY_COMPARE(view.viewB()->currentQuestion(), 6);
        QCOMPARE(stack.undoText(), QString());
        QCOMPARE(stack.redoText(), u"Pair Q6 with Q7"_s);
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
    CallRecord m_a;
    CallRecord m_b;
    NameMap m_names;
    CallAlignment m_alignment;
};

QTEST_MAIN(TestPairGui)
#include "tst_pairgui.moc"
