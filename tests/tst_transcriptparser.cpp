#include "text/TextDecoder.h"
#include "transcript/TranscriptParser.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

#include <cerrno>
#include <iconv.h>

using namespace Qt::StringLiterals;

namespace {

struct FlatTurn
{
    SectionKind kind;
    ParsedTurn turn;
};

QList<FlatTurn> flatten(const ParsedTranscript &transcript)
{
    QList<FlatTurn> out;
    for (const ParsedSection &section : transcript.sections)
        for (const ParsedTurn &turn : section.turns)
            out.append({section.kind, turn});
    return out;
}

QStringList splitLines(const QString &text)
{
    static const QRegularExpression lineEnd(u"\r\n|\r|\n"_s);
    return text.split(lineEnd);
}

// The turn holding the given 1-based input line, or -1.
qsizetype turnWithLine(const QList<FlatTurn> &turns, int line)
{
    for (qsizetype i = 0; i < turns.size(); ++i)
        for (const auto &source : turns.at(i).turn.sourceLines)
            if (source.number == line)
                return i;
    return -1;
}

QStringList speakersOf(const QList<FlatTurn> &turns, int question)
{
    QStringList out;
    for (const FlatTurn &flat : turns)
        if (flat.turn.question == question && flat.turn.role != QLatin1String(Role::Analyst))
            out.append(flat.turn.speaker);
    return out;
}

QString readSeed()
{
    QFile file(QStringLiteral(ER_SEED_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QByteArray encodeWithIconv(const char *charset, const QString &text)
{
    iconv_t cd = iconv_open(charset, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, '\0');
    char *src = in.data();
    size_t srcLeft = size_t(in.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    const size_t rc = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (rc == size_t(-1))
        return {};
    out.truncate(dst - out.data());
    return out;
}

// Every non-empty line is the source line or sits in exactly one turn, in input order,
// and each turn's text is exactly its lines' contents. Call through CHECK_NOTHING_LOST.
void checkNothingLost(const QString &input, const ParsedTranscript &transcript)
{
    const QStringList lines = splitLines(input);
    QList<int> covered;
    if (transcript.sourceLine > 0) {
        QVERIFY(transcript.sourceLine <= lines.size());
        QCOMPARE(transcript.source, lines.at(transcript.sourceLine - 1).trimmed());
        covered.append(transcript.sourceLine);
    }
    for (const FlatTurn &flat : flatten(transcript)) {
        const ParsedTurn &turn = flat.turn;
        QVERIFY2(!turn.sourceLines.isEmpty(), "a turn without source lines");
        QStringList contents;
        for (const auto &source : turn.sourceLines) {
            QVERIFY(source.number >= 1 && source.number <= lines.size());
            const QString &line = lines.at(source.number - 1);
            QVERIFY(source.contentStart >= 0 && source.contentStart <= line.size());
            const QString content = line.mid(source.contentStart).trimmed();
            QVERIFY2(turn.text.contains(content),
                     qPrintable(u"line %1 missing from its turn"_s.arg(source.number)));
            if (!content.isEmpty())
                contents.append(content);
            QVERIFY2(covered.isEmpty() || source.number > covered.last(),
                     qPrintable(u"line %1 out of order or twice"_s.arg(source.number)));
            covered.append(source.number);
        }
        QCOMPARE(turn.text, contents.join(u'\n'));
    }
    QList<int> expected;
    for (int i = 0; i < lines.size(); ++i)
        if (!lines.at(i).trimmed().isEmpty())
            expected.append(i + 1);
    QCOMPARE(covered, expected);
}

#define CHECK_NOTHING_LOST(input, transcript)                                                                \
    do {                                                                                                     \
        checkNothingLost(input, transcript);                                                                 \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

void compareTranscripts(const ParsedTranscript &actual, const ParsedTranscript &expected)
{
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.sourceLine, expected.sourceLine);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.sections.size(), expected.sections.size());
    const auto a = flatten(actual);
    const auto e = flatten(expected);
    QCOMPARE(a.size(), e.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).kind, e.at(i).kind);
        QCOMPARE(a.at(i).turn.speaker, e.at(i).turn.speaker);
        QCOMPARE(a.at(i).turn.speakerTitle, e.at(i).turn.speakerTitle);
        QCOMPARE(a.at(i).turn.firm, e.at(i).turn.firm);
        QCOMPARE(a.at(i).turn.role, e.at(i).turn.role);
        QCOMPARE(a.at(i).turn.question, e.at(i).turn.question);
        QCOMPARE(a.at(i).turn.text, e.at(i).turn.text);
        QCOMPARE(a.at(i).turn.sourceLines.size(), e.at(i).turn.sourceLines.size());
        for (qsizetype j = 0; j < a.at(i).turn.sourceLines.size(); ++j) {
            QCOMPARE(a.at(i).turn.sourceLines.at(j).number, e.at(i).turn.sourceLines.at(j).number);
            QCOMPARE(a.at(i).turn.sourceLines.at(j).contentStart,
                     e.at(i).turn.sourceLines.at(j).contentStart);
        }
    }
}

// An English call in the common "name alone on a line" layout.
const QString EnglishCall = uR"(NVIDIA Corporation Q4 Fiscal 2025 Earnings Call
Operator
Good afternoon. My name is Krista, and I will be your conference operator today.
Stewart Stecker
Senior Director, Investor Relations
Thank you. Good afternoon, everyone, and welcome to NVIDIA's conference call.
Colette Kress
Executive Vice President and Chief Financial Officer
Thanks, Stewart. Q4 was another record quarter.
Data center revenue for fiscal 2025 was $115 billion.
Jensen Huang
President and Chief Executive Officer
Thank you, Colette.
Question-and-Answer Session
Operator
Your first question comes from the line of C.J. Muse with Cantor Fitzgerald. Your line is open.
C.J. Muse
Yeah, good afternoon. Thank you for taking the question.
Jensen Huang
There are now multiple scaling laws.
Operator
Your next question comes from Joe Moore of Morgan Stanley.
Joe Moore
Great, thank you. Could you talk about GB200?
Colette Kress
Sure. Let me take the first part.
Jensen Huang
And the second part.
Joe Moore
Thanks. One follow-up on gross margins.
Colette Kress
Mid-70s later this year.
Operator
Our next question comes from Vivek Arya from Bank of America Securities.

Vivek Arya

Thanks for taking my question.
Jensen Huang
Good question.)"_s;

} // namespace

