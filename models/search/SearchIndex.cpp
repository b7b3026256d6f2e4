#include "search/SearchIndex.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"
#include "store/TurnSearchQueue.h"
#include "text/SearchText.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int kContextBefore = 30;
constexpr int kContextAfter = 60;
const QString kFoldingKey = u"search_folding"_s;

// The first column is the turn id, taken from whichever table drives the scan so that
// SQLite reads that table in order instead of sorting.
QString turnColumns(const QString &turnId = u"t.id"_s)
{
    return u"SELECT %1, t.call_id, t.ordinal, coalesce(t.question, 0), t.text,"
           " coalesce(s.name, ''), coalesce(s.role, 'narrator'), sec.kind"_s.arg(turnId);
}
const QString kTurnJoins =
    u" JOIN sections sec ON sec.id = t.section_id LEFT JOIN speakers s ON s.id = t.speaker_id"_s;

// The statement that yields candidate turns in reading order: the turns of one call; the
// turns the index matches together with the turns still queued for it (a merge of two
// ordered streams, so the first hits come without reading all matches); or, for a text
// with nothing to index, every turn.
QString candidateStatement(const SearchQuery &query, const SearchOptions &options, QVariantList *values)
{
    QString filters;
    QVariantList filterValues;
    if (!options.roles.isEmpty()) {
        QStringList placeholders;
        for (const QString &role : options.roles) {
            placeholders << u"?"_s;
            filterValues.append(role);
        }
        filters += u" AND coalesce(s.role, 'narrator') IN (%1)"_s.arg(placeholders.join(u", "_s));
    }
    if (options.section) {
        filters += u" AND sec.kind = ?"_s;
        filterValues.append(sectionKindName(*options.section));
    }

    if (options.callId) {
        values->append(options.callId);
        *values += filterValues;
        return turnColumns() + u" FROM turns t"_s + kTurnJoins + u" WHERE t.call_id = ?"_s + filters +
               u" ORDER BY t.ordinal"_s;
    }
    if (query.matchExpression().isEmpty()) {
        *values += filterValues;
        return turnColumns() + u" FROM turns t"_s + kTurnJoins + u" WHERE 1"_s + filters +
               u" ORDER BY t.id"_s;
    }
    values->append(query.matchExpression());
    *values += filterValues;
    *values += filterValues;
    return turnColumns(u"turn_search.rowid"_s) +
           u" FROM turn_search JOIN turns t ON t.id = turn_search.rowid"_s + kTurnJoins +
           u" WHERE turn_search MATCH ?"_s + filters + u" UNION ALL "_s + turnColumns(u"q.turn_id"_s) +
           u" FROM turn_search_pending q JOIN turns t ON t.id = q.turn_id"_s + kTurnJoins + u" WHERE 1"_s +
           filters + u" ORDER BY 1"_s;
}

bool prepareAndRun(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return execPrepared(query, error);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return execPrepared(query, error);
}

// Call titles and question askers for the hits, each looked up once per search with
// statements prepared once.
class HitDetails
{
public:
    explicit HitDetails(const QSqlDatabase &db) : m_call(db), m_asker(db)
    {
        m_call.prepare(u"SELECT c.title, coalesce(co.ticker, ''), c.fiscal_period FROM calls c"
                       " LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?"_s);
        m_asker.prepare(u"SELECT s.name, s.firm FROM turns t JOIN speakers s ON s.id = t.speaker_id"
                        " WHERE t.call_id = ? AND t.question = ? AND s.role = 'analyst'"
                        " ORDER BY t.ordinal LIMIT 1"_s);
    }

    void fill(SearchHit &hit)
    {
        auto call = m_calls.constFind(hit.callId);
        if (call == m_calls.cend()) {
            QStringList values{{}, {}, {}};
            m_call.bindValue(0, hit.callId);
            if (m_call.exec() && m_call.next())
                values = {m_call.value(0).toString(), m_call.value(1).toString(), m_call.value(2).toString()};
            m_call.finish();
            call = m_calls.insert(hit.callId, values);
        }
        hit.callTitle = call->at(0);
        hit.companyTicker = call->at(1);
        hit.fiscalPeriod = call->at(2);
        if (hit.question <= 0)
            return;
        const QPair<qint64, int> key{hit.callId, hit.question};
        auto asker = m_askers.constFind(key);
        if (asker == m_askers.cend()) {
            QPair<QString, QString> who;
            m_asker.bindValue(0, hit.callId);
            m_asker.bindValue(1, hit.question);
            if (m_asker.exec() && m_asker.next())
                who = {m_asker.value(0).toString(), m_asker.value(1).toString()};
            m_asker.finish();
            asker = m_askers.insert(key, who);
        }
        hit.asker = asker->first;
        hit.askerFirm = asker->second;
    }

private:
    QSqlQuery m_call;
    QSqlQuery m_asker;
    QHash<qint64, QStringList> m_calls;
    QHash<QPair<qint64, int>, QPair<QString, QString>> m_askers;
};

} // namespace

