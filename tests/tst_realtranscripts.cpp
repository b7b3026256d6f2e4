#include "TranscriptTruth.h"
#include "text/TextDecoder.h"
#include "transcript/TranscriptParser.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

// Real transcripts published by others, one row per file (tests/data/transcripts/README.md
// says where each comes from and which layout it shows), each compared with a ground truth
// written by reading it.
class TestRealTranscripts : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void layouts_data();
    void layouts();
    void headerMetadata_data();
    void headerMetadata();
};

void TestRealTranscripts::corpus_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = corpusFiles(QStringLiteral(ER_TEST_DATA_DIR "/transcripts"));
    QVERIFY2(files.size() >= 7, "the corpus is missing");
    for (const QString &path : files)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestRealTranscripts::corpus()
{
    QFETCH(QString, path);
    TranscriptTruth truth;
    QString error;
    QVERIFY2(TranscriptTruth::load(path, &truth, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto decoded = TextDecoder::decode(file.readAll(), &error);
    QVERIFY2(decoded, qPrintable(error));
    const auto parsed = TranscriptParser::parse(decoded->text, &error);
    QVERIFY2(parsed, qPrintable(error));

    const TranscriptScore score = scoreTranscript(decoded->text, *parsed, truth);
    QVERIFY2(score.linesLost.isEmpty(), qPrintable(score.linesLost.join(u"; "_s)));
    QVERIFY2(score.headingSpeakers.isEmpty(),
             qPrintable(u"headings as speakers: "_s + score.headingSpeakers.join(u", "_s)));
    QVERIFY2(score.otherSpeakers.isEmpty(),
             qPrintable(u"unknown speakers: "_s + score.otherSpeakers.join(u", "_s)));
    QVERIFY2(score.quoteFailures.isEmpty(), qPrintable(score.quoteFailures.join(u"\n"_s)));
    QCOMPARE(score.parsedQuestions, truth.questions);
    QVERIFY2(score.questionerFailures.isEmpty(), qPrintable(score.questionerFailures.join(u"\n"_s)));
    QVERIFY2(score.metadataFailures.isEmpty(), qPrintable(score.metadataFailures.join(u"\n"_s)));
}

// Short cuts of each layout's shape, for the cases the corpus has no whole file of. A check
// is "quoted text=>speaker" (an empty speaker: the text belongs to nobody, e.g. furniture).
void TestRealTranscripts::layouts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("questions");
    QTest::addColumn<QStringList>("checks");
    QTest::addColumn<QStringList>("notSpeakers");

    QTest::newRow("motley fool one-line labels and roster")
        << uR"(Prepared Remarks:
Operator
Good day, and welcome.
Tejas Gala--Senior Manager, Investor Relations
Thank you. Good afternoon.
Tim Cook--Chief Executive Officer
Thank you, Tejas.
Questions & Answers:
Operator
Our first question comes from Katy Huberty with Morgan Stanley.
Katy Huberty--Morgan Stanley -- Analyst
Thank you. Congrats on the quarter.
Tim Cook--Chief Executive Officer
Thanks, Katy.
Operator
Our next question comes from Wamsi Mohan with Bank of America.
Wamsi Mohan--Bank of America Merrill Lynch -- Analyst
Yes, thank you.
Luca Maestri--Chief Financial Officer
Sure.
Duration: 61 minutes
Call participants:
Tejas Gala--Senior Manager, Investor Relations
Tim Cook--Chief Executive Officer
Katy Huberty--Morgan Stanley -- Analyst)"_s
        << 2
        << QStringList{u"Thank you. Congrats on the quarter.=>Katy Huberty"_s, u"Sure.=>Luca Maestri"_s,
                       u"Thank you. Good afternoon.=>Tejas Gala"_s}
        << QStringList{u"Call participants"_s, u"Prepared Remarks"_s, u"Duration"_s};

    QTest::newRow("web copy with long dashes and an advertisement")
        << uR"(Colette Kress — Chief Financial Officer
Revenue was a record.
Should you invest $1,000 in Nvidia right now?
Before you buy stock in Nvidia, consider this:
The Motley Fool Stock Advisor analyst team just identified what they believe are the 10 best stocks for investors to buy now.
See the 10 stocks »
*Stock Advisor returns as of February 24, 2025
Data center grew strongly.
Operator
Your first question comes from C.J. Muse with Cantor Fitzgerald.
C.J. Muse — Cantor Fitzgerald — Analyst
Thank you.)"_s
        << 1
        << QStringList{u"Data center grew strongly.=>Colette Kress"_s, u"Thank you.=>C.J. Muse"_s,
                       u"See the 10 stocks=>"_s, u"Stock Advisor returns as of=>"_s}
        << QStringList{u"Should you invest $1,000 in Nvidia right now?"_s};

    QTest::newRow("summary and glossary before the full transcript")
        << uR"(Nvidia (NVDA) Q4 2025 Earnings Call Transcript
