#include "store/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

QString describeSqlError(const QSqlError &e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    // SQLite's own words ("disk I/O error", "database disk image is malformed") do not tell
    // the user what happened or what to do; the primary result code is the low byte of the
    // extended one.
    constexpr int kSqliteIoErr = 10;
    constexpr int kSqliteFull = 13;
    switch (e.nativeErrorCode().toInt() & 0xff) {
    case kSqliteIoErr:
    case kSqliteFull:
        return QCoreApplication::translate("LibraryStore",
                                           "%1 (the disk may be full or the library file cannot be "
                                           "written; nothing was changed)")
            .arg(text);
    default:
        if (isDamagedFileCode(e.nativeErrorCode().toInt()))
            return QCoreApplication::translate("LibraryStore", "the file is damaged (%1); it was not changed")
                .arg(text);
        return text;
    }
}

bool isDamagedFileCode(int sqliteResultCode)
{
    constexpr int kSqliteCorrupt = 11;
    constexpr int kSqliteNotADb = 26;
    const int primary = sqliteResultCode & 0xff;
    return primary == kSqliteCorrupt || primary == kSqliteNotADb;
}

QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

bool execPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describeSqlError(query.lastError());
    return false;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
