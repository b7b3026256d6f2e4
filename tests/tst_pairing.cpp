#include "calls/CallImporter.h"
#include "pairing/LatinTerms.h"
#include "pairing/NameMap.h"
#include "pairing/NumberComparison.h"
#include "pairing/PairRepository.h"
#include "pairing/QuestionAligner.h"
#include "pairing/RepairQuestionCommand.h"
#include "store/LibraryStore.h"
#include "util/UndoHistory.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString englishCallPath()
{
    return QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/nvda_fy2025q4_motleyfool.txt"_s;
}

// The write-up without the lines from "Qn:" up to the next question's marker.
QString withoutQuestions(const QString &text, const QList<int> &questions)
{
    QStringList kept;
    bool skipping = false;
    static const QRegularExpression marker(u"^Q(\\d+)[:：]"_s);
    for (const QString &line : text.split(u'\n')) {
        if (const QRegularExpressionMatch m = marker.match(line); m.hasMatch())
            skipping = questions.contains(m.captured(1).toInt());
        if (!skipping)
            kept << line;
    }
    return kept.join(u'\n');
}

} // namespace

class TestPairing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"pairing.sqlite"_s), &error), qPrintable(error));
        m_names = NameMap::standard(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_names.size() > 0);
        m_chinese = readText(QStringLiteral(ER_SEED_FILE));
        QVERIFY(!m_chinese.isEmpty());
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("currency");

        QTest::newRow("億 with 美元 and 約")
            << u"實現了約110億美元的營收"_s << u"約110億美元"_s << 11e9 << u"amount"_s << u"USD"_s;
        QTest::newRow("亿 simplified")
            << u"实现了约110亿美元的营收"_s << u"约110亿美元"_s << 11e9 << u"amount"_s << u"USD"_s;
        QTest::newRow("English billions")
            << u"some $11 billion of revenues"_s << u"$11 billion"_s << 11e9 << u"amount"_s << u"USD"_s;
        QTest::newRow("家 counts") << u"我們有大約350家工廠"_s << u"大約350"_s << 350.0 << u"amount"_s
                                   << QString();
        QTest::newRow("萬") << u"150萬個"_s << u"150萬"_s << 1.5e6 << u"amount"_s << QString();
        QTest::newRow("English millions")
            << u"1.5 million GPUs"_s << u"1.5 million"_s << 1.5e6 << u"amount"_s << QString();
        QTest::newRow("倍") << u"快了25倍"_s << u"25倍"_s << 25.0 << u"multiple"_s << QString();
        QTest::newRow("x") << u"25x faster"_s << u"25x"_s << 25.0 << u"multiple"_s << QString();
        QTest::newRow("兩倍 in numerals")
            << u"同比增長了兩倍"_s << u"兩倍"_s << 2.0 << u"multiple"_s << QString();
        QTest::newRow("個基點") << u"提升大約 200個基點"_s << u"大約 200個基點"_s << 200.0
                                << u"basis_points"_s << QString();
        QTest::newRow("basis points") << u"ramp like 200 basis points per quarter"_s << u"200 basis points"_s
                                      << 200.0 << u"basis_points"_s << QString();
        QTest::newRow("%") << u"處於70%出頭的水平"_s << u"70%"_s << 70.0 << u"percent"_s << QString();
        QTest::newRow("百分之 with numerals")
            << u"增長百分之七十"_s << u"百分之七十"_s << 70.0 << u"percent"_s << QString();
        QTest::newRow("百分之 with digits")
            << u"增長百分之 70"_s << u"百分之 70"_s << 70.0 << u"percent"_s << QString();
        QTest::newRow("percent spelled")
            << u"up 78 percent"_s << u"78 percent"_s << 78.0 << u"percent"_s << QString();
        QTest::newRow("個百分點") << u"提高3個百分點"_s << u"3個百分點"_s << 3.0 << u"percent"_s << QString();
        QTest::newRow("萬億 with decimals")
            << u"市值3.22萬億美元"_s << u"3.22萬億美元"_s << 3.22e12 << u"amount"_s << u"USD"_s;
        QTest::newRow("兆 is a trillion")
            << u"市值3.22兆美元"_s << u"3.22兆美元"_s << 3.22e12 << u"amount"_s << u"USD"_s;
        QTest::newRow("a band of tens")
            << u"margins in the low 70s."_s << u"low 70s"_s << 70.0 << u"percent"_s << QString();
        QTest::newRow("a band with a hyphen")
            << u"return to the mid-70s, late"_s << u"mid-70s"_s << 70.0 << u"percent"_s << QString();
        QTest::newRow("兆 before a unit is mega")
            << u"一個100兆瓦的數據中心"_s << u"100"_s << 100.0 << u"amount"_s << QString();
        QTest::newRow("full-width digits")
            << u"約１１０億美元"_s << u"約１１０億美元"_s << 11e9 << u"amount"_s << u"USD"_s;
        QTest::newRow("thousands separator")
            << u"$1,304 million"_s << u"$1,304 million"_s << 1304e6 << u"amount"_s << u"USD"_s;
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QFETCH(double, value);
        QFETCH(QString, kind);
        QFETCH(QString, currency);
        const QList<TextNumber> found = extractNumbers(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text, written);
        QCOMPARE(found.first().value, value);
        QCOMPARE(numberKindName(found.first().kind), kind);
        QCOMPARE(found.first().currency, currency);
    }

    void notNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("product names") << u"GB200 and NVL72, H100"_s;
        QTest::newRow("quarter labels") << u"Q4 and FY2025"_s;
        QTest::newRow("dates read as words in English") << u"2月26日"_s;
        QTest::newRow("vague counts") << u"數十億美元的銷售額"_s;
        QTest::newRow("decades") << u"since the 1990s"_s;
        QTest::newRow("numerals inside words") << u"一些一代一起"_s;
    }

    void notNumbers()
    {
        QFETCH(QString, text);
        const QList<TextNumber> found = extractNumbers(text);
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).text));
    }

    void sameNumbers_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("億 = billion") << u"約110億美元"_s << u"$11 billion"_s << true;
        QTest::newRow("at the coarser precision") << u"393.31億美元"_s << u"$39.3 billion"_s << true;
        QTest::newRow("萬 = million") << u"150萬"_s << u"1.5 million"_s << true;
        QTest::newRow("倍 = x") << u"25倍"_s << u"25x"_s << true;
        QTest::newRow("基點 = basis points") << u"200個基點"_s << u"200 basis points"_s << true;
        QTest::newRow("rounding does not hide a change") << u"150萬"_s << u"2 million"_s << false;
        QTest::newRow("changed basis points") << u"300個基點"_s << u"200 basis points"_s << false;
        QTest::newRow("出頭 = low 70s") << u"70%出頭"_s << u"the low 70s"_s << true;
        QTest::newRow("percent is not basis points") << u"2%"_s << u"2 basis points"_s << false;
    }

    void sameNumbers()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const QList<TextNumber> na = extractNumbers(a);
        const QList<TextNumber> nb = extractNumbers(b);
        QCOMPARE(na.size(), 1);
        QCOMPARE(nb.size(), 1);
        QCOMPARE(na.first().sameAs(nb.first()), same);
    }

    void nameMap_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("摩根士丹利") << u"摩根士丹利"_s << u"Morgan Stanley"_s;
        QTest::newRow("瑞銀 Traditional") << u"瑞銀"_s << u"UBS"_s;
        QTest::newRow("瑞银 Simplified") << u"瑞银"_s << u"UBS"_s;
        QTest::newRow("花旗") << u"花旗"_s << u"Citi"_s;
        QTest::newRow("美國銀行") << u"美國銀行"_s << u"Bank of America"_s;
        QTest::newRow("美银") << u"美银"_s << u"Bank of America"_s;
        QTest::newRow("摩根大通") << u"摩根大通"_s << u"JPMorgan"_s;
        QTest::newRow("富国") << u"富国"_s << u"Wells Fargo"_s;
        QTest::newRow("黃仁勳") << u"黃仁勳"_s << u"Jensen Huang"_s;
        QTest::newRow("黄仁勋") << u"黄仁勋"_s << u"Jensen Huang"_s;
        QTest::newRow("詹森") << u"詹森"_s << u"Jensen Huang"_s;
        QTest::newRow("科萊特") << u"科萊特"_s << u"Colette Kress"_s;
        QTest::newRow("科莱特") << u"科莱特"_s << u"Colette Kress"_s;
        QTest::newRow("English, any case") << u"COLETTE KRESS"_s << u"Colette Kress"_s;
    }

    void nameMap()
    {
        QFETCH(QString, name);
        QFETCH(QString, canonical);
        const int entry = m_names.lookUp(name);
        QVERIFY2(entry >= 0, qPrintable(name));
        QCOMPARE(m_names.entry(entry).name, canonical);
    }

    void nameMapFindsWholeWordsOnly()
    {
        const QList<NameMap::Mention> mentions = m_names.find(u"Citizens asked 花旗 and Citi"_s);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(m_names.entry(mentions.at(0).entry).name, u"Citi"_s);
        QCOMPARE(mentions.at(1).start, 22);
    }

    void userNameMapExtendsTheBuiltInOne()
    {
        NameMap names = NameMap::standard();
        QVERIFY(names.lookUp(u"大和"_s) < 0);
        QString error;
        QVERIFY2(names.addJson(R"({"entries": [{"name": "Daiwa", "kind": "firm", "aliases": ["大和"]},
                                               {"name": "UBS", "aliases": ["瑞士联合银行"]}]})",
                               &error),
                 qPrintable(error));
        QCOMPARE(names.entry(names.lookUp(u"大和"_s)).name, u"Daiwa"_s);
        QCOMPARE(names.entry(names.lookUp(u"瑞士聯合銀行"_s)).name, u"UBS"_s);
        QVERIFY(!names.addJson("[1, 2]", &error));
    }

    void latinTerms()
    {
        const QMap<QString, QString> chinese =
            extractLatinTerms(u"在國際消費電子展(CES)上提到的GB200,您對 NVL72 平台,DeepSeek公司"_s);
        QCOMPARE(chinese.keys(), (QStringList{u"ces"_s, u"deepseek"_s, u"gb200"_s, u"nvl72"_s}));
        const QMap<QString, QString> english =
            extractLatinTerms(u"So the ramp of Blackwell Ultra. The demand for GB200 is why we said so."_s);
        QCOMPARE(english.keys(), (QStringList{u"blackwell"_s, u"gb200"_s, u"ultra"_s}));
    }

    // Where both sides name who asks, the firm decides, whatever the order says.
    void askersDecide()
    {
        auto asked = [](int question, const QString &firm) {
            QuestionProfile profile;
            profile.question = question;
            profile.askers.insert(firm, firm);
            profile.length = 100;
            return profile;
        };
        const QList<QuestionProfile> a = {asked(1, u"UBS"_s), asked(2, u"Citi"_s)};
        const QList<QuestionProfile> b = {asked(1, u"Morgan Stanley"_s), asked(2, u"UBS"_s),
                                          asked(3, u"Bank of America"_s), asked(4, u"Citi"_s)};
        QList<int> unpairedA, unpairedB;
        const QList<QuestionPair> pairs =
            QuestionAligner(m_names).alignProfiles(a, b, &unpairedA, &unpairedB);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs.at(0).bQuestion, 2);
        QCOMPARE(pairs.at(1).bQuestion, 4);
        QCOMPARE(unpairedB, (QList<int>{1, 3}));
        QVERIFY(unpairedA.isEmpty());
        // A pair of different askers is scored against, and listed as such.
        const QuestionPair wrong = QuestionAligner(m_names).scorePair(a.at(0), 0, 2, b.at(0), 0, 4, {}, 6);
        QCOMPARE(wrong.confidence, 0.0);
        QCOMPARE(wrong.evidence.last().kind, u"asker_differs"_s);
        // An analyst the name map does not know, named in Chinese, speaks neither for nor against.
        const QuestionPair unknown =
            QuestionAligner(m_names).scorePair(asked(1, u"某分析師"_s), 0, 2, b.at(0), 0, 4, {}, 6);
        QVERIFY(unknown.confidence > 0);
        QCOMPARE(unknown.evidence.last().kind, u"order"_s);
    }

    void nvidiaPair()
    {
        const CallRecord chinese = importText(m_chinese, u"writeup.txt"_s);
        const CallRecord english = importText(readText(englishCallPath()), u"english.txt"_s);
        const CallAlignment alignment = QuestionAligner(m_names).align(chinese, english);

        QCOMPARE(alignment.pairs.size(), 9);
        QVERIFY(alignment.unpairedA.isEmpty());
        QVERIFY(alignment.unpairedB.isEmpty());
        QVERIFY(!alignment.looksUnrelated);
        const QStringList askers = {u"C.J. Muse"_s,    u"Joe Moore"_s,      u"Vivek Arya"_s,
                                    u"Harlan Sur"_s,   u"Timothy Arcuri"_s, u"Ben Reitzes"_s,
                                    u"Mark Lipacis"_s, u"Aaron Rakers"_s,   u"Atif Malik"_s};
        for (int i = 0; i < 9; ++i) {
            const QuestionPair &pair = alignment.pairs.at(i);
            QCOMPARE(pair.aQuestion, i + 1);
            QCOMPARE(pair.bQuestion, i + 1);
            QVERIFY2(pair.confidence > 0.5, qPrintable(u"Q%1: %2"_s.arg(i + 1).arg(pair.confidence)));
            const TurnRecord *asked = english.questionTurn(pair.bQuestion);
            QVERIFY(asked);
            QCOMPARE(asked->speaker, askers.at(i));
            checkAnswers(pair, chinese, english);
        }
        // The numbers panel of the question that has the Blackwell revenue.
        QVERIFY(
            hasNumber(alignment.pairs.at(1), u"約110億美元"_s, u"$11 billion"_s, NumberMatch::Status::Same));
        QVERIFY(hasNumber(alignment.pairs.at(8), u"大約 200個基點"_s, u"200 basis points"_s,
                          NumberMatch::Status::Same));
        QVERIFY(hasNumber(alignment.pairs.at(5), u"大約50億美元"_s, u"about $5 billion"_s,
                          NumberMatch::Status::Same));
    }

    void skippedQuestionsAreListed()
    {
        const CallRecord chinese = importText(withoutQuestions(m_chinese, {4, 7}), u"skips.txt"_s);
        const CallRecord english = importText(readText(englishCallPath()), u"english-2.txt"_s);
        const CallAlignment alignment = QuestionAligner(m_names).align(chinese, english);
        QList<int> paired;
        for (const QuestionPair &pair : alignment.pairs)
            paired << pair.bQuestion;
        QCOMPARE(paired, (QList<int>{1, 2, 3, 5, 6, 8, 9}));
        QCOMPARE(alignment.unpairedB, (QList<int>{4, 7}));
        QVERIFY(alignment.unpairedA.isEmpty());
    }

    void changedNumberIsFlagged()
    {
        QString changed = m_chinese;
        QVERIFY(changed.contains(u"200個基點"_s));
        changed.replace(u"200個基點"_s, u"300個基點"_s);
        const CallRecord chinese = importText(changed, u"changed.txt"_s);
        const CallRecord english = importText(readText(englishCallPath()), u"english-3.txt"_s);
        const CallAlignment alignment = QuestionAligner(m_names).align(chinese, english);
        QCOMPARE(alignment.pairs.size(), 9);
        const QuestionPair &last = alignment.pairs.at(8);
        QCOMPARE(last.bQuestion, 9);
        QVERIFY(hasNumber(last, u"大約 300個基點"_s, u"200 basis points"_s, NumberMatch::Status::Different));
    }

    void unrelatedCallsHaveLowConfidence_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        const QString seed = QStringLiteral(ER_SEED_FILE);
        const QString dir = QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/"_s;
        QTest::newRow("the write-up and Apple's call") << seed << dir + u"aapl_fy2025q3_inline.md"_s;
        QTest::newRow("the write-up and Microsoft's call") << seed << dir + u"msft_fy2025q4_inline.md"_s;
        QTest::newRow("the write-up and a year-earlier NVIDIA call")
            << seed << dir + u"nvda_fy2024q4_seekingalpha.txt"_s;
        // The same analysts ask every quarter: who asks must not make two quarters one event.
        QTest::newRow("two NVIDIA quarters, the same analysts")
            << dir + u"nvda_fy2025q3_motleyfool.txt"_s << englishCallPath();
    }

    void unrelatedCallsHaveLowConfidence()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const CallRecord a = importText(readText(first), QFileInfo(first).fileName());
        const CallRecord b = importText(readText(second), QFileInfo(second).fileName());
        const CallAlignment alignment = QuestionAligner(m_names).align(a, b);
        QVERIFY2(alignment.confidence < QuestionAligner::kUnrelatedBelow,
                 qPrintable(QString::number(alignment.confidence)));
        QVERIFY(alignment.looksUnrelated);
    }

    // A question re-paired by hand stays so, the aligner pairs the rest around it, and undo
    // gives it back to the aligner.
    void repairByHandWithUndo()
    {
        const CallRecord chinese = importText(m_chinese, u"repair-a.txt"_s);
        const CallRecord english = importText(readText(englishCallPath()), u"repair-b.txt"_s);
        PairRepository repository(&m_store);
        QString error;
        const auto pairId = repository.addPair(chinese.summary.id, english.summary.id, &error);
        QVERIFY2(pairId, qPrintable(error));
        QCOMPARE(repository.addPair(chinese.summary.id, english.summary.id, &error), pairId);
        QSignalSpy changed(&repository, &PairRepository::repairsChanged);
        QUndoStack stack;
        const QuestionAligner aligner(m_names);

        stack.push(new RepairQuestionCommand(&repository, *pairId, 3, 0, UndoHistory::of(&stack)));
        QCOMPARE(repository.repairs(*pairId), (QHash<int, int>{{3, 0}}));
        CallAlignment alignment = aligner.align(chinese, english, repository.repairs(*pairId));
        QCOMPARE(alignment.pairs.at(2).bQuestion, 0);
        QCOMPARE(alignment.unpairedA, QList<int>{3});
        QCOMPARE(alignment.unpairedB, QList<int>{3});
        QCOMPARE(alignment.pairs.at(3).bQuestion, 4);

        stack.push(new RepairQuestionCommand(&repository, *pairId, 4, 5, UndoHistory::of(&stack)));
        alignment = aligner.align(chinese, english, repository.repairs(*pairId));
        QCOMPARE(alignment.pairs.at(3).bQuestion, 5);
        QCOMPARE(alignment.pairs.at(3).confidence, 1.0);
        QCOMPARE(alignment.pairs.at(3).evidence.first().kind, u"manual"_s);
        QVERIFY(alignment.unpairedB.contains(4));

        stack.undo();
        stack.undo();
        QVERIFY(repository.repairs(*pairId).isEmpty());
        alignment = aligner.align(chinese, english, repository.repairs(*pairId));
        QCOMPARE(alignment.pairs.at(2).bQuestion, 3);
        QCOMPARE(alignment.pairs.at(3).bQuestion, 4);
        stack.redo();
        QCOMPARE(repository.repairs(*pairId), (QHash<int, int>{{3, 0}}));
        QCOMPARE(changed.size(), 5);

        // Re-importing an unrelated call keeps the re-pairings undoable; re-importing one of
        // the pair renumbers its questions, so they are retired.
        UndoHistory::of(&stack)->retireCall(english.summary.id + chinese.summary.id + 100);
        QVERIFY(stack.canUndo());
        UndoHistory::of(&stack)->retireCall(english.summary.id);
        QVERIFY(!stack.canUndo());
        QVERIFY(!stack.canRedo());
        QCOMPARE(repository.repairs(*pairId), (QHash<int, int>{{3, 0}}));
    }

    // The choices made by hand are in the library file, and go with the pair.
    void repairsPersist()
    {
        const QString path = m_dir.filePath(u"repairs.sqlite"_s);
        qint64 pairId = 0;
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            CallImporter importer(store);
            const qint64 a = importer.importBytes(m_chinese.toUtf8(), u"a.txt"_s).callId;
            const qint64 b = importer.importFile(englishCallPath()).callId;
            PairRepository repository(&store);
            pairId = repository.addPair(a, b, &error).value_or(0);
            QVERIFY(pairId > 0);
            QVERIFY(repository.setRepair(pairId, 2, 7, &error));
        }
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        PairRepository repository(&store);
        QCOMPARE(repository.repairs(pairId), (QHash<int, int>{{2, 7}}));
        QVERIFY(repository.removePair(pairId, &error));
        QVERIFY(repository.repairs(pairId).isEmpty());
    }