class TestTranscriptParser : public QObject
{
    Q_OBJECT

private slots:
    void sectionKindNames();
    void counts();
    void seed();
    void seedQuestions();
    void seedCommentary();
    void variants_data();
    void variants();
    void englishLayout();
    void randomTextLosesNothing();
    void strayByteOrderMarks_data();
    void strayByteOrderMarks();
    void seedInEveryEncoding_data();
    void seedInEveryEncoding();
    void noRecognisableText_data();
    void noRecognisableText();
    void resultOutlivesTheText_data();
    void resultOutlivesTheText();
    void fuzzRegressions_data();
    void fuzzRegressions();
};

void TestTranscriptParser::sectionKindNames()
{
    const QList<std::pair<SectionKind, QString>> names{{SectionKind::Article, u"article"_s},
                                                       {SectionKind::Commentary, u"commentary"_s},
                                                       {SectionKind::Prepared, u"prepared"_s},
                                                       {SectionKind::QA, u"qa"_s}};
    for (const auto &[kind, name] : names) {
        QCOMPARE(sectionKindName(kind), name);
        bool ok = false;
        QCOMPARE(sectionKindFromName(name, &ok), kind);
        QVERIFY(ok);
    }
    bool ok = true;
    QCOMPARE(sectionKindFromName(u"Q&A"_s, &ok), SectionKind::Article);
    QVERIFY(!ok);
    QCOMPARE(sectionKindFromName(u"QA"_s, &ok), SectionKind::QA);
    QVERIFY(ok);
}

void TestTranscriptParser::counts()
{
    ParsedTranscript transcript;
    QCOMPARE(transcript.questionCount(), 0);
    QCOMPARE(transcript.turnCount(), 0);
    ParsedTurn turn;
    turn.question = 2;
    ParsedTurn other;
    other.question = 5;
    transcript.sections = {ParsedSection{SectionKind::Article, {ParsedTurn()}},
                           ParsedSection{SectionKind::QA, {turn, other, turn}}};
    QCOMPARE(transcript.questionCount(), 5);
    QCOMPARE(transcript.turnCount(), 4);
}

void TestTranscriptParser::seed()
{
    const QString text = readSeed();
    QVERIFY(text.size() > 5000);
    QString error;
    const auto parsed = TranscriptParser::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    CHECK_NOTHING_LOST(text, *parsed);

    QCOMPARE(parsed->source, u"https://mp.weixin.qq.com/s/3XeWaTmvqCANRD9_p5vOxg"_s);
    QCOMPARE(parsed->sourceLine, 1);
    QCOMPARE(parsed->title, QString()); // line 2 is a sentence, not a title
    QCOMPARE(parsed->sections.size(), 3);
    QCOMPARE(parsed->sections.at(0).kind, SectionKind::Article);
    QCOMPARE(parsed->sections.at(1).kind, SectionKind::Commentary);
    QCOMPARE(parsed->sections.at(2).kind, SectionKind::QA);
    QCOMPARE(parsed->questionCount(), 9);
    QCOMPARE(parsed->turnCount(), 11 + 8 + 9 + 11);

    // Lines 2-12: one narrator turn per line, before the commentary.
    const ParsedSection &article = parsed->sections.at(0);
    QCOMPARE(article.turns.size(), 11);
    for (int i = 0; i < 11; ++i) {
        const ParsedTurn &turn = article.turns.at(i);
        QCOMPARE(turn.role, QLatin1String(Role::Narrator));
        QVERIFY(turn.speaker.isEmpty());
        QCOMPARE(turn.question, 0);
        QCOMPARE(turn.sourceLines.size(), 1);
        QCOMPARE(turn.sourceLines.first().number, i + 2);
        QCOMPARE(turn.sourceLines.first().contentStart, 0);
    }
    QVERIFY(article.turns.first().text.startsWith(u"在糾結了一段時間"_s));
    QVERIFY(article.turns.at(1).text.contains(u"段永平今早在雪球網表示:“盡管"_s));
    QVERIFY(article.turns.last().text.startsWith(u"提醒一下"_s));
}

