#include "AppRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList answerSpeakers(const QJsonArray &turns, int question)
{
    QStringList speakers;
    for (const QJsonValue &turn : turns) {
        if (turn[u"question"_s].toInt() == question && turn[u"role"_s].toString() == u"executive"_s &&
            (speakers.isEmpty() || speakers.last() != turn[u"speaker"_s].toString()))
            speakers << turn[u"speaker"_s].toString();
    }
    return speakers;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"cli.sqlite"_s);
    }

    void importThenShowTheSeed()
    {
        const AppRun imported =
            runApp({u"--library"_s, m_library, u"import"_s, QStringLiteral(ER_SEED_FILE)});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(u"call 1"_s) && imported.out.contains(u"9 questions"_s),
                 qPrintable(imported.out));

        // The text form: each turn on a line of its own, "[turn id] speaker: text".
        const AppRun text = runApp({u"show"_s, u"1"_s, u"--library"_s, m_library});
        QCOMPARE(text.exitCode, 0);
        static const QRegularExpression turnLine(u"^\\[(\\d+)\\] \\S"_s);
        int turnLines = 0;
        for (const QString &line : text.out.split(u'\n')) {
            if (line.startsWith(u'['))
                turnLines += turnLine.match(line).hasMatch() ? 1 : -1000;
        }
        QCOMPARE(turnLines, 39);
        QVERIFY2(text.out.contains(u"[1] "_s), qPrintable(text.out.left(400)));

        // Options after the sub-command work as well as before it.
        const AppRun shown = runApp({u"show"_s, u"1"_s, u"--library"_s, m_library, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject call = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(call[u"id"_s].toInt(), 1);
        QCOMPARE(call[u"source"_s].toString(), u"https://mp.weixin.qq.com/s/3XeWaTmvqCANRD9_p5vOxg"_s);
        const QJsonArray sections = call[u"sections"_s].toArray();
        QJsonArray qa, commentary, all;
        QStringList kinds;
        for (const QJsonValue &section : sections) {
            kinds << section[u"kind"_s].toString();
            for (const QJsonValue &turn : section[u"turns"_s].toArray()) {
                all.append(turn);
                if (section[u"kind"_s] == u"qa"_s)
                    qa.append(turn);
                if (section[u"kind"_s] == u"commentary"_s)
                    commentary.append(turn);
            }
        }
        QCOMPARE(kinds, (QStringList{u"article"_s, u"commentary"_s, u"qa"_s}));

        QSet<int> questions;
        for (const QJsonValue &turn : qa)
            questions.insert(turn[u"question"_s].toInt());
        QCOMPARE(questions.size(), 9);
        const QStringList ceo{u"黃仁勳"_s}, cfoThenCeo{u"科萊特"_s, u"黃仁勳"_s}, cfo{u"科萊特"_s};
        for (int q : {1, 2, 4, 5, 6, 8})
            QCOMPARE(answerSpeakers(qa, q), ceo);
        for (int q : {3, 7})
            QCOMPARE(answerSpeakers(qa, q), cfoThenCeo);
        QCOMPARE(answerSpeakers(qa, 9), cfo);

        int byDuan = 0, byComments = 0;
        for (const QJsonValue &turn : commentary) {
            byDuan += turn[u"speaker"_s] == u"段永平"_s;
            byComments += turn[u"speaker"_s] == u"評論區"_s;
        }
        QCOMPARE(byDuan, 5);
        QCOMPARE(byComments, 3);

        // Every non-empty seed line is the source or stands, in order, in some turn's text
        // (with at most a speaker or question prefix before it).
        QString joined;
        for (const QJsonValue &turn : all)
            joined += turn[u"text"_s].toString() + u'\n';
        QFile seed(QStringLiteral(ER_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(seed.readAll()).split(u'\n');
        static const QRegularExpression prefix(u"^[^,。,]{1,12}?[\\x{FF1A}:]+[??]?"_s);
        QVERIFY(prefix.isValid());
        qsizetype from = 0;
        int checked = 0;
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line == call[u"source"_s].toString())
                continue;
            qsizetype at = joined.indexOf(line, from);
            if (at < 0) {
                const QString body = line.mid(prefix.match(line).capturedLength()).trimmed();
                QVERIFY2(!body.isEmpty(), qPrintable(line));
                at = joined.indexOf(body, from);
            }
            QVERIFY2(at >= 0, qPrintable(u"seed line missing from the turns: "_s + line));
            from = at;
            ++checked;
        }
        QCOMPARE(checked, 138);
    }

    void importingTwiceIsReported()
    {
        const AppRun again = runApp({u"import"_s, QStringLiteral(ER_SEED_FILE), u"--library"_s, m_library});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already in the library"_s), qPrintable(again.err));
        const AppRun calls = runApp({u"calls"_s, u"--json"_s, u"--library"_s, m_library});
        QCOMPARE(calls.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(calls.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[u"questions"_s].toInt(), 9);
        QVERIFY(list.first()[u"turns"_s].toInt() > 20);
    }

    void badFilesAreNamedAndGoodOnesStillImport()
    {
        const QString empty = m_dir.filePath(u"empty.txt"_s);
        QFile(empty).open(QIODevice::WriteOnly);
        const QString good = m_dir.filePath(u"good.txt"_s);
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("主持人:歡迎參加電話會議。\nQ1:請問毛利率?\n林啟明(首席執行官):我們預計回升。\n");
        }
        const QString library = m_dir.filePath(u"mixed.sqlite"_s);
        const AppRun result =
            runApp({u"import"_s, empty, good, m_dir.filePath(u"missing.txt"_s), u"--library"_s, library});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"empty.txt"_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"missing.txt"_s));
        QVERIFY(result.out.contains(u"good.txt"_s));
        const AppRun calls = runApp({u"calls"_s, u"--json"_s, u"--library"_s, library});
        QCOMPARE(QJsonDocument::fromJson(calls.out.toUtf8()).array().size(), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown sub-command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"calls"_s, u"--no-such-option"_s};
        QTest::newRow("show without id") << QStringList{u"show"_s};
        QTest::newRow("show with a word") << QStringList{u"show"_s, u"first"_s};
        QTest::newRow("import without files") << QStringList{u"import"_s};
        QTest::newRow("bad date") << QStringList{u"import"_s, u"x.txt"_s, u"--date"_s, u"26/02/2025"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const AppRun result = runApp(args + QStringList{u"--library"_s, m_dir.filePath(u"usage.sqlite"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void helpAndVersion()
    {
        const AppRun help = runApp({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"import"_s));
        QVERIFY(help.out.contains(u"--library"_s));
        const AppRun version = runApp({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"earnings-reader "_s));
    }

    // The command line speaks the language asked for with --language, or else the system's.
    // The sub-commands that draw nothing run on Qt Core and Sql alone (app/CMakeLists.txt): the
    // dynamic loader's record of what it mapped must name no Qt Gui. Drawing a chart must, which
    // shows the record is read right.
    void onlyDrawingSubCommandsLoadQtGui_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("loadsGui");
        const QString library = m_dir.filePath(u"loader.sqlite"_s);
        QTest::newRow("version") << QStringList{u"--version"_s} << false;
        QTest::newRow("calls") << QStringList{u"calls"_s, u"--library"_s, library} << false;
        QTest::newRow("show") << QStringList{u"show"_s, u"1"_s, u"--library"_s, library} << false;
        QTest::newRow("search") << QStringList{u"search"_s, u"Blackwell"_s, u"--library"_s, library} << false;
        QTest::newRow("notes") << QStringList{u"notes"_s, u"--format"_s, u"md"_s, u"--library"_s, library}
                               << false;
        QTest::newRow("export-chart")
            << QStringList{u"export-chart"_s, u"revenue"_s, u"--out"_s, m_dir.filePath(u"loader.svg"_s),
                           u"--library"_s,    library}
            << true;
    }

    void onlyDrawingSubCommandsLoadQtGui()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, loadsGui);
        const QString library = m_dir.filePath(u"loader.sqlite"_s);
        if (!QFileInfo::exists(library))
            QCOMPARE(runApp({u"install-sample"_s, u"--library"_s, library}).exitCode, 0);
        AppRunOptions options;
        options.environment = {{u"LD_DEBUG"_s, u"files"_s}};
        const AppRun run = runApp(args, options);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"libQt6Core.so"_s), "the loader's record is missing");
        QCOMPARE(run.err.contains(u"libQt6Gui.so"_s), loadsGui);
        QVERIFY(!run.err.contains(u"libQt6Widgets.so"_s) || loadsGui);
    }

    void messagesInTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--language zh_TW") << QStringList{u"--language"_s, u"zh_TW"_s} << u"C.UTF-8"_s
                                          << u"未知的子命令：frobnicate(請參閱 --help)"_s;
        QTest::newRow("--language=zh_CN") << QStringList{u"--language=zh_CN"_s} << u"C.UTF-8"_s
                                          << u"未知的子命令：frobnicate(请参阅 --help)"_s;
        QTest::newRow("LC_ALL zh_TW")
            << QStringList{} << u"zh_TW.UTF-8"_s << u"未知的子命令：frobnicate(請參閱 --help)"_s;
        QTest::newRow("--language en wins over LC_ALL")
            << QStringList{u"--language"_s, u"en"_s} << u"zh_CN.UTF-8"_s
            << u"Unknown sub-command: frobnicate (see --help)"_s;
    }

    void messagesInTheUsersLanguage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        AppRunOptions options;
        options.environment = {{u"LC_ALL"_s, locale}};
        const AppRun result =
            runApp(args + QStringList{u"frobnicate"_s, u"--library"_s, m_dir.filePath(u"language.sqlite"_s)},
                   options);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed(), expected);
    }

    void helpInTheUsersLanguage()
    {
        const AppRun help = runApp({u"--help"_s, u"--language"_s, u"zh_TW"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"子命令"_s), qPrintable(help.out));
    }

    void unknownLanguageIsAUsageError()
    {
        const AppRun result = runApp({u"calls"_s, u"--language"_s, u"klingon"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"zh_TW"_s));
    }

    void removeTakesOutOneCallWithItsAnnotations()
    {
        const QString library = m_dir.filePath(u"remove.sqlite"_s);
        QCOMPARE(runApp({u"install-sample"_s, u"--library"_s, library}).exitCode, 0);
        QCOMPARE(runApp({u"annotate"_s, u"1"_s, u"--turn"_s, u"4"_s, u"--start"_s, u"0"_s, u"--end"_s, u"4"_s,
                         u"--library"_s, library})
                     .exitCode,
                 0);
        const QString figures = m_dir.filePath(u"figures.csv"_s);
        const AppRun before = runApp({u"export-financials"_s, figures, u"--library"_s, library});
        QCOMPARE(before.exitCode, 0);
        const AppRun removed = runApp({u"remove"_s, u"1"_s, u"--library"_s, library});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains(u"Removed call 1"_s));
        QCOMPARE(runApp({u"calls"_s, u"--library"_s, library}).out, QString());
        const QJsonObject notes =
            QJsonDocument::fromJson(
                runApp({u"notes"_s, u"--format"_s, u"json"_s, u"--library"_s, library}).out.toUtf8())
                .object();
        QVERIFY(notes.contains(u"annotations"_s));
        QCOMPARE(notes.value(u"annotations"_s).toArray().size(), 0);
        // The figures stay: they belong to the company, not to the call.
        const AppRun after = runApp({u"export-financials"_s, figures, u"--library"_s, library});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(before.out.contains(QRegularExpression(u"^Wrote [1-9][0-9]* figures"_s)),
                 qPrintable(before.out));
        QCOMPARE(after.out, before.out);
        const AppRun again = runApp({u"remove"_s, u"1"_s, u"--library"_s, library});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"No call with id 1"_s));
    }

    void missingCallIsAnError()
    {
        const AppRun result = runApp({u"show"_s, u"42"_s, u"--library"_s, m_library});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(u"42"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_library;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
