#include "trends/TermTrend.h"

#include "search/SearchIndex.h"
#include "search/SearchQuery.h"
#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"
#include "text/SearchText.h"
#include "transcript/SpeakerIdentity.h"
#include "transcript/Transcript.h"
#include "trends/TermMatcher.h"
#include "trends/WordCount.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The calls in scope and the roles counted, as SQL over `turns t`, `calls c`, `speakers s`
// and `companies co`, with its values. Page furniture is never speech, so it never counts.
struct Scope
{
    QString joins = u" JOIN calls c ON c.id = t.call_id LEFT JOIN companies co ON co.id = c.company_id"
                    " LEFT JOIN speakers s ON s.id = t.speaker_id"_s;
    QString where;
    QVariantList values;

    explicit Scope(const TrendOptions &options)
    {
        where = u" (coalesce(?, '') = '' OR co.ticker = ?) AND coalesce(s.role, 'narrator') NOT IN (?, ?)"_s;
        values << options.companyTicker << options.companyTicker << QString::fromLatin1(Role::Furniture)
               << QString::fromLatin1(options.includeAnalysts ? Role::Furniture : Role::Analyst);
    }
};

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return execPrepared(query, error);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return execPrepared(query, error);
}

// Which series each speaker row of the calls in scope belongs to. A person is one identity
// within a company across calls: the same SpeakerIdentity key ("Colette M. Kress" =
// "colette kress"), or a name SpeakerIdentity::samePerson() takes for the same person
// ("Tim Arcuri" = "Timothy Arcuri"). Unnamed speakers form one series per role.
class SeriesAssigner
{
public:
    explicit SeriesAssigner(TrendOptions::SplitBy by) : m_by(by) {}

    QString keyFor(const QString &ticker, const QString &name, const QString &role)
    {
        if (m_by == TrendOptions::SplitBy::Role)
            return role;
        if (name.trimmed().isEmpty())
            return ticker + u"|("_s + role + u')';
        const QString cacheKey = ticker + u'|' + name;
        const auto known = m_seriesOfName.constFind(cacheKey);
        if (known != m_seriesOfName.cend()) {
            Identity &identity = m_identities[ticker][known->second];
            ++identity.names[name];
            ++identity.roles[role];
            return identity.seriesKey;
        }
        QList<Identity> &identities = m_identities[ticker];
        const QString nameKey = SpeakerIdentity::key(name);
        for (qsizetype i = 0; i < identities.size(); ++i) {
            Identity &identity = identities[i];
            if (identity.nameKey == nameKey || SpeakerIdentity::samePerson(identity.firstName, name)) {
                m_seriesOfName.insert(cacheKey, {ticker, i});
                ++identity.names[name];
                ++identity.roles[role];
                return identity.seriesKey;
            }
        }
        Identity identity;
        identity.nameKey = nameKey;
        identity.firstName = name;
        identity.seriesKey = ticker + u'|' + nameKey;
        identity.names[name] = 1;
        identity.roles[role] = 1;
        m_seriesOfName.insert(cacheKey, {ticker, identities.size()});
        identities.append(identity);
        return identity.seriesKey;
    }

    // The name and role used most often for a series (the first seen on a tie).
    std::pair<QString, QString> labelOf(const QString &ticker, const QString &seriesKey) const
    {
        for (const Identity &identity : m_identities.value(ticker)) {
            if (identity.seriesKey == seriesKey)
                return {mostCommon(identity.names), mostCommon(identity.roles)};
        }
        return {};
    }

private:
    struct Identity
    {
        QString nameKey;
        QString firstName;
        QString seriesKey;
        QHash<QString, int> names;
        QHash<QString, int> roles;
    };

    static QString mostCommon(const QHash<QString, int> &counts)
    {
        QString best;
        int bestCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return best;
    }

    TrendOptions::SplitBy m_by;
    QHash<QString, QList<Identity>> m_identities; // by ticker
    // Each name is compared with the identities once; its later rows are looked up here.
    QHash<QString, std::pair<QString, qsizetype>> m_seriesOfName;
};

struct SeriesInfo
{
    QString ticker;
    QString role;
};

// Every speaker row in scope with its series. Speakers are few (tens per call), so all of
// them are read: they say who spoke in which call, and give each row its series.
struct SpeakerSeries
{
    explicit SpeakerSeries(TrendOptions::SplitBy by) : assigner(by) {}

    bool read(const QSqlDatabase &db, const Scope &scope, QString *error)
    {
        QSqlQuery speakers(db);
        if (!run(speakers,
                 u"SELECT s.id, s.call_id, coalesce(co.ticker, ''), s.name, s.role FROM speakers s"
                 " JOIN calls c ON c.id = s.call_id LEFT JOIN companies co ON co.id = c.company_id"
                 " WHERE (coalesce(?, '') = '' OR co.ticker = ?) AND s.role NOT IN (?, ?)"_s,
                 scope.values, error))
            return false;
        while (speakers.next()) {
            const QString ticker = speakers.value(2).toString();
            const QString role = speakers.value(4).toString();
            const QString key = assigner.keyFor(ticker, speakers.value(3).toString(), role);
            seriesOfSpeaker.insert(speakers.value(0).toLongLong(), key);
            info.insert(key, {ticker, role});
            spokeIn[key].insert(speakers.value(1).toLongLong());
        }
        return true;
    }

