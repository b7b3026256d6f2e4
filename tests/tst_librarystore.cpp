#include "TestFiles.h"
#include "calls/CallImporter.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryCheckRecord.h"
#include "store/LibraryStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "ERLB", the application_id LibraryStore.h documents for every library.
constexpr int kApplicationId = 0x45524C42;

ParsedTranscript smallTranscript()
{
    ParsedTranscript t;
    t.source = u"https://example.com/call"_s;
    ParsedSection article{SectionKind::Article, {}};
    article.turns.append({{}, {}, {}, QString::fromLatin1(Role::Narrator), 0, u"第一段。"_s, {}});
    ParsedSection qa{SectionKind::QA, {}};
    qa.turns.append({{}, {}, {}, QString::fromLatin1(Role::Analyst), 1, u"毛利率會回升嗎?"_s, {}});
    qa.turns.append({u"科萊特"_s, u"CFO"_s, {}, QString::fromLatin1(Role::Executive), 1, u"會的。"_s, {}});
    qa.turns.append({u"Joe Moore"_s,
                     {},
                     u"Morgan Stanley"_s,
                     QString::fromLatin1(Role::Analyst),
                     2,
                     u"Blackwell?"_s,
                     {}});
    qa.turns.append({u"科萊特"_s, u"CFO"_s, {}, QString::fromLatin1(Role::Executive), 2, u"Yes."_s, {}});
    t.sections = {article, qa};
    return t;
}

CallMetadata smallMeta(const QString &text = u"text"_s)
{
    CallMetadata meta;
    meta.companyTicker = u"NVDA"_s;
    meta.companyName = u"NVIDIA"_s;
    meta.fiscalPeriod = u"FY2025Q4"_s;
    meta.callDate = QDate(2025, 2, 26);
    meta.title = u"Small call"_s;
    meta.originalText = text;
    meta.contentHash = CallImporter::contentHash(text);
    return meta;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a SQLite file with another program's statements, through a plain connection.
bool writeSqlite(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    return ok;
}

int pragmaOf(const QString &path, const QString &pragma)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pragma"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA "_s + pragma) && query.next())
                value = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pragma"_s);
    return value;
}

