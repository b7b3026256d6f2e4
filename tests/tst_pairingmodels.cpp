#include "calls/CallImporter.h"
#include "calls/NavigatorModel.h"
#include "pairing/CallEvidence.h"
#include "pairing/PairBadges.h"
#include "pairing/PairCallsCommand.h"
#include "pairing/PairNumbersModel.h"
#include "pairing/PairRepository.h"
#include "pairing/PairedNavigatorModel.h"
#include "pairing/PairedNotes.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "text/DisplayScript.h"
#include "util/UndoHistory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

CallSummary summary(qint64 id, const QString &ticker, const QString &period, const QString &date)
{
    CallSummary s;
    s.id = id;
    s.companyTicker = ticker;
    s.fiscalPeriod = period;
    s.callDate = QDate::fromString(date, Qt::ISODate);
    s.title = u"call %1"_s.arg(id);
    return s;
}

TextNumber number(const QString &text, TextNumber::Kind kind, double value)
{
    TextNumber n;
    n.text = text;
    n.kind = kind;
    n.value = value;
    return n;
}

// A call of one Q&A section whose question n is the n-th text.
CallRecord callOf(qint64 id, const QStringList &questions)
{
    CallRecord call;
    call.summary.id = id;
    SectionRecord qa;
    qa.kind = SectionKind::QA;
    int ordinal = 0;
    for (int q = 0; q < questions.size(); ++q) {
        TurnRecord turn;
        turn.id = id * 100 + q;
        turn.ordinal = ordinal++;
        turn.role = QString::fromLatin1(Role::Analyst);
        turn.question = q + 1;
        turn.text = questions.at(q);
        qa.turns.append(turn);
    }
    call.sections.append(qa);
    return call;
}

} // namespace

