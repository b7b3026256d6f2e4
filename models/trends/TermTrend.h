#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class LibraryStore;
struct SearchResults;

struct TrendOptions
{
    enum class SplitBy { Speaker, Role };

    QString companyTicker; // empty: the whole library
    SplitBy by = SplitBy::Speaker;
    bool includeAnalysts = true;
    // Words spoken per point, for rates (kept per call and speaker in spoken_words, which a trend
    // reads anyway to know who spoke in which call; off, points carry -1).
    bool countWords = true;
};

// A call on the trend's time axis.
struct TrendCall
{
    qint64 id = 0;
    QString companyTicker;
    QString fiscalPeriod;
    QDate date;
    QString title;
};

struct TrendPoint
{
    qint64 callId = 0;
    QString fiscalPeriod;
    int count = 0;
    int words = -1; // -1 when not counted
};

// One speaker identity (or one role) across the calls in scope.
struct TrendSeries
{
    QString key;     // tells series apart within one result (company and identity, or role)
    QString speaker; // the name most often used; empty for a role and for unnamed speakers
    QString role;    // Role::*; for a speaker, the role most often given
    QString companyTicker;
    int total = 0;
    QList<TrendPoint> points; // in the order of TrendResult::calls
};

struct TermTrend
{
    QString term;
    QString rule;              // the counting rule in force, in words
    QList<TrendSeries> series; // most mentions first; series that never say the term are left out
};

struct TrendResult
{
    QList<TrendCall> calls; // by fiscal period, then date
    QList<TermTrend> terms; // in the order asked
    QString error;
};

// Term counts per call by speaker identity or by role (docs/TRENDS.md). A term of letters,
// digits and spaces is counted by the word index (turn_terms) without reading any text; any
// other term is narrowed by the search index to the turns that can contain it, and those are
// read. Turns still queued for the indexes are read either way.
class TermTrendCounter
{
    Q_DECLARE_TR_FUNCTIONS(TermTrendCounter)
public:
    explicit TermTrendCounter(const LibraryStore &store) : m_store(store) {}

    TrendResult compute(const QStringList &terms, const TrendOptions &options) const;
    // What a point or a cell of a trend stands for: the occurrences of the term in these calls
    // that the trend counted, as search hits in reading order (snippet, section, question),
    // only those of one series when seriesKey (TrendSeries::key) is given. A few calls are
    // read whole, so no index is needed.
    SearchResults hits(const QString &term, const TrendOptions &options, const QList<qint64> &callIds,
                       const QString &seriesKey = {}) const;

    // The speakers' rule, in words, to show with the terms' rules.
    static QString speakerRuleText(const TrendOptions &options);

private:
    const LibraryStore &m_store;
};