int count(LibraryStore &store, const QString &table)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT count(*) FROM "_s + table);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestLibraryStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsSchemaAtLatestVersion()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path(u"new.sqlite"_s), &error), qPrintable(error));
        QVERIFY(store.wasCreated());
        QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
        QVERIFY(store.calls().isEmpty());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void roundTrip()
    {
        const QString file = path(u"roundtrip.sqlite"_s);
        qint64 id = 0;
        {
            LibraryStore store;
            QString error;
            QVERIFY(store.open(file, &error));
            QSignalSpy changed(&store, &LibraryStore::callsChanged);
            const auto added = store.addCall(smallTranscript(), smallMeta(), &error);
            QVERIFY2(added, qPrintable(error));
            id = *added;
            QCOMPARE(changed.count(), 1);
        }
        LibraryStore store;
        QString error;
        QVERIFY(store.open(file, &error));
        QVERIFY(!store.wasCreated());
        const auto call = store.call(id);
        QVERIFY(call);
        QCOMPARE(call->summary.title, u"Small call"_s);
        QCOMPARE(call->summary.companyTicker, u"NVDA"_s);
        QCOMPARE(call->summary.fiscalPeriod, u"FY2025Q4"_s);
        QCOMPARE(call->summary.callDate, QDate(2025, 2, 26));
        QCOMPARE(call->summary.questions, 2);
        QCOMPARE(call->summary.turns, 5);
        QCOMPARE(call->source, u"https://example.com/call"_s);
        QCOMPARE(call->sections.size(), 2);
        QCOMPARE(call->sections.at(0).kind, SectionKind::Article);
        QCOMPARE(call->sections.at(1).kind, SectionKind::QA);
        const QList<TurnRecord> &qa = call->sections.at(1).turns;
        QCOMPARE(qa.size(), 4);
        QCOMPARE(qa.at(0).question, 1);
        QCOMPARE(qa.at(0).role, u"analyst"_s);
        QVERIFY(qa.at(0).speakerId != 0); // an unnamed analyst still gets an editable speaker
        QCOMPARE(qa.at(1).speaker, u"科萊特"_s);
        QCOMPARE(qa.at(1).text, u"會的。"_s);
        // One record per named speaker in a call.
        QCOMPARE(qa.at(1).speakerId, qa.at(3).speakerId);
        QCOMPARE(call->speaker(qa.at(1).speakerId)->title, u"CFO"_s);
        QCOMPARE(call->speaker(qa.at(2).speakerId)->firm, u"Morgan Stanley"_s);
        QCOMPARE(call->sections.at(0).turns.at(0).speakerId, 0);
        QCOMPARE(call->questionTurn(2)->text, u"Blackwell?"_s);
    }

    void updateSpeakerPersistsAndSignals()
    {
        LibraryStore store;
        QString error;
        QVERIFY(store.open(path(u"speaker.sqlite"_s), &error));
        const qint64 id = *store.addCall(smallTranscript(), smallMeta(), &error);
        const TurnRecord asker = *store.call(id)->questionTurn(1);
        QSignalSpy spy(&store, &LibraryStore::speakerChanged);
        SpeakerRecord speaker = *store.speaker(asker.speakerId);
        speaker.name = u"C.J. Muse"_s;
        speaker.firm = u"Cantor Fitzgerald"_s;
        QVERIFY2(store.updateSpeaker(speaker, &error), qPrintable(error));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toLongLong(), id);
        QCOMPARE(store.call(id)->questionTurn(1)->speaker, u"C.J. Muse"_s);

        speaker.id = 999999;
        QVERIFY(!store.updateSpeaker(speaker, &error));
        QVERIFY(error.contains(u"999999"_s));
    }

    void failingImportRollsBack()
    {
        LibraryStore store;
        QString error;
        QVERIFY(store.open(path(u"rollback.sqlite"_s), &error));
        QVERIFY(store.addCall(smallTranscript(), smallMeta(u"first"_s), &error));
        const int calls = count(store, u"calls"_s), turns = count(store, u"turns"_s),
                  speakers = count(store, u"speakers"_s), sections = count(store, u"sections"_s),
                  companies = count(store, u"companies"_s);

        // Make the fourth turn of the next import fail half-way through.
        QSqlQuery trigger(store.database());
        QVERIFY(
            trigger.exec(u"CREATE TEMP TRIGGER fail_turn BEFORE INSERT ON turns WHEN NEW.text = 'Blackwell?' "
                         "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
        CallMetadata meta = smallMeta(u"second"_s);
        meta.companyTicker = u"AMD"_s;
        QSignalSpy changed(&store, &LibraryStore::callsChanged);
        QVERIFY(!store.addCall(smallTranscript(), meta, &error));
        QVERIFY2(error.contains(u"injected failure"_s), qPrintable(error));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(count(store, u"calls"_s), calls);
        QCOMPARE(count(store, u"turns"_s), turns);
        QCOMPARE(count(store, u"speakers"_s), speakers);
        QCOMPARE(count(store, u"sections"_s), sections);
        QCOMPARE(count(store, u"companies"_s), companies);
    }

    void refusesNegativeSchemaVersionUnchanged()
    {
        const QString file = path(u"negative.sqlite"_s);
        {
            LibraryStore store;
            QString error;
            QVERIFY(store.open(file, &error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(u"PRAGMA user_version = -3"_s));
            QSqlQuery checkpoint(store.database());
            QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = fileHash(file);
        LibraryStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY2(error.contains(u"schema version is -3"_s) && error.contains(u"not changed"_s),
                 qPrintable(error));
        QCOMPARE(fileHash(file), before);
    }

    void upgradeKeepsAnEarlierBackup()
    {
        const QString copy = path(u"backup-kept.sqlite"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR "/libraries/library-schema1.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString earlier = copy + u".schema1.bak"_s;
        QFile::remove(earlier);
        {
            QFile file(earlier);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the user's own copy");
        }
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(copy, &error), qPrintable(error));
        QFile kept(earlier);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the user's own copy"));
        QVERIFY(QFile::exists(copy + u".schema1-2.bak"_s));
    }

    void refusesNewerSchemaAndLeavesFileUntouched()
    {
        const QString file = path(u"newer.sqlite"_s);
        {
            LibraryStore store;
            QString error;
            QVERIFY(store.open(file, &error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(LibraryStore::latestSchemaVersion() + 1)));
            QSqlQuery checkpoint(store.database());
            QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = fileHash(file);
        LibraryStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
        QVERIFY(error.contains(file));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(file), before);
    }

    void refusesFileThatIsNotALibrary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("this is a transcript, not a library\n");
        QTest::newRow("binary") << QByteArray(4096, '\x7f');
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16) + QByteArray(50, '\0');
    }

    void refusesFileThatIsNotALibrary()
    {
        QFETCH(QByteArray, bytes);
        const QString file = path(u"notalibrary.sqlite"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QByteArray before = fileHash(file);
        LibraryStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY(error.contains(file));
        QCOMPARE(fileHash(file), before);
    }

    // Another program's SQLite files, and files that are not SQLite at all: refused with what
    // they are not, and left exactly as they were (bytes, time, no side files or backups).
    void refusesForeignFilesUnchanged_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QString notOurs = u"is a SQLite database but not an Earnings Reader library"_s;
        QTest::newRow("user_version 0 with tables")
            << QStringList{u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                           u"INSERT INTO notes (body) VALUES ('keep me')"_s}
            << QByteArray() << notOurs;
        QTest::newRow("a table named meta")
            << QStringList{u"CREATE TABLE meta (k TEXT, v TEXT)"_s, u"INSERT INTO meta VALUES ('a', 'b')"_s}
            << QByteArray() << notOurs;
        QTest::newRow("user_version 2, foreign")
            << QStringList{u"CREATE TABLE calls (who TEXT, at TEXT)"_s,
                           u"INSERT INTO calls VALUES ('mum', 'noon')"_s, u"PRAGMA user_version = 2"_s}
            << QByteArray() << notOurs;
        QTest::newRow("another application_id")
            << QStringList{u"PRAGMA application_id = 1179796816"_s, u"CREATE TABLE t (x)"_s} << QByteArray()
            << notOurs;
        QTest::newRow("not SQLite") << QStringList() << QByteArray("company,quarter\nNVDA,FY2025Q4\n")
                                    << u"not an SQLite database"_s;
    }

    void refusesForeignFilesUnchanged()
    {
        QFETCH(QStringList, statements);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString folder = path(u"foreign-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(u"other.db"_s);
        if (statements.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        } else {
            QVERIFY(writeSqlite(file, statements));
        }
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                  QFileDevice::FileModificationTime));
        }
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const QDateTime modified = QFileInfo(file).lastModified();

        LibraryStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY2(error.contains(expected) && error.contains(file), qPrintable(error));
        QVERIFY(!store.isOpen());

        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"other.db"_s});
    }

    // A library is created only where nothing would be lost: no file, or an empty one.
    void createsLibraryInEmptyFileAndMarksIt()
    {
        const QString file = path(u"empty.sqlite"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            QVERIFY(store.wasCreated());
            QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
        }
        QCOMPARE(pragmaOf(file, u"application_id"_s), kApplicationId);
    }

    // Libraries written before the mark was introduced open, upgraded or not, and get the mark.
    void marksLibrariesOfEarlierVersions()
    {
        QStringList files;
        QDirIterator it(QStringLiteral(ER_TEST_DATA_DIR "/libraries"), {u"*.sqlite"_s});
        while (it.hasNext()) {
            const QString original = it.next();
            const QString copy = path(u"unmarked-"_s + it.fileName());
            QFile::remove(copy);
            QVERIFY(QFile::copy(original, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            // Files of a schema after the mark (7 on) were written with it and are not unmarked.
            if (pragmaOf(copy, u"application_id"_s) == kApplicationId) {
                QVERIFY2(pragmaOf(copy, u"user_version"_s) > 6, qPrintable(copy));
                continue;
            }
            QVERIFY2(pragmaOf(copy, u"user_version"_s) <= 6, qPrintable(copy));
            files << copy;
        }
        // Every schema since the mark was written with it: a current library with the mark
        // taken off is not one of ours, and is refused unchanged.
        const QString current = path(u"unmarked-current.sqlite"_s);
        {
            LibraryStore store;
            QString error;
            QVERIFY(store.open(current, &error));
            QVERIFY(store.addCall(smallTranscript(), smallMeta(), &error));
        }
        QVERIFY(writeSqlite(current, {u"PRAGMA application_id = 0"_s}));
        QCOMPARE(pragmaOf(current, u"application_id"_s), 0);
        {
            LibraryStore store;
            QString error;
            QVERIFY(!store.open(current, &error));
            QVERIFY2(error.contains(u"not an Earnings Reader library"_s), qPrintable(error));
        }
        QCOMPARE(pragmaOf(current, u"application_id"_s), 0);

        for (const QString &file : std::as_const(files)) {
            {
                LibraryStore store;
                QString error;
                QVERIFY2(store.open(file, &error), qPrintable(file + u": "_s + error));
                QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
            }
            QCOMPARE(pragmaOf(file, u"application_id"_s), kApplicationId);
        }
    }

    // Each file under tests/data/libraries was written by a released schema version; each
    // must open, upgrade to the latest version, keep its calls, and leave a backup.
    void upgradesOlderLibraries()
    {
        QDirIterator it(QStringLiteral(ER_TEST_DATA_DIR "/libraries"), {u"*.sqlite"_s});
        QSet<int> versions;
        while (it.hasNext()) {
            const QString original = it.next();
            const QString copy = path(it.fileName());
            QFile::remove(copy);
            QVERIFY(QFile::copy(original, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            int oldVersion = 0;
            int oldCalls = 0;
            int oldAnnotations = 0;
            int oldMetrics = 0;
            {
                // Read the old file's facts with a plain connection, not through the store.
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
                db.setDatabaseName(copy);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
                oldVersion = q.value(0).toInt();
                QVERIFY(q.exec(u"SELECT count(*) FROM calls"_s) && q.next());
                oldCalls = q.value(0).toInt();
                // Tables that later steps added are absent from older files.
                if (q.exec(u"SELECT count(*) FROM annotations"_s) && q.next())
                    oldAnnotations = q.value(0).toInt();
                if (q.exec(u"SELECT count(*) FROM metrics"_s) && q.next())
                    oldMetrics = q.value(0).toInt();
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(u"peek"_s);

            LibraryStore store;
            QString error;
            QVERIFY2(store.open(copy, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
            QCOMPARE(store.calls().size(), oldCalls);
            for (const CallSummary &call : store.calls())
                QVERIFY(store.call(call.id));
            if (oldVersion < LibraryStore::latestSchemaVersion())
                QVERIFY(QFile::exists(u"%1.schema%2.bak"_s.arg(copy).arg(oldVersion)));
            QSqlQuery kept(store.database());
            QVERIFY(
                kept.exec(u"SELECT (SELECT count(*) FROM annotations), (SELECT count(*) FROM metrics)"_s) &&
                kept.next());
            QCOMPARE(kept.value(0).toInt(), oldAnnotations);
            QCOMPARE(kept.value(1).toInt(), oldMetrics);
            versions.insert(oldVersion);
        }
        // One file for every schema before the current one.
        for (int version = 1; version < LibraryStore::latestSchemaVersion(); ++version)
            QVERIFY2(versions.contains(version), qPrintable(u"no library file of schema %1"_s.arg(version)));
    }

    void importerDetectsDuplicatesAndReportsBadFiles()
    {
        LibraryStore store;
        QString error;
        QVERIFY(store.open(path(u"importer.sqlite"_s), &error));
        CallImporter importer(store);
        const auto first = importer.importFile(QStringLiteral(ER_SEED_FILE));
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.questions, 9);
        const auto second = importer.importFile(QStringLiteral(ER_SEED_FILE));
        QVERIFY(!second.ok);
        QVERIFY(second.duplicate);
        QCOMPARE(second.callId, first.callId);
        QVERIFY(second.error.contains(u"already in the library"_s));
        QCOMPARE(store.calls().size(), 1);

        const QString empty = path(u"empty.txt"_s);
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto bad = importer.importFile(empty);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.startsWith(QDir::toNativeSeparators(empty)), qPrintable(bad.error));
        QVERIFY(bad.error.contains(u"empty"_s));
        const auto missing = importer.importFile(path(u"missing.txt"_s));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(u"missing.txt"_s));
        QCOMPARE(store.calls().size(), 1);
    }

    void sampleLibraryNamesTheAnalysts()
    {
        LibraryStore store;
        QString error;
        QVERIFY(store.open(path(u"sample.sqlite"_s), &error));
        QVERIFY(!SampleLibrary::isInstalled(store));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        QVERIFY(SampleLibrary::isInstalled(store));
        const QList<CallSummary> calls = store.calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().companyTicker, u"NVDA"_s);
        QCOMPARE(calls.first().fiscalPeriod, u"FY2025Q4"_s);
        QCOMPARE(calls.first().callDate, QDate(2025, 2, 26));
        const auto call = store.call(calls.first().id);
        const QStringList expected = {u"C.J. Muse"_s,    u"Joe Moore"_s,      u"Vivek Arya"_s,
                                      u"Harlan Sur"_s,   u"Timothy Arcuri"_s, u"Ben Reitzes"_s,
                                      u"Mark Lipacis"_s, u"Aaron Rakers"_s,   u"Atif Malik"_s};
        for (int q = 1; q <= 9; ++q) {
            QVERIFY(call->questionTurn(q));
            QCOMPARE(call->questionTurn(q)->speaker, expected.at(q - 1));
        }
        QCOMPARE(call->speaker(call->questionTurn(5)->speakerId)->firm, u"UBS"_s);
        // Installing again is a no-op, and a removed sample does not come back.
        QVERIFY(SampleLibrary::install(store, &error));
        QCOMPARE(store.calls().size(), 1);
        QVERIFY(store.removeCall(calls.first().id, &error));
        QVERIFY(SampleLibrary::install(store, &error));
        QCOMPARE(store.calls().size(), 0);
        QCOMPARE(count(store, u"turns"_s), 0); // cascades
    }

    // A library this app left sound opens without the full check; one changed since, one
    // with a leftover write-ahead log, or one never closed cleanly gets it again, and
    // damage done after a clean close is still found.
    // Damage that keeps the file's size and time passes the schema-only open, but is found
    // before anything is written into it; a write that meets damage stops all later writes.
    void damageIsFoundBeforeTheFirstWrite()
    {
        QCoreApplication::setOrganizationName(u"EarningsReaderCheckRecordTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(u"settings"_s));
        const QString file = path(u"damaged-quietly.sqlite"_s);
        QString error;
        int indexPage = 0;
        {
            LibraryStore store;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            QVERIFY(SampleLibrary::install(store, &error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'turns_speaker'"_s) &&
                    query.next());
            indexPage = query.value(0).toInt();
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            query.finish();
            LibraryCheckRecord::closeAndRecord(store);
        }
        QVERIFY(indexPage > 1);
        const QDateTime modified = QFileInfo(file).lastModified();
        {
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            QVERIFY(damaged.seek(qint64(indexPage - 1) * 4096));
            // An index page's first byte says its kind; 0x7f is none.
            QCOMPARE(damaged.write("\x7f\x7f\x7f\x7f", 4), 4);
            damaged.close();
            QFile touched(file);
            QVERIFY(touched.open(QIODevice::ReadWrite));
            QVERIFY(touched.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        const QByteArray before = fileHash(file);
        // As the record sees it, the file is as the last session left it.
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::SchemaOnly);

        LibraryStore store;
        QVERIFY2(store.open(file, &error, LibraryCheckRecord::checkNeeded(file)), qPrintable(error));
        QVERIFY(!store.wasFullyChecked());
        QVERIFY(store.damage().isEmpty());
        QVERIFY(!store.setMetaValue(u"note"_s, u"into a damaged file"_s, &error));
        QVERIFY2(error.contains(u"is damaged"_s) && error.contains(u"nothing more is written"_s),
                 qPrintable(error));
        QVERIFY(!store.damage().isEmpty());
        QVERIFY(!store.setMetaValue(u"note"_s, u"again"_s, &error));
        QVERIFY2(error.contains(u"is damaged"_s), qPrintable(error));
        // A session that met damage leaves no record that would let the next open skip the check.
        LibraryCheckRecord::closeAndRecord(store);
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::Full);
        QCOMPARE(fileHash(file), before);

        // The full check of the next open finds it too.
        LibraryStore again;
        QVERIFY(!again.open(file, &error, LibraryStore::Check::Full));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    }

    void checkRecordSkipsOnlyUnchangedLibraries()
    {
        QCoreApplication::setOrganizationName(u"EarningsReaderCheckRecordTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(u"settings"_s));
        const QString file = path(u"checked.sqlite"_s);
        QString error;
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::Full);
        {
            LibraryStore store;
            QVERIFY2(store.open(file, &error, LibraryCheckRecord::checkNeeded(file)), qPrintable(error));
            QVERIFY(store.wasCreated());
            QVERIFY(SampleLibrary::install(store, &error));
            LibraryCheckRecord::closeAndRecord(store);
        }
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::SchemaOnly);
        {
            LibraryStore store;
            QVERIFY(store.open(file, &error, LibraryStore::Check::SchemaOnly));
            QVERIFY(!store.wasFullyChecked());
            QVERIFY(store.setMetaValue(u"note"_s, u"written in a trusted session"_s, &error));
            LibraryCheckRecord::closeAndRecord(store);
        }
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::SchemaOnly);

        // A session that ends without closeAndRecord (a crash) leaves a changed, unrecorded file.
        {
            LibraryStore store;
            QVERIFY(store.open(file, &error, LibraryStore::Check::SchemaOnly));
            QVERIFY(store.setMetaValue(u"note"_s, u"a session that died"_s, &error));
            store.close();
            QVERIFY(setModifiedLater(file, 5));
        }
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::Full);
        {
            LibraryStore store;
            QVERIFY(store.open(file, &error, LibraryCheckRecord::checkNeeded(file)));
            QVERIFY(store.wasFullyChecked());
            LibraryCheckRecord::closeAndRecord(store);
        }
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::SchemaOnly);

        // A write-ahead log left behind means another connection was writing.
        {
            QFile wal(file + u"-wal"_s);
            QVERIFY(wal.open(QIODevice::WriteOnly));
        }
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::Full);
        QVERIFY(QFile::remove(file + u"-wal"_s));
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::SchemaOnly);

        // Damage after the clean close: the file changed, so the full check runs and finds it.
        QVERIFY(overwriteAfterFirstPage(file, 7));
        QVERIFY(setModifiedLater(file, 10));
        QCOMPARE(LibraryCheckRecord::checkNeeded(file), LibraryStore::Check::Full);
        LibraryStore store;
        QVERIFY(!store.open(file, &error, LibraryCheckRecord::checkNeeded(file)));
        QVERIFY2(error.contains(u"damaged"_s) || error.contains(u"malformed"_s), qPrintable(error));
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
