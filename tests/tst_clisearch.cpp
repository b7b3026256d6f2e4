#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `earnings-reader search` on the built-in library, run as a user would.
class TestCliSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void grossMarginFindsQuestionsThreeAndNine()
    {
        const QJsonObject result = runJson({u"search"_s, u"毛利"_s, u"--json"_s});
        const QJsonArray hits = result[u"hits"_s].toArray();
        QVERIFY(hits.size() > 5);
        QSet<int> questions;
        for (const QJsonValue &value : hits) {
            const QJsonObject hit = value.toObject();
            for (const char *key : {"call", "turn", "question", "speaker", "offset", "length", "snippet"})
                QVERIFY2(hit.contains(QLatin1StringView(key)), key);
            questions.insert(hit[u"question"_s].toInt());
            const QString snippet = hit[u"snippet"_s].toString();
            QCOMPARE(snippet.mid(hit[u"snippet_offset"_s].toInt(), hit[u"length"_s].toInt()), u"毛利"_s);
        }
        QVERIFY(questions.contains(3));
        QVERIFY(questions.contains(9));

        // Offsets point into the stored turn text that `show` prints.
        const QJsonObject first = hits.first().toObject();
        const QJsonObject call =
            runJson({u"show"_s, QString::number(first[u"call"_s].toInteger()), u"--json"_s});
        QString text;
        for (const QJsonValue &section : call[u"sections"_s].toArray()) {
            for (const QJsonValue &turn : section[u"turns"_s].toArray()) {
                if (turn[u"id"_s].toInteger() == first[u"turn"_s].toInteger())
                    text = turn[u"text"_s].toString();
            }
        }
        QCOMPARE(text.mid(first[u"offset"_s].toInt(), first[u"length"_s].toInt()), u"毛利"_s);
    }

    void simplifiedFindsTraditional()
    {
        const QJsonArray simplified = runJson({u"search"_s, u"营收"_s, u"--json"_s})[u"hits"_s].toArray();
        QVERIFY(!simplified.isEmpty());
        QCOMPARE(runJson({u"search"_s, u"營收"_s, u"--json"_s})[u"hits"_s].toArray(), simplified);
    }

    void limitAndCall()
    {
        const QJsonObject limited = runJson({u"search"_s, u"Blackwell"_s, u"--json"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(limited[u"hits"_s].toArray().size(), 2);
        QVERIFY(limited[u"truncated"_s].toBool());
        const QJsonObject inCall = runJson({u"search"_s, u"blackwell"_s, u"--call"_s, u"1"_s, u"--json"_s});
        QVERIFY(inCall[u"hits"_s].toArray().size() > 2);
    }

    void ftsSyntaxIsText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quotes") << u"\"毛利"_s;
        QTest::newRow("star") << u"毛*"_s;
        QTest::newRow("minus") << u"-Blackwell"_s; // after --, as for any command
        QTest::newRow("colon") << u"text:毛利"_s;
        QTest::newRow("parentheses") << u"(CES)"_s;
        QTest::newRow("NEAR") << u"NEAR(a b)"_s;
    }

    void ftsSyntaxIsText()
    {
        QFETCH(QString, query);
        const QJsonObject result = runJson({u"search"_s, u"--json"_s, u"--"_s, query});
        QVERIFY(result.contains(u"hits"_s));
        QCOMPARE(result[u"query"_s].toString(), query);
    }

    void textOutputMarksTheHit()
    {
        const auto [code, out, err] = run({u"search"_s, u"NVL72"_s});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(u"[NVL72]"_s), qPrintable(out));
        // Every hit line: call, where, [turn@offset], then the snippet.
        static const QRegularExpression hitLine(u"^\\d+\t[^\t]+\t\\[\\d+@\\d+\\]\t\\S"_s);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(hitLine.match(line).hasMatch(), qPrintable(line));
    }

    void badArgumentsAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no query") << QStringList{u"search"_s} << 2 << u"Usage"_s;
        QTest::newRow("bad limit") << QStringList{u"search"_s, u"a"_s, u"--limit"_s, u"x"_s} << 2
                                   << u"--limit"_s;
        QTest::newRow("no such call")
            << QStringList{u"search"_s, u"a"_s, u"--call"_s, u"999"_s} << 1 << u"999"_s;
    }

    void badArgumentsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto [code, out, err] = run(arguments);
        QCOMPARE(code, exitCode);
        QVERIFY2(err.contains(message), qPrintable(err));
    }

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.path()); // the default library, with the sample
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ER_APP_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, u"timed out"_s};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonObject runJson(const QStringList &arguments)
    {
        const Result result = run(arguments);
        if (result.code != 0) {
            qWarning() << result.err;
            return {};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << result.out;
        return doc.object();
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