void TestTranscriptParser::seedCommentary()
{
    const QString text = readSeed();
    const auto parsed = TranscriptParser::parse(text, nullptr);
    QVERIFY(parsed);
    const ParsedSection &commentary = parsed->sections.at(1);
    QCOMPARE(commentary.kind, SectionKind::Commentary);

    QStringList speakers;
    QList<int> firstLines;
    int investor = 0;
    int commenter = 0;
    for (const ParsedTurn &turn : commentary.turns) {
        speakers.append(turn.speaker);
        firstLines.append(turn.sourceLines.first().number);
        QCOMPARE(turn.question, 0);
        QVERIFY(turn.speakerTitle.isEmpty());
        if (turn.speaker == u"段永平") {
            QCOMPARE(turn.role, QLatin1String(Role::Investor));
            ++investor;
        } else {
            QCOMPARE(turn.speaker, u"評論區"_s);
            QCOMPARE(turn.role, QLatin1String(Role::Commenter));
            ++commenter;
        }
    }
    QCOMPARE(investor, 5);
    QCOMPARE(commenter, 3);
    QCOMPARE(speakers, (QStringList{u"段永平"_s, u"評論區"_s, u"段永平"_s, u"段永平"_s, u"評論區"_s,
                                    u"段永平"_s, u"段永平"_s, u"評論區"_s}));
    QCOMPARE(firstLines, (QList<int>{13, 14, 15, 18, 23, 24, 25, 26}));

    // "段永平:?" drops the stray "?" and keeps lines 16-17 in the same turn.
    const ParsedTurn &third = commentary.turns.at(2);
    QCOMPARE(third.sourceLines.size(), 3);
    QCOMPARE(third.sourceLines.at(0).contentStart, 5);
    QCOMPARE(third.sourceLines.at(1).number, 16);
    QCOMPARE(third.sourceLines.at(2).number, 17);
    QVERIFY(third.text.startsWith(u"我沒啥可解釋的。"_s));
    QCOMPARE(third.text.count(u'\n'), 2);

    // The "(注:...)" line stays with the turn it annotates.
    const ParsedTurn &fourth = commentary.turns.at(3);
    QCOMPARE(fourth.sourceLines.size(), 5);
    QCOMPARE(fourth.sourceLines.at(1).number, 19);
    QCOMPARE(fourth.sourceLines.at(1).contentStart, 0);
    QVERIFY(fourth.text.startsWith(u"我知道目前NVDA的護城河是CUDA"_s));
    QVERIFY(fourth.text.contains(u"\n(注:CUDA是?NVIDIA"_s));

    // "段永平::" is a speaker line with a doubled colon.
    const ParsedTurn &doubled = commentary.turns.at(6);
    QCOMPARE(doubled.sourceLines.first().contentStart, 5);
    QVERIFY(doubled.text.startsWith(u"盡管沒完全看懂NVDA"_s));
}

void TestTranscriptParser::seedQuestions()
{
    const QString text = readSeed();
    const auto parsed = TranscriptParser::parse(text, nullptr);
    QVERIFY(parsed);
    const auto turns = flatten(*parsed);

    const QStringList huang{u"黃仁勳"_s};
    const QStringList kressThenHuang{u"科萊特"_s, u"黃仁勳"_s};
    const QList<QStringList> answers{huang, huang,          kressThenHuang, huang,        huang,
                                     huang, kressThenHuang, huang,          {u"科萊特"_s}};
    const QList<int> questionLines{27, 43, 51, 63, 74, 88, 103, 125, 134};
    for (int q = 1; q <= 9; ++q) {
        QCOMPARE(speakersOf(turns, q), answers.at(q - 1));
        const qsizetype index = turnWithLine(turns, questionLines.at(q - 1));
        QVERIFY(index >= 0);
        const ParsedTurn &question = turns.at(index).turn;
        QCOMPARE(question.role, QLatin1String(Role::Analyst));
        QCOMPARE(question.question, q);
        QVERIFY(question.speaker.isEmpty());
        QCOMPARE(question.sourceLines.first().number, questionLines.at(q - 1));
        QCOMPARE(question.sourceLines.first().contentStart, 3);
        QCOMPARE(turns.at(index).kind, SectionKind::QA);
    }
    for (const FlatTurn &flat : turns) {
        if (flat.kind != SectionKind::QA)
            continue;
        QVERIFY(flat.turn.question >= 1);
        if (flat.turn.role != QLatin1String(Role::Analyst))
            QCOMPARE(flat.turn.role, QLatin1String(Role::Executive));
    }

    // Q1 runs over two lines and starts with the text after the marker.
    const ParsedTurn &q1 = turns.at(turnWithLine(turns, 27)).turn;
    QCOMPARE(q1.sourceLines.size(), 2);
    QVERIFY(q1.text.startsWith(u"Jensen(注:英偉達創始人黃仁勳的英文名),既然"_s));

    // Q3 merely mentions 科萊特; it is a one-line question, not her turn.
    const ParsedTurn &q3 = turns.at(turnWithLine(turns, 51)).turn;
    QCOMPARE(q3.sourceLines.size(), 1);
    QVERIFY(q3.text.startsWith(u"科萊特(注:英偉達執行副總裁兼首席財務官),如果"_s));
    QCOMPARE(turns.at(turnWithLine(turns, 52)).turn.speaker, u"科萊特"_s);

    // Line 50 ends in a colon but is a sentence; it continues 黃仁勳's answer to Q2.
    const qsizetype answer2 = turnWithLine(turns, 45);
    QCOMPARE(turnWithLine(turns, 50), answer2);
    QCOMPARE(turns.at(answer2).turn.sourceLines.size(), 6);
    QVERIFY(turns.at(answer2).turn.text.endsWith(u"我們所有的合作夥伴也都進展順利。"_s));

    // The last answer runs to the end of the file.
    const ParsedTurn &last = turns.last().turn;
    QCOMPARE(last.speaker, u"科萊特"_s);
    QCOMPARE(last.question, 9);
    QCOMPARE(last.sourceLines.last().number, 139);
}

