#include "pairing/PairRepository.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

PairRepository::PairRepository(LibraryStore *store, QObject *parent) : QObject(parent), m_store(store) {}

std::optional<qint64> PairRepository::pairId(qint64 callA, qint64 callB) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT id FROM call_pairs WHERE call_a = ? AND call_b = ?"_s);
    query.addBindValue(callA);
    query.addBindValue(callB);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<PairRepository::Pair> PairRepository::findPair(qint64 oneCall, qint64 otherCall) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT id, call_a, call_b FROM call_pairs WHERE (call_a = ? AND call_b = ?)"
                  " OR (call_a = ? AND call_b = ?) ORDER BY id"_s);
    for (qint64 id : {oneCall, otherCall, otherCall, oneCall})
        query.addBindValue(id);
    if (query.exec() && query.next())
        return Pair{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
    return std::nullopt;
}

QList<PairRepository::Pair> PairRepository::pairsOf(qint64 callId) const
{
    QList<Pair> pairs;
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT id, call_a, call_b FROM call_pairs WHERE call_a = ? OR call_b = ? ORDER BY id"_s);
    query.addBindValue(callId);
    query.addBindValue(callId);
    if (query.exec()) {
        while (query.next())
            pairs.append(
                {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    return pairs;
}

std::optional<std::pair<qint64, qint64>> PairRepository::calls(qint64 pairId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT call_a, call_b FROM call_pairs WHERE id = ?"_s);
    query.addBindValue(pairId);
    if (query.exec() && query.next())
        return std::pair(query.value(0).toLongLong(), query.value(1).toLongLong());
    return std::nullopt;
}

std::optional<qint64> PairRepository::addPair(qint64 callA, qint64 callB, QString *error)
{
    if (const auto existing = pairId(callA, callB))
        return existing;
    qint64 id = 0;
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery query(m_store->database());
            query.prepare(u"INSERT INTO call_pairs (call_a, call_b) VALUES (?, ?)"_s);
            query.addBindValue(callA);
            query.addBindValue(callB);
            if (!execPrepared(query, why))
                return false;
            id = query.lastInsertId().toLongLong();
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    emit pairsChanged();
    return id;
}

bool PairRepository::removePair(qint64 pairId, QString *error)
{
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery query(m_store->database());
            query.prepare(u"DELETE FROM call_pairs WHERE id = ?"_s);
            query.addBindValue(pairId);
            return execPrepared(query, why);
        },
        error);
    if (ok)
        emit pairsChanged();
    return ok;
}

bool PairRepository::restorePair(const Pair &pair, const QHash<int, int> &repairs, QString *error)
{
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery query(m_store->database());
            query.prepare(u"INSERT INTO call_pairs (id, call_a, call_b) VALUES (?, ?, ?)"_s);
            query.addBindValue(pair.id);
            query.addBindValue(pair.callA);
            query.addBindValue(pair.callB);
            if (!execPrepared(query, why))
                return false;
            for (auto it = repairs.cbegin(); it != repairs.cend(); ++it) {
                QSqlQuery insert(m_store->database());
                insert.prepare(
                    u"INSERT INTO question_repairs (pair_id, a_question, b_question) VALUES (?, ?, ?)"_s);
                insert.addBindValue(pair.id);
                insert.addBindValue(it.key());
                insert.addBindValue(it.value() > 0 ? QVariant(it.value())
                                                   : QVariant(QMetaType(QMetaType::Int)));
                if (!execPrepared(insert, why))
                    return false;
            }
            return true;
        },
        error);
    if (ok) {
        emit pairsChanged();
        emit repairsChanged(pair.id);
    }
    return ok;
}

QHash<int, int> PairRepository::repairs(qint64 pairId) const
{
    QHash<int, int> repairs;
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT a_question, b_question FROM question_repairs WHERE pair_id = ?"_s);
    query.addBindValue(pairId);
    if (query.exec()) {
        while (query.next())
            repairs.insert(query.value(0).toInt(), query.value(1).isNull() ? 0 : query.value(1).toInt());
    }
    return repairs;
}

bool PairRepository::setRepair(qint64 pairId, int aQuestion, std::optional<int> bQuestion, QString *error)
{
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery remove(m_store->database());
            remove.prepare(u"DELETE FROM question_repairs WHERE pair_id = ? AND a_question = ?"_s);
            remove.addBindValue(pairId);
            remove.addBindValue(aQuestion);
            if (!execPrepared(remove, why))
                return false;
            if (!bQuestion)
                return true;
            QSqlQuery insert(m_store->database());
            insert.prepare(
                u"INSERT INTO question_repairs (pair_id, a_question, b_question) VALUES (?, ?, ?)"_s);
            insert.addBindValue(pairId);
            insert.addBindValue(aQuestion);
            insert.addBindValue(*bQuestion > 0 ? QVariant(*bQuestion) : QVariant(QMetaType(QMetaType::Int)));
            return execPrepared(insert, why);
        },
        error);
    if (ok)
        emit repairsChanged(pairId);
    return ok;
}
