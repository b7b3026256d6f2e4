#include "trends/TermTrend.h"

#include "search/SearchIndex.h"
#include "search/SearchQuery.h"
#include "store/LibraryStore.h"
#include "store/ReaderConnection.h"
#include "store/SqlHelpers.h"
#include "text/SearchText.h"
#include "transcript/SpeakerIdentity.h"
#include "transcript/Transcript.h"
#include "trends/TermMatcher.h"

#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <memory>
#include <numeric>
#include <optional>
#include <system_error>
#include <vector>

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

    // `weight`: how many speaker rows the name and role stand for, which is what makes a name
    // the one used most often.
    QString keyFor(const QString &ticker, const QString &name, const QString &role, int weight = 1)
    {
        if (m_by == TrendOptions::SplitBy::Role)
            return role;
        if (name.trimmed().isEmpty())
            return ticker + u"|("_s + role + u')';
        const QString cacheKey = ticker + u'|' + name;
        const auto known = m_seriesOfName.constFind(cacheKey);
        if (known != m_seriesOfName.cend()) {
            Identity &identity = m_identities[ticker][known->second];
            identity.names[name] += weight;
            identity.roles[role] += weight;
            return identity.seriesKey;
        }
        QList<Identity> &identities = m_identities[ticker];
        const QString nameKey = SpeakerIdentity::key(name);
        for (qsizetype i = 0; i < identities.size(); ++i) {
            Identity &identity = identities[i];
            if (identity.nameKey == nameKey || SpeakerIdentity::samePerson(identity.firstName, name)) {
                m_seriesOfName.insert(cacheKey, {ticker, i});
                identity.names[name] += weight;
                identity.roles[role] += weight;
                return identity.seriesKey;
            }
        }
        Identity identity;
        identity.nameKey = nameKey;
        identity.firstName = name;
        identity.seriesKey = ticker + u'|' + nameKey;
        identity.names[name] = weight;
        identity.roles[role] = weight;
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

// The trend's large reads (a row per speaker of a call, per call and speaker, per matching turn)
// go through SQLite's own interface: QSqlQuery's QVariant per value and copy of each row were
// most of a trend's time. Integers and short UTF-8 text only; the statement is the store's
// connection's, so its time limit holds.
class Rows
{
public:
    Rows(sqlite3 *connection, const char *sql, QString *error) : m_connection(connection), m_error(error)
    {
        if (!m_connection || sqlite3_prepare_v2(m_connection, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    Rows(const QSqlDatabase &db, const char *sql, QString *error) : Rows(sqliteHandle(db), sql, error) {}
    ~Rows() { sqlite3_finalize(m_statement); }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    void bind(int position, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        if (m_statement && sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()),
                                             SQLITE_TRANSIENT) != SQLITE_OK)
            fail();
    }
    // The next row; false at the end, and on an error, with the message set.
    bool next()
    {
        if (!m_statement)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    bool ok() const { return m_ok; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QByteArrayView text(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return {bytes, sqlite3_column_bytes(m_statement, column)};
    }

private:
    void fail()
    {
        m_ok = false;
        *m_error = m_connection
                       ? QString::fromUtf8(sqlite3_errmsg(m_connection))
                       : QCoreApplication::translate("LibraryStore", "the database connection is not SQLite");
    }

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString *m_error;
    bool m_ok = true;
};

// The calls in scope, in trend order, and where each is in it.
struct CallsInScope
{
    QList<TrendCall> calls;
    // The call's place in `calls`, or -1 for a call out of scope. Ids are rowids, so dense.
    int indexOf(qint64 id) const { return id >= 0 && id < qint64(m_index.size()) ? m_index[size_t(id)] : -1; }
    // The companies of the calls, each once, and which of them a call (its index) is of.
    QStringList tickers;
    int companyOf(int call) const { return m_company[size_t(call)]; }

    bool read(const QSqlDatabase &db, const TrendOptions &options, QString *error)
    {
        Rows rows(db,
                  "SELECT c.id, coalesce(co.ticker, ''), c.fiscal_period, coalesce(c.call_date, ''), c.title"
                  " FROM calls c LEFT JOIN companies co ON co.id = c.company_id"
                  " WHERE (?1 = '' OR co.ticker = ?1) ORDER BY c.fiscal_period, c.call_date, c.id",
                  error);
        rows.bind(1, options.companyTicker);
        while (rows.next()) {
            TrendCall call{rows.integer(0), QString::fromUtf8(rows.text(1)), QString::fromUtf8(rows.text(2)),
                           QDate::fromString(QString::fromLatin1(rows.text(3)), Qt::ISODate),
                           QString::fromUtf8(rows.text(4))};
            if (call.id >= qint64(m_index.size()))
                m_index.resize(size_t(call.id) + 1, -1);
            m_index[size_t(call.id)] = int(calls.size());
            qsizetype company = tickers.indexOf(call.companyTicker);
            if (company < 0) {
                company = tickers.size();
                tickers.append(call.companyTicker);
            }
            m_company.push_back(int(company));
            calls.append(call);
        }
        return rows.ok();
    }

private:
    std::vector<int> m_index;   // by call id
    std::vector<int> m_company; // by call, in tickers
};

// Per series (its index), per call in scope; a series with nothing has an empty row. Vectors, not a
// hash: a trend adds a value for each of some 300,000 matches.
using PerCall = std::vector<std::vector<int>>;

void addTo(PerCall *values, int series, int call, int value, size_t calls)
{
    if (size_t(series) >= values->size())
        values->resize(size_t(series) + 1);
    std::vector<int> &row = (*values)[size_t(series)];
    if (row.empty())
        row.resize(calls);
    row[size_t(call)] += value;
}

struct SeriesInfo
{
    QString key;
    QString ticker;
    QString role;
};

// Every speaker of the calls in scope with its series, and the words each spoke, read in one pass
// over spoken_words (a row per call and speaker that has had a turn, kept by triggers; see
// LibraryMigrations) joined to each row's speaker: reading the speakers and the words apart cost
// a trend two passes over about 200,000 rows at 10,000 calls. Speakers are many (one per unnamed
// analyst's question) but their names and roles are few, so each name and role of a company (a
// voice) is given its series once, in the order of its first speaker's id. Series are numbered in
// that order; a call is its index in scope. A speaker who never had a turn has no row there and
// so never spoke; the words of turns without a speaker (narration) are the rows of speaker 0.
struct SpeakerSeries
{
    explicit SpeakerSeries(TrendOptions::SplitBy by) : assigner(by) {}

    bool read(sqlite3 *connection, const TrendOptions &options, const CallsInScope &scope, QString *error)
    {
        // CROSS JOIN keeps spoken_words outside, read in the order of its key, each row's speaker
        // found by its id: twice as fast as scanning the speakers and seeking each one's words.
        Rows spoken(connection,
                    "SELECT w.call_id, w.speaker_id, w.words, s.name, s.role FROM spoken_words w"
                    " CROSS JOIN speakers s ON s.id = w.speaker_id AND s.call_id = w.call_id"
                    " WHERE s.role <> ?1 AND s.role <> ?2"
                    " UNION ALL SELECT call_id, 0, words, '', '' FROM spoken_words"
                    " WHERE speaker_id = 0 AND words > 0",
                    error);
        spoken.bind(1, QString::fromLatin1(Role::Furniture));
        spoken.bind(2, QString::fromLatin1(options.includeAnalysts ? Role::Furniture : Role::Analyst));
        struct Voice
        {
            int company = 0;
            QString name;
            QString role;
            int rows = 0;
            qint64 firstSpeaker = 0;
        };
        QList<Voice> voices;
        QHash<QByteArray, int> voiceOf;
        struct Row
        {
            qint64 speaker;
            int voice;
            int call;
            int words;
        };
        std::vector<Row> rows;
        std::vector<std::pair<int, int>> narrationWords; // call, words
        QByteArray lookup;
        while (spoken.next()) {
            const int call = scope.indexOf(spoken.integer(0));
            if (call < 0)
                continue;
            const qint64 speaker = spoken.integer(1);
            const int spokenWords = int(spoken.integer(2));
            if (speaker == 0) {
                narrationWords.push_back({call, spokenWords});
                continue;
            }
            const int company = scope.companyOf(call);
            lookup.truncate(0);
            lookup.append(reinterpret_cast<const char *>(&company), sizeof company);
            lookup.append(spoken.text(3)).append('\x1f').append(spoken.text(4));
            auto voice = voiceOf.constFind(lookup);
            if (voice == voiceOf.cend()) {
                voice = voiceOf.insert(lookup, int(voices.size()));
                voices.append({company, QString::fromUtf8(spoken.text(3)), QString::fromUtf8(spoken.text(4)),
                               0, speaker});
            }
            Voice &known = voices[*voice];
            ++known.rows;
            known.firstSpeaker = std::min(known.firstSpeaker, speaker);
            rows.push_back({speaker, *voice, call, spokenWords});
        }
        if (!spoken.ok())
            return false;

        // The first voice met decides a person's series key and the name others are compared with.
        std::vector<int> byFirstSpeaker(size_t(voices.size()));
        std::iota(byFirstSpeaker.begin(), byFirstSpeaker.end(), 0);
        std::sort(byFirstSpeaker.begin(), byFirstSpeaker.end(),
                  [&](int a, int b) { return voices.at(a).firstSpeaker < voices.at(b).firstSpeaker; });
        std::vector<int> seriesOfVoice(size_t(voices.size()));
        for (const int v : byFirstSpeaker) {
            const Voice &voice = voices.at(v);
            const QString &ticker = scope.tickers.at(voice.company);
            seriesOfVoice[size_t(v)] =
                seriesIndex(assigner.keyFor(ticker, voice.name, voice.role, voice.rows), ticker, voice.role);
        }
        spokeIn.assign(size_t(series.size()), std::vector<bool>(size_t(scope.calls.size())));
        const size_t calls = size_t(scope.calls.size());
        for (const Row &row : rows) {
            const int index = seriesOfVoice[size_t(row.voice)];
            if (row.speaker >= qint64(m_seriesOfSpeaker.size())) {
                m_seriesOfSpeaker.resize(size_t(row.speaker) + 1, -1);
                m_callOfSpeaker.resize(size_t(row.speaker) + 1, -1);
            }
            m_seriesOfSpeaker[size_t(row.speaker)] = index;
            m_callOfSpeaker[size_t(row.speaker)] = row.call;
            spokeIn[size_t(index)][size_t(row.call)] = true;
            addTo(&m_words, index, row.call, row.words, calls);
        }
        m_narration.assign(calls, -1);
        m_scope = &scope;
        for (const auto &[call, spokenWords] : narrationWords)
            addTo(&m_words, seriesOf(0, call), call, spokenWords, calls);
        return true;
    }

    // The series of a turn of a call in scope (its index) by its speaker (0: none, narration), or
    // -1 for a speaker left out.
    int seriesOf(qint64 speakerId, int call)
    {
        if (speakerId != 0)
            return speakerId > 0 && speakerId < qint64(m_seriesOfSpeaker.size())
                       ? m_seriesOfSpeaker[size_t(speakerId)]
                       : -1;
        int &narration = m_narration[size_t(call)];
        if (narration < 0) {
            const QString &ticker = m_scope->calls.at(call).companyTicker;
            const QString narrator = QString::fromLatin1(Role::Narrator);
            narration = seriesIndex(assigner.keyFor(ticker, QString(), narrator), ticker, narrator);
        }
        return narration;
    }

    // The call in scope (its index) a speaker is of, or -1.
    int callOfSpeaker(qint64 speakerId) const
    {
        return speakerId > 0 && speakerId < qint64(m_callOfSpeaker.size())
                   ? m_callOfSpeaker[size_t(speakerId)]
                   : -1;
    }

    QString seriesOfTurn(qint64 speakerId, qint64 callId)
    {
        const int call = m_scope->indexOf(callId);
        const int index = call < 0 ? -1 : seriesOf(speakerId, call);
        return index < 0 ? QString() : series.at(index).key;
    }

    int seriesIndex(const QString &key, const QString &ticker, const QString &role)
    {
        const auto known = indexOfKey.constFind(key);
        if (known != indexOfKey.cend())
            return *known;
        indexOfKey.insert(key, int(series.size()));
        series.append({key, ticker, role});
        return int(series.size() - 1);
    }

    // The words a series spoke in each call in scope; empty when it spoke none.
    const std::vector<int> &wordsOf(int index) const
    {
        static const std::vector<int> none;
        return size_t(index) < m_words.size() ? m_words[size_t(index)] : none;
    }

    SeriesAssigner assigner;
    QList<SeriesInfo> series;
    QHash<QString, int> indexOfKey;
    std::vector<std::vector<bool>> spokeIn; // by series, then call; series met later spoke in none

private:
    const CallsInScope *m_scope = nullptr;
    std::vector<int> m_seriesOfSpeaker; // by speaker id, -1 when left out
    std::vector<int> m_callOfSpeaker;   // by speaker id
    std::vector<int> m_narration;       // by call: the series of its turns without a speaker
    PerCall m_words;
};

// Who spoke in the calls in scope is the longest read of a trend (a row per call and speaker) and
// needs no term, so it runs on a second connection on another thread while the store's connection
// reads the terms' matches. Where no second connection can be opened (ReaderConnection), or its
// read fails, it is read on the store's connection once the matches are in.
class SpeakerRead
{
public:
    SpeakerRead(const LibraryStore &store, const TrendOptions &options, const CallsInScope &scope,
                SpeakerSeries *speakers)
        : m_options(options), m_scope(scope), m_speakers(speakers)
    {
        std::shared_ptr<ReaderConnection> reader = ReaderConnection::open(store);
        if (!reader)
            return;
        try {
            m_running = std::async(std::launch::async, [this, reader] {
                QString ignored;
                return m_speakers->read(reader->handle(), m_options, m_scope, &ignored);
            });
        } catch (const std::system_error &) {
            // No thread to be had: finish() reads them here.
        }
    }
    ~SpeakerRead()
    {
        if (m_running.valid())
            m_running.wait();
    }
    SpeakerRead(const SpeakerRead &) = delete;
    SpeakerRead &operator=(const SpeakerRead &) = delete;

    // Waits for the read beside, or reads the speakers on the store's connection `db` where there
    // was none or it failed.
    bool finish(const QSqlDatabase &db, QString *error)
    {
        if (m_running.valid() && m_running.get())
            return true;
        *m_speakers = SpeakerSeries(m_options.by);
        return m_speakers->read(sqliteHandle(db), m_options, m_scope, error);
    }

private:
    const TrendOptions &m_options;
    const CallsInScope &m_scope;
    SpeakerSeries *m_speakers;
    std::future<bool> m_running;
};

// Reads the turns a query gives (call id, speaker id or 0, text; `values` bound in order) and
// counts the term in each.
bool countInTurns(const QSqlDatabase &db, const TermMatcher &matcher, const QString &sql,
                  const QVariantList &values, const CallsInScope &scope, SpeakerSeries &speakers,
                  PerCall *counts, QString *error)
{
    QSqlQuery turns(db);
    if (!run(turns, sql, values, error))
        return false;
    while (turns.next()) {
        const int call = scope.indexOf(turns.value(0).toLongLong());
        const int series = call < 0 ? -1 : speakers.seriesOf(turns.value(1).toLongLong(), call);
        if (series < 0)
            continue;
        if (const int count = matcher.countInNormalised(SearchText::normalise(turns.value(2).toString())))
            addTo(counts, series, call, count, size_t(scope.calls.size()));
    }
    return true;
}

// The turns still queued for the indexes are in neither, so they are read (see docs/SEARCH.md).
bool countInQueuedTurns(const QSqlDatabase &db, const TermMatcher &matcher, const CallsInScope &scope,
                        SpeakerSeries &speakers, PerCall *counts, QString *error)
{
    return countInTurns(db, matcher,
                        u"SELECT t.call_id, coalesce(t.speaker_id, 0), t.text FROM turn_search_pending q"
                        " CROSS JOIN turns t ON t.id = q.turn_id"_s,
                        {}, scope, speakers, counts, error);
}

// A term's matches in the word index: each matching turn's rowid there (turns.term_key) and the
// term's count in it.
using Matches = std::vector<std::pair<qint64, int>>;

// A term the word index can answer: its matches come from turn_terms, counted per turn by
// er_term_count, and no text is read. Nothing here needs to know who spoke, so it runs while
// the speakers are read (SpeakerRead).
bool readMatches(const QSqlDatabase &db, const QString &wordQuery, Matches *found, QString *error)
{
    Rows matches(db, "SELECT rowid, er_term_count(turn_terms) FROM turn_terms WHERE turn_terms MATCH ?",
                 error);
    matches.bind(1, wordQuery);
    while (matches.next())
        found->emplace_back(matches.integer(0), int(matches.integer(1)));
    return matches.ok();
}

// Adds a term's matches in the word index to their series. A match's rowid (turns.term_key, see
// LibraryMigrations) says whose turn it is: a speaker (the speaker's id in the high half), or a
// call's narration (negated, the call's id there), so nothing else is read. The queued turns are
// in no index yet and are read.
bool countByWordIndex(const QSqlDatabase &db, const TermMatcher &matcher, const Matches &matches,
                      const CallsInScope &scope, SpeakerSeries &speakers, PerCall *counts, QString *error)
{
    for (const auto &[key, count] : matches) {
        const qint64 owner = (key < 0 ? -key : key) >> 32;
        const int call = key < 0 ? scope.indexOf(owner) : speakers.callOfSpeaker(owner);
        const int series = call < 0 ? -1 : speakers.seriesOf(key < 0 ? 0 : owner, call);
        if (series >= 0)
            addTo(counts, series, call, count, size_t(scope.calls.size()));
    }
    return countInQueuedTurns(db, matcher, scope, speakers, counts, error);
}

// Any other term: the search index narrows it to the turns that can contain it (their bigrams),
// and those are read.
bool countByReading(const QSqlDatabase &db, const TermMatcher &matcher, const SearchQuery &query,
                    const CallsInScope &scope, SpeakerSeries &speakers, PerCall *counts, QString *error)
{
    return countInTurns(db, matcher,
                        u"SELECT t.call_id, coalesce(t.speaker_id, 0), t.text FROM turn_search"
                        " CROSS JOIN turns t ON t.id = turn_search.rowid WHERE turn_search MATCH ?"_s,
                        {query.matchExpression()}, scope, speakers, counts, error) &&
           countInQueuedTurns(db, matcher, scope, speakers, counts, error);
}

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
    CallsInScope scope;
    if (!scope.read(db, options, &result.error))
        return result;
    result.calls = scope.calls;
    SpeakerSeries speakers(options.by);
    SpeakerRead speakerRead(m_store, options, scope, &speakers);

    struct Term
    {
        QString text;
        TermMatcher matcher;
        SearchQuery query;
        Matches matches; // when the word index answers it
    };
    std::vector<Term> pending;
    for (const QString &text : terms) {
        Term term{text, TermMatcher(text), SearchQuery(), {}};
        term.query = SearchQuery(term.matcher.normalisedPhrase());
        if (term.matcher.isEmpty() || term.query.matchExpression().isEmpty()) {
            result.error =
                tr("Nothing to count in \u201c%1\u201d: a term needs a letter or a digit.").arg(text);
            return result;
        }
        const QString wordQuery = term.matcher.wordIndexQuery();
        if (!wordQuery.isEmpty() && !readMatches(db, wordQuery, &term.matches, &result.error))
            return result;
        pending.push_back(std::move(term));
    }
    if (!speakerRead.finish(db, &result.error))
        return result;

    for (const Term &term : pending) {
        const TermMatcher &matcher = term.matcher;
        TermTrend trend;
        trend.term = term.text;
        trend.rule = matcher.ruleText() + u"; "_s + speakerRuleText(options);
        PerCall counts;
        const bool counted =
            matcher.wordIndexQuery().isEmpty()
                ? countByReading(db, matcher, term.query, scope, speakers, &counts, &result.error)
                : countByWordIndex(db, matcher, term.matches, scope, speakers, &counts, &result.error);
        if (!counted)
            return result;

        for (size_t index = 0; index < counts.size(); ++index) {
            const std::vector<int> &seriesCounts = counts[index];
            if (seriesCounts.empty())
                continue;
            TrendSeries series;
            const SeriesInfo &info = speakers.series.at(qsizetype(index));
            series.key = info.key;
            series.role = info.role;
            if (options.by == TrendOptions::SplitBy::Speaker) {
                series.companyTicker = info.ticker;
                const auto [name, role] = speakers.assigner.labelOf(info.ticker, info.key);
                series.speaker = name;
                if (!role.isEmpty())
                    series.role = role;
            }
            const std::vector<int> &seriesWords = speakers.wordsOf(int(index));
            static const std::vector<bool> spokeNowhere;
            const std::vector<bool> &spoke =
                index < speakers.spokeIn.size() ? speakers.spokeIn[index] : spokeNowhere;
            for (qsizetype c = 0; c < scope.calls.size(); ++c) {
                const TrendCall &call = scope.calls.at(c);
                const int count = seriesCounts[size_t(c)];
                const int spoken = !options.countWords   ? -1
                                   : seriesWords.empty() ? 0
                                                         : seriesWords[size_t(c)];
                if (count == 0 && spoken <= 0 && (spoke.empty() || !spoke[size_t(c)]))
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
    // The series of a speaker depends on every call in scope (the name variant seen first), read
    // while the calls' turns are, when the hits are of one series.
    CallsInScope calls;
    if (!calls.read(db, options, &results.error))
        return results;
    SpeakerSeries speakers(options.by);
    std::optional<SpeakerRead> speakerRead;
    if (!seriesKey.isEmpty())
        speakerRead.emplace(m_store, options, calls, &speakers);

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
    struct TurnHits
    {
        qint64 speakerId;
        qint64 callId;
        QList<SearchHit> hits;
    };
    QList<TurnHits> found;
    while (turns.next()) {
        const QString text = turns.value(4).toString();
        const QList<TermMatcher::Match> matches = matcher.matchesInNormalised(SearchText::normalise(text));
        if (matches.isEmpty())
            continue;
        const QString role = turns.value(6).toString();
        TurnHits &turnHits =
            found.emplaceBack(TurnHits{turns.value(8).toLongLong(), turns.value(1).toLongLong(), {}});
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
            turnHits.hits.append(hit);
        }
    }
    if (speakerRead && !speakerRead->finish(db, &results.error))
        return results;
    for (const TurnHits &turnHits : std::as_const(found)) {
        if (seriesKey.isEmpty() || speakers.seriesOfTurn(turnHits.speakerId, turnHits.callId) == seriesKey)
            results.hits += turnHits.hits;
    }
    return results;
}
