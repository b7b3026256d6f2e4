#include "trends/CallChanges.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"
#include "text/SearchText.h"
#include "text/WordCount.h"
#include "transcript/Transcript.h"
#include "trends/CallTerms.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// A term must occur this often in one of the two calls to be a change worth showing.
constexpr int kMinimumCount = 2;
// Terms looked at for redundancy: the strongest changes in each direction.
constexpr int kShortlist = 400;

std::optional<TrendCall> readCall(const QSqlDatabase &db, qint64 callId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT c.id, coalesce(co.ticker, ''), c.fiscal_period, coalesce(c.call_date, ''), c.title"
                  " FROM calls c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?"_s);
    query.addBindValue(callId);
    if (!execPrepared(query, error) || !query.next())
        return std::nullopt;
    return TrendCall{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString()};
}

// The same company's call just before, in the order of a trend's axis.
std::optional<TrendCall> previousCall(const QSqlDatabase &db, const TrendCall &call, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT c.id FROM calls c JOIN companies co ON co.id = c.company_id"
                  " JOIN calls me ON me.id = ? WHERE co.ticker = ? AND c.id <> me.id"
                  " AND (c.fiscal_period, coalesce(c.call_date, ''), c.id)"
                  " < (me.fiscal_period, coalesce(me.call_date, ''), me.id)"
                  " ORDER BY c.fiscal_period DESC, c.call_date DESC, c.id DESC LIMIT 1"_s);
    query.addBindValue(call.id);
    query.addBindValue(call.companyTicker);
    if (!execPrepared(query, error) || !query.next())
        return std::nullopt;
    return readCall(db, query.value(0).toLongLong(), error);
}

bool readTerms(const QSqlDatabase &db, qint64 callId, QHash<QString, int> *counts, int *words, QString *error)
{
    QSqlQuery turns(db);
    turns.setForwardOnly(true);
    turns.prepare(u"SELECT t.text FROM turns t LEFT JOIN speakers s ON s.id = t.speaker_id"
                  " WHERE t.call_id = ? AND coalesce(s.role, 'narrator') <> ?"_s);
    turns.addBindValue(callId);
    turns.addBindValue(QString::fromLatin1(Role::Furniture));
    if (!execPrepared(turns, error))
        return false;
    while (turns.next()) {
        const QString text = turns.value(0).toString();
        *words += WordCount::count(text);
        CallTerms::addTerms(SearchText::normalise(text), counts);
    }
    return true;
}

// A shorter term inside a longer one with the same counts in both calls says nothing the
// longer one does not (数据中 beside 数据中心): only the longer is kept.
QList<TermChange> withoutRedundant(const QList<TermChange> &changes, int limit)
{
    QList<TermChange> kept;
    for (const TermChange &change : changes) {
        const bool redundant = std::any_of(changes.cbegin(), changes.cend(), [&](const TermChange &other) {
            return other.term.size() > change.term.size() && other.term.contains(change.term) &&
                   other.count == change.count && other.previousCount == change.previousCount;
        });
        if (!redundant)
            kept.append(change);
        if (kept.size() == limit)
            break;
    }
    return kept;
}

} // namespace

CallChangesResult CallChanges::compute(qint64 callId, int limit) const
{
    CallChangesResult result;
    const QSqlDatabase db = m_store.database();
    const std::optional<TrendCall> call = readCall(db, callId, &result.error);
    if (!call) {
        if (result.error.isEmpty())
            result.error = tr("No call with id %1").arg(callId);
        return result;
    }
    result.call = *call;
    if (call->companyTicker.isEmpty()) {
        result.error = tr("Call %1 has no company, so it has no previous call").arg(callId);
        return result;
    }
    result.previous = previousCall(db, *call, &result.error);
    if (!result.previous) {
        if (result.error.isEmpty())
            result.error = tr("No call of %1 comes before call %2").arg(call->companyTicker).arg(callId);
        return result;
    }

    QHash<QString, int> now;
    QHash<QString, int> before;
    if (!readTerms(db, call->id, &now, &result.words, &result.error) ||
        !readTerms(db, result.previous->id, &before, &result.previousWords, &result.error))
        return result;

    QList<TermChange> changes;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const int previous = before.value(it.key());
        if ((it.value() >= kMinimumCount || previous >= kMinimumCount) && it.value() != previous)
            changes.append({it.key(), it.value(), previous});
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key()) && it.value() >= kMinimumCount)
            changes.append({it.key(), 0, it.value()});
    }
    QList<TermChange> rose;
    QList<TermChange> fell;
    for (const TermChange &change : std::as_const(changes))
        (change.count > change.previousCount ? rose : fell).append(change);
    // Largest change first; then the more frequent term; then alphabetical, so that the
    // order does not depend on hashing.
    const auto byChange = [](const TermChange &a, const TermChange &b) {
        const int da = std::abs(a.count - a.previousCount);
        const int db = std::abs(b.count - b.previousCount);
        if (da != db)
            return da > db;
        if (a.count + a.previousCount != b.count + b.previousCount)
            return a.count + a.previousCount > b.count + b.previousCount;
        return a.term < b.term;
    };
    std::sort(rose.begin(), rose.end(), byChange);
    std::sort(fell.begin(), fell.end(), byChange);
    rose = rose.mid(0, kShortlist);
    fell = fell.mid(0, kShortlist);
    result.rose = withoutRedundant(rose, limit);
    result.fell = withoutRedundant(fell, limit);
    return result;
}