void TestTranscriptParser::variants_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("line"); // the input line whose turn is checked
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firm");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("question");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("section");

    const QString exec = QString::fromLatin1(Role::Executive);
    const QString analyst = QString::fromLatin1(Role::Analyst);
    const QString op = QString::fromLatin1(Role::Operator);
    const QString narrator = QString::fromLatin1(Role::Narrator);
    const QString answer = u"需求很強勁。"_s;
    const QString ask = u"Q1:請談談需求。\n"_s;

    // Speaker prefixes, checked on an answer inside the Q&A.
    QTest::newRow("full-width colon") << ask + u"黃仁勳:需求很強勁。"_s << 2 << u"黃仁勳"_s << QString()
                                      << QString() << exec << 1 << answer << u"qa"_s;
    QTest::newRow("half-width colon") << ask + u"黃仁勳:需求很強勁。"_s << 2 << u"黃仁勳"_s << QString()
                                      << QString() << exec << 1 << answer << u"qa"_s;
    QTest::newRow("space before colon") << ask + u"黃仁勳 :需求很強勁。"_s << 2 << u"黃仁勳"_s << QString()
                                        << QString() << exec << 1 << answer << u"qa"_s;
    QTest::newRow("doubled full-width colon") << ask + u"黃仁勳::需求很強勁。"_s << 2 << u"黃仁勳"_s
                                              << QString() << QString() << exec << 1 << answer << u"qa"_s;
    QTest::newRow("doubled half-width colon") << ask + u"黃仁勳::需求很強勁。"_s << 2 << u"黃仁勳"_s
                                              << QString() << QString() << exec << 1 << answer << u"qa"_s;
    QTest::newRow("stray ? after colon") << ask + u"黃仁勳:?需求很強勁。"_s << 2 << u"黃仁勳"_s << QString()
                                         << QString() << exec << 1 << answer << u"qa"_s;
    QTest::newRow("stray full-width ? after colon")
        << ask + u"黃仁勳:?需求很強勁。"_s << 2 << u"黃仁勳"_s << QString() << QString() << exec << 1
        << answer << u"qa"_s;
    QTest::newRow("title in full-width parens")
        << ask + u"林啟明(首席執行官):需求很強勁。"_s << 2 << u"林啟明"_s << u"首席執行官"_s << QString()
        << exec << 1 << answer << u"qa"_s;
    QTest::newRow("title in half-width parens")
        << ask + u"林啟明(首席執行官):需求很強勁。"_s << 2 << u"林啟明"_s << u"首席執行官"_s << QString()
        << exec << 1 << answer << u"qa"_s;
    QTest::newRow("title after a note mark")
        << ask + u"科萊特(注:首席財務官):需求很強勁。"_s << 2 << u"科萊特"_s << u"首席財務官"_s << QString()
        << exec << 1 << answer << u"qa"_s;
    QTest::newRow("latin name with title")
        << u"Q1: How is demand?\nJensen Huang (CEO): Demand is strong."_s << 2 << u"Jensen Huang"_s
        << u"CEO"_s << QString() << exec << 1 << u"Demand is strong."_s << u"qa"_s;

    // Question markers.
    const QString q = u"請談談毛利率。"_s;
    QTest::newRow("Q3:") << u"Q3:請談談毛利率。"_s << 1 << QString() << QString() << QString() << analyst << 3
                         << q << u"qa"_s;
    QTest::newRow("Q3 :") << u"Q3 :請談談毛利率。"_s << 1 << QString() << QString() << QString() << analyst
                          << 3 << q << u"qa"_s;
    QTest::newRow("Q3 full-width") << u"Q3:請談談毛利率。"_s << 1 << QString() << QString() << QString()
                                   << analyst << 3 << q << u"qa"_s;
    QTest::newRow("問題3:") << u"問題3:請談談毛利率。"_s << 1 << QString() << QString() << QString()
                            << analyst << 3 << q << u"qa"_s;
    QTest::newRow("问题3:") << u"问题3:请谈谈毛利率。"_s << 1 << QString() << QString() << QString()
                            << analyst << 3 << u"请谈谈毛利率。"_s << u"qa"_s;
    QTest::newRow("問題三:") << u"問題三:請談談毛利率。"_s << 1 << QString() << QString() << QString()
                             << analyst << 3 << q << u"qa"_s;
    QTest::newRow("問題十二:") << u"問題十二:請談談毛利率。"_s << 1 << QString() << QString() << QString()
                               << analyst << 12 << q << u"qa"_s;
    QTest::newRow("問題二十:") << u"問題二十:請談談毛利率。"_s << 1 << QString() << QString() << QString()
                               << analyst << 20 << q << u"qa"_s;
    QTest::newRow("Question 3:") << u"Question 3: What about margins?"_s << 1 << QString() << QString()
                                 << QString() << analyst << 3 << u"What about margins?"_s << u"qa"_s;
    QTest::newRow("marker names the asker") << u"Q3:張三(摩根士丹利):請談談毛利率。"_s << 1 << u"張三"_s
                                            << QString() << u"摩根士丹利"_s << analyst << 3 << q << u"qa"_s;
    QTest::newRow("marker mentions a name")
        << u"Q3:科萊特(注:首席財務官),請談談毛利率。"_s << 1 << QString() << QString() << QString() << analyst
        << 3 << u"科萊特(注:首席財務官),請談談毛利率。"_s << u"qa"_s;
    QTest::newRow("asker on the line after the marker")
        << u"問題1:\n張三(摩根士丹利):請談談毛利率。"_s << 2 << u"張三"_s << QString() << u"摩根士丹利"_s
        << analyst << 1 << q << u"qa"_s;
    QTest::newRow("unnumbered 問/答") << u"問:請談談毛利率。\n答:毛利率很高。"_s << 2 << QString()
                                      << QString() << QString() << exec << 1 << u"毛利率很高。"_s << u"qa"_s;

    // Hosts and operators.
    QTest::newRow("主持人") << u"主持人:歡迎參加本次電話會議。\n林啟明(首席執行官):謝謝。"_s << 1
                            << u"主持人"_s << QString() << QString() << op << 0 << u"歡迎參加本次電話會議。"_s
                            << u"prepared"_s;
    QTest::newRow("executive after host")
        << u"主持人:歡迎參加本次電話會議。\n林啟明:謝謝。"_s << 2 << u"林啟明"_s << QString() << QString()
        << exec << 0 << u"謝謝。"_s << u"prepared"_s;
    QTest::newRow("Operator:") << u"Operator: Good afternoon.\nColette Kress: Thank you."_s << 1
                               << u"Operator"_s << QString() << QString() << op << 0 << u"Good afternoon."_s
                               << u"prepared"_s;
    QTest::newRow("commentary without a host")
        << u"段永平:我看不懂。\n評論區:為什麼?"_s << 2 << u"評論區"_s << QString() << QString()
        << QString::fromLatin1(Role::Commenter) << 0 << u"為什麼?"_s << u"commentary"_s;

    // An article quoting an investor first and the call after it; the host hands over to
    // analysts in Chinese.
    const QString mixed = u"段永平:我看不懂。\n评论区:为什么?\n主持人:欢迎参加电话会议。\n"
                          "黄仁勋(首席执行官):谢谢。\n主持人:下一个问题来自摩根士丹利的Joseph Moore。\n"
                          "Joseph Moore:请问毛利率?\n科莱特:70%出头。"_s;
    QTest::newRow("investor before the call")
        << mixed << 1 << u"段永平"_s << QString() << QString() << QString::fromLatin1(Role::Investor) << 0
        << u"我看不懂。"_s << u"commentary"_s;
    QTest::newRow("call after the investor") << mixed << 4 << u"黄仁勋"_s << u"首席执行官"_s << QString()
                                             << exec << 0 << u"谢谢。"_s << u"prepared"_s;
    QTest::newRow("analyst handed over by host") << mixed << 6 << u"Joseph Moore"_s << QString() << QString()
                                                 << analyst << 1 << u"请问毛利率?"_s << u"qa"_s;
    QTest::newRow("answer after host hand-over")
        << mixed << 7 << u"科莱特"_s << QString() << QString() << exec << 1 << u"70%出头。"_s << u"qa"_s;

    // Line structure.
    QTest::newRow("blank lines") << u"Q1:需求?\n\n\n黃仁勳:很強勁。\n\n   \n補充一點。\n\n"_s << 4
                                 << u"黃仁勳"_s << QString() << QString() << exec << 1
                                 << u"很強勁。\n補充一點。"_s << u"qa"_s;
    QTest::newRow("CRLF") << u"Q1:需求?\r\n黃仁勳:很強勁。\r\n補充一點。\r\n"_s << 2 << u"黃仁勳"_s
                          << QString() << QString() << exec << 1 << u"很強勁。\n補充一點。"_s << u"qa"_s;
    QTest::newRow("lone CR") << u"Q1:需求?\r黃仁勳:很強勁。\r補充一點。\r"_s << 3 << u"黃仁勳"_s << QString()
                             << QString() << exec << 1 << u"很強勁。\n補充一點。"_s << u"qa"_s;

    // Lines that end in a colon but are not speaker lines.
    QTest::newRow("sentence with colon")
        << ask + u"黃仁勳:需求很強勁。\n所以,我認為,答案是:很好。"_s << 3 << u"黃仁勳"_s << QString()
        << QString() << exec << 1 << u"需求很強勁。\n所以,我認為,答案是:很好。"_s << u"qa"_s;
    QTest::newRow("reporting clause")
        << u"黃仁勳表示:需求很強勁。"_s << 1 << QString() << QString() << QString() << narrator << 0
        << u"黃仁勳表示:需求很強勁。"_s << u"article"_s;
    QTest::newRow("note line") << u"段永平:我看不懂。\n注:這是雪球上的評論。"_s << 2 << u"段永平"_s
                               << QString() << QString() << QString::fromLatin1(Role::Investor) << 0
                               << u"我看不懂。\n注:這是雪球上的評論。"_s << u"commentary"_s;
    QTest::newRow("data row") << u"Revenue: $39.3 billion\nData Center: up 93%"_s << 1 << QString()
                              << QString() << QString() << narrator << 0 << u"Revenue: $39.3 billion"_s
                              << u"article"_s;
    QTest::newRow("url mid-text") << u"段永平:我看不懂。\nhttps://xueqiu.com/1234"_s << 2 << u"段永平"_s
                                  << QString() << QString() << QString::fromLatin1(Role::Investor) << 0
                                  << u"我看不懂。\nhttps://xueqiu.com/1234"_s << u"commentary"_s;

    // English colon layout with the operator introducing each analyst.
    const QString intro = u"Operator: Your next question comes from %1.\n%2: Thanks for taking my question.\n"
                          "Jensen Huang: Sure."_s;
    QTest::newRow("from the line of X with Y")
        << intro.arg(u"the line of Vivek Arya with Bank of America"_s, u"Vivek Arya"_s) << 2
        << u"Vivek Arya"_s << QString() << u"Bank of America"_s << analyst << 1
        << u"Thanks for taking my question."_s << u"qa"_s;
    QTest::newRow("from X with Y") << intro.arg(u"Joe Moore with Morgan Stanley"_s, u"Joe Moore"_s) << 2
                                   << u"Joe Moore"_s << QString() << u"Morgan Stanley"_s << analyst << 1
                                   << u"Thanks for taking my question."_s << u"qa"_s;
    QTest::newRow("from X of Y") << intro.arg(u"Stacy Rasgon of Bernstein Research"_s, u"Stacy Rasgon"_s) << 2
                                 << u"Stacy Rasgon"_s << QString() << u"Bernstein Research"_s << analyst << 1
                                 << u"Thanks for taking my question."_s << u"qa"_s;
    QTest::newRow("firm with dots") << intro.arg(u"Harlan Sur with J.P. Morgan"_s, u"Harlan Sur"_s) << 2
                                    << u"Harlan Sur"_s << QString() << u"J.P. Morgan"_s << analyst << 1
                                    << u"Thanks for taking my question."_s << u"qa"_s;
    QTest::newRow("answer after introduced analyst")
        << intro.arg(u"Joe Moore with Morgan Stanley"_s, u"Joe Moore"_s) << 3 << u"Jensen Huang"_s
        << QString() << QString() << exec << 1 << u"Sure."_s << u"qa"_s;

    // English "name alone on a line" layout.
    QTest::newRow("name and title lines")
        << EnglishCall << 9 << u"Colette Kress"_s << u"Executive Vice President and Chief Financial Officer"_s
        << QString() << exec << 0
        << u"Thanks, Stewart. Q4 was another record quarter.\n"
           "Data center revenue for fiscal 2025 was $115 billion."_s
        << u"prepared"_s;
    QTest::newRow("Operator alone") << EnglishCall << 3 << u"Operator"_s << QString() << QString() << op << 0
                                    << u"Good afternoon. My name is Krista, and I will be your conference "
                                       "operator today."_s
                                    << u"prepared"_s;
    QTest::newRow("Q&A heading kept") << EnglishCall << 14 << QString() << QString() << QString() << narrator
                                      << 0 << u"Question-and-Answer Session"_s << u"prepared"_s;
    QTest::newRow("introduced analyst alone")
        << EnglishCall << 18 << u"C.J. Muse"_s << QString() << u"Cantor Fitzgerald"_s << analyst << 1
        << u"Yeah, good afternoon. Thank you for taking the question."_s << u"qa"_s;
    QTest::newRow("executive seen before")
        << EnglishCall << 20 << u"Jensen Huang"_s << QString() << QString() << exec << 1
        << u"There are now multiple scaling laws."_s << u"qa"_s;
    QTest::newRow("analyst follow-up")
        << EnglishCall << 30 << u"Joe Moore"_s << QString() << u"Morgan Stanley"_s << analyst << 2
        << u"Thanks. One follow-up on gross margins."_s << u"qa"_s;
    QTest::newRow("analyst after blank lines")
        << EnglishCall << 38 << u"Vivek Arya"_s << QString() << u"Bank of America Securities"_s << analyst
        << 3 << u"Thanks for taking my question."_s << u"qa"_s;
}