SearchResults SearchIndex::search(const SearchQuery &query, const SearchOptions &options) const
{
    SearchResults results;
    if (query.isEmpty())
        return results;
    const QSqlDatabase db = m_store.database();
    QVariantList values;
    QSqlQuery candidates(db);
    const QString statement = candidateStatement(query, options, &values);
    if (!prepareAndRun(candidates, statement, values, &results.error))
        return results;

    const qsizetype needleSize = query.needle().size();
    while (candidates.next()) {
        const QString text = candidates.value(4).toString();
        if (text.size() < needleSize)
            continue;
        // One more than still fits tells the results are truncated.
        const QList<SearchQuery::Occurrence> occurrences =
            query.occurrencesIn(text, options.limit > 0 ? options.limit - results.hits.size() + 1 : 0);
        for (const SearchQuery::Occurrence &occurrence : occurrences) {
            if (options.limit > 0 && results.hits.size() == options.limit) {
                results.truncated = true;
                break;
            }
            SearchHit hit;
            hit.turnId = candidates.value(0).toLongLong();
            hit.callId = candidates.value(1).toLongLong();
            hit.turnOrdinal = candidates.value(2).toInt();
            hit.question = candidates.value(3).toInt();
            hit.speaker = candidates.value(5).toString();
            hit.role = candidates.value(6).toString();
            hit.section = sectionKindFromName(candidates.value(7).toString());
            hit.offset = occurrence.offset;
            hit.length = occurrence.length;
            hit.snippet = snippet(text, hit.offset, hit.length, &hit.snippetOffset);
            results.hits.append(hit);
        }
        if (results.truncated)
            break;
    }
    candidates.finish();

    HitDetails details(db);
    for (SearchHit &hit : results.hits)
        details.fill(hit);
    return results;
}

QList<NoteHit> SearchIndex::searchNotes(const SearchQuery &query, const SearchOptions &options) const
{
    QList<NoteHit> hits;
    if (query.isEmpty())
        return hits;
    const QSqlDatabase db = m_store.database();
    const QString columns = u"SELECT a.id, a.call_id, coalesce(a.turn_id, 0), a.start_offset, a.end_offset,"
                            " a.quote, a.note, c.title FROM "_s;
    QString sql;
    QVariantList values;
    if (!query.matchExpression().isEmpty() && !options.callId) {
        sql = columns +
              u"note_search JOIN annotations a ON a.id = note_search.rowid"
              " JOIN calls c ON c.id = a.call_id WHERE note_search MATCH ? ORDER BY note_search.rowid"_s;
        values << query.matchExpression();
    } else {
        sql = columns + u"annotations a JOIN calls c ON c.id = a.call_id"_s;
        if (options.callId) {
            sql += u" WHERE a.call_id = ?"_s;
            values << options.callId;
        }
        sql += u" ORDER BY a.id"_s;
    }
    QSqlQuery notes(db);
    QString error;
    if (!prepareAndRun(notes, sql, values, &error))
        return hits;
    while (notes.next() && (options.limit <= 0 || hits.size() < options.limit)) {
        const QString note = notes.value(6).toString();
        for (const SearchQuery::Occurrence &occurrence : query.occurrencesIn(note)) {
            if (options.limit > 0 && hits.size() == options.limit)
                break;
            NoteHit hit;
            hit.annotationId = notes.value(0).toLongLong();
            hit.callId = notes.value(1).toLongLong();
            hit.turnId = notes.value(2).toLongLong();
            hit.annotationStart = notes.value(3).toInt();
            hit.annotationLength = notes.value(4).toInt() - hit.annotationStart;
            hit.quote = notes.value(5).toString();
            hit.callTitle = notes.value(7).toString();
            hit.offset = occurrence.offset;
            hit.length = occurrence.length;
            hit.snippet = snippet(note, hit.offset, hit.length, &hit.snippetOffset);
            hits.append(hit);
        }
    }
    return hits;
}

bool SearchIndex::ensureCurrent(QString *error)
{
    if (m_store.isReadOnly())
        return true;
    if (m_store.metaValue(kFoldingKey) != QString::fromLatin1(SearchText::signature()))
        return rebuild(error);
    if (TurnSearchQueue::queuedTurns(m_store.database()) == 0)
        return true;
    return m_store.inTransaction(
        [this](QString *why) {
            return TurnSearchQueue::indexQueuedTurns(m_store.database(), TurnSearchQueue::IndexWhen::Now,
                                                     why);
        },
        error);
}

bool SearchIndex::rebuild(QString *error)
{
    return m_store.inTransaction(
        [this](QString *why) {
            QSqlQuery query(m_store.database());
            for (const QString &sql : {u"DELETE FROM turn_search_pending"_s,
                                       u"INSERT INTO turn_search (turn_search) VALUES ('rebuild')"_s,
                                       u"INSERT INTO turn_terms (turn_terms) VALUES ('rebuild')"_s,
                                       u"INSERT INTO note_search (note_search) VALUES ('rebuild')"_s}) {
                query.prepare(sql);
                if (!execPrepared(query, why))
                    return false;
            }
            query.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            query.addBindValue(kFoldingKey);
            query.addBindValue(QString::fromLatin1(SearchText::signature()));
            return execPrepared(query, why);
        },
        error);
}

QString SearchIndex::snippet(const QString &text, int offset, int length, int *snippetOffset)
{
    const auto size = int(text.size());
    int start = qMax(0, offset - kContextBefore);
    int end = qMin(size, offset + length + kContextAfter);
    // Stay within the hit's line, and never cut a surrogate pair.
    if (const auto lineStart = int(text.lastIndexOf(u'\n', qMax(0, offset - 1))) + 1;
        offset > 0 && lineStart > start)
        start = lineStart;
    if (const auto lineEnd = int(text.indexOf(u'\n', offset + length)); lineEnd >= 0 && lineEnd < end)
        end = lineEnd;
    if (start > 0 && start < size && text.at(start).isLowSurrogate())
        --start;
    if (end < size && end > 0 && text.at(end).isLowSurrogate())
        ++end;

    QString result = text.mid(start, end - start);
    for (QChar &c : result) {
        if (c == u'\r' || c == u'\t')
            c = u' ';
    }
    int prefix = 0;
    if (start > 0 && text.at(start - 1) != u'\n') {
        result.prepend(u'…');
        prefix = 1;
    }
    if (end < size && text.at(end) != u'\n')
        result.append(u'…');
    *snippetOffset = offset - start + prefix;
    return result;
}