DATE
Wednesday, Feb. 26, 2025 at 5 p.m. ET
CALL PARTICIPANTS
President and Chief Executive Officer — Jensen Huang
TAKEAWAYS
Net Revenue-- $39.3 billion
INDUSTRY GLOSSARY
Blackwell: NVIDIA's GPU architecture for AI.
NVLink: A high-bandwidth interconnect.
Full Conference Call Transcript
Operator: Good afternoon.
Colette Kress:Thanks. Q4 was another record quarter.
Operator: Your first question comes from C.J. Muse with Cantor Fitzgerald.
C.J. Muse:Thank you for taking the question.
Jensen Huang:There are now multiple scaling laws.)"_s
        << 1
        << QStringList{u"Thanks. Q4 was another record quarter.=>Colette Kress"_s,
                       u"There are now multiple scaling laws.=>Jensen Huang"_s,
                       u"NVIDIA's GPU architecture for AI.=>"_s}
        << QStringList{u"Blackwell"_s, u"NVLink"_s, u"Net Revenue"_s,
                       u"President and Chief Executive Officer"_s};

    QTest::newRow("pdf pages with a running header")
        << uR"(NVIDIA Corporation, Q4 2025 Earnings Call, Feb 26, 2025
=== PAGE 1 ===
Colette M. Kress, Executive VP & CFO
Thanks. Q4 was another record quarter. Revenue of
NVIDIA Corporation, Q4 2025 Earnings Call, Feb 26, 2025
=== PAGE 2 ===
$39.3 billion was up 12%.
Question and Answer
Operator
Your first question comes from C.J. Muse with Cantor Fitzgerald.
C.J. Muse: Thank you.
Copyright © 2025 S&P Global Market Intelligence
Jensen Huang: Multiple scaling laws.)"_s
        << 1
        << QStringList{u"$39.3 billion was up 12%.=>Colette M. Kress"_s,
                       u"Multiple scaling laws.=>Jensen Huang"_s, u"=== PAGE 2 ===>"_s, u"Copyright=>"_s}
        << QStringList{u"NVIDIA Corporation"_s};

    QTest::newRow("S&P lists: a name, then its title or firm on the next line")
        << uR"(NVIDIA Corporation NasdaqGS:NVDA FQ4 2025 Earnings Call Transcripts
Wednesday, February 26, 2025 5:00 PM GMT
EXECUTIVES
Colette M. Kress
Executive VP & CFO
Jensen Huang
Founder, CEO, President & Director
ANALYSTS
Vivek Arya
BofA Securities, Research Division
Presentation
Operator
Good afternoon.
Colette M. Kress
Executive VP & CFO
Thanks. Q4 was another record quarter.
Question and Answer
Operator
Your first question comes from Vivek Arya with Bank of America.
Vivek Arya
BofA Securities, Research Division
Thanks for taking my question.
Jensen Huang
Founder, CEO, President & Director
Good question.)"_s
        << 1
        << QStringList{u"Thanks for taking my question.=>Vivek Arya"_s, u"Good question.=>Jensen Huang"_s,
                       u"Thanks. Q4 was another record quarter.=>Colette M. Kress"_s}
        << QStringList{u"NVIDIA Corporation NasdaqGS"_s,
                       u"EXECUTIVES"_s,
                       u"ANALYSTS"_s,
                       u"Presentation"_s,
                       u"Executive VP & CFO"_s,
                       u"BofA Securities, Research Division"_s};

    QTest::newRow("names glued to the end of a sentence by an HTML conversion")
        << uR"(Operator
Good afternoon.
Jensen Huang
President and Chief Executive Officer
Thank you. Demand is strong.
Operator
Your first question comes from C.J. Muse with Cantor Fitzgerald.C.J. Muse
Thank you for taking the question.Jensen Huang
There are now multiple scaling laws.)"_s
        << 1
        << QStringList{u"There are now multiple scaling laws.=>Jensen Huang"_s,
                       u"Thank you for taking the question.=>C.J. Muse"_s}
        << QStringList{};

    QTest::newRow("firm in brackets after a Q&A heading") << uR"(管理层发言
黄仁勋（首席执行官）：需求很强劲。
Q&A 时间
张三（中金公司）：请问毛利率展望？
科莱特（首席财务官）：今年晚些时候回到75%左右。
李四（摩根士丹利研究）：数据中心需求如何？
黄仁勋：非常强劲。)"_s << 2 << QStringList{u"非常强劲。=>黄仁勋"_s, u"数据中心需求如何？=>李四"_s}
                                                          << QStringList{u"Q&A 时间"_s};

    QTest::newRow("the same analyst label after each hand-over")
        << uR"(Operator: Your first question comes from Joe Smith with Acme Research.
