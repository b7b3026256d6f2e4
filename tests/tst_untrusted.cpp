#include "AppRunner.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a library the way another program (or a sqlite3 shell) would.
bool plant(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"planter"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(sql);
        }
        QSqlQuery checkpoint(db);
        ok = ok && checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"planter"_s);
    return ok;
}

} // namespace

// A library is a file people send each other. What it runs when the app reads or writes it
// is what this version of the app created, and nothing else.
class TestUntrusted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusesPlantedObjects_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger on annotations")
            << QStringList{u"CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM metrics;"
                           " UPDATE turns SET text = ''; END"_s}
            << u"trigger wipe"_s;
        QTest::newRow("trigger under one of our names")
            << QStringList{u"DROP TRIGGER note_search_insert"_s,
                           u"CREATE TRIGGER note_search_insert AFTER INSERT ON annotations BEGIN"
                           " DELETE FROM metrics; END"_s}
            << u"trigger note_search_insert"_s;
        QTest::newRow("recursive view behind calls")
            // Legacy renaming leaves the other tables' references alone, and so needs no tokenizer.
            << QStringList{u"PRAGMA legacy_alter_table = ON"_s, u"ALTER TABLE calls RENAME TO calls_data"_s,
                           u"CREATE VIEW calls AS SELECT c.* FROM calls_data c, (WITH RECURSIVE r(n) AS"
                           " (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r)"_s}
            << u"view calls"_s;
        QTest::newRow("randomblob view")
            << QStringList{u"CREATE VIEW big AS SELECT randomblob(4e8) AS pad FROM turns"_s} << u"view big"_s;
    }

    void refusesPlantedObjects()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        const QString file =
            m_dir.filePath(u"planted-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        }
        QVERIFY(plant(file, statements));
        const QByteArray before = fileHash(file);

        LibraryStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY2(error.contains(named) && error.contains(file) && error.contains(u"not changed"_s),
                 qPrintable(error));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(file), before);

        // The command line says the same, and in good time.
        QElapsedTimer timer;
        timer.start();
        const AppRun calls = runApp({u"calls"_s, u"--library"_s, file}, {.timeoutMs = 20000});
        QCOMPARE(calls.exitCode, 1);
        QVERIFY2(calls.err.contains(named), qPrintable(calls.err));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(fileHash(file), before);
    }

    // A library with only our own objects still opens, and its connection cannot write the
    // schema around the checks, nor build huge values or run without end.
    void connectionIsDefensiveAndBounded()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(u"bounded.sqlite"_s), &error), qPrintable(error));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA writable_schema = ON"_s));
        QVERIFY(!query.exec(u"UPDATE sqlite_schema SET sql = sql"_s));

        QVERIFY(!query.exec(u"SELECT length(randomblob(400000000))"_s));
        QVERIFY2(query.lastError().text().contains(u"too big"_s), qPrintable(query.lastError().text()));

        store.setQueryTimeLimit(std::chrono::milliseconds(300));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!query.exec(u"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
                            " SELECT count(*) FROM r"_s));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(query.lastError().text().contains(u"interrupt"_s), qPrintable(query.lastError().text()));
        // An ordinary statement after it runs as usual.
        QVERIFY(query.exec(u"SELECT count(*) FROM calls"_s) && query.next());
    }

    // Text from someone else's library or notes file reaches a spreadsheet as text: a cell that
    // would start a formula is written after an apostrophe (and read back without it).
    void csvExportsNeutraliseFormulas()
    {
        const QString library = m_dir.filePath(u"formulas.sqlite"_s);
        QCOMPARE(runApp({u"install-sample"_s, u"--library"_s, library}).exitCode, 0);
        const QString all = m_dir.filePath(u"formulas-all.csv"_s);
        QCOMPARE(runApp({u"export-financials"_s, all, u"--library"_s, library}).exitCode, 0);
        QFile exported(all);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = exported.readAll().split('\n');
        exported.close();
        // The first figure again, for another company, with a formula in each text column.
        QList<QByteArray> fields = lines.at(1).trimmed().split(',');
        QCOMPARE(fields.size(), 11);
        fields[0] = "EVIL";
        fields[7] = "\"=cmd|' /C calc'!A0\"";
        fields[8] = "@SUM(1+1)";
        fields[9] = "+1+1";
        const QString planted = m_dir.filePath(u"formulas-in.csv"_s);
        QFile in(planted);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(lines.first() + '\n' + fields.join(',') + '\n');
        in.close();
        const AppRun imported = runApp({u"import-financials"_s, planted, u"--library"_s, library});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const QString out = m_dir.filePath(u"formulas-out.csv"_s);
        QCOMPARE(runApp({u"export-financials"_s, out, u"--company"_s, u"EVIL"_s, u"--library"_s, library})
                     .exitCode,
                 0);
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray row = result.readAll().split('\n').value(1);
        QVERIFY2(row.contains(",'=cmd|' /C calc'!A0,") && row.contains(",'@SUM(1+1),") &&
                     row.contains(",'+1+1,"),
                 row.constData());
        // Read back, the apostrophes are gone again: the same figures as before.
        const QString again = m_dir.filePath(u"formulas-again.csv"_s);
        const QString copy = m_dir.filePath(u"formulas-copy.sqlite"_s);
        QCOMPARE(runApp({u"import-financials"_s, out, u"--library"_s, copy}).exitCode, 0);
        QCOMPARE(runApp({u"export-financials"_s, again, u"--library"_s, copy}).exitCode, 0);
        QFile reread(again);
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll().split('\n').value(1), row);

        const AppRun noted =
            runApp({u"annotate"_s, u"1"_s, u"--turn"_s, u"12"_s, u"--start"_s, u"0"_s, u"--end"_s, u"4"_s,
                    u"--note"_s, u"=HYPERLINK(\"https://example.com\")"_s, u"--library"_s, library});
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
        const AppRun notes = runApp({u"notes"_s, u"--format"_s, u"csv"_s, u"--library"_s, library});
        QCOMPARE(notes.exitCode, 0);
        QVERIFY2(notes.out.contains(u",\"'=HYPERLINK(\"\"https://example.com\"\")\","_s),
                 qPrintable(notes.out));

        // A speaker's name is text from the transcript too: the trend's and the guidance
        // ledger's CSV write it neutralised.
        const AppRun ledger = runApp({u"guidance"_s, u"--json"_s, u"--library"_s, library});
        const QJsonArray entries = QJsonDocument::fromJson(ledger.out.toUtf8())[u"guidance"_s].toArray();
        QVERIFY(!entries.isEmpty());
        const QString turn = QString::number(entries.first()[u"turn_id"_s].toInteger());
        const AppRun renamed = runApp(
            {u"edit-turn"_s, u"1"_s, turn, u"--speaker"_s, u"=cmd|' /C calc'!A0"_s, u"--library"_s, library});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
        const AppRun guidanceCsv = runApp({u"guidance"_s, u"--format"_s, u"csv"_s, u"--library"_s, library});
        QCOMPARE(guidanceCsv.exitCode, 0);
        QVERIFY2(guidanceCsv.out.contains(u",'=cmd|' /C calc'!A0,"_s), qPrintable(guidanceCsv.out));
        const AppRun trendCsv =
            runApp({u"trend"_s, u"毛利率"_s, u"--format"_s, u"csv"_s, u"--library"_s, library});
        QCOMPARE(trendCsv.exitCode, 0);
        QVERIFY2(trendCsv.out.contains(u",'=cmd|' /C calc'!A0,"_s), qPrintable(trendCsv.out));
    }

    // A ticker and a fiscal quarter are checked on every way in, not only in the figures' CSV.
    void importsRefuseBadTickersAndQuarters()
    {
        const QString library = m_dir.filePath(u"identifiers.sqlite"_s);
        QCOMPARE(runApp({u"install-sample"_s, u"--library"_s, library}).exitCode, 0);
        const AppRun before = runApp({u"calls"_s, u"--json"_s, u"--library"_s, library});

        QFile seed(QStringLiteral(ER_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(seed.readAll()).replace(u"Blackwell"_s, u"Rubin"_s);
        const QString transcript = m_dir.filePath(u"rubin.txt"_s);
        QFile t(transcript);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(text.toUtf8());
        t.close();
        const AppRun cli =
            runApp({u"import"_s, transcript, u"--company"_s, u"=cmd|x"_s, u"--library"_s, library});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(u"=CMD|X"_s) && cli.err.contains(u"not a ticker"_s), qPrintable(cli.err));

        const QList<std::pair<QString, QString>> bad = {{u"=1"_s, u"FY2027Q1"_s}, {u"NVDA"_s, u"FY9999Q9"_s}};
        for (const auto &[ticker, quarter] : bad) {
            const QJsonObject call{
                {u"id"_s, 7},           {u"content_hash"_s, u"new"_s}, {u"title"_s, u"A new call"_s},
                {u"company"_s, ticker}, {u"fiscal_period"_s, quarter}, {u"original_text"_s, text}};
            const QJsonObject root{{u"format"_s, u"earnings-reader-annotations"_s},
                                   {u"version"_s, 1},
                                   {u"calls"_s, QJsonArray{call}},
                                   {u"annotations"_s, QJsonArray{}}};
            const QString notes = m_dir.filePath(u"identifiers.json"_s);
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(root).toJson());
            f.close();
            const AppRun json = runApp({u"import-notes"_s, notes, u"--library"_s, library});
            QCOMPARE(json.exitCode, 1);
            QVERIFY2(json.err.contains(ticker == u"=1"_s ? ticker : quarter), qPrintable(json.err));
        }
        QCOMPARE(runApp({u"calls"_s, u"--json"_s, u"--library"_s, library}).out, before.out);
    }

    // Text from a transcript or a command line reaches a terminal as text: ESC, BEL and the
    // other control characters are shown, not obeyed (an OSC 52 sequence would set the
    // clipboard), and titles are stored without them.
    void terminalOutputShowsControlCharacters()
    {
        const QString library = m_dir.filePath(u"escapes.sqlite"_s);
        QFile seed(QStringLiteral(ER_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(seed.readAll()).replace(u"Blackwell"_s, u"Rubin"_s);
        const QString osc52 = u"\x1b]52;c;ZXZpbA==\x07"_s;
        QVERIFY(text.contains(u"段永平今早"_s));
        text.replace(u"段永平今早"_s, u"段永平"_s + osc52 + u"今早"_s);
        const QString transcript = m_dir.filePath(u"escapes.txt"_s);
        QFile t(transcript);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(text.toUtf8());
        t.close();

        const auto obeyable = [](const QString &output) {
            return output.contains(u'\x1b') || output.contains(u'\x07');
        };
        const AppRun imported = runApp(
            {u"import"_s, transcript, u"--title"_s, u"Evil\x1b[2J title\x07"_s, u"--library"_s, library});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(!obeyable(imported.out));
        QVERIFY2(imported.out.contains(u"\"Evil[2J title\""_s), qPrintable(imported.out));

        const AppRun calls = runApp({u"calls"_s, u"--library"_s, library});
        QCOMPARE(calls.exitCode, 0);
        QVERIFY(!obeyable(calls.out));
        QVERIFY2(calls.out.contains(u"\tEvil[2J title\t"_s), qPrintable(calls.out));

        const AppRun show = runApp({u"show"_s, u"1"_s, u"--library"_s, library});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(!obeyable(show.out));
        QVERIFY2(show.out.contains(u"段永平\u241b]52;c;ZXZpbA==\u2407今早"_s), qPrintable(show.out));

        const AppRun search = runApp({u"search"_s, u"雪球網"_s, u"--library"_s, library});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(!search.out.isEmpty());
        QVERIFY(!obeyable(search.out));
    }

    // Imports read regular files only, and only as much as they may hold: a FIFO would block,
    // /dev/zero never ends, and /proc/self/pagemap reports a size of 0 while going on for ever.
    void importsReadOnlyBoundedRegularFiles_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("said");
        for (const QString command : {u"import"_s, u"import-financials"_s, u"import-notes"_s}) {
            const QByteArray tag = command.toLatin1();
            QTest::newRow((tag + " of a FIFO").constData())
                << command << u"fifo"_s << u"not a regular file"_s;
            QTest::newRow((tag + " of /dev/zero").constData())
                << command << u"/dev/zero"_s << u"not a regular file"_s;
            QTest::newRow((tag + " of /proc/self/pagemap").constData())
                << command << u"/proc/self/pagemap"_s << u"larger than"_s;
            QTest::newRow((tag + " of a folder").constData()) << command << u"folder"_s << u"is a folder"_s;
        }
    }

    void importsReadOnlyBoundedRegularFiles()
    {
        QFETCH(QString, command);
        QFETCH(QString, input);
        QFETCH(QString, said);
        const QString library = m_dir.filePath(u"inputs.sqlite"_s);
        QString path = input;
        if (input == u"fifo"_s) {
            path = m_dir.filePath(u"input.fifo"_s);
            QFile::remove(path);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (input == u"folder"_s) {
            path = m_dir.filePath(u"a-folder"_s);
            QVERIFY(QDir().mkpath(path));
        }
        QElapsedTimer timer;
        timer.start();
        const AppRun run = runApp({command, path, u"--library"_s, library}, {.timeoutMs = 20000});
        QVERIFY2(run.exitCode != -1, "did not finish");
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path) && run.err.contains(said), qPrintable(run.err));
        QVERIFY(timer.elapsed() < 15000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestUntrusted)
#include "tst_untrusted.moc"
