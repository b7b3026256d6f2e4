#include "store/ReaderConnection.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"

#include <sqlite3.h>

namespace {

// SQLite calls the progress handler every this many virtual machine steps, as on the store's own.
constexpr int kProgressSteps = 10000;

} // namespace

std::unique_ptr<ReaderConnection> ReaderConnection::open(const LibraryStore &store)
{
    sqlite3 *main = sqliteHandle(store.database());
    if (!main)
        return nullptr;
    if (!sqlite3_get_autocommit(main))
        return nullptr;
    // A library the store cannot write may be open as immutable (in a read-only folder), which a
    // second connection opened otherwise would not read the same way.
    if (store.isReadOnly())
        return nullptr;
    const char *file = sqlite3_db_filename(main, "main");
    if (!file || !*file)
        return nullptr;

    std::unique_ptr<ReaderConnection> reader(new ReaderConnection(store.queryTimeLimit()));
    if (sqlite3_open_v2(file, &reader->m_handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK)
        return nullptr;
    sqlite3_extended_result_codes(reader->m_handle, 1);
    if (sqlite3_db_config(reader->m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) != SQLITE_OK ||
        sqlite3_db_config(reader->m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_busy_timeout(reader->m_handle, 5000);
    sqlite3_limit(reader->m_handle, SQLITE_LIMIT_LENGTH, sqlite3_limit(main, SQLITE_LIMIT_LENGTH, -1));
    sqlite3_limit(reader->m_handle, SQLITE_LIMIT_SQL_LENGTH,
                  sqlite3_limit(main, SQLITE_LIMIT_SQL_LENGTH, -1));
    sqlite3_trace_v2(
        reader->m_handle, SQLITE_TRACE_STMT,
        [](unsigned, void *connection, void *, void *sql) {
            // A trigger's program is part of the statement that fired it.
            if (qstrncmp(static_cast<const char *>(sql), "--", 2))
                static_cast<ReaderConnection *>(connection)->m_statementStart =
                    std::chrono::steady_clock::now();
            return 0;
        },
        reader.get());
    sqlite3_progress_handler(reader->m_handle, kProgressSteps, &ReaderConnection::onProgress, reader.get());
    return reader;
}

ReaderConnection::~ReaderConnection()
{
    sqlite3_close_v2(m_handle);
}

int ReaderConnection::onProgress(void *connection)
{
    const auto *self = static_cast<const ReaderConnection *>(connection);
    return std::chrono::steady_clock::now() - self->m_statementStart > self->m_limit ? 1 : 0;
}