Unidentified Analyst: How is demand?
Jensen Huang: Strong.
Operator: Your next question comes from Jane Doe with Example Securities.
Unidentified Analyst: And margins?
Colette Kress: Mid-70s.)"_s
        << 2 << QStringList{u"And margins?=>Unidentified Analyst"_s, u"Mid-70s.=>Colette Kress"_s}
        << QStringList{};

    QTest::newRow("chinese write-up labels") << uR"(英伟达2025财年第四季度电话会纪要
问：请问毛利率展望？
答：预计今年晚些时候回到75%左右。
分析师（摩根士丹利）：数据中心需求如何？
管理层：需求非常强劲。)"_s << 2 << QStringList{u"需求非常强劲。=>管理层"_s, u"数据中心需求如何？=>"_s}
                                             << QStringList{u"分析师"_s};

    QTest::newRow("translation tags stay in the original's turn")
        << uR"(Operator: Your first question comes from C.J. Muse with Cantor Fitzgerald.
[中] 接线员：第一个问题来自Cantor Fitzgerald的C.J. Muse。
C.J. Muse: Thank you.
[中] C.J. Muse：谢谢。
Jensen Huang: Demand is strong.
[中] 黄仁勋：需求很强劲。)"_s
        << 1 << QStringList{u"需求很强劲。=>Jensen Huang"_s, u"谢谢。=>C.J. Muse"_s}
        << QStringList{u"黄仁勋"_s, u"接线员"_s};

    QTest::newRow("host reads investors' questions, then calls analysts")
        << uR"(Travis Axelrod: Good afternoon, everyone. Today we will start with questions from investors.
Travis Axelrod: The first question from Say is, what is the timeline for the new model?
Elon Musk: Later this year.
Travis Axelrod: The next question from Say is, when will margins improve?
Vaibhav Taneja: Next year.
Travis Axelrod: The next question comes from Adam Jonas of Morgan Stanley.
Adam Jonas: Thanks. How is demand?
Elon Musk: Strong.)"_s
        << 3 << QStringList{u"Later this year.=>Elon Musk"_s, u"Thanks. How is demand?=>Adam Jonas"_s}
        << QStringList{};

    QTest::newRow("new voices asking after the host opens the Q&A")
        << uR"(Jonathan Neilson: Good afternoon, and thank you for joining us today for the earnings call.
Amy Hood: Revenue grew 18%.
Jonathan Neilson: Thanks, Amy. We'll now move over to Q&A.
Keith Weiss: How durable is the growth?
Amy Hood: Very durable.
Mark Moerdler: And what about margins?
Satya Nadella: Margins are strong. Do you want more detail?
Mark Moerdler: No, thanks.)"_s
        << 2 << QStringList{u"Margins are strong.=>Satya Nadella"_s, u"No, thanks.=>Mark Moerdler"_s}
        << QStringList{};

    QTest::newRow("seeking alpha name alone between blank lines")
        << uR"(Company Participants

Jensen Huang - President & CEO

Conference Call Participants

Toshiya Hari - Goldman Sachs

Operator

Your first question comes from the line of Toshiya Hari from Goldman Sachs.

Toshiya Hari

Thank you. How are expectations evolving?

Jen-Hsun Huang

Well, we guide one quarter at a time.)"_s
        << 1
        << QStringList{u"we guide one quarter at a time.=>Jen-Hsun Huang"_s,
                       u"How are expectations evolving?=>Toshiya Hari"_s, u"Goldman Sachs=>"_s}
        << QStringList{u"Company Participants"_s, u"Conference Call Participants"_s};

    QTest::newRow("bare names vouched for by the list after the call")
        << uR"(Operator
Good afternoon. Stewart Stecker, you may begin your conference.
Stewart Stecker
Thank you. With me today is Colette Kress.
Colette Kress
Thanks, Stewart. Q4 was another record quarter.
Operator
Your first question comes from C.J. Muse with Cantor Fitzgerald.
C.J. Muse
Thank you for taking the question.
Jensen Huang
There are now multiple scaling laws.
Call participants:
Stewart Stecker -- Senior Director, Investor Relations
Colette Kress -- Chief Financial Officer
Jensen Huang -- President and Chief Executive Officer
C.J. Muse -- Analyst)"_s
        << 1
        << QStringList{u"Thanks, Stewart. Q4 was another record quarter.=>Colette Kress"_s,
                       u"There are now multiple scaling laws.=>Jensen Huang"_s,
                       u"Thank you. With me today is Colette Kress.=>Stewart Stecker"_s}
        << QStringList{u"Call participants"_s};

    QTest::newRow("speech recognition segments")
        << uR"([00:00:00.000 --> 00:00:04.000] 欢迎参加本次法说会