// The pairing's models for the side-by-side view: suggestions, badges, the numbers table and
// the navigator's pairing labels, and pairing two calls as an undoable command.
class TestPairingModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"models.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
        m_writeUp = m_store.calls().first().id;
        CallImporter importer(m_store);
        m_english =
            importer
                .importFile(QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/nvda_fy2025q4_motleyfool.txt"_s)
                .callId;
        QVERIFY(m_english);
    }

    void suggestions_data()
    {
        QTest::addColumn<CallSummary>("other");
        QTest::addColumn<bool>("suggested");
        QTest::newRow("same company and period") << summary(2, u"NVDA"_s, u"FY2025Q4"_s, {}) << true;
        QTest::newRow("three days later, no period") << summary(2, {}, {}, u"2025-03-01"_s) << true;
        QTest::newRow("a week later, other company") << summary(2, u"AMD"_s, {}, u"2025-03-05"_s) << true;
        QTest::newRow("eight days later") << summary(2, u"NVDA"_s, u"FY2026Q1"_s, u"2025-03-06"_s) << false;
        QTest::newRow("same company, next quarter")
            << summary(2, u"NVDA"_s, u"FY2026Q1"_s, u"2025-05-28"_s) << false;
        QTest::newRow("nothing known") << summary(2, {}, {}, {}) << false;
    }

    void suggestions()
    {
        QFETCH(CallSummary, other);
        QFETCH(bool, suggested);
        const CallSummary call = summary(1, u"NVDA"_s, u"FY2025Q4"_s, u"2025-02-26"_s);
        const QList<PairSuggestion> list = suggestPairs(call, {call, other});
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().suggested, suggested);
    }

    void suggestionsComeFirst()
    {
        const CallSummary call = summary(1, u"NVDA"_s, u"FY2025Q4"_s, u"2025-02-26"_s);
        const QList<CallSummary> library = {
            summary(2, u"NVDA"_s, u"FY2024Q4"_s, u"2024-02-21"_s), // last year's
            call,
            summary(3, u"NVDA"_s, u"FY2025Q4"_s, {}),              // company and period
            summary(4, u"NVDA"_s, u"FY2025Q4"_s, u"2025-02-27"_s), // and the next day
            summary(5, u"MSFT"_s, u"FY2025Q3"_s, u"2025-04-30"_s),
        };
        QList<qint64> order;
        for (const PairSuggestion &s : suggestPairs(call, library))
            order << s.call.id;
        QCOMPARE(order, (QList<qint64>{4, 3, 2, 5}));
    }

    void numbersTable()
    {
        PairNumbersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NumberMatch same{NumberMatch::Status::Same, number(u"約110億美元"_s, TextNumber::Kind::Amount, 11e9),
                         number(u"$11 billion"_s, TextNumber::Kind::Amount, 11e9)};
        NumberMatch changed{NumberMatch::Status::Different,
                            number(u"300個基點"_s, TextNumber::Kind::BasisPoints, 300),
                            number(u"200 basis points"_s, TextNumber::Kind::BasisPoints, 200)};
        NumberMatch onlyB{NumberMatch::Status::OnlyB, std::nullopt,
                          number(u"73%"_s, TextNumber::Kind::Percent, 73)};
        model.setNumbers({same, changed, onlyB});
        model.setSideNames(u"Translation"_s, u"Original"_s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(PairNumbersModel::AColumn, Qt::Horizontal).toString(), u"Translation"_s);
        QCOMPARE(model.index(0, PairNumbersModel::AColumn).data().toString(), u"約110億美元"_s);
        QCOMPARE(model.index(0, PairNumbersModel::StatusColumn).data().toString(), u"Same"_s);
        QCOMPARE(model.index(0, 0).data(PairNumbersModel::FlaggedRole).toBool(), false);
        QCOMPARE(model.index(1, PairNumbersModel::StatusColumn).data().toString(), u"Different"_s);
        QCOMPARE(model.index(1, 0).data(PairNumbersModel::StatusNameRole).toString(), u"different"_s);
        QCOMPARE(model.index(1, PairNumbersModel::BColumn).data(PairNumbersModel::ValueRole).toDouble(),
                 200.0);
        QVERIFY(model.index(1, PairNumbersModel::AColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(2, PairNumbersModel::AColumn).data().toString(), u"—"_s);
        QVERIFY(model.index(2, PairNumbersModel::AColumn).data(PairNumbersModel::ValueRole).isNull());
        QCOMPARE(model.index(2, PairNumbersModel::StatusColumn).data().toString(), u"One side only"_s);
        QCOMPARE(model.index(2, 0).data(PairNumbersModel::KindRole).toString(), u"percent"_s);
        QCOMPARE(model.index(2, 0).data(PairNumbersModel::FlaggedRole).toBool(), true);
        // In the script the reader chose, as the columns are.
        QSignalSpy changedScript(&model, &QAbstractItemModel::dataChanged);
        DisplayScript::instance().set(ChineseConverter::Script::Simplified);
        QCOMPARE(changedScript.count(), 1);
        QCOMPARE(model.index(0, PairNumbersModel::AColumn).data().toString(), u"约110亿美元"_s);
        DisplayScript::instance().set(ChineseConverter::Script::AsStored);
        QCOMPARE(model.index(0, PairNumbersModel::AColumn).data().toString(), u"約110億美元"_s);
        model.setNumbers({});
        QCOMPARE(model.rowCount(), 0);
    }

    // Side A is the Chinese one here, so its unpaired question is not in the original and B's
    // is not in the translation. Lengths: 17 characters are 10 words, against 20 English words.
    void badges()
    {
        const CallRecord chinese =
            callOf(1, {u"請問黃仁勳先生關於本季度的營收增長前景如何"_s.left(17), u"只在譯文中"_s});
        const CallRecord english =
            callOf(2, {u"one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                       "fifteen sixteen seventeen eighteen nineteen twenty"_s,
                       u"Only in the original"_s});
        CallAlignment alignment;
        QuestionPair first;
        first.aQuestion = 1;
        first.bQuestion = 1;
        first.numbers = {
            {NumberMatch::Status::Different, number(u"300個基點"_s, TextNumber::Kind::BasisPoints, 300),
             number(u"200 basis points"_s, TextNumber::Kind::BasisPoints, 200)},
            {NumberMatch::Status::OnlyB, std::nullopt, number(u"73%"_s, TextNumber::Kind::Percent, 73)},
            {NumberMatch::Status::Same, number(u"25倍"_s, TextNumber::Kind::Multiple, 25),
             number(u"25x"_s, TextNumber::Kind::Multiple, 25)}};
        QuestionPair second;
        second.aQuestion = 2;
        alignment.pairs = {first, second};
        alignment.unpairedA = {2};
        alignment.unpairedB = {2};

        const PairBadges badges(chinese, english, alignment);
        QCOMPARE(badges.translation(), PairSide::A);
        QCOMPARE(badges.forA(1), (QList<QuestionBadge>{{QuestionBadge::Kind::LengthRatio, 50},
                                                       {QuestionBadge::Kind::NumbersDiffer, 1},
                                                       {QuestionBadge::Kind::NumbersOneSide, 1}}));
        QCOMPARE(badges.forA(2), (QList<QuestionBadge>{{QuestionBadge::Kind::NotInOriginal}}));
        QCOMPARE(badges.forB(2), (QList<QuestionBadge>{{QuestionBadge::Kind::NotInTranslation}}));
        QCOMPARE(badges.forB(1), badges.forA(1));
        QCOMPARE(badges.forA(1).first().text(), u"Translation is 50% of the original's length"_s);
        QCOMPARE(badges.forA(1).at(1).text(), u"Numbers differ (1)"_s);
        // The same two calls the other way round: the translation is now side B.
        QCOMPARE(translationSide(english, chinese), PairSide::B);
    }

    // Each note under its question's pairing, with the counterpart turn's whole text; a note on
    // a question the other call does not have says so.
    void pairedNotes()
    {
        CallRecord a = callOf(1, {u"請談談毛利率"_s});
        a.summary.title = u"Write-up"_s;
        CallRecord b = callOf(2, {u"Tell us about gross margins."_s, u"And about China?"_s});
        b.summary.title = u"Call"_s;
        CallAlignment alignment;
        QuestionPair first;
        first.aQuestion = 1;
        first.bQuestion = 1;
        alignment.pairs = {first};
        alignment.unpairedB = {2};
        Annotation onA;
        onA.turnId = 100;
        onA.question = 1;
        onA.quote = u"毛利率"_s;
        onA.note = u"margins"_s;
        Annotation onB;
        onB.turnId = 201;
        onB.question = 2;
        onB.quote = u"China"_s;
        QCOMPARE(PairedNotes::counterpartTurn(a, b, alignment, 100, true), 200);
        QCOMPARE(PairedNotes::counterpartTurn(a, b, alignment, 200, false), 100);
        QCOMPARE(PairedNotes::counterpartTurn(a, b, alignment, 201, false), 0);
        const QString markdown = PairedNotes::markdown(a, b, alignment, {onA}, {onB});
        QCOMPARE(markdown, u"# Notes of Write-up and Call\n\n"
                           "## Q1 ↔ Q1\n\n### Write-up — \n\n> 毛利率\n\nmargins\n\n"
                           "In Call ():\n\n> Tell us about gross margins.\n\n"
                           "## Q2 of Call — no counterpart\n\n### Call — \n\n> China\n\n"
                           "No counterpart in Write-up.\n\n"_s);
        QCOMPARE(PairedNotes::markdown(a, b, alignment, {}, {}),
                 u"# Notes of Write-up and Call\n\nNeither call has notes.\n"_s);
    }

    void navigatorLabels()
    {
        QUndoStack stack;
        NavigatorModel source(&m_store, &stack);
        source.setCall(m_store.call(m_writeUp));
        PairedNavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&source);
        const QModelIndex q3 = model.mapFromSource(source.indexForQuestion(3));
        const QString before = q3.data().toString();
        QVERIFY(before.startsWith(u"Q3  "_s));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCounterparts({{3, 4}, {2, 0}});
        QVERIFY(changed.count() > 0);
        QCOMPARE(q3.data().toString(), u"Q3 ↔ Q4"_s + before.mid(2));
        QCOMPARE(q3.data(PairedNavigatorModel::CounterpartRole).toInt(), 4);
        const QModelIndex q2 = model.mapFromSource(source.indexForQuestion(2));
        QVERIFY(q2.data().toString().startsWith(u"Q2 — no counterpart  "_s));
        QCOMPARE(q2.data(PairedNavigatorModel::CounterpartRole).toInt(), 0);
        // A question the pairing does not list, and a section row, are the source's.
        const QModelIndex q5 = model.mapFromSource(source.indexForQuestion(5));
        QCOMPARE(q5.data().toString(), source.indexForQuestion(5).data().toString());
        QVERIFY(q5.data(PairedNavigatorModel::CounterpartRole).isNull());
        QCOMPARE(model.index(0, 0).data().toString(), source.index(0, 0).data().toString());
    }

    // Pairing and unpairing are undoable; an unpairing undone brings back the pair's id and
    // its hand-made re-pairings.
    void pairAndUnpairWithUndo()
    {
        PairRepository repository(&m_store);
        QUndoStack stack;
        QSignalSpy pairs(&repository, &PairRepository::pairsChanged);
        stack.push(new PairCallsCommand(&repository, PairCallsCommand::Action::Pair, m_writeUp, m_english,
                                        UndoHistory::of(&stack)));
        const auto made = repository.findPair(m_english, m_writeUp);
        QVERIFY(made);
        QCOMPARE(made->callA, m_writeUp);
        QCOMPARE(made->callB, m_english);
        QCOMPARE(pairs.count(), 1);
        stack.undo();
        QVERIFY(!repository.findPair(m_writeUp, m_english));
        stack.redo();
        QCOMPARE(repository.findPair(m_writeUp, m_english)->id, made->id);

        QString error;
        QVERIFY2(repository.setRepair(made->id, 6, 7, &error), qPrintable(error));
        stack.push(new PairCallsCommand(&repository, PairCallsCommand::Action::Unpair, m_english, m_writeUp,
                                        UndoHistory::of(&stack)));
        QCOMPARE(stack.undoText(), u"Unpair Calls"_s);
        QVERIFY(!repository.findPair(m_writeUp, m_english));
        QVERIFY(repository.repairs(made->id).isEmpty());
        stack.undo();
        QCOMPARE(repository.findPair(m_writeUp, m_english)->id, made->id);
        QCOMPARE(repository.repairs(made->id), (QHash<int, int>{{6, 7}}));
        QCOMPARE(repository.pairsOf(m_english).size(), 1);
        stack.undo(); // the pairing itself
        QVERIFY(repository.pairsOf(m_english).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
    qint64 m_writeUp = 0;
    qint64 m_english = 0;
};

QTEST_MAIN(TestPairingModels)
#include "tst_pairingmodels.moc"
