#pragma once

#include <QString>

class QTextStream;

class LibraryStore;

namespace Startup {

void setApplicationIdentity();
// Installs the translators of `language` ("zh_TW", "zh_CN", "en"; "" for the one chosen in
// the settings, or else the system's), so the window and the command line speak it.
// False, with a message on err, for a language the app does not have.
bool applyLanguage(const QString &language, QTextStream &err);
QString defaultLibraryPath();
// Opens the library at `path` (when empty: the one chosen in the settings, or else the
// default library). The default library is
// filled with the built-in sample the first time; a file named by the user starts empty.
// The full page-by-page check is skipped for a file this app left sound and nothing
// changed since (see LibraryCheckRecord).
bool openLibrary(LibraryStore &store, const QString &path, QString *error);
// Closes the library, recording it as sound when it was closed cleanly.
void closeLibrary(LibraryStore &store);

} // namespace Startup