[00:00:04.000 --> 00:00:08.000] 本季营收创新高
[00:00:08.000 --> 00:00:10.000] 接下来Q&A时间
[00:00:10.000 --> 00:00:12.000] 第一个问题
[00:00:12.000 --> 00:00:15.000] 毛利率的展望如何
[00:00:15.000 --> 00:00:18.000] 我们预期维持稳定)"_s
        << 1 << QStringList{u"毛利率的展望如何=>"_s, u"本季营收创新高=>"_s} << QStringList{};
}

void TestRealTranscripts::layouts()
{
    QFETCH(QString, text);
    QFETCH(int, questions);
    QFETCH(QStringList, checks);
    QFETCH(QStringList, notSpeakers);
    QString error;
    const auto parsed = TranscriptParser::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));

    TranscriptTruth truth;
    truth.questions = questions;
    truth.notSpeakers = notSpeakers;
    for (const QString &check : checks) {
        const qsizetype arrow = check.lastIndexOf(u"=>"_s);
        truth.quotes.append({check.left(arrow), check.mid(arrow + 2)});
    }
    const TranscriptScore score = scoreTranscript(text, *parsed, truth);
    QVERIFY2(score.linesLost.isEmpty(), qPrintable(score.linesLost.join(u"; "_s)));
    QVERIFY2(score.headingSpeakers.isEmpty(),
             qPrintable(u"headings as speakers: "_s + score.headingSpeakers.join(u", "_s)));
    QVERIFY2(score.quoteFailures.isEmpty(), qPrintable(score.quoteFailures.join(u"\n"_s)));
    QCOMPARE(score.parsedQuestions, questions);
}

// What the header of each layout says about the call: company | ticker | period | date.
void TestRealTranscripts::headerMetadata_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("motley fool, split over lines")
        << u"Nvidia\n(\nNVDA\n+0.03%\n)\nQ4 2025 Earnings Call\nFeb 26, 2025\n,\n5:00 p.m. ET\nOperator\nHello."_s
        << u"Nvidia|NVDA|FY2025Q4|2025-02-26"_s;
    QTest::newRow("seeking alpha title line")
        << u"NVIDIA Corporation (NASDAQ:NVDA) Q4 2024 Earnings Conference Call February 21, 2024 5:00 PM ET\n"
           "Operator\nHello."_s
        << u"NVIDIA Corporation|NVDA|FY2024Q4|2024-02-21"_s;
    QTest::newRow("motley fool 2025")
        << u"Nvidia (NVDA) Q4 2025 Earnings Call Transcript\nDATE\nWednesday, Feb. 26, 2025 at 5 p.m. ET\n"
           "Full Conference Call Transcript\nOperator: Hello."_s
        << u"Nvidia|NVDA|FY2025Q4|2025-02-26"_s;
    QTest::newRow("S&P Capital IQ")
        << u"NVIDIA Corporation NasdaqGS:NVDA FQ4 2025 Earnings Call Transcripts\n"
           "Wednesday, February 26, 2025 5:00 PM GMT\nOperator\nHello."_s
        << u"NVIDIA Corporation|NVDA|FY2025Q4|2025-02-26"_s;
    QTest::newRow("key: value lines")
        << u"# AAPL Q3 2025 Earnings Call Transcript\n**Date:** 2025-07-31\n**Company:** AAPL\nOperator: Hello."_s
        << u"|AAPL|FY2025Q3|2025-07-31"_s;
    QTest::newRow("fiscal year first")
        << u"Microsoft Fiscal Year 2025 Fourth Quarter Earnings Conference Call\nOperator: Hello."_s
        << u"||FY2025Q4|"_s;
    QTest::newRow("chinese heading with a date")
        << u"# 聯發科_20260311\n## Transcript\n**Jason Wang - MediaTek**\nHello."_s
        << u"聯發科|||2026-03-11"_s;
    QTest::newRow("an article says nothing about the call")
        << u"在英偉達發布2024年四季度財報之後，市場對GPU（GPU）的需求依然強勁，財年截至2025年1月26日。\n段永平:看不懂。"_s
        << u"|||"_s;
}

void TestRealTranscripts::headerMetadata()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = TranscriptParser::parse(text, nullptr);
    QVERIFY(parsed);
    const HeaderMetadata &meta = parsed->metadata;
    QCOMPARE(QStringList({meta.company, meta.ticker, meta.fiscalPeriod, meta.date}).join(u'|'), expected);
}

QTEST_GUILESS_MAIN(TestRealTranscripts)
#include "tst_realtranscripts.moc"
