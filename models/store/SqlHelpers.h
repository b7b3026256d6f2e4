#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;
struct sqlite3;

// The few helpers every class in models/ that touches the library uses, so that errors
// read the same everywhere. Included by the feature areas without the store's class.

// Runs a prepared statement, turning a failure into a message.
bool execPrepared(QSqlQuery &query, QString *error);
// An SQL error in words for the user: a full disk or a damaged file is said as such.
QString describeSqlError(const QSqlError &error);
// Whether an SQLite result code (primary or extended) says the file is damaged or not a database.
bool isDamagedFileCode(int sqliteResultCode);
// A null QString binds as SQL NULL; columns declared NOT NULL get "" instead.
QString notNull(const QString &text);
// SQLite's own handle of a connection, for what Qt's driver does not offer; null for another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
