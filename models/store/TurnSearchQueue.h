#pragma once

class QSqlDatabase;
class QString;

// The schema queues new turns for the full-text indexes, turn_search and the term trends'
// turn_terms (a trigger fills turn_search_pending), and the search and the trends read them
// while they wait. Indexing the queue is
// part of keeping the schema's own tables consistent, so it lives with the store, which
// runs it in the transaction that writes a call; search/ only reads the index.
namespace TurnSearchQueue {
enum class IndexWhen { BatchIsFull, Now };
int queuedTurns(const QSqlDatabase &db);
// Moves the queued turns into each index in one statement: always with Now, and with
// BatchIsFull only once the queue holds a batch, since FTS5 writes a segment per statement.
bool indexQueuedTurns(const QSqlDatabase &db, IndexWhen when, QString *error);
} // namespace TurnSearchQueue