void TestTranscriptParser::variants()
{
    QFETCH(QString, input);
    QFETCH(int, line);
    QFETCH(QString, speaker);
    QFETCH(QString, title);
    QFETCH(QString, firm);
    QFETCH(QString, role);
    QFETCH(int, question);
    QFETCH(QString, text);
    QFETCH(QString, section);

    QString error;
    const auto parsed = TranscriptParser::parse(input, &error);
    QVERIFY2(parsed, qPrintable(error));
    CHECK_NOTHING_LOST(input, *parsed);

    const auto turns = flatten(*parsed);
    const qsizetype index = turnWithLine(turns, line);
    QVERIFY2(index >= 0, "line not in any turn");
    const ParsedTurn &turn = turns.at(index).turn;
    QCOMPARE(turn.speaker, speaker);
    QCOMPARE(turn.speakerTitle, title);
    QCOMPARE(turn.firm, firm);
    QCOMPARE(turn.role, role);
    QCOMPARE(turn.question, question);
    QCOMPARE(turn.text, text);
    QCOMPARE(sectionKindName(turns.at(index).kind), section);
}

void TestTranscriptParser::englishLayout()
{
    const auto parsed = TranscriptParser::parse(EnglishCall, nullptr);
    QVERIFY(parsed);
    CHECK_NOTHING_LOST(EnglishCall, *parsed);
    QCOMPARE(parsed->title, u"NVIDIA Corporation Q4 Fiscal 2025 Earnings Call"_s);
    QCOMPARE(parsed->questionCount(), 3);
    QCOMPARE(parsed->sections.size(), 3);
    QCOMPARE(parsed->sections.at(0).kind, SectionKind::Article);
    QCOMPARE(parsed->sections.at(1).kind, SectionKind::Prepared);
    QCOMPARE(parsed->sections.at(2).kind, SectionKind::QA);

    QStringList prepared;
    for (const ParsedTurn &turn : parsed->sections.at(1).turns)
        prepared.append(turn.speaker);
    QCOMPARE(prepared, (QStringList{u"Operator"_s, u"Stewart Stecker"_s, u"Colette Kress"_s,
                                    u"Jensen Huang"_s, QString(), u"Operator"_s}));
    const ParsedTurn &stecker = parsed->sections.at(1).turns.at(1);
    QCOMPARE(stecker.speakerTitle, u"Senior Director, Investor Relations"_s);
    QCOMPARE(stecker.role, QLatin1String(Role::Executive));
    // Name line and title line are all prefix; the text starts on the line after.
    QCOMPARE(stecker.sourceLines.size(), 3);
    QCOMPARE(stecker.sourceLines.at(0).contentStart, 15);
    QCOMPARE(stecker.sourceLines.at(1).contentStart, 35);

    const auto turns = flatten(*parsed);
    QCOMPARE(speakersOf(turns, 1), (QStringList{u"Jensen Huang"_s, u"Operator"_s}));
    QCOMPARE(speakersOf(turns, 2),
             (QStringList{u"Colette Kress"_s, u"Jensen Huang"_s, u"Colette Kress"_s, u"Operator"_s}));
    QCOMPARE(speakersOf(turns, 3), (QStringList{u"Jensen Huang"_s}));
}

