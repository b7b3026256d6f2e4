#include "LibraryMigrations.h"

#include "LibraryStore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        query.prepare(sql);
        if (!execPrepared(query, error))
            return false;
    }
    return true;
}

// Version 1: companies, calls and their text as sections, turns and speakers, plus a
// small key/value table for library-level facts (such as "the sample was installed").
bool createCoreSchema(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                       u"CREATE TABLE companies ("
                       " id INTEGER PRIMARY KEY,"
                       " ticker TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL)"_s,
                       u"CREATE TABLE calls ("
                       " id INTEGER PRIMARY KEY,"
                       " company_id INTEGER REFERENCES companies(id) ON DELETE SET NULL,"
                       " fiscal_period TEXT NOT NULL DEFAULT '',"
                       " call_date TEXT,"
                       " title TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " encoding TEXT NOT NULL DEFAULT '',"
                       " original_text TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL UNIQUE,"
                       " imported_at TEXT NOT NULL)"_s,
                       u"CREATE TABLE speakers ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " firm TEXT NOT NULL DEFAULT '')"_s,
                       u"CREATE INDEX speakers_call ON speakers(call_id)"_s,
                       u"CREATE TABLE sections ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " ordinal INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('article','commentary','prepared','qa')),"
                       " UNIQUE (call_id, ordinal))"_s,
                       u"CREATE TABLE turns ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,"
                       " ordinal INTEGER NOT NULL,"
                       " speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,"
                       " question INTEGER,"
                       " text TEXT NOT NULL,"
                       " UNIQUE (call_id, ordinal))"_s,
                       u"CREATE INDEX turns_section ON turns(section_id)"_s,
                       u"CREATE INDEX turns_speaker ON turns(speaker_id)"_s,
                   },
                   error);
}

} // namespace

const std::vector<MigrationStep> &libraryMigrations()
{
    static const std::vector<MigrationStep> steps = {
        createCoreSchema,
    };
    return steps;
}
