#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// The ordered schema upgrade steps: step i brings a library from user_version i to i+1.
// Steps are only ever appended; a released step is never edited.
using MigrationStep = std::function<bool(QSqlDatabase &db, QString *error)>;
const std::vector<MigrationStep> &libraryMigrations();

// How a library's schema (sqlite_schema) differs from the one the steps up to a version
// create: objects the steps never made, and objects of theirs that are gone or changed
// (each as "type name").
struct SchemaDifference
{
    QStringList unknown;
    QStringList missing;
    bool isEmpty() const { return unknown.isEmpty() && missing.isEmpty(); }
};
// Compares against the steps run on a scratch in-memory database, so a new step needs no
// list kept by hand. Triggers, views and tables are compared with their SQL, so a planted
// trigger under one of our names is still unknown.
std::optional<SchemaDifference> compareSchema(const QSqlDatabase &db, int version, QString *error);
