#pragma once

#include "store/LibraryStore.h"

#include <QString>

// Remembers, in the user's settings, which library files were left sound: checked when
// opened (or created) and then closed cleanly. Such a file, unchanged since (same size and
// modification time, no write-ahead log left over), opens without reading every page, which
// for a library of 500 calls was a third of start-up. A file changed by anything else, one
// not closed cleanly, and any file after a week get the full check again.
namespace LibraryCheckRecord {

LibraryStore::Check checkNeeded(const QString &path);
// Closes a store opened with checkNeeded()'s check, and records the file if it was left
// sound: no write-ahead log remains, so no other connection is still writing.
void closeAndRecord(LibraryStore &store);

} // namespace LibraryCheckRecord
