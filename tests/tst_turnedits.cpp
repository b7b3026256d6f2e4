#include "AppRunner.h"
#include "annotations/AnnotationRepository.h"
#include "annotations/CallReimporter.h"
#include "calls/CallImporter.h"
#include "calls/NavigatorModel.h"
#include "calls/TurnEditCommand.h"
#include "calls/TurnEditPlanner.h"
#include "pairing/PairRepository.h"
#include "search/SearchIndex.h"
#include "store/LibraryStore.h"
#include "util/UndoHistory.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Fixing what the parser made of a call (models/calls/TurnEditPlanner, TurnEditCommand, the
// store's changeCallStructure): each edit applied, undone, redone, kept in the library, made
// again by a re-import of the same text and dropped where the text changed; the command line's
// edit-turn. On the English NVIDIA Q4 FY2025 call from The Motley Fool.
class TestTurnEdits : public QObject
{
    Q_OBJECT

private:
    static QString nvdaQ4()
    {
        return QStringLiteral(ER_TEST_DATA_DIR "/transcripts/nvda_fy2025q4_motleyfool.txt");
    }

    // A fresh library holding the call; returns its id.
    qint64 openWithCall(LibraryStore &store, const QString &name)
    {
        QString error;
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!store.open(path, &error))
            qFatal("%s", qPrintable(error));
        CallImporter importer(store);
        const auto outcome = importer.importFile(nvdaQ4());
        if (!outcome.ok)
            qFatal("%s", qPrintable(outcome.error));
        return outcome.callId;
    }

    static const TurnRecord *turnStarting(const CallRecord &call, const QString &prefix)
    {
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.text.startsWith(prefix))
                    return &turn;
            }
        }
        return nullptr;
    }

    static const SectionRecord *sectionOf(const CallRecord &call, qint64 turnId)
    {
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.id == turnId)
                    return &section;
            }
        }
        return nullptr;
    }

    // The call as a reader sees its structure: every turn's id, section, speaker, question and text.
    static QStringList outline(const CallRecord &call)
    {
        QStringList lines;
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns)
                lines << u"%1|%2|%3|%4|%5|%6"_s.arg(turn.id)
                             .arg(turn.ordinal)
                             .arg(sectionKindName(section.kind), turn.speaker)
                             .arg(turn.question)
                             .arg(turn.text);
        }
        return lines;
    }

    static int editCount(LibraryStore &store, qint64 callId) { return int(store.turnEdits(callId).size()); }

    // Pushes the edit of turnId onto the stack; false, with the reason logged, if it was refused.
    static bool push(QUndoStack &stack, LibraryStore &store, qint64 callId, qint64 turnId,
                     TurnEdit::Kind kind, int splitAt = 0, const QString &speaker = {})
    {
        QString why;
        const auto plan = TurnEditPlanner::plan(*store.call(callId), turnId, kind, splitAt, speaker, &why);
        if (!plan) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        return UndoHistory::of(&stack)->push(new TurnEditCommand(&store, *plan, UndoHistory::of(&stack)));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void splitIsOneUndoableEditThatPersists()
    {
        const QString name = u"split.sqlite"_s;
        qint64 newTurn = 0;
        {
            LibraryStore store;
            const qint64 callId = openWithCall(store, name);
            const CallRecord before = *store.call(callId);
            const TurnRecord colette =
                *turnStarting(before, u"Thanks, Stewart. Q4 was another record quarter"_s);
            const int at = int(colette.text.indexOf(u"Let's start with Data Center"_s));
            QVERIFY(at > 0);
            QUndoStack stack;
            QSignalSpy changed(&store, &LibraryStore::callStructureChanged);
            QVERIFY(push(stack, store, callId, colette.id, TurnEdit::Kind::Split, at));
            QCOMPARE(changed.size(), 1);
            const CallRecord after = *store.call(callId);
            QCOMPARE(after.summary.turns, before.summary.turns + 1);
            const TurnRecord *first = after.turn(colette.id);
            QVERIFY(first);
            QCOMPARE(first->text, colette.text.left(at).trimmed());
            const TurnRecord *second = turnStarting(after, u"Let's start with Data Center"_s);
            QVERIFY(second);
            QCOMPARE(second->ordinal, colette.ordinal + 1);
            QCOMPARE(second->speaker, colette.speaker);
            newTurn = second->id;
            QCOMPARE(editCount(store, callId), 1);

            stack.undo();
            QCOMPARE(outline(*store.call(callId)), outline(before));
            QCOMPARE(editCount(store, callId), 0);
            stack.redo();
            QCOMPARE(outline(*store.call(callId)), outline(after)); // the same ids again
            QCOMPARE(editCount(store, callId), 1);
        }
        LibraryStore reopened;
        QString error;
        QVERIFY2(reopened.open(m_dir.filePath(name), &error), qPrintable(error));
        const CallRecord call = *reopened.call(reopened.calls().first().id);
        QVERIFY(call.turn(newTurn));
        QVERIFY(call.turn(newTurn)->text.startsWith(u"Let's start with Data Center"_s));
        const QList<TurnEdit> edits = reopened.turnEdits(call.summary.id);
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().kind, TurnEdit::Kind::Split);
        QVERIFY(edits.first().turnText.startsWith(u"Thanks, Stewart."_s));
    }

    void splitRefusesBadOffsetsAndHighlightsItWouldCut()
    {
        LibraryStore store;
        const qint64 callId = openWithCall(store, u"badsplit.sqlite"_s);
        const CallRecord call = *store.call(callId);
        const TurnRecord answer = *turnStarting(call, u"Yeah, I appreciate that, C.J."_s);
        QString why;
        QVERIFY(!TurnEditPlanner::plan(call, answer.id, TurnEdit::Kind::Split, 0, {}, &why));
        QVERIFY2(why.contains(u"offset 0"_s), qPrintable(why));
        QVERIFY(!TurnEditPlanner::plan(call, answer.id, TurnEdit::Kind::Split, int(answer.text.size()), {},
                                       &why));
        QVERIFY(!TurnEditPlanner::plan(call, 999999, TurnEdit::Kind::Split, 5, {}, &why));
        QVERIFY2(why.contains(u"no turn 999999"_s), qPrintable(why));

        AnnotationRepository notes(&store);
        Annotation a;
        a.callId = callId;
        a.turnId = answer.id;
        a.start = 10;
        a.end = 40;
        QVERIFY2(notes.add(a, &why), qPrintable(why));
        const auto plan = TurnEditPlanner::plan(call, answer.id, TurnEdit::Kind::Split, 20, {}, &why);
        QVERIFY(plan);
        QVERIFY(!store.changeCallStructure(plan->redo, nullptr, &why));
        QVERIFY2(why.contains(u"annotation"_s), qPrintable(why));
        QCOMPARE(outline(*store.call(callId)), outline(call)); // nothing written
        QCOMPARE(editCount(store, callId), 0);
    }

    void annotationsFollowTheTextOfAMerge()
    {
        LibraryStore store;
        const qint64 callId = openWithCall(store, u"merge.sqlite"_s);
        const CallRecord before = *store.call(callId);
        const TurnRecord question = *turnStarting(before, u"Yeah. Good afternoon. Thank you for taking"_s);
        const TurnRecord answer = *turnStarting(before, u"Yeah, I appreciate that, C.J."_s);
        AnnotationRepository notes(&store);
        Annotation a;
        a.callId = callId;
        a.turnId = answer.id;
        a.start = 6;
        a.end = 29;
        QString error;
        const auto stored = notes.add(a, &error);
        QVERIFY2(stored, qPrintable(error));

        QUndoStack stack;
        QVERIFY(push(stack, store, callId, answer.id, TurnEdit::Kind::MergePrevious));
        const CallRecord after = *store.call(callId);
        QVERIFY(!after.turn(answer.id));
        const TurnRecord *merged = after.turn(question.id);
        QCOMPARE(merged->text, question.text + u'\n' + answer.text);
        QCOMPARE(after.summary.turns, before.summary.turns - 1);
        Annotation moved = *notes.annotation(stored->id);
        QCOMPARE(moved.turnId, question.id);
        QCOMPARE(merged->text.mid(moved.start, moved.end - moved.start), stored->quote);

        stack.undo();
        QCOMPARE(outline(*store.call(callId)), outline(before)); // the answer is back under its id
        moved = *notes.annotation(stored->id);
        QCOMPARE(moved.turnId, answer.id);
        QCOMPARE(moved.start, 6);
        QCOMPARE(moved.end, 29);
        stack.redo();
        QCOMPARE(outline(*store.call(callId)), outline(after));

        // The first turn of a section has no previous turn in it.
        QString why;
        const CallRecord now = *store.call(callId);
        const TurnRecord *operatorTurn = &now.sections.last().turns.first();
        QVERIFY(!TurnEditPlanner::plan(now, operatorTurn->id, TurnEdit::Kind::MergePrevious, 0, {}, &why));
        QVERIFY2(why.contains(u"another section"_s), qPrintable(why));
    }

    void speakerFromTheCallOrTyped()
    {
        LibraryStore store;
        const qint64 callId = openWithCall(store, u"speaker.sqlite"_s);
        const CallRecord before = *store.call(callId);
        const TurnRecord answer = *turnStarting(before, u"Yeah, I appreciate that, C.J."_s);
        QCOMPARE(answer.speaker, u"Jensen Huang"_s);
        QUndoStack stack;
        // A variant of a name the call has is that speaker, with their role.
        QVERIFY(push(stack, store, callId, answer.id, TurnEdit::Kind::Speaker, 0, u"Colette Kress"_s));
        CallRecord after = *store.call(callId);
        QCOMPARE(after.turn(answer.id)->speaker, u"Colette M. Kress"_s);
        QCOMPARE(after.turn(answer.id)->role, QString::fromLatin1(Role::Executive));
        QCOMPARE(after.speakers.size(), before.speakers.size());
        // Someone new is a new speaker of the call, gone again with the undo.
        QVERIFY(push(stack, store, callId, answer.id, TurnEdit::Kind::Speaker, 0, u"Jane Example"_s));
        after = *store.call(callId);
        QCOMPARE(after.turn(answer.id)->speaker, u"Jane Example"_s);
        QCOMPARE(after.speakers.size(), before.speakers.size() + 1);
        QCOMPARE(editCount(store, callId), 2);
        stack.undo();
        stack.undo();
        QCOMPARE(outline(*store.call(callId)), outline(before));
        QCOMPARE(store.call(callId)->speakers.size(), before.speakers.size());
        QCOMPARE(editCount(store, callId), 0);
        QString why;
        QVERIFY(
            !TurnEditPlanner::plan(before, answer.id, TurnEdit::Kind::Speaker, 0, u"Jensen Huang"_s, &why));
        QVERIFY2(why.contains(u"already"_s), qPrintable(why));
    }

    void questionsStartAndStopWithTheirMarks()
    {
        LibraryStore store;
        const qint64 callId = openWithCall(store, u"questions.sqlite"_s);
        const CallRecord before = *store.call(callId);
        QCOMPARE(before.summary.questions, 9);
        AnnotationRepository notes(&store);
        QString error;
        QVERIFY2(notes.setQuestionMark({callId, 2, u"guidance"_s, 4}, &error), qPrintable(error));

        // Jensen's answer to C.J. Muse taken for a question of its own: question 1 is cut in two.
        const TurnRecord answer = *turnStarting(before, u"Yeah, I appreciate that, C.J."_s);
        QCOMPARE(answer.question, 1);
        QUndoStack stack;
        QVERIFY(push(stack, store, callId, answer.id, TurnEdit::Kind::QuestionStarts));
        CallRecord after = *store.call(callId);
        QCOMPARE(after.summary.questions, 10);
        QCOMPARE(after.turn(answer.id)->question, 2);
        QCOMPARE(notes.questionMark(callId, 3).label, u"guidance"_s); // the mark stays with its question
        QVERIFY(notes.questionMark(callId, 2).isEmpty());
        stack.undo();
        QCOMPARE(outline(*store.call(callId)), outline(before));
        QCOMPARE(notes.questionMark(callId, 2).label, u"guidance"_s);

        // Not a question: question 3 joins question 2 ...
        const TurnRecord *third = before.questionTurn(3);
        QVERIFY(push(stack, store, callId, third->id, TurnEdit::Kind::NotQuestion));
        after = *store.call(callId);
        QCOMPARE(after.summary.questions, 8);
        QCOMPARE(after.turn(third->id)->question, 2);
        QCOMPARE(after.questionTurn(3)->id, before.questionTurn(4)->id);
        stack.undo();
        QCOMPARE(outline(*store.call(callId)), outline(before));
        // ... but question 2 holds the reader's mark, which would be lost: refused, nothing written.
        const auto plan = TurnEditPlanner::plan(before, before.questionTurn(2)->id,
                                                TurnEdit::Kind::NotQuestion, 0, {}, &error);
        QVERIFY(plan);
        QVERIFY(!store.changeCallStructure(plan->redo, nullptr, &error));
        QVERIFY2(error.contains(u"question 2"_s) && error.contains(u"mark"_s), qPrintable(error));
        QCOMPARE(outline(*store.call(callId)), outline(before));
        // Only a turn that starts a question can stop being one.
        QVERIFY(!TurnEditPlanner::plan(before, answer.id, TurnEdit::Kind::NotQuestion, 0, {}, &error));
        QVERIFY2(error.contains(u"does not start"_s), qPrintable(error));
    }

    // A pairing made by hand names questions of both calls by number: it follows them.
    void handMadePairingsFollowTheirQuestions()
    {
        LibraryStore store;
        const qint64 a = openWithCall(store, u"pairs.sqlite"_s);
        CallImporter importer(store);
        const auto imported = importer.importFile(
            QStringLiteral(ER_TEST_DATA_DIR "/transcripts/nvda_fy2025q4_chinese_writeup.txt"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const qint64 b = imported.callId;
        PairRepository pairs(&store);
        QString error;
        const auto pair = pairs.addPair(a, b, &error);
        QVERIFY2(pair, qPrintable(error));
        QVERIFY2(pairs.setRepair(*pair, 4, 5, &error), qPrintable(error));

        // The second turn of question 1, on either side, starts a question of its own.
        const auto secondTurnOfFirstQuestion = [&](qint64 callId) -> qint64 {
            const CallRecord call = *store.call(callId);
            const qint64 first = call.questionTurn(1)->id;
            for (const SectionRecord &section : call.sections) {
                for (const TurnRecord &turn : section.turns) {
                    if (turn.question == 1 && turn.id != first &&
                        turn.role != QLatin1StringView(Role::Furniture))
                        return turn.id;
                }
            }
            return 0;
        };
        QUndoStack stack;
        QVERIFY(push(stack, store, a, secondTurnOfFirstQuestion(a), TurnEdit::Kind::QuestionStarts));
        QCOMPARE(pairs.repairs(*pair), (QHash<int, int>{{5, 5}}));
        const qint64 inB = secondTurnOfFirstQuestion(b);
        QVERIFY(inB);
        QVERIFY(push(stack, store, b, inB, TurnEdit::Kind::QuestionStarts));
        QCOMPARE(pairs.repairs(*pair), (QHash<int, int>{{5, 6}}));
        stack.undo();
        stack.undo();
        QCOMPARE(pairs.repairs(*pair), (QHash<int, int>{{4, 5}}));
        // Question 4 of A would be gone: refused while the pairing names it.
        const CallRecord call = *store.call(a);
        const auto plan =
            TurnEditPlanner::plan(call, call.questionTurn(4)->id, TurnEdit::Kind::NotQuestion, 0, {}, &error);
        QVERIFY(plan);
        QVERIFY(!store.changeCallStructure(plan->redo, nullptr, &error));
        QVERIFY2(error.contains(u"question 4"_s), qPrintable(error));
        QCOMPARE(pairs.repairs(*pair), (QHash<int, int>{{4, 5}}));
    }

    void qaStartMoves()
    {
        LibraryStore store;
        const qint64 callId = openWithCall(store, u"qa.sqlite"_s);
        const CallRecord before = *store.call(callId);
        const TurnRecord muse = *turnStarting(before, u"Yeah. Good afternoon. Thank you for taking"_s);
        const TurnRecord operatorTurn =
            *turnStarting(before, u"Thank you. [Operator instructions] And your first"_s);
        const TurnRecord closing = *turnStarting(before, u"Thanks, Stewart. Q4 was another record quarter"_s);
        QCOMPARE(sectionOf(before, operatorTurn.id)->kind, SectionKind::Prepared);
        QCOMPARE(sectionOf(before, muse.id)->kind, SectionKind::QA);
        QUndoStack stack;
        // Earlier: the operator's call for questions opens the Q&A.
        QVERIFY(push(stack, store, callId, operatorTurn.id, TurnEdit::Kind::QaStarts));
        CallRecord after = *store.call(callId);
        QCOMPARE(sectionOf(after, operatorTurn.id)->kind, SectionKind::QA);
        QCOMPARE(sectionOf(after, closing.id)->kind, SectionKind::Prepared);
        QCOMPARE(after.summary.questions, 9);
        // Later: the turns before go back to the prepared remarks.
        QVERIFY(push(stack, store, callId, muse.id, TurnEdit::Kind::QaStarts));
        after = *store.call(callId);
        QCOMPARE(sectionOf(after, operatorTurn.id)->kind, SectionKind::Prepared);
        QCOMPARE(sectionOf(after, muse.id)->kind, SectionKind::QA);
        // Earlier by more than a turn: everything from there on is the Q&A.
        QVERIFY(push(stack, store, callId, closing.id, TurnEdit::Kind::QaStarts));
        after = *store.call(callId);
        QCOMPARE(sectionOf(after, closing.id)->kind, SectionKind::QA);
        QCOMPARE(sectionOf(after, operatorTurn.id)->kind, SectionKind::QA);
        QCOMPARE(after.summary.questions, 9);
        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(outline(*store.call(callId)), outline(before));
        QString why;
        QVERIFY(!TurnEditPlanner::plan(before, muse.id, TurnEdit::Kind::QaStarts, 0, {}, &why));
        QVERIFY2(why.contains(u"already"_s), qPrintable(why));
    }

    void navigatorShowsEditsAtOnce()
    {
        LibraryStore store;
        const qint64 callId = openWithCall(store, u"navigator.sqlite"_s);
        QUndoStack stack;
        NavigatorModel model(&store, &stack);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCall(store.call(callId));
        const auto qaRows = [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex section = model.index(row, 0);
                if (section.data(NavigatorModel::SectionKindRole).toString() == u"qa"_s)
                    return model.rowCount(section);
            }
            return -1;
        };
        QCOMPARE(qaRows(), 9);
        const TurnRecord answer = *turnStarting(*store.call(callId), u"Yeah, I appreciate that, C.J."_s);
        QVERIFY(push(stack, store, callId, answer.id, TurnEdit::Kind::QuestionStarts));
        QCOMPARE(qaRows(), 10);
        QVERIFY(push(stack, store, callId, answer.id, TurnEdit::Kind::Speaker, 0, u"Colette Kress"_s));
        const QModelIndex second = model.indexForQuestion(2);
        QCOMPARE(second.siblingAtColumn(NavigatorModel::SpeakerColumn).data().toString(),
                 u"Colette M. Kress"_s);
        stack.undo();
        stack.undo();
        QCOMPARE(qaRows(), 9);
    }

    void searchFollowsSplitAndMerge()
    {
        LibraryStore store;
        const qint64 callId = openWithCall(store, u"search.sqlite"_s);
        const CallRecord before = *store.call(callId);
        const TurnRecord colette = *turnStarting(before, u"Thanks, Stewart. Q4 was another record quarter"_s);
        const QString word = u"Andromeda"_s; // only in the second half
        QVERIFY(colette.text.contains(word));
        SearchIndex index(store);
        QString error;
        QVERIFY2(index.ensureCurrent(&error), qPrintable(error));
        const auto hitTurns = [&] {
            QList<qint64> turns;
            for (const SearchHit &hit : index.search(SearchQuery(word)).hits) {
                if (!turns.contains(hit.turnId))
                    turns << hit.turnId;
            }
            return turns;
        };
        QCOMPARE(hitTurns(), QList<qint64>{colette.id});
        QUndoStack stack;
        QVERIFY(push(stack, store, callId, colette.id, TurnEdit::Kind::Split,
                     int(colette.text.indexOf(u"Let's start with Data Center"_s))));
        const CallRecord split = *store.call(callId);
        const TurnRecord *second = turnStarting(split, u"Let's start with Data Center"_s);
        QCOMPARE(hitTurns(), QList<qint64>{second->id});
        QVERIFY2(index.rebuild(&error), qPrintable(error)); // the index proper, not the queue
        QCOMPARE(hitTurns(), QList<qint64>{second->id});
        stack.undo();
        QCOMPARE(hitTurns(), QList<qint64>{colette.id});
    }

    void reimportMakesEditsAgainWhereTheTextMatches()
    {
        LibraryStore store;
        const qint64 callId = openWithCall(store, u"reimport.sqlite"_s);
        const CallRecord original = *store.call(callId);
        const TurnRecord colette =
            *turnStarting(original, u"Thanks, Stewart. Q4 was another record quarter"_s);
        const TurnRecord answer = *turnStarting(original, u"Yeah, I appreciate that, C.J."_s);
        QUndoStack stack;
        QVERIFY(push(stack, store, callId, colette.id, TurnEdit::Kind::Split,
                     int(colette.text.indexOf(u"Let's start with Data Center"_s))));
        QVERIFY(push(stack, store, callId, answer.id, TurnEdit::Kind::QuestionStarts));
        QVERIFY(push(stack, store, callId, answer.id, TurnEdit::Kind::Speaker, 0, u"Jane Example"_s));
        const CallRecord edited = *store.call(callId);
        const auto shape = [](const CallRecord &call) {
            QStringList lines;
            for (const SectionRecord &section : call.sections) {
                for (const TurnRecord &turn : section.turns)
                    lines << u"%1|%2|%3|%4"_s.arg(sectionKindName(section.kind), turn.speaker)
                                 .arg(turn.question)
                                 .arg(turn.text);
            }
            return lines;
        };

        QFile file(nvdaQ4());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // A corrected file: the operator's name, in a turn no edit touched.
        QByteArray corrected = bytes;
        corrected.replace("My name is Krista", "My name is Kristina");
        QVERIFY(corrected != bytes);
        AnnotationRepository notes(&store);
        CallReimporter reimporter(store, notes);
        auto outcome = reimporter.reimportBytes(callId, corrected, u"nvda.txt"_s);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.editsKept, 3);
        QVERIFY(outcome.editsDropped.isEmpty());
        QStringList expected = shape(edited);
        for (QString &line : expected)
            line.replace(u"My name is Krista"_s, u"My name is Kristina"_s);
        QCOMPARE(shape(*store.call(callId)), expected);
        QCOMPARE(editCount(store, callId), 3);

        // The answer's text changed: the edits made on it are dropped, cleanly; the split stays.
        QByteArray changed = corrected;
        changed.replace("Yeah, I appreciate that, C.J.", "Yes, I appreciate that, C.J.");
        outcome = reimporter.reimportBytes(callId, changed, u"nvda.txt"_s);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.editsKept, 1);
        QCOMPARE(outcome.editsDropped.size(), 2);
        const CallRecord after = *store.call(callId);
        QCOMPARE(after.summary.questions, 9);
        QCOMPARE(turnStarting(after, u"Yes, I appreciate that, C.J."_s)->speaker, u"Jensen Huang"_s);
        QVERIFY(turnStarting(after, u"Let's start with Data Center"_s));
        QCOMPARE(editCount(store, callId), 1);
        QCOMPARE(store.turnEdits(callId).first().kind, TurnEdit::Kind::Split);
    }

    void schema8LibraryGetsAnEmptyList()
    {
        const QString copy = m_dir.filePath(u"upgrade8.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR "/libraries/library-schema8.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(copy, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
        QVERIFY(store.calls().size() >= 3);
        for (const CallSummary &summary : store.calls())
            QVERIFY(store.turnEdits(summary.id).isEmpty());
        const CallSummary first = store.calls().first();
        const CallRecord call = *store.call(first.id);
        const TurnRecord *turn = call.questionTurn(2);
        QVERIFY(turn);
        QUndoStack stack;
        QVERIFY(push(stack, store, first.id, turn->id, TurnEdit::Kind::NotQuestion));
        QCOMPARE(store.call(first.id)->summary.questions, first.questions - 1);
    }

    void commandLineEditTurn()
    {
        const QString library = m_dir.filePath(u"cli.sqlite"_s);
        qint64 callId = 0;
        TurnRecord colette;
        {
            LibraryStore store;
            callId = openWithCall(store, u"cli.sqlite"_s);
            colette = *turnStarting(*store.call(callId), u"Thanks, Stewart. Q4 was another record quarter"_s);
        }
        const QString call = QString::number(callId);
        const QString turn = QString::number(colette.id);
        const int at = int(colette.text.indexOf(u"Let's start with Data Center"_s));
        AppRun run = runApp({u"--library"_s, library, u"edit-turn"_s, call, turn, u"--split-at"_s,
                             QString::number(at), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"edit"_s).toString(), u"split"_s);
        const qint64 newTurn = json.value(u"new_turn"_s).toInteger();
        QVERIFY(newTurn > 0);
        QCOMPARE(json.value(u"questions"_s).toInt(), 9);

        run = runApp({u"--library"_s, library, u"edit-turn"_s, call, QString::number(newTurn), u"--speaker"_s,
                      u"Jensen Huang"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Jensen Huang"_s), qPrintable(run.out));
        run = runApp(
            {u"--library"_s, library, u"edit-turn"_s, call, QString::number(newTurn), u"--merge-previous"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(library, &error), qPrintable(error));
            QCOMPARE(store.call(callId)->turn(colette.id)->text,
                     colette.text.left(at).trimmed() + u'\n' + colette.text.mid(at));
            QCOMPARE(editCount(store, callId), 3);
        }

        // Bad ids and offsets are said with the library they were looked for in.
        run = runApp({u"--library"_s, library, u"edit-turn"_s, u"777"_s, turn, u"--qa-starts"_s});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
        QVERIFY2(run.err.contains(u"No call with id 777"_s) && run.err.contains(u"cli.sqlite"_s),
                 qPrintable(run.err));
        run = runApp({u"--library"_s, library, u"edit-turn"_s, call, u"99999"_s, u"--qa-starts"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no turn 99999"_s) && run.err.contains(u"cli.sqlite"_s),
                 qPrintable(run.err));
        run = runApp({u"--library"_s, library, u"edit-turn"_s, call, turn, u"--split-at"_s, u"100000000"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"offset 100000000"_s) && run.err.contains(u"cli.sqlite"_s),
                 qPrintable(run.err));
        run = runApp({u"--library"_s, library, u"edit-turn"_s, call, turn, u"--split-at"_s, u"x"_s});
        QCOMPARE(run.exitCode, 2);
        run = runApp({u"--library"_s, library, u"edit-turn"_s, call, turn});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"Usage: earnings-reader edit-turn"_s), qPrintable(run.err));
        run = runApp(
            {u"--library"_s, library, u"edit-turn"_s, call, turn, u"--qa-starts"_s, u"--not-question"_s});
        QCOMPARE(run.exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTurnEdits)
#include "tst_turnedits.moc"
