#pragma once

#include <chrono>
#include <memory>

class LibraryStore;
struct sqlite3;

// A second connection to a store's library that only reads, for a long read that runs on another
// thread beside the store's own connection (a trend reads who spoke in every call while the
// store's connection counts the term's matches). It sees the last committed state of the file:
// nothing the store's connection has not committed yet. Plain SQLite with the store's guards
// (defensive, untrusted schema, the same time limit per statement); no function or tokenizer of
// the app's is registered on it, so it reads plain tables only.
class ReaderConnection
{
public:
    // Opened on the store's thread, then used by one thread at a time. Null when the store has no file a
    // second connection can share (an in-memory or unopened library), is inside a transaction of its own
    // (whose writes the second connection could not see), or the file cannot be opened so.
    static std::unique_ptr<ReaderConnection> open(const LibraryStore &store);
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection &) = delete;
    ReaderConnection &operator=(const ReaderConnection &) = delete;

    sqlite3 *handle() const { return m_handle; }

private:
    explicit ReaderConnection(std::chrono::milliseconds limit) : m_limit(limit) {}
    static int onProgress(void *connection);

    sqlite3 *m_handle = nullptr;
    std::chrono::milliseconds m_limit;
    std::chrono::steady_clock::time_point m_statementStart;
};