// Concatenated exports leave U+FEFF behind. Callers count a line holding only one as
// text, so the parser must place it in a turn even though it reads nothing from it.
void TestTranscriptParser::strayByteOrderMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("title");
    const QString bom(QChar(0xFEFF));
    QTest::newRow("between name and title")
        << u"Operator\nHello.\nColette Kress\n%1\nChief Financial Officer\nThanks."_s.arg(bom)
        << u"Colette Kress"_s << u"Chief Financial Officer"_s;
    QTest::newRow("after the title")
        << u"Operator\nHello.\nColette Kress\nChief Financial Officer\n%1\nThanks."_s.arg(bom)
        << u"Colette Kress"_s << u"Chief Financial Officer"_s;
    QTest::newRow("before anything") << u"%1\n\n%1 \nOperator\nHello."_s.arg(bom) << u"Operator"_s
                                     << QString();
    QTest::newRow("after the source line")
        << u"https://x.y/z\n%1\nOperator\nHello."_s.arg(bom) << u"Operator"_s << QString();
    QTest::newRow("only after the source line") << u"https://x.y/z\n%1"_s.arg(bom) << QString() << QString();
    QTest::newRow("around a source line")
        << u"%1https://x.y/z%1\nOperator\nHello."_s.arg(bom) << u"Operator"_s << QString();
    QTest::newRow("at the end of content")
        << u"Operator\nHello.%1\nJoe Moore:%1Thanks.%1"_s.arg(bom) << u"Operator"_s << QString();
}

