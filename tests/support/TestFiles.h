#pragma once

#include <QString>

// Moves a file's modification time forward, as a later write by something else would.
bool setModifiedLater(const QString &path, int seconds);
