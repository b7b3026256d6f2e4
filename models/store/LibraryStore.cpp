#include "store/LibraryStore.h"

#include "store/LibraryMigrations.h"
#include "store/SqlHelpers.h"
#include "store/TurnSearchQueue.h"
#include "text/SearchTokenizer.h"
#include "text/WordCount.h"
#include "text/WordTokenizer.h"
#include "util/UntrustedText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLibrary, "earnings-reader.library", QtWarningMsg)

namespace {

bool isFurniture(const ParsedTurn &turn)
{
    return turn.role == QLatin1StringView(Role::Furniture);
}

QString newConnectionName()
{
    static std::atomic<int> counter = 0;
    return u"library-%1"_s.arg(++counter);
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite report why it cannot read it
    if (file.size() == 0)
        return true;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

// QtSql binds a null QString as SQL NULL; the schema's text columns are NOT NULL.
// Mode bits as well as access(): a user running as root still means "do not write"
// when they take the write bits away.
bool isWritableByOwner(const QFileInfo &info)
{
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

bool runStatement(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    query.prepare(statement);
    return execPrepared(query, error);
}

// A read transaction: every read between begin() and end() sees the library as one commit
// left it. Left without end() (an early return), it is rolled back.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)) {}
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    ~ReadSnapshot()
    {
        QString ignored;
        if (m_open)
            runStatement(m_db, u"ROLLBACK"_s, &ignored);
    }
    bool begin(QString *error) { return m_open = runStatement(m_db, u"BEGIN"_s, error); }
    bool end(QString *error)
    {
        m_open = false;
        return runStatement(m_db, u"COMMIT"_s, error);
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// What one value may hold: a transcript is at most 64 MiB, which a two-byte encoding makes
// up to 96 MiB of UTF-8. A view that builds gigabytes fails instead.
constexpr int kMaxValueBytes = 128 * 1024 * 1024;
constexpr int kMaxStatementBytes = 1024 * 1024;
// All of SQLite's memory, for every connection of the process.
constexpr sqlite3_int64 kSoftHeapLimit = 256 * 1024 * 1024;
constexpr sqlite3_int64 kHardHeapLimit = 1024 * 1024 * 1024;
// SQLite calls the progress handler every this many virtual machine steps.
constexpr int kProgressSteps = 10000;

// The objects a schema holds that the steps do not create, or that they create and the schema
// lacks, said as the user can look them up: triggers and views (what runs) first, then tables.
QString listObjects(QStringList objects)
{
    const auto rank = [](const QString &object) {
        return object.startsWith(u"trigger "_s) || object.startsWith(u"view "_s) ? 0
               : object.startsWith(u"table "_s)                                  ? 1
                                                                                 : 2;
    };
    std::stable_sort(objects.begin(), objects.end(),
                     [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    constexpr qsizetype kShown = 6;
    QString list = QStringList(objects.mid(0, kShown)).join(u", "_s);
    if (objects.size() > kShown)
        list += u", …"_s;
    return list;
}

// Libraries of these schema versions were written before libraries carried the application id;
// every later one carries it from its creation.
constexpr int kLastUnmarkedSchema = 6;

} // namespace

LibraryStore::LibraryStore(QObject *parent) : QObject(parent), m_connectionName(newConnectionName()) {}

LibraryStore::~LibraryStore()
{
    close();
}

int LibraryStore::applicationId()
{
    return 0x45524C42;
}

int LibraryStore::latestSchemaVersion()
{
    return int(libraryMigrations().size());
}

QString LibraryStore::sqliteVersion()
{
    const QString name = newConnectionName();
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT sqlite_version()"_s);
            if (query.exec() && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

bool LibraryStore::open(const QString &path, QString *error, Check check)
{
    close();
    const QFileInfo info(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Cannot open library %1: %2").arg(QDir::toNativeSeparators(path), why);
        close();
        return false;
    };

    // An empty file holds nothing to lose (a file made for the app to fill); anything else
    // that is not a library stays as it is.
    m_created = !info.exists() || (info.isFile() && info.size() == 0);
    m_damage.clear();
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(info.absolutePath()));
    if (!m_created && info.isDir())
        return fail(tr("it is a folder"));
    if (!m_created && !looksLikeSqlite(path))
        return fail(
            tr("the file is not an Earnings Reader library (not an SQLite database); it was not changed"));

    const bool folderReadOnly = info.exists() && !isWritableByOwner(QFileInfo(info.absolutePath()));
    m_readOnly = info.exists() && (folderReadOnly || !isWritableByOwner(info));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        if (folderReadOnly) {
            // SQLite cannot create its WAL side files in a read-only folder; an immutable
            // read-only open needs none and cannot write by construction.
            db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString() + u"?immutable=1"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(m_readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                            : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        if (!db.open())
            return fail(db.lastError().databaseText());
    }
    m_path = path;
    QString why;
    if (!guardConnection(&why) || !SearchTokenizer::registerOn(database(), &why) ||
        !WordTokenizer::registerOn(database(), &why))
        return fail(why);
    if (!configure(check, &why))
        return fail(why);
    return true;
}

// Before the file's schema is read: until it is known to be ours nothing in it runs with more
// than SQLite's innocuous functions; the schema cannot be written around, and no statement
// runs or grows unbounded.
bool LibraryStore::guardConnection(QString *error)
{
    sqlite3 *handle = sqliteHandle(database());
    if (!handle) {
        *error = tr("the database connection is not SQLite");
        return false;
    }
    if (sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) != SQLITE_OK ||
        sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, kMaxStatementBytes);
    sqlite3_soft_heap_limit64(kSoftHeapLimit);
    sqlite3_hard_heap_limit64(kHardHeapLimit);
    m_statementClock.start();
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &LibraryStore::onStatementTrace, this);
    sqlite3_progress_handler(handle, kProgressSteps, &LibraryStore::onProgress, this);
    return true;
}

int LibraryStore::onStatementTrace(unsigned, void *store, void *, void *sql)
{
    // A trigger's program is reported as "-- TRIGGER name": it is part of the statement that fired it.
    if (!qstrncmp(static_cast<const char *>(sql), "--", 2))
        return 0;
    static_cast<LibraryStore *>(store)->m_statementClock.start();
    return 0;
}

int LibraryStore::onProgress(void *store)
{
    const auto *self = static_cast<const LibraryStore *>(store);
    return self->m_statementClock.elapsed() > self->m_queryTimeLimit.count() ? 1 : 0;
}

bool LibraryStore::configure(Check check, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // Reading the schema is what makes SQLite notice a corrupt or foreign file.
    // A damaged schema fails already in prepare(), whose error exec() would hide.
    if (!query.prepare(u"SELECT count(*) FROM sqlite_master"_s)) {
        *error = describeSqlError(query.lastError());
        return false;
    }
    if (!execPrepared(query, error))
        return false;
    query.finish();
    // Nothing is written before the file is known to be ours.
    bool unmarked = false;
    bool verified = m_created;
    // Another instance may be creating or migrating the library this moment, one committed
    // step at a time: its mark, version and schema are read in one snapshot, or a version
    // read before a step and the schema after it would look like objects we do not create.
    std::optional<ReadSnapshot> snapshot;
    if (!m_created) {
        snapshot.emplace(db);
        if (!snapshot->begin(error))
            return false;
    }
    if (!m_created) {
        query.prepare(u"PRAGMA application_id"_s);
        if (!execPrepared(query, error) || !query.next())
            return false;
        const int id = query.value(0).toInt();
        query.finish();
        if (id != applicationId()) {
            // A library from before the mark is known by its schema, exactly as the steps left it.
            const int version = schemaVersion();
            std::optional<SchemaDifference> difference;
            if (id == 0 && version >= 1 && version <= kLastUnmarkedSchema) {
                difference = compareSchema(db, version, error);
                if (!difference)
                    return false;
            }
            if (!difference || !difference->isEmpty()) {
                *error = tr("it is a SQLite database but not an Earnings Reader library; it was not changed");
                return false;
            }
            unmarked = true;
            verified = true;
        } else if (const int version = schemaVersion(); version >= 0 && version <= latestSchemaVersion()) {
            // Anything else in the schema would run with the app's rights when it reads or writes.
            const auto difference = compareSchema(db, version, error);
            if (!difference)
                return false;
            if (!difference->unknown.isEmpty()) {
                *error = tr("it holds objects Earnings Reader does not create (%1); it was not changed")
                             .arg(listObjects(difference->unknown));
                return false;
            }
            if (!difference->missing.isEmpty()) {
                *error = tr("parts of its schema are missing (%1); it was not changed")
                             .arg(listObjects(difference->missing));
                return false;
            }
            verified = true;
        }
    }
    if (snapshot && !snapshot->end(error))
        return false;
    // The schema is now exactly what our steps create, so it is trusted again: our own triggers
    // write the FTS5 indexes, and FTS5 (SQLite 3.40) is not marked innocuous, which an
    // untrusted schema may not use ("unsafe use of virtual table").
    if (verified)
        sqlite3_db_config(sqliteHandle(db), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr);
    // A damaged page would otherwise surface later as calls silently missing from lists.
    m_fullyChecked = false;
    if (check == Check::Full && !m_created) {
        const std::optional<QString> damage = damageFoundByFullCheck(error);
        if (!damage)
            return false;
        if (!damage->isEmpty()) {
            *error = tr("the file is damaged (%1); it was not changed").arg(*damage);
            return false;
        }
        m_fullyChecked = true;
    }
    qCDebug(lcLibrary, "%s: %s", qUtf8Printable(m_path),
            m_created        ? "created"
            : m_fullyChecked ? "every page checked"
                             : "schema checked; unchanged since it was last checked");
    query.prepare(u"PRAGMA user_version"_s);
    if (!execPrepared(query, error) || !query.next()) {
        *error = tr("cannot read the schema version: %1").arg(*error);
        return false;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version < 0) {
        *error =
            tr("its schema version is %1, which no version of Earnings Reader writes; it was not changed")
                .arg(version);
        return false;
    }
    if (version > latestSchemaVersion()) {
        *error = tr("it was written by a newer version of Earnings Reader (schema %1; this version "
                    "knows up to %2); it was not changed")
                     .arg(version)
                     .arg(latestSchemaVersion());
        return false;
    }
    if (!runStatement(db, u"PRAGMA foreign_keys = ON"_s, error))
        return false;
    if (m_readOnly) {
        if (version < latestSchemaVersion()) {
            *error = tr("the file is read-only and needs an upgrade from schema %1 to %2")
                         .arg(version)
                         .arg(latestSchemaVersion());
            return false;
        }
        return true;
    }
    if (version > 0 && version < latestSchemaVersion()) {
        // A consistent copy before the first step, so an upgrade can always be undone by hand.
        // A backup left by an earlier upgrade is the user's; the new one takes a free name.
        QString backup = u"%1.schema%2.bak"_s.arg(m_path).arg(version);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = u"%1.schema%2-%3.bak"_s.arg(m_path).arg(version).arg(n);
        QSqlQuery vacuum(db);
        vacuum.prepare(u"VACUUM INTO ?"_s);
        vacuum.addBindValue(backup);
        if (!execPrepared(vacuum, error))
            return false;
    }
    // Marked in the file's first write, before WAL: a creation killed before this leaves the
    // file empty, and one killed after it a library the next open finishes.
    if ((m_created || unmarked) &&
        !inTransaction(
            [&](QString *why) {
                return runStatement(db, u"PRAGMA application_id = %1"_s.arg(applicationId()), why);
            },
            error))
        return false;
    if (!runStatement(db, u"PRAGMA journal_mode = WAL"_s, error) ||
        !runStatement(db, u"PRAGMA synchronous = NORMAL"_s, error))
        return false;

    const auto &steps = libraryMigrations();
    for (int step = version; step < int(steps.size()); ++step) {
        const bool ok = inTransaction(
            [&](QString *stepError) {
                // Another instance may have run this step while we waited for the lock.
                if (schemaVersion() > step)
                    return true;
                return steps[size_t(step)](db, stepError) &&
                       runStatement(db, u"PRAGMA user_version = %1"_s.arg(step + 1), stepError);
            },
            error);
        if (!ok) {
            *error = tr("upgrade to schema %1 failed: %2").arg(step + 1).arg(*error);
            return false;
        }
    }
    return true;
}

void LibraryStore::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
}

bool LibraryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase LibraryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int LibraryStore::schemaVersion() const
{
    QSqlQuery query(database());
    query.prepare(u"PRAGMA user_version"_s);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool LibraryStore::inTransaction(const std::function<bool(QString *)> &fn, QString *error)
{
    QSqlDatabase db = database();
    if (m_readOnly) {
        if (error)
            *error = tr("the library %1 is open read-only").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (m_transactionDepth > 0) {
        const QString savepoint = u"nested%1"_s.arg(m_transactionDepth);
        if (!runStatement(db, u"SAVEPOINT "_s + savepoint, error))
            return false;
        ++m_transactionDepth;
        QString why;
        const bool ok = fn(&why);
        --m_transactionDepth;
        if (!ok) {
            runStatement(db, u"ROLLBACK TO "_s + savepoint, nullptr);
            runStatement(db, u"RELEASE "_s + savepoint, nullptr);
            if (error)
                *error = why;
            return false;
        }
        return runStatement(db, u"RELEASE "_s + savepoint, error);
    }
    if (!checkBeforeWriting(error))
        return false;
    // IMMEDIATE takes the write lock up front, so a second instance waits for it (busy
    // timeout) instead of failing when a read transaction cannot be upgraded.
    if (!runStatement(db, u"BEGIN IMMEDIATE"_s, error))
        return false;
    ++m_transactionDepth;
    QString why;
    const bool ok = fn(&why);
    --m_transactionDepth;
    if (!ok) {
        noteDamage();
        runStatement(db, u"ROLLBACK"_s, nullptr);
        if (error)
            *error = why;
        return false;
    }
    QString commitError;
    if (!runStatement(db, u"COMMIT"_s, &commitError)) {
        noteDamage();
        runStatement(db, u"ROLLBACK"_s, nullptr);
        if (error)
            *error = commitError;
        return false;
    }
    return true;
}

bool LibraryStore::checkBeforeWriting(QString *error)
{
    if (m_damage.isEmpty() && !m_fullyChecked && !m_created) {
        QString why;
        const std::optional<QString> damage = damageFoundByFullCheck(&why);
        if (!damage) {
            // A check that cannot read a page is damage too; any other failure is only this write's.
            noteDamage();
            if (m_damage.isEmpty()) {
                if (error)
                    *error = why;
                return false;
            }
        } else if (!damage->isEmpty()) {
            m_damage = *damage;
        } else {
            m_fullyChecked = true;
        }
    }
    if (m_damage.isEmpty())
        return true;
    if (error)
        *error = tr("the library %1 is damaged (%2); nothing more is written to it. Open a backup, or "
                    "recover what can be read with sqlite3's .recover")
                     .arg(QDir::toNativeSeparators(m_path), m_damage);
    return false;
}

std::optional<QString> LibraryStore::damageFoundByFullCheck(QString *error)
{
    QSqlQuery check(database());
    if (!check.prepare(u"PRAGMA quick_check(1)"_s)) {
        if (error)
            *error = describeSqlError(check.lastError());
        return std::nullopt;
    }
    if (!execPrepared(check, error) || !check.next())
        return std::nullopt;
    const QString result = check.value(0).toString();
    return result == u"ok"_s ? QString() : result;
}

void LibraryStore::noteDamage()
{
    sqlite3 *handle = sqliteHandle(database());
    if (m_damage.isEmpty() && handle && isDamagedFileCode(sqlite3_errcode(handle)))
        m_damage = QString::fromUtf8(sqlite3_errmsg(handle));
}

QString LibraryStore::metaValue(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool LibraryStore::setMetaValue(const QString &key, const QString &value, QString *error)
{
    return inTransaction(
        [&](QString *why) {
            QSqlQuery query(database());
            query.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            query.addBindValue(key);
            query.addBindValue(notNull(value));
            return execPrepared(query, why);
        },
        error);
}

std::optional<qint64> LibraryStore::callIdForHash(const QByteArray &contentHash) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id FROM calls WHERE content_hash = ?"_s);
    query.addBindValue(QString::fromLatin1(contentHash));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> LibraryStore::companyId(const QString &ticker, const QString &name, QString *error)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO companies (ticker, name) VALUES (?, ?) "
                  "ON CONFLICT (ticker) DO UPDATE SET name = CASE WHEN excluded.name = '' "
                  "THEN companies.name ELSE excluded.name END RETURNING id"_s);
    query.addBindValue(ticker);
    query.addBindValue(notNull(name.isEmpty() ? ticker : name));
    if (!execPrepared(query, error) || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

std::optional<qint64> LibraryStore::addCall(const ParsedTranscript &transcript, const CallMetadata &meta,
                                            QString *error)
{
    qint64 callId = 0;
    const bool ok = inTransaction(
        [&](QString *why) {
            QSqlDatabase db = database();
            QVariant company;
            if (!meta.companyTicker.isEmpty()) {
                const auto id = companyId(meta.companyTicker, meta.companyName, why);
                if (!id)
                    return false;
                company = *id;
            }
            QSqlQuery call(db);
            call.prepare(u"INSERT INTO calls (company_id, fiscal_period, call_date, title, source, file_name,"
                         " encoding, original_text, content_hash, imported_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            call.addBindValue(company);
            call.addBindValue(notNull(meta.fiscalPeriod));
            call.addBindValue(meta.callDate.isValid() ? QVariant(meta.callDate.toString(Qt::ISODate))
                                                      : QVariant());
            call.addBindValue(notNull(meta.title));
            call.addBindValue(notNull(meta.source.isEmpty() ? transcript.source : meta.source));
            call.addBindValue(notNull(meta.fileName));
            call.addBindValue(notNull(meta.encoding));
            call.addBindValue(notNull(meta.originalText));
            call.addBindValue(QString::fromLatin1(meta.contentHash));
            call.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!execPrepared(call, why))
                return false;
            callId = call.lastInsertId().toLongLong();
            return writeCallText(callId, transcript, why);
        },
        error);
    if (!ok)
        return std::nullopt;
    emit callsChanged();
    return callId;
}

bool LibraryStore::writeCallText(qint64 callId, const ParsedTranscript &transcript, QString *why)
{
    QSqlDatabase db = database();
    QSqlQuery speakerInsert(db);
    speakerInsert.prepare(
        u"INSERT INTO speakers (call_id, name, role, title, firm) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery sectionInsert(db);
    sectionInsert.prepare(u"INSERT INTO sections (call_id, ordinal, kind) VALUES (?, ?, ?)"_s);
    QSqlQuery turnInsert(db);
    turnInsert.prepare(u"INSERT INTO turns (call_id, section_id, ordinal, speaker_id, question, text, words)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery participantInsert(db);
    participantInsert.prepare(
        u"INSERT INTO participants (call_id, ordinal, name, title, firm, role) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int p = 0; p < transcript.roster.size(); ++p) {
        const Participant &person = transcript.roster.at(p);
        participantInsert.bindValue(0, callId);
        participantInsert.bindValue(1, p);
        participantInsert.bindValue(2, notNull(person.name));
        participantInsert.bindValue(3, notNull(person.title));
        participantInsert.bindValue(4, notNull(person.firm));
        participantInsert.bindValue(5, notNull(person.role));
        if (!execPrepared(participantInsert, why))
            return false;
    }

    // Named speakers are one record per call; an unnamed analyst gets one per
    // question so that each can be named later without touching the others. Page furniture
    // shares one nameless record, which is what keeps its role when the call is read back.
    QHash<QString, qint64> speakerIds;
    const auto speakerFor = [&](const ParsedTurn &turn) -> std::optional<QVariant> {
        const bool furniture = isFurniture(turn);
        if (turn.speaker.isEmpty() && turn.role != QLatin1StringView(Role::Analyst) && !furniture)
            return QVariant();
        const QString key = furniture                ? u"\x01furniture"_s
                            : turn.speaker.isEmpty() ? u"\x01q%1"_s.arg(turn.question)
                                                     : turn.speaker;
        if (const auto it = speakerIds.constFind(key); it != speakerIds.cend())
            return QVariant(*it);
        speakerInsert.bindValue(0, callId);
        speakerInsert.bindValue(1, notNull(turn.speaker));
        speakerInsert.bindValue(2, notNull(turn.role));
        speakerInsert.bindValue(3, notNull(turn.speakerTitle));
        speakerInsert.bindValue(4, notNull(turn.firm));
        if (!execPrepared(speakerInsert, why))
            return std::nullopt;
        const qint64 id = speakerInsert.lastInsertId().toLongLong();
        speakerIds.insert(key, id);
        return QVariant(id);
    };

    int turnOrdinal = 0;
    for (int s = 0; s < transcript.sections.size(); ++s) {
        const ParsedSection &section = transcript.sections.at(s);
        sectionInsert.bindValue(0, callId);
        sectionInsert.bindValue(1, s);
        sectionInsert.bindValue(2, sectionKindName(section.kind));
        if (!execPrepared(sectionInsert, why))
            return false;
        const qint64 sectionId = sectionInsert.lastInsertId().toLongLong();
        for (const ParsedTurn &turn : section.turns) {
            const auto speakerId = speakerFor(turn);
            if (!speakerId)
                return false;
            turnInsert.bindValue(0, callId);
            turnInsert.bindValue(1, sectionId);
            turnInsert.bindValue(2, turnOrdinal++);
            turnInsert.bindValue(3, *speakerId);
            // A roster after the last answer, or an advertisement inside an answer, is no part of the
            // question the parser was in.
            turnInsert.bindValue(4, turn.question > 0 && !isFurniture(turn) ? QVariant(turn.question)
                                                                            : QVariant());
            turnInsert.bindValue(5, notNull(turn.text));
            turnInsert.bindValue(6, WordCount::count(turn.text));
            if (!execPrepared(turnInsert, why))
                return false;
        }
    }
    return TurnSearchQueue::indexQueuedTurns(db, TurnSearchQueue::IndexWhen::BatchIsFull, why);
}

bool LibraryStore::replaceCallText(qint64 callId, const ParsedTranscript &transcript,
                                   const CallMetadata &meta, const std::function<bool(QString *)> &reanchor,
                                   QString *error)
{
    const bool ok = inTransaction(
        [&](QString *why) {
            QSqlDatabase db = database();
            if (const auto other = callIdForHash(meta.contentHash); other && *other != callId) {
                *why = tr("this text is already in the library as call %1").arg(*other);
                return false;
            }
            QSqlQuery call(db);
            call.prepare(u"UPDATE calls SET source = ?, file_name = ?, encoding = ?, original_text = ?,"
                         " content_hash = ? WHERE id = ?"_s);
            call.addBindValue(notNull(meta.source.isEmpty() ? transcript.source : meta.source));
            call.addBindValue(notNull(meta.fileName));
            call.addBindValue(notNull(meta.encoding));
            call.addBindValue(notNull(meta.originalText));
            call.addBindValue(QString::fromLatin1(meta.contentHash));
            call.addBindValue(callId);
            if (!execPrepared(call, why))
                return false;
            if (call.numRowsAffected() != 1) {
                *why = tr("call %1 does not exist").arg(callId);
                return false;
            }
            for (const QString &sql :
                 {u"DELETE FROM sections WHERE call_id = ?"_s, u"DELETE FROM speakers WHERE call_id = ?"_s,
                  u"DELETE FROM participants WHERE call_id = ?"_s}) {
                QSqlQuery remove(db);
                remove.prepare(sql);
                remove.addBindValue(callId);
                if (!execPrepared(remove, why))
                    return false;
            }
            return writeCallText(callId, transcript, why) && (!reanchor || reanchor(why));
        },
        error);
    if (!ok)
        return false;
    emit callsChanged();
    emit callTextReplaced(callId);
    return true;
}

bool LibraryStore::removeCall(qint64 callId, QString *error)
{
    const bool ok = inTransaction(
        [&](QString *why) {
            QSqlQuery query(database());
            query.prepare(u"DELETE FROM calls WHERE id = ?"_s);
            query.addBindValue(callId);
            return execPrepared(query, why);
        },
        error);
    if (ok)
        emit callsChanged();
    return ok;
}

namespace {

// The list of calls leaves out each call's original text: read for hundreds of calls, it
// was most of the start-up time of a large library.
const QString kSummaryColumns =
    u"c.id, coalesce(co.ticker, ''), coalesce(co.name, ''), c.fiscal_period, c.call_date, c.title,"
    " (SELECT count(DISTINCT question) FROM turns t WHERE t.call_id = c.id AND t.question IS NOT NULL),"
    " (SELECT count(*) FROM turns t WHERE t.call_id = c.id)"_s;
const QString kFromCalls = u" FROM calls c LEFT JOIN companies co ON co.id = c.company_id"_s;

CallSummary summaryFrom(const QSqlQuery &query)
{
    CallSummary s;
    s.id = query.value(0).toLongLong();
    s.companyTicker = query.value(1).toString();
    s.companyName = query.value(2).toString();
    s.fiscalPeriod = query.value(3).toString();
    s.callDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    s.title = query.value(5).toString();
    s.questions = query.value(6).toInt();
    s.turns = query.value(7).toInt();
    return s;
}

} // namespace

QList<CallSummary> LibraryStore::calls() const
{
    QList<CallSummary> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kSummaryColumns + kFromCalls + u" ORDER BY c.call_date DESC, c.id"_s);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(summaryFrom(query));
    return result;
}

QStringList LibraryStore::tickersByNewestCall() const
{
    QStringList result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT co.ticker"_s + kFromCalls +
                  u" WHERE co.ticker IS NOT NULL ORDER BY c.call_date DESC, c.id"_s);
    if (!query.exec())
        return result;
    while (query.next()) {
        const QString ticker = query.value(0).toString();
        if (!result.contains(ticker))
            result.append(ticker);
    }
    return result;
}

std::optional<CallRecord> LibraryStore::call(qint64 callId) const
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + kSummaryColumns + u", c.source, c.file_name, c.encoding, c.original_text"_s +
                  kFromCalls + u" WHERE c.id = ?"_s);
    query.addBindValue(callId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    CallRecord record;
    record.summary = summaryFrom(query);
    record.source = query.value(8).toString();
    record.fileName = query.value(9).toString();
    record.encoding = query.value(10).toString();
    record.originalText = query.value(11).toString();

    QSqlQuery speakers(db);
    speakers.prepare(u"SELECT id, name, role, title, firm FROM speakers WHERE call_id = ? ORDER BY id"_s);
    speakers.addBindValue(callId);
    if (!speakers.exec())
        return std::nullopt;
    while (speakers.next()) {
        record.speakers.append({speakers.value(0).toLongLong(), speakers.value(1).toString(),
                                speakers.value(2).toString(), speakers.value(3).toString(),
                                speakers.value(4).toString()});
    }

    QSqlQuery participants(db);
    participants.prepare(
        u"SELECT name, title, firm, role FROM participants WHERE call_id = ? ORDER BY ordinal"_s);
    participants.addBindValue(callId);
    if (!participants.exec())
        return std::nullopt;
    while (participants.next()) {
        record.roster.append({participants.value(0).toString(), participants.value(1).toString(),
                              participants.value(2).toString(), participants.value(3).toString()});
    }

    QSqlQuery sections(db);
    sections.prepare(u"SELECT id, kind FROM sections WHERE call_id = ? ORDER BY ordinal"_s);
    sections.addBindValue(callId);
    if (!sections.exec())
        return std::nullopt;
    QHash<qint64, int> sectionIndex;
    while (sections.next()) {
        SectionRecord section;
        section.id = sections.value(0).toLongLong();
        section.kind = sectionKindFromName(sections.value(1).toString());
        sectionIndex.insert(section.id, int(record.sections.size()));
        record.sections.append(section);
    }

    QSqlQuery turns(db);
    turns.prepare(u"SELECT t.id, t.section_id, t.ordinal, coalesce(t.speaker_id, 0), coalesce(s.name, ''),"
                  " coalesce(s.role, 'narrator'), coalesce(t.question, 0), t.text"
                  " FROM turns t LEFT JOIN speakers s ON s.id = t.speaker_id"
                  " WHERE t.call_id = ? ORDER BY t.ordinal"_s);
    turns.addBindValue(callId);
    if (!turns.exec())
        return std::nullopt;
    while (turns.next()) {
        TurnRecord turn;
        turn.id = turns.value(0).toLongLong();
        turn.ordinal = turns.value(2).toInt();
        turn.speakerId = turns.value(3).toLongLong();
        turn.speaker = turns.value(4).toString();
        turn.role = turns.value(5).toString();
        turn.question = turns.value(6).toInt();
        turn.text = turns.value(7).toString();
        record.sections[sectionIndex.value(turns.value(1).toLongLong())].turns.append(turn);
    }
    return record;
}

std::optional<SpeakerRecord> LibraryStore::speaker(qint64 speakerId) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id, name, role, title, firm FROM speakers WHERE id = ?"_s);
    query.addBindValue(speakerId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return SpeakerRecord{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString()};
}

bool LibraryStore::updateSpeaker(const SpeakerRecord &speaker, QString *error)
{
    qint64 callId = 0;
    const bool ok = inTransaction(
        [&](QString *why) {
            QSqlQuery query(database());
            query.prepare(u"UPDATE speakers SET name = ?, role = ?, title = ?, firm = ? WHERE id = ?"
                          " RETURNING call_id"_s);
            query.addBindValue(notNull(speaker.name));
            query.addBindValue(notNull(speaker.role));
            query.addBindValue(notNull(speaker.title));
            query.addBindValue(notNull(speaker.firm));
            query.addBindValue(speaker.id);
            if (!execPrepared(query, why))
                return false;
            if (!query.next()) {
                *why = tr("speaker %1 does not exist").arg(speaker.id);
                return false;
            }
            callId = query.value(0).toLongLong();
            query.finish();
            return true;
        },
        error);
    if (ok)
        emit speakerChanged(callId, speaker.id);
    return ok;
}

bool LibraryStore::setCallDetails(const CallSummary &details, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!details.companyTicker.isEmpty() && !UntrustedText::isTicker(details.companyTicker))
        return refuse(
            tr("\"%1\" is not a ticker (capital letters, digits, dots)").arg(details.companyTicker));
    if (!details.fiscalPeriod.isEmpty() && !UntrustedText::isFiscalQuarter(details.fiscalPeriod))
        return refuse(tr("\"%1\" is not a fiscal period (expected FY2025Q4)").arg(details.fiscalPeriod));
    if (details.title.trimmed().isEmpty())
        return refuse(tr("a call needs a title"));
    for (const QString &text : {details.companyName, details.title})
        if (std::any_of(text.cbegin(), text.cend(), UntrustedText::isControl))
            return refuse(
                tr("the text \"%1\" has control characters").arg(UntrustedText::withVisibleControls(text)));
    const bool ok = inTransaction(
        [&](QString *why) {
            QVariant company;
            if (!details.companyTicker.isEmpty()) {
                const auto id = companyId(details.companyTicker, details.companyName, why);
                if (!id)
                    return false;
                company = *id;
            }
            QSqlQuery query(database());
            query.prepare(u"UPDATE calls SET company_id = ?, fiscal_period = ?, call_date = ?, title = ?"
                          " WHERE id = ?"_s);
            query.addBindValue(company);
            query.addBindValue(notNull(details.fiscalPeriod));
            query.addBindValue(details.callDate.isValid() ? QVariant(details.callDate.toString(Qt::ISODate))
                                                          : QVariant());
            query.addBindValue(details.title.trimmed());
            query.addBindValue(details.id);
            if (!execPrepared(query, why))
                return false;
            if (query.numRowsAffected() != 1) {
                *why = tr("call %1 does not exist").arg(details.id);
                return false;
            }
            return true;
        },
        error);
    if (ok)
        emit callsChanged();
    return ok;
}

namespace {

// Each question of `from` by the number it has in `to`: that of its first turn still in a
// question there. A question whose turns all went, or went into an earlier one, has none.
QHash<int, int> questionNumbers(const CallStructure &from, const CallStructure &to)
{
    QHash<qint64, int> after;
    for (const StructureTurn &turn : to.turns)
        after.insert(turn.id, turn.question);
    QHash<int, int> numbers;
    QSet<int> taken;
    QSet<int> seen;
    for (const StructureTurn &turn : from.turns) {
        if (!turn.question || seen.contains(turn.question))
            continue;
        int number = 0;
        for (const StructureTurn &same : from.turns) {
            if (same.question == turn.question && after.value(same.id)) {
                number = after.value(same.id);
                break;
            }
        }
        seen.insert(turn.question);
        if (number && !taken.contains(number)) {
            taken.insert(number);
            numbers.insert(turn.question, number);
        } else {
            numbers.insert(turn.question, 0);
        }
    }
    return numbers;
}

template <typename Row> QHash<qint64, Row> byId(const QList<Row> &rows)
{
    QHash<qint64, Row> result;
    for (const Row &row : rows)
        result.insert(row.id, row);
    return result;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

} // namespace

bool LibraryStore::changeCallStructure(const StructureChange &change, QHash<qint64, qint64> *ids,
                                       QString *error)
{
    const bool outermost = m_transactionDepth == 0;
    QHash<qint64, qint64> assigned;
    const bool ok = inTransaction(
        [&](QString *why) {
            QSqlDatabase db = database();
            const auto real = [&](qint64 id) { return assigned.value(id, id); };
            const auto run = [&](const QString &sql, const QVariantList &values) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                return execPrepared(query, why);
            };
            const auto insert = [&](const QString &table, const QString &columns, qint64 id,
                                    QVariantList values) -> bool {
                // A row brought back by an undo or redo keeps the id later commands know it by.
                const bool ownId = id > 0;
                if (ownId)
                    values.prepend(id);
                QStringList marks;
                for (qsizetype i = 0; i < values.size(); ++i)
                    marks << u"?"_s;
                QSqlQuery query(db);
                query.prepare(u"INSERT INTO %1 (%2%3) VALUES (%4)"_s.arg(table, ownId ? u"id, "_s : QString(),
                                                                         columns, marks.join(u", "_s)));
                for (const QVariant &value : std::as_const(values))
                    query.addBindValue(value);
                if (!execPrepared(query, why))
                    return false;
                if (!ownId)
                    assigned.insert(id, query.lastInsertId().toLongLong());
                return true;
            };

            const auto fromSections = byId(change.from.sections);
            const auto toSections = byId(change.to.sections);
            const auto fromSpeakers = byId(change.from.speakers);
            const auto toSpeakers = byId(change.to.speakers);
            const auto fromTurns = byId(change.from.turns);
            const auto toTurns = byId(change.to.turns);

            // Ordinals are unique per call: rows that move or go first step aside, to -id.
            for (const StructureSection &section : change.from.sections) {
                const auto it = toSections.constFind(section.id);
                if ((it == toSections.cend() || it->ordinal != section.ordinal) &&
                    !run(u"UPDATE sections SET ordinal = ? WHERE id = ? AND call_id = ?"_s,
                         {-section.id, section.id, change.callId}))
                    return false;
            }
            for (const StructureTurn &turn : change.from.turns) {
                const auto it = toTurns.constFind(turn.id);
                if ((it == toTurns.cend() || it->ordinal != turn.ordinal) &&
                    !run(u"UPDATE turns SET ordinal = ? WHERE id = ? AND call_id = ?"_s,
                         {-turn.id, turn.id, change.callId}))
                    return false;
            }
            for (const StructureSection &section : change.to.sections) {
                if (fromSections.contains(section.id)) {
                    if (fromSections.value(section.id).ordinal != section.ordinal &&
                        !run(u"UPDATE sections SET ordinal = ? WHERE id = ?"_s,
                             {section.ordinal, section.id}))
                        return false;
                } else if (!insert(u"sections"_s, u"call_id, ordinal, kind"_s, section.id,
                                   {change.callId, section.ordinal, sectionKindName(section.kind)})) {
                    return false;
                }
            }
            for (const SpeakerRecord &speaker : change.to.speakers) {
                if (!fromSpeakers.contains(speaker.id) &&
                    !insert(u"speakers"_s, u"call_id, name, role, title, firm"_s, speaker.id,
                            {change.callId, notNull(speaker.name), notNull(speaker.role),
                             notNull(speaker.title), notNull(speaker.firm)}))
                    return false;
            }
            for (const StructureTurn &turn : change.to.turns) {
                const QVariant question = turn.question ? QVariant(turn.question) : QVariant();
                if (!fromTurns.contains(turn.id)) {
                    if (!insert(u"turns"_s,
                                u"call_id, section_id, ordinal, speaker_id, question, text, words"_s, turn.id,
                                {change.callId, real(turn.sectionId), turn.ordinal,
                                 idOrNull(real(turn.speakerId)), question, notNull(turn.text),
                                 WordCount::count(turn.text)}))
                        return false;
                    continue;
                }
                const StructureTurn &was = fromTurns[turn.id];
                if (was.sectionId == turn.sectionId && was.ordinal == turn.ordinal &&
                    was.speakerId == turn.speakerId && was.question == turn.question && was.text == turn.text)
                    continue;
                // Only a changed text touches the search indexes (their update trigger).
                if (was.text != turn.text && !run(u"UPDATE turns SET text = ?, words = ? WHERE id = ?"_s,
                                                  {notNull(turn.text), WordCount::count(turn.text), turn.id}))
                    return false;
                if (!run(u"UPDATE turns SET section_id = ?, ordinal = ?, speaker_id = ?, question = ?"
                         " WHERE id = ?"_s,
                         {real(turn.sectionId), turn.ordinal, idOrNull(real(turn.speakerId)), question,
                          turn.id}))
                    return false;
            }
            for (const TextMove &move : change.moves) {
                QSqlQuery cut(db);
                cut.prepare(u"SELECT count(*) FROM annotations"
                            " WHERE turn_id = ? AND start_offset < ? AND end_offset > ?"_s);
                cut.addBindValue(real(move.fromTurn));
                cut.addBindValue(move.moveStart);
                cut.addBindValue(move.keepEnd);
                if (!execPrepared(cut, why) || !cut.next())
                    return false;
                if (cut.value(0).toInt() > 0) {
                    *why = tr("an annotation covers that place; a turn cannot be split inside a highlight");
                    return false;
                }
                cut.finish();
                if (!run(u"UPDATE annotations SET turn_id = ?, start_offset = start_offset + ?,"
                         " end_offset = end_offset + ? WHERE turn_id = ? AND start_offset >= ?"_s,
                         {real(move.toTurn), move.shift, move.shift, real(move.fromTurn), move.moveStart}))
                    return false;
            }
            for (const StructureTurn &turn : change.from.turns) {
                if (!toTurns.contains(turn.id) && !run(u"DELETE FROM turns WHERE id = ?"_s, {turn.id}))
                    return false;
            }
            for (const SpeakerRecord &speaker : change.from.speakers) {
                if (!toSpeakers.contains(speaker.id) &&
                    !run(u"DELETE FROM speakers WHERE id = ?"_s, {speaker.id}))
                    return false;
            }
            for (const StructureSection &section : change.from.sections) {
                if (!toSections.contains(section.id) &&
                    !run(u"DELETE FROM sections WHERE id = ?"_s, {section.id}))
                    return false;
            }

            if (change.renumberMarks) {
                const QHash<int, int> numbers = questionNumbers(change.from, change.to);
                constexpr int kAside = 1000000; // above any question number, so renumbering never collides
                for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
                    if (it.value())
                        continue;
                    QSqlQuery held(db);
                    held.prepare(
                        u"SELECT (SELECT count(*) FROM question_marks WHERE call_id = ? AND question = ?)"
                        " + (SELECT count(*) FROM question_repairs r JOIN call_pairs p ON p.id = r.pair_id"
                        " WHERE (p.call_a = ? AND r.a_question = ?) OR (p.call_b = ? AND r.b_question = ?))"_s);
                    for (int i = 0; i < 3; ++i) {
                        held.addBindValue(change.callId);
                        held.addBindValue(it.key());
                    }
                    if (!execPrepared(held, why) || !held.next())
                        return false;
                    if (held.value(0).toInt() > 0) {
                        *why = tr("question %1 would no longer exist, and it has a mark or a pairing made by "
                                  "hand; remove those first")
                                   .arg(it.key());
                        return false;
                    }
                }
                for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
                    if (!it.value() || it.value() == it.key())
                        continue;
                    const QVariantList values{it.value() + kAside, it.key(), change.callId};
                    if (!run(u"UPDATE question_marks SET question = ? WHERE question = ? AND call_id = ?"_s,
                             values) ||
                        !run(u"UPDATE question_repairs SET a_question = ? WHERE a_question = ?"
                             " AND pair_id IN (SELECT id FROM call_pairs WHERE call_a = ?)"_s,
                             values) ||
                        !run(u"UPDATE question_repairs SET b_question = ? WHERE b_question = ?"
                             " AND pair_id IN (SELECT id FROM call_pairs WHERE call_b = ?)"_s,
                             values))
                        return false;
                }
                const QVariantList aside{kAside, kAside, change.callId};
                if (!run(
                        u"UPDATE question_marks SET question = question - ? WHERE question > ? AND call_id = ?"_s,
                        aside) ||
                    !run(u"UPDATE question_repairs SET a_question = a_question - ? WHERE a_question > ?"
                         " AND pair_id IN (SELECT id FROM call_pairs WHERE call_a = ?)"_s,
                         aside) ||
                    !run(u"UPDATE question_repairs SET b_question = b_question - ? WHERE b_question > ?"
                         " AND pair_id IN (SELECT id FROM call_pairs WHERE call_b = ?)"_s,
                         aside))
                    return false;
            }

            if (change.record) {
                const TurnEdit &edit = *change.record;
                if (!insert(
                        u"turn_edits"_s,
                        u"call_id, kind, turn_text, previous_text, ordinal, split_at, speaker, created_at"_s,
                        edit.id,
                        {change.callId, TurnEdit::kindName(edit.kind), notNull(edit.turnText),
                         notNull(edit.previousText), edit.ordinal, edit.splitAt, notNull(edit.speaker),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
                    return false;
            }
            if (change.dropRecord && !run(u"DELETE FROM turn_edits WHERE id = ? AND call_id = ?"_s,
                                          {change.dropRecord, change.callId}))
                return false;
            return TurnSearchQueue::indexQueuedTurns(db, TurnSearchQueue::IndexWhen::BatchIsFull, why);
        },
        error);
    if (!ok)
        return false;
    if (ids)
        *ids = assigned;
    if (outermost) {
        emit callsChanged();
        emit callStructureChanged(change.callId);
    }
    return true;
}

QList<TurnEdit> LibraryStore::turnEdits(qint64 callId) const
{
    QList<TurnEdit> edits;
    QSqlQuery query(database());
    query.prepare(u"SELECT id, kind, turn_text, previous_text, ordinal, split_at, speaker FROM turn_edits"
                  " WHERE call_id = ? ORDER BY id"_s);
    query.addBindValue(callId);
    if (!query.exec())
        return edits;
    while (query.next()) {
        const auto kind = TurnEdit::kindFromName(query.value(1).toString());
        if (!kind)
            continue;
        TurnEdit edit;
        edit.id = query.value(0).toLongLong();
        edit.kind = *kind;
        edit.turnText = query.value(2).toString();
        edit.previousText = query.value(3).toString();
        edit.ordinal = query.value(4).toInt();
        edit.splitAt = query.value(5).toInt();
        edit.speaker = query.value(6).toString();
        edits.append(edit);
    }
    return edits;
}

bool LibraryStore::removeTurnEdit(qint64 editId, QString *error)
{
    return inTransaction(
        [&](QString *why) {
            QSqlQuery query(database());
            query.prepare(u"DELETE FROM turn_edits WHERE id = ?"_s);
            query.addBindValue(editId);
            return execPrepared(query, why);
        },
        error);
}
