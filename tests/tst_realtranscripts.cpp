#include "TextDecoder.h"
#include "TranscriptParser.h"
#include "TranscriptTruth.h"

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
    QVERIFY2(score.quoteFailures.isEmpty(), qPrintable(score.quoteFailures.join(u"\n"_s)));
    QCOMPARE(score.parsedQuestions, truth.questions);
    QVERIFY2(score.questionerFailures.isEmpty(), qPrintable(score.questionerFailures.join(u"\n"_s)));
    QVERIFY2(score.metadataFailures.isEmpty(), qPrintable(score.metadataFailures.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestRealTranscripts)
#include "tst_realtranscripts.moc"
