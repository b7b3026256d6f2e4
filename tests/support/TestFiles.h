#pragma once

#include <QString>

// Moves a file's modification time forward, as a later write by something else would.
bool setModifiedLater(const QString &path, int seconds);

// Overwrites everything after the file's first page (the schema) with seeded noise, keeping
// its size: the damage a bad disk or a stray write does to a library.
bool overwriteAfterFirstPage(const QString &path, quint32 seed);