    QString seriesOfTurn(qint64 speakerId, const QString &ticker, const QString &role)
    {
        const auto it = seriesOfSpeaker.constFind(speakerId);
        if (it != seriesOfSpeaker.cend())
            return *it;
        const QString key = assigner.keyFor(ticker, QString(), role);
        info.insert(key, {ticker, role});
        return key;
    }

    SeriesAssigner assigner;
    QHash<qint64, QString> seriesOfSpeaker;
    QHash<QString, SeriesInfo> info;
    QHash<QString, QSet<qint64>> spokeIn;
};

} // namespace

QString TermTrendCounter::speakerRuleText(const TrendOptions &options)
{
    return options.includeAnalysts ? tr("every speaker counts, page furniture does not")
                                   : tr("analysts and page furniture are left out");
}

TrendResult TermTrendCounter::compute(const QStringList &terms, const TrendOptions &options) const
{
    TrendResult result;
    const QSqlDatabase db = m_store.database();
    const Scope scope(options);

    QSqlQuery calls(db);
    if (!run(calls,
             u"SELECT c.id, coalesce(co.ticker, ''), c.fiscal_period, coalesce(c.call_date, ''), c.title"
             " FROM calls c LEFT JOIN companies co ON co.id = c.company_id WHERE (coalesce(?, '') = '' OR "
             "co.ticker = ?)"
             " ORDER BY c.fiscal_period, c.call_date, c.id"_s,
             {options.companyTicker, options.companyTicker}, &result.error))
        return result;
    QHash<qint64, qsizetype> callIndex;
    while (calls.next()) {
        TrendCall call{calls.value(0).toLongLong(), calls.value(1).toString(), calls.value(2).toString(),
                       QDate::fromString(calls.value(3).toString(), Qt::ISODate), calls.value(4).toString()};
        callIndex.insert(call.id, result.calls.size());
        result.calls.append(call);
    }

    SpeakerSeries speakers(options.by);
    if (!speakers.read(db, scope, &result.error))
        return result;

    const QString turnColumns = u"SELECT %1, t.call_id, coalesce(co.ticker, ''), coalesce(t.speaker_id, 0),"
                                " coalesce(s.role, 'narrator'), t.text"_s;
    QHash<QString, QHash<qint64, int>> words;
    if (options.countWords) {
        QSqlQuery turns(db);
        if (!run(turns,
                 turnColumns.arg(u"t.id"_s) + u" FROM turns t"_s + scope.joins + u" WHERE"_s + scope.where,
                 scope.values, &result.error))
            return result;
        while (turns.next()) {
            const QString key = speakers.seriesOfTurn(turns.value(3).toLongLong(), turns.value(2).toString(),
                                                      turns.value(4).toString());
            words[key][turns.value(1).toLongLong()] += WordCount::count(turns.value(5).toString());
        }
    }

    for (const QString &term : terms) {
        const TermMatcher matcher(term);
        TermTrend trend;
        trend.term = term;
        trend.rule = matcher.ruleText() + u"; "_s + speakerRuleText(options);
        const SearchQuery query(matcher.normalisedPhrase());
        if (matcher.isEmpty() || query.matchExpression().isEmpty()) {
            result.error =
                tr("Nothing to count in \u201c%1\u201d: a term needs a letter or a digit.").arg(term);
            return result;
        }
        // The turns the index matches, and those still queued for it (see docs/SEARCH.md).
        QVariantList values{query.matchExpression()};
        values += scope.values;
        values += scope.values;
        QSqlQuery candidates(db);
        if (!run(candidates,
                 turnColumns.arg(u"turn_search.rowid"_s) +
                     u" FROM turn_search CROSS JOIN turns t ON t.id = turn_search.rowid"_s + scope.joins +
                     u" WHERE turn_search MATCH ? AND"_s + scope.where + u" UNION ALL "_s +
                     turnColumns.arg(u"q.turn_id"_s) +
                     u" FROM turn_search_pending q CROSS JOIN turns t ON t.id = q.turn_id"_s + scope.joins +
                     u" WHERE"_s + scope.where,
                 values, &result.error))
            return result;
        QHash<QString, QHash<qint64, int>> counts;
        while (candidates.next()) {
            const int count =
                matcher.countInNormalised(SearchText::normalise(candidates.value(5).toString()));
            if (count == 0)
                continue;
            const QString key =
                speakers.seriesOfTurn(candidates.value(3).toLongLong(), candidates.value(2).toString(),
                                      candidates.value(4).toString());
            counts[key][candidates.value(1).toLongLong()] += count;
        }

        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            TrendSeries series;
            series.key = it.key();
            const SeriesInfo info = speakers.info.value(it.key());
            series.role = info.role;
            if (options.by == TrendOptions::SplitBy::Speaker) {
                series.companyTicker = info.ticker;
                const auto [name, role] = speakers.assigner.labelOf(info.ticker, it.key());
                series.speaker = name;
                if (!role.isEmpty())
                    series.role = role;
            }
            const QSet<qint64> spoke = speakers.spokeIn.value(it.key());
            const QHash<qint64, int> seriesWords = words.value(it.key());
            for (const TrendCall &call : std::as_const(result.calls)) {
                const int count = it.value().value(call.id);
                const int spoken = options.countWords ? seriesWords.value(call.id) : -1;
                if (count == 0 && spoken <= 0 && !spoke.contains(call.id))
                    continue;
                series.points.append({call.id, call.fiscalPeriod, count, spoken});
                series.total += count;
            }
            trend.series.append(series);
        }
        std::sort(trend.series.begin(), trend.series.end(), [](const TrendSeries &a, const TrendSeries &b) {
            return a.total != b.total ? a.total > b.total : a.key < b.key;
        });
        result.terms.append(trend);
    }
    return result;
}