void TestTranscriptParser::strayByteOrderMarks()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QString, title);
    const auto parsed = TranscriptParser::parse(text, nullptr);
    QVERIFY(parsed);
    CHECK_NOTHING_LOST(text, *parsed);
    if (speaker.isEmpty())
        return;
    bool found = false;
    for (const FlatTurn &flat : flatten(*parsed))
        found = found || (flat.turn.speaker == speaker && flat.turn.speakerTitle == title);
    QVERIFY(found);
}

void TestTranscriptParser::randomTextLosesNothing()
{
    // Fragments that stress the prefix rules, shuffled with a fixed seed so a failure
    // can be reproduced.
    const QStringList pieces{u"段永平"_s,
                             u":"_s,
                             u":"_s,
                             u"?"_s,
                             u"?"_s,
                             u"("_s,
                             u")"_s,
                             u"("_s,
                             u")"_s,
                             u"Q1"_s,
                             u"問題三"_s,
                             u"\n"_s,
                             u"\r\n"_s,
                             u"\r"_s,
                             u" "_s,
                             u","_s,
                             u"。"_s,
                             u"Operator"_s,
                             u"Jensen Huang"_s,
                             u"\nChief Financial Officer\n"_s,
                             u"from the line of Joe Moore with UBS."_s,
                             u"https://x.y/z"_s,
                             u"主持人"_s,
                             u"注"_s,
                             u"需求"_s};
    QRandomGenerator random(20250226);
    for (int round = 0; round < 200; ++round) {
        QString text;
        const int length = random.bounded(1, 80);
        for (int i = 0; i < length; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        QString error;
        const auto parsed = TranscriptParser::parse(text, &error);
        if (!parsed) {
            QCOMPARE(error, u"has no recognisable text"_s);
            continue;
        }
        checkNothingLost(text, *parsed);
        if (QTest::currentTestFailed()) {
            qWarning("round %d input: %s", round, qPrintable(text));
            return;
        }
    }
}

void TestTranscriptParser::seedInEveryEncoding_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8 (BOM)") << u"UTF-8 (BOM)"_s;
    QTest::newRow("UTF-16LE") << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE") << u"UTF-16BE"_s;
    QTest::newRow("GB18030") << u"GB18030"_s;
    QTest::newRow("Big5") << u"Big5"_s;
}

