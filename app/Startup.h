#pragma once

#include <QString>

class LibraryStore;

namespace Startup {

void setApplicationIdentity();
QString defaultLibraryPath();
// Opens the library at `path` (the default library when empty). The default library is
// filled with the built-in sample the first time; a file named by the user starts empty.
// The full page-by-page check is skipped for a file this app left sound and nothing
// changed since (see LibraryCheckRecord).
bool openLibrary(LibraryStore &store, const QString &path, QString *error);
// Closes the library, recording it as sound when it was closed cleanly.
void closeLibrary(LibraryStore &store);

} // namespace Startup
