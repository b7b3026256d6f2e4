#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

// The ordered schema upgrade steps: step i brings a library from user_version i to i+1.
// Steps are only ever appended; a released step is never edited.
using MigrationStep = std::function<bool(QSqlDatabase &db, QString *error)>;
const std::vector<MigrationStep> &libraryMigrations();