void TestTranscriptParser::seedInEveryEncoding()
{
    QFETCH(QString, encoding);
    QString seed = readSeed();
    QVERIFY(!seed.isEmpty());
    QByteArray bytes;
    if (encoding == u"UTF-8 (BOM)") {
        bytes = QByteArray("\xEF\xBB\xBF") + seed.toUtf8();
    } else if (encoding.startsWith(u"UTF-16")) {
        QStringEncoder encoder(encoding == u"UTF-16LE" ? QStringConverter::Utf16LE
                                                       : QStringConverter::Utf16BE,
                               QStringConverter::Flag::WriteBom);
        bytes = encoder.encode(seed);
    } else if (encoding == u"GB18030") {
        bytes = encodeWithIconv("GB18030", seed);
    } else {
        // Big5 cannot represent three variant characters of the seed; the Big5 spellings
        // keep every line (and so the structure) intact.
        seed.replace(u'麽', u'麼').replace(u'裏', u'裡').replace(u'恒', u'恆');
        bytes = encodeWithIconv("BIG5", seed);
    }
    QVERIFY2(!bytes.isEmpty(), "seed not representable");

    QString error;
    const auto decoded = TextDecoder::decode(bytes, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->encoding, encoding);

    const auto expected = TranscriptParser::parse(seed, nullptr);
    const auto actual = TranscriptParser::parse(decoded->text, nullptr);
    QVERIFY(expected && actual);
    compareTranscripts(*actual, *expected);
    QCOMPARE(actual->questionCount(), 9);
    QCOMPARE(actual->turnCount(), 39);
}

void TestTranscriptParser::noRecognisableText_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << u"  \n\t\r\n\u3000\n"_s;
    QTest::newRow("punctuation") << u"。。。\n——\n……!?"_s;
}

void TestTranscriptParser::noRecognisableText()
{
    QFETCH(QString, input);
    QString error;
    QVERIFY(!TranscriptParser::parse(input, &error));
    QCOMPARE(error, u"has no recognisable text"_s);
}

namespace {

// Every string of a parse, in order, so that two parses compare field by field.
QStringList flattened(const ParsedTranscript &parsed)
{
    QStringList fields{parsed.source,
                       parsed.title,
                       parsed.metadata.company,
                       parsed.metadata.ticker,
                       parsed.metadata.fiscalPeriod,
                       parsed.metadata.date,
                       parsed.metadata.title};
    for (const Participant &person : parsed.roster)
        fields << person.name << person.title << person.firm << person.role;
    for (const ParsedSection &section : parsed.sections)
        for (const ParsedTurn &turn : section.turns)
            fields << turn.speaker << turn.speakerTitle << turn.firm << turn.role << turn.text;
    return fields;
}

} // namespace

// The parser's lines are the text's own characters, not copies: what it returns must not
// point into the text, which the caller may change or free. The text is overwritten in place
// after the parse (it is its buffer's only owner by then); the result must not change.
void TestTranscriptParser::resultOutlivesTheText_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("seed") << QStringLiteral(ER_SEED_FILE);
    QDirIterator it(QStringLiteral(ER_TEST_DATA_DIR "/transcripts"), {u"*.txt"_s, u"*.md"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(it.fileName())) << path;
    }
}

void TestTranscriptParser::resultOutlivesTheText()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString kept = QString::fromUtf8(file.readAll());
    QString text(kept.constData(), kept.size());
    QString error;
    const auto expected = TranscriptParser::parse(kept, &error);
    QVERIFY(expected);
    const auto parsed = TranscriptParser::parse(text, &error);
    QVERIFY(parsed);
    QVERIFY(!parsed->roster.isEmpty() || !parsed->metadata.isEmpty() || parsed->turnCount() > 1);
    const QChar *before = text.constData();
    text.fill(u'#');
    QCOMPARE(text.constData(), before); // overwritten in place, not detached
    QCOMPARE(flattened(*parsed), flattened(*expected));
}

// Inputs the fuzzer (tests/fuzz/fuzz_transcript) found to break an invariant.
void TestTranscriptParser::fuzzRegressions_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(ER_FUZZ_REGRESSIONS_DIR "/transcript"), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(it.fileName())) << path;
    }
}

void TestTranscriptParser::fuzzRegressions()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto decoded = TextDecoder::decode(file.readAll(), &error);
    if (!decoded) {
        QVERIFY(!error.isEmpty());
        return;
    }
    const auto parsed = TranscriptParser::parse(decoded->text, &error);
    if (!parsed) {
        QVERIFY(!error.isEmpty());
        return;
    }
    CHECK_NOTHING_LOST(decoded->text, *parsed);
}

QTEST_GUILESS_MAIN(TestTranscriptParser)
#include "tst_transcriptparser.moc"