private:
    CallRecord importText(const QString &text, const QString &name)
    {
        // A text imported before comes back as the call it already is.
        CallImporter importer(m_store);
        const CallImporter::Outcome outcome = importer.importBytes(text.toUtf8(), name);
        if (!outcome.ok && !outcome.duplicate)
            qWarning("%s", qPrintable(outcome.error));
        return m_store.call(outcome.callId).value_or(CallRecord{});
    }

    static bool hasNumber(const QuestionPair &pair, const QString &a, const QString &b,
                          NumberMatch::Status status)
    {
        for (const NumberMatch &match : pair.numbers) {
            if (match.a && match.b && match.a->text == a && match.b->text == b)
                return match.status == status;
        }
        return false;
    }

    // Every answer turn of the write-up finds the turn of the same executive in the call.
    void checkAnswers(const QuestionPair &pair, const CallRecord &a, const CallRecord &b)
    {
        int matched = 0;
        for (const AnswerPair &answer : pair.answers) {
            if (!answer.aTurn)
                continue;
            QVERIFY2(answer.bTurn,
                     qPrintable(u"Q%1: turn %2 has no counterpart"_s.arg(pair.aQuestion).arg(answer.aTurn)));
            const QString speakerA = knownName(a.turn(answer.aTurn)->speaker);
            QVERIFY2(!speakerA.isEmpty(), qPrintable(a.turn(answer.aTurn)->speaker));
            QCOMPARE(speakerA, knownName(b.turn(answer.bTurn)->speaker));
            ++matched;
        }
        QVERIFY(matched > 0);
    }

    // The name-map name of a speaker label, which may add a middle initial ("Colette M. Kress").
    QString knownName(const QString &speaker) const
    {
        const QList<NameMap::Mention> mentions = m_names.find(speaker);
        return mentions.size() == 1 ? m_names.entry(mentions.first().entry).name : QString();
    }

    QTemporaryDir m_dir;
    LibraryStore m_store;
    NameMap m_names;
    QString m_chinese;
};

QTEST_GUILESS_MAIN(TestPairing)
#include "tst_pairing.moc"