SearchResults TermTrendCounter::hits(const QString &term, const TrendOptions &options,
                                     const QList<qint64> &callIds, const QString &seriesKey) const
{
    SearchResults results;
    const TermMatcher matcher(term);
    if (matcher.isEmpty() || callIds.isEmpty())
        return results;
    const QSqlDatabase db = m_store.database();
    const Scope scope(options);
    // The series of a speaker depends on every call in scope (the name variant seen first).
    SpeakerSeries speakers(options.by);
    if (!speakers.read(db, scope, &results.error))
        return results;

    QStringList placeholders;
    QVariantList values;
    for (const qint64 id : callIds) {
        placeholders << u"?"_s;
        values << id;
    }
    values += scope.values;
    QSqlQuery turns(db);
    if (!run(turns,
             u"SELECT t.id, t.call_id, t.ordinal, coalesce(t.question, 0), t.text, coalesce(s.name, ''),"
             " coalesce(s.role, 'narrator'), sec.kind, coalesce(t.speaker_id, 0), coalesce(co.ticker, ''),"
             " c.title, c.fiscal_period FROM turns t JOIN sections sec ON sec.id = t.section_id"_s +
                 scope.joins + u" WHERE t.call_id IN (%1) AND"_s.arg(placeholders.join(u", "_s)) +
                 scope.where + u" ORDER BY c.fiscal_period, c.call_date, c.id, t.ordinal"_s,
             values, &results.error))
        return results;
    QHash<std::pair<qint64, int>, std::pair<QString, QString>> askers;
    QSqlQuery asker(db);
    asker.prepare(
        u"SELECT s.name, coalesce(s.firm, '') FROM turns t JOIN speakers s ON s.id = t.speaker_id"
        " WHERE t.call_id = ? AND t.question = ? AND s.role = 'analyst' ORDER BY t.ordinal LIMIT 1"_s);
    while (turns.next()) {
        const QString text = turns.value(4).toString();
        const QList<TermMatcher::Match> matches = matcher.matchesInNormalised(SearchText::normalise(text));
        if (matches.isEmpty())
            continue;
        const QString role = turns.value(6).toString();
        if (!seriesKey.isEmpty() &&
            speakers.seriesOfTurn(turns.value(8).toLongLong(), turns.value(9).toString(), role) != seriesKey)
            continue;
        SearchHit hit;
        hit.turnId = turns.value(0).toLongLong();
        hit.callId = turns.value(1).toLongLong();
        hit.turnOrdinal = turns.value(2).toInt();
        hit.question = turns.value(3).toInt();
        hit.speaker = turns.value(5).toString();
        hit.role = role;
        hit.section = sectionKindFromName(turns.value(7).toString());
        hit.companyTicker = turns.value(9).toString();
        hit.callTitle = turns.value(10).toString();
        hit.fiscalPeriod = turns.value(11).toString();
        if (hit.question > 0) {
            const std::pair<qint64, int> key{hit.callId, hit.question};
            auto known = askers.constFind(key);
            if (known == askers.cend()) {
                std::pair<QString, QString> who;
                asker.bindValue(0, hit.callId);
                asker.bindValue(1, hit.question);
                if (asker.exec() && asker.next())
                    who = {asker.value(0).toString(), asker.value(1).toString()};
                asker.finish();
                known = askers.insert(key, who);
            }
            hit.asker = known->first;
            hit.askerFirm = known->second;
        }
        for (const TermMatcher::Match &match : matches) {
            hit.offset = match.offset;
            hit.length = match.length;
            hit.snippet = SearchIndex::snippet(text, hit.offset, hit.length, &hit.snippetOffset);
            results.hits.append(hit);
        }
    }
    return results;
}
