#include "AppRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString transcript(const QString &name)
{
    return QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/"_s + name;
}

QJsonObject jsonOf(const AppRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

// pair and compare-numbers, run as a script runs them (docs/PAIRING.md).
class TestPairCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"pair.sqlite"_s);
        const AppRun imported =
            runApp({u"--library"_s, m_library, u"import"_s, QStringLiteral(ER_SEED_FILE),
                    transcript(u"nvda_fy2025q4_motleyfool.txt"_s), transcript(u"aapl_fy2025q3_inline.md"_s)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void pairJson()
    {
        const AppRun run = runApp({u"--library"_s, m_library, u"pair"_s, u"1"_s, u"2"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json[u"looks_unrelated"_s].toBool(), false);
        const QJsonArray pairs = json[u"pairs"_s].toArray();
        QCOMPARE(pairs.size(), 9);
        for (int i = 0; i < 9; ++i) {
            const QJsonObject pair = pairs.at(i).toObject();
            QCOMPARE(pair[u"a_question"_s].toInt(), i + 1);
            QCOMPARE(pair[u"b_question"_s].toInt(), i + 1);
            const double confidence = pair[u"confidence"_s].toDouble();
            QVERIFY(confidence > 0.5 && confidence <= 1);
            QVERIFY(!pair[u"evidence"_s].toArray().isEmpty());
            for (const QJsonValue &item : pair[u"evidence"_s].toArray())
                QVERIFY(item[u"kind"_s].isString() && item[u"weight"_s].isDouble());
        }
        QVERIFY(json[u"unpaired_a"_s].toArray().isEmpty());
        QVERIFY(json[u"unpaired_b"_s].toArray().isEmpty());

        bool found = false;
        for (const QJsonValue &number : pairs.at(1)[u"numbers"_s].toArray()) {
            if (number[u"a"_s] == u"約110億美元"_s) {
                QCOMPARE(number[u"b"_s].toString(), u"$11 billion"_s);
                QCOMPARE(number[u"match"_s].toBool(), true);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void pairText()
    {
        const AppRun run = runApp({u"--library"_s, m_library, u"pair"_s, u"1"_s, u"2"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Q1 = Q1"_s) && run.out.contains(u"Q9 = Q9"_s), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"unrelated"_s));
    }

    void unrelatedCalls()
    {
        const AppRun json = runApp({u"--library"_s, m_library, u"pair"_s, u"1"_s, u"3"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(jsonOf(json)[u"looks_unrelated"_s].toBool(), true);
        QVERIFY(jsonOf(json)[u"confidence"_s].toDouble() < 0.4);
        const AppRun text = runApp({u"--library"_s, m_library, u"pair"_s, u"1"_s, u"3"_s});
        QVERIFY2(text.out.contains(u"look unrelated"_s), qPrintable(text.out));
    }

    void compareNumbersJson()
    {
        const AppRun run =
            runApp({u"--library"_s, m_library, u"compare-numbers"_s, u"1"_s, u"2"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray pairs = jsonOf(run)[u"pairs"_s].toArray();
        QCOMPARE(pairs.size(), 9);
        const QJsonObject last = pairs.at(8).toObject();
        QCOMPARE(last[u"b_question"_s].toInt(), 9);
        bool basisPoints = false;
        for (const QJsonValue &number : last[u"numbers"_s].toArray()) {
            QVERIFY(number[u"status"_s].isString());
            if (number[u"kind"_s] == u"basis_points"_s && number[u"match"_s].toBool())
                basisPoints = true;
        }
        QVERIFY(basisPoints);
        QVERIFY(last[u"flags"_s][u"only_b"_s].isDouble());
    }

    // A question re-paired by hand is stored with the library and kept by pair.
    void repairByHand()
    {
        QCOMPARE(runApp({u"--library"_s, m_library, u"repair"_s, u"1"_s, u"2"_s, u"3"_s, u"none"_s}).exitCode,
                 0);
        QJsonObject json =
            jsonOf(runApp({u"--library"_s, m_library, u"pair"_s, u"1"_s, u"2"_s, u"--json"_s}));
        QVERIFY(json[u"pairs"_s][2][u"b_question"_s].isNull());
        QCOMPARE(json[u"unpaired_b"_s].toArray(), (QJsonArray{3}));

        QCOMPARE(runApp({u"--library"_s, m_library, u"repair"_s, u"1"_s, u"2"_s, u"3"_s, u"auto"_s}).exitCode,
                 0);
        json = jsonOf(runApp({u"--library"_s, m_library, u"pair"_s, u"1"_s, u"2"_s, u"--json"_s}));
        QCOMPARE(json[u"pairs"_s][2][u"b_question"_s].toInt(), 3);
        QVERIFY(json[u"unpaired_b"_s].toArray().isEmpty());
    }

    void usageAndMissingCalls_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("one id") << QStringList{u"pair"_s, u"1"_s} << 2;
        QTest::newRow("not a number") << QStringList{u"compare-numbers"_s, u"1"_s, u"x"_s} << 2;
        QTest::newRow("no such call") << QStringList{u"pair"_s, u"1"_s, u"99"_s} << 1;
        QTest::newRow("repair to what") << QStringList{u"repair"_s, u"1"_s, u"2"_s, u"3"_s, u"x"_s} << 2;
        QTest::newRow("repair a missing call")
            << QStringList{u"repair"_s, u"1"_s, u"99"_s, u"3"_s, u"4"_s} << 1;
    }

    void usageAndMissingCalls()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const AppRun run = runApp(QStringList{u"--library"_s, m_library} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_library;
};

QTEST_GUILESS_MAIN(TestPairCli)
#include "tst_paircli.moc"
