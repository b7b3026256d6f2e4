#pragma once

#include <QString>

class LibraryStore;

namespace Startup {

void setApplicationIdentity();
QString defaultLibraryPath();
// Opens the library at `path` (the default library when empty). The default library is
// filled with the built-in sample the first time; a file named by the user starts empty.
bool openLibrary(LibraryStore &store, const QString &path, QString *error);

} // namespace Startup
