#include "AppRunner.h"
#include "SyntheticCompanyFacts.h"
#include "TestFiles.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "text/TextDecoder.h"
#include "transcript/TranscriptParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Distinct transcripts in the seed's shape, large enough that importing many takes a while.
QStringList writeTranscripts(const QString &dir, int count)
{
    QFile seed(QStringLiteral(ER_SEED_FILE));
    if (!seed.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(seed.readAll());
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(dir).filePath(u"call-%1.txt"_s.arg(i, 3, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write((text + u"\n評論區:第%1份文件。\n"_s.arg(i) + text.section(u'\n', 12, 40)).toUtf8());
        files << path;
    }
    return files;
}

int expectedTurns(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QString error;
    const auto decoded = TextDecoder::decode(f.readAll(), &error);
    const auto parsed = decoded ? TranscriptParser::parse(decoded->text, &error) : std::nullopt;
    return parsed ? parsed->turnCount() : -1;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void corruptLibrariesAreRefusedUnchanged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("not sqlite") << u"text"_s;
        QTest::newRow("truncated") << u"truncate"_s;
        QTest::newRow("corrupted page") << u"page"_s;
    }

    void corruptLibrariesAreRefusedUnchanged()
    {
        QFETCH(QString, damage);
        const QString path = m_dir.filePath(u"corrupt-%1.sqlite"_s.arg(damage));
        {
            LibraryStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(SampleLibrary::install(store, &error));
        }
        // Opened and closed cleanly by the app first, so that it is recorded as sound: damage
        // done afterwards must still be found (the record only spares an unchanged file).
        const AppRun clean = runApp({u"calls"_s, u"--library"_s, path});
        QCOMPARE(clean.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        if (damage == u"text"_s) {
            file.resize(0);
            file.write("just some notes, not a database\n");
        } else if (damage == u"truncate"_s) {
            file.resize(size / 3);
        }
        file.close();
        // Overwrite the b-tree pages behind the schema with noise.
        if (damage == u"page"_s)
            QVERIFY(overwriteAfterFirstPage(path, 42));
        // Damage within the same millisecond as the clean close must not look unchanged.
        QVERIFY(setModifiedLater(path, 2));
        const QByteArray before = fileHash(path);

        LibraryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));

        const AppRun cli = runApp({u"calls"_s, u"--library"_s, path});
        QVERIFY(!cli.crashed);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(path), qPrintable(cli.err));
        if (damage == u"page"_s)
            QVERIFY2(cli.err.contains(u"damaged"_s), qPrintable(cli.err));

        // The window reports the problem on stderr and in a dialog; it must not crash.
        QProcess gui;
        QProcessEnvironment env = headlessEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(ER_APP_BINARY), {u"--library"_s, path});
        QString guiErr;
        QTRY_VERIFY_WITH_TIMEOUT((guiErr += QString::fromUtf8(gui.readAllStandardError())).contains(path),
                                 20000);
        QVERIFY(gui.state() == QProcess::Running || gui.exitStatus() == QProcess::NormalExit);
        gui.kill();
        gui.waitForFinished();

        QCOMPARE(fileHash(path), before);
    }

    void readOnlyFileOpensReadOnly()
    {
        const QString path = m_dir.filePath(u"readonly.sqlite"_s);
        {
            LibraryStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(SampleLibrary::install(store, &error));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(path);
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.isReadOnly());
            QCOMPARE(store.calls().size(), 1);
            QVERIFY(!store.setMetaValue(u"x"_s, u"y"_s, &error));
            QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
        }
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void readOnlyFolderOpensReadOnly()
    {
        const QString folder = m_dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/library.sqlite"_s;
        {
            LibraryStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(SampleLibrary::install(store, &error));
        }
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QByteArray before = fileHash(path);
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.isReadOnly());
            QCOMPARE(store.calls().size(), 1);
            QVERIFY(store.call(store.calls().first().id));
        }
        QCOMPARE(fileHash(path), before);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void twoInstancesShareOneLibrary()
    {
        const QString dir = m_dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(dir));
        const QStringList files = writeTranscripts(dir, 12);
        QCOMPARE(files.size(), 12);
        const QString library = m_dir.filePath(u"shared.sqlite"_s);
        QProcess a, b;
        for (QProcess *p : {&a, &b})
            p->setProcessEnvironment(headlessEnvironment());
        a.start(QStringLiteral(ER_APP_BINARY),
                QStringList{u"import"_s, u"--library"_s, library} + files.mid(0, 6));
        b.start(QStringLiteral(ER_APP_BINARY),
                QStringList{u"import"_s, u"--library"_s, library} + files.mid(6));
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        LibraryStore store;
        QString error;
        QVERIFY(store.open(library, &error));
        QCOMPARE(store.calls().size(), 12);
    }

    // SIGKILL at random moments of a long multi-file import: the file stays intact and every
    // call is either complete or absent.
    void killDuringImportLeavesAConsistentLibrary()
    {
        const QString dir = m_dir.filePath(u"kill"_s);
        QVERIFY(QDir().mkpath(dir));
        const QStringList files = writeTranscripts(dir, 40);
        QCOMPARE(files.size(), 40);
        QHash<QString, int> turnsByFile;
        for (const QString &f : files)
            turnsByFile.insert(QFileInfo(f).fileName(), expectedTurns(f));

        QRandomGenerator random(20261128);
        int killedMidway = 0;
        int partialTrials = 0;
        constexpr int kTrials = 20;
        for (int trial = 0; trial < kTrials; ++trial) {
            const QString library = m_dir.filePath(u"kill-%1.sqlite"_s.arg(trial));
            QProcess process;
            process.setProcessEnvironment(headlessEnvironment());
            process.start(QStringLiteral(ER_APP_BINARY),
                          QStringList{u"import"_s, u"--library"_s, library} + files);
            QVERIFY(process.waitForStarted());
            // Kill after a random number of files has been reported, plus a random delay, so the
            // moment lands inside the import however fast the build is; a few trials kill before
            // the first file or during the schema set-up.
            const int filesBeforeKill = random.bounded(0, files.size() - 1);
            int reported = 0;
            while (reported < filesBeforeKill && process.state() == QProcess::Running) {
                process.waitForReadyRead(100);
                while (process.canReadLine())
                    reported += process.readLine().startsWith("imported");
            }
            QThread::usleep(random.bounded(0, 20000));
            const bool wasRunning = process.state() == QProcess::Running;
            if (wasRunning)
                ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
            killedMidway += wasRunning;

            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(library);
            QVERIFY(db.open());
            {
                QSqlQuery q(db);
                QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"ok"_s);
                // Killed before the schema was created: an empty file is a consistent library.
                QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'calls'"_s) && q.next());
                const bool hasSchema = q.value(0).toInt() == 1;
                if (hasSchema)
                    QVERIFY(q.exec(
                        u"SELECT c.file_name, (SELECT count(*) FROM turns t WHERE t.call_id = c.id) FROM calls c"_s));
                int calls = 0;
                while (hasSchema && q.next()) {
                    ++calls;
                    QCOMPARE(q.value(1).toInt(), turnsByFile.value(q.value(0).toString()));
                }
                if (calls > 0 && calls < files.size())
                    ++partialTrials;
            }
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(u"check"_s);
        }
        qInfo("kill test: %d trials, %d killed while importing, %d left a partial library", kTrials,
              killedMidway, partialTrials);
        QVERIFY2(partialTrials >= kTrials / 4,
                 "the kill moments did not land inside the import often enough");
    }

    // SIGKILL at random moments of the writers that are one transaction each: a notes file of
    // thousands of notes, company facts of decades, and removing or splitting a turn of a call of
    // thousands of turns.
    // Each trial leaves the library as it was or with all of the change, never part of it.
    void killDuringOneTransactionWritersLeavesAllOrNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("import-notes") << u"notes"_s;
        QTest::newRow("company facts") << u"facts"_s;
        QTest::newRow("remove") << u"remove"_s;
        QTest::newRow("edit-turn") << u"edit-turn"_s;
    }

    void killDuringOneTransactionWritersLeavesAllOrNothing()
    {
        QFETCH(QString, kind);
        const bool notes = kind == u"notes"_s;
        const bool remove = kind == u"remove"_s;
        const bool editTurn = kind == u"edit-turn"_s;
        const QString dir = m_dir.filePath(u"kill-one-"_s + kind);
        QVERIFY(QDir().mkpath(dir));
        const QString input = QDir(dir).filePath(notes ? u"notes.json"_s : u"CIK0009990009.json"_s);
        const QString base = QDir(dir).filePath(u"base.sqlite"_s);
        QCOMPARE(runApp({u"install-sample"_s, u"--library"_s, base}).exitCode, 0);
        if (notes) {
            QCOMPARE(runApp({u"annotate"_s, u"1"_s, u"--turn"_s, u"12"_s, u"--start"_s, u"0"_s, u"--end"_s,
                             u"4"_s, u"--note"_s, u"template"_s, u"--library"_s, base})
                         .exitCode,
                     0);
            const AppRun exported = runApp({u"notes"_s, u"--format"_s, u"json"_s, u"--library"_s, base});
            QCOMPARE(exported.exitCode, 0);
            QJsonObject file = QJsonDocument::fromJson(exported.out.toUtf8()).object();
            const QJsonObject note = file.value(u"annotations"_s).toArray().first().toObject();
            QJsonArray many;
            for (int i = 0; i < 2000; ++i) {
                QJsonObject copy = note;
                copy[u"uid"_s] = u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
                copy[u"note"_s] = u"note %1"_s.arg(i);
                many.append(copy);
            }
            file[u"annotations"_s] = many;
            QFile out(input);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(file).toJson());
        } else if (remove || editTurn) {
            QFile seed(QStringLiteral(ER_SEED_FILE));
            QVERIFY(seed.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(seed.readAll());
            const QString big = QDir(dir).filePath(u"big.txt"_s);
            QFile out(big);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.replace(u"Blackwell"_s, u"Rubin"_s).repeated(40).toUtf8());
            out.close();
            const AppRun imported = runApp({u"import"_s, big, u"--library"_s, base});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        } else {
            QFile out(input);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(SyntheticCompanyFacts::largeFiler(40, 0));
        }
        const QStringList importArgs =
            notes      ? QStringList{u"import-notes"_s, input}
            : remove   ? QStringList{u"remove"_s, u"2"_s}
            : editTurn ? QStringList{u"edit-turn"_s, u"2"_s, u"40"_s, u"--split-at"_s, u"2"_s}
                       : QStringList{u"import-financials"_s, input, u"--company"_s, u"KILL"_s};
        // What the library holds, counted the way a user would see it.
        const QString csv = QDir(dir).filePath(u"figures.csv"_s);
        const auto count = [notes, remove, editTurn, &csv](const QString &library) {
            // The sample's 39 turns come first: the big call's first turn is 40.
            if (editTurn) {
                const AppRun shown = runApp({u"show"_s, u"2"_s, u"--json"_s, u"--library"_s, library});
                return shown.exitCode == 0 ? QJsonDocument::fromJson(shown.out.toUtf8())[u"turns"_s].toInt()
                                           : -1;
            }
            const AppRun run =
                notes ? runApp({u"notes"_s, u"--format"_s, u"json"_s, u"--library"_s, library})
                : remove
                    ? runApp({u"search"_s, u"Rubin"_s, u"--limit"_s, u"100000"_s, u"--library"_s, library})
                    : runApp({u"export-financials"_s, csv, u"--library"_s, library});
            if (remove)
                return run.exitCode == 0 ? int(run.out.count(u'\n')) : -1;
            if (run.exitCode != 0)
                return -1;
            if (notes)
                return int(QJsonDocument::fromJson(run.out.toUtf8())[u"annotations"_s].toArray().size());
            QFile file(csv);
            return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : -1;
        };
        const int before = count(base);
        QVERIFY(before >= 0);
        // The whole import, once, to know how long it takes and what "all of it" is.
        const QString whole = QDir(dir).filePath(u"whole.sqlite"_s);
        QVERIFY(QFile::copy(base, whole));
        QElapsedTimer timer;
        timer.start();
        const AppRun done = runApp(importArgs + QStringList{u"--library"_s, whole});
        const qint64 durationUs = timer.nsecsElapsed() / 1000;
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        const int after = count(whole);
        QVERIFY(after != before);

        QRandomGenerator random(20261202);
        int killed = 0;
        int unchanged = 0;
        constexpr int kTrials = 10;
        for (int trial = 0; trial < kTrials; ++trial) {
            const QString library = QDir(dir).filePath(u"trial-%1.sqlite"_s.arg(trial));
            QVERIFY(QFile::copy(base, library));
            QProcess process;
            process.setProcessEnvironment(headlessEnvironment());
            process.start(QStringLiteral(ER_APP_BINARY), importArgs + QStringList{u"--library"_s, library});
            QVERIFY(process.waitForStarted());
            QThread::usleep(random.bounded(qint64(0), durationUs));
            const bool wasRunning = process.state() == QProcess::Running;
            if (wasRunning)
                ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
            killed += wasRunning;
            const int now = count(library);
            QVERIFY2(now == before || now == after,
                     qPrintable(u"trial %1: %2 where %3 or %4"_s.arg(trial).arg(now).arg(before).arg(after)));
            unchanged += now == before;
        }
        qInfo("%s kill test: %d trials, %d killed while running, %d left the library as it was",
              qPrintable(kind), kTrials, killed, unchanged);
        QVERIFY2(killed >= kTrials / 3, "the kills did not land while the import ran often enough");
    }

    // One notes file is one import: a bad note after a new call leaves the library without the
    // call too.
    void importNotesIsAllOrNothing()
    {
        const QString library = m_dir.filePath(u"notes-import.sqlite"_s);
        QCOMPARE(runApp({u"install-sample"_s, u"--library"_s, library}).exitCode, 0);
        const AppRun before = runApp({u"calls"_s, u"--json"_s, u"--library"_s, library});
        QCOMPARE(before.exitCode, 0);

        QFile seed(QStringLiteral(ER_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(seed.readAll()).replace(u"Blackwell"_s, u"Rubin"_s);
        const QJsonObject call{{u"id"_s, 7},
                               {u"content_hash"_s, u"not-in-this-library"_s},
                               {u"title"_s, u"A new call"_s},
                               {u"company"_s, u"NVDA"_s},
                               {u"fiscal_period"_s, u"FY2027Q1"_s},
                               {u"original_text"_s, text}};
        // Not placed (its quote is nowhere), so its own span is stored: one the schema refuses.
        const QJsonObject note{{u"uid"_s, u"bad-note"_s},
                               {u"call"_s, 7},
                               {u"start"_s, 5},
                               {u"end"_s, 2},
                               {u"quote"_s, u"nowhere in the text"_s}};
        const QJsonObject root{{u"format"_s, u"earnings-reader-annotations"_s},
                               {u"version"_s, 1},
                               {u"calls"_s, QJsonArray{call}},
                               {u"annotations"_s, QJsonArray{note}}};
        const QString notes = m_dir.filePath(u"bad-notes.json"_s);
        QFile out(notes);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();

        const AppRun imported = runApp({u"import-notes"_s, notes, u"--library"_s, library});
        QVERIFY(!imported.crashed);
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(u"bad-notes.json"_s), qPrintable(imported.err));
        QCOMPARE(runApp({u"calls"_s, u"--json"_s, u"--library"_s, library}).out, before.out);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
