#include "store/TurnSearchQueue.h"

#include "store/SqlHelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

using namespace Qt::StringLiterals;

namespace TurnSearchQueue {
namespace {
// Turns indexed in one statement: large enough that a library of short calls does not
// fragment the index, small enough that a search scans little while they wait.
constexpr int kIndexBatchTurns = 1000;
} // namespace

int queuedTurns(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM turn_search_pending"_s);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool indexQueuedTurns(const QSqlDatabase &db, IndexWhen when, QString *error)
{
    if (when == IndexWhen::BatchIsFull && queuedTurns(db) < kIndexBatchTurns)
        return true;
    QSqlQuery query(db);
    for (const QString &sql : {u"INSERT INTO turn_search (rowid, text) SELECT t.id, t.text"
                               " FROM turn_search_pending q JOIN turns t ON t.id = q.turn_id"_s,
                               u"INSERT INTO turn_terms (rowid, text) SELECT t.term_key, t.text"
                               " FROM turn_search_pending q JOIN turns t ON t.id = q.turn_id"_s,
                               u"DELETE FROM turn_search_pending"_s}) {
        query.prepare(sql);
        if (!execPrepared(query, error))
            return false;
    }
    return true;
}

} // namespace TurnSearchQueue
