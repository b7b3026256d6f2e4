// Trend benchmark: a synthetic library of N calls (SyntheticCorpus), and for each term the
// trend through the indexes (TermTrendCounter: the word index turn_terms and the words spoken
// kept per call and speaker) timed against a scan of every turn of the same library, same run:
// the scan reads each turn's text from the file and counts with the same matcher and WordCount,
// which is what a trend would cost without the indexes. Prints medians and the ratio; `--short`
// (N=200, for CTest) checks that both give the same counts and words, and never judges time.
//
//   bench_trend [--calls N] [--runs N] [--short] [--library FILE]
//   (--library keeps the synthetic library in FILE and reuses it when it has N calls)

#include "SyntheticCorpus.h"
#include "store/LibraryStore.h"
#include "text/SearchText.h"
#include "text/WordCount.h"
#include "trends/TermMatcher.h"
#include "trends/TermTrend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// The first five are answered by the word index; "5%" ("73.5%") has a character it does not
// index, so it is counted by reading the turns the search index narrows it to.
const QStringList kTerms = {u"Blackwell"_s, u"Blackwell Ultra"_s, u"營收"_s,
                            u"DeepSeek"_s,  u"quantum"_s,         u"5%"_s};

// Counts (or words spoken) by role and call: what both ways must agree on.
using Counts = QHash<QString, QHash<qint64, int>>;
struct Trend
{
    Counts counts;
    Counts words;
    bool operator==(const Trend &) const = default;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The CPU time of the process, every thread's (a trend reads its speakers on a second thread):
// on a machine shared with other builds the wall clock also counts the time spent waiting for a
// core, which this does not.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Trend byIndex(const LibraryStore &store, const QString &term, TrendOptions::SplitBy by, bool words)
{
    TrendOptions options;
    options.by = by;
    options.countWords = words;
    const TrendResult result = TermTrendCounter(store).compute({term}, options);
    Trend trend;
    if (!result.error.isEmpty() || result.terms.isEmpty()) {
        out << "trend failed: " << result.error << Qt::endl;
        return trend;
    }
    for (const TrendSeries &series : result.terms.first().series) {
        for (const TrendPoint &point : series.points) {
            if (point.count > 0)
                trend.counts[series.role][point.callId] += point.count;
            if (point.words > 0)
                trend.words[series.role][point.callId] += point.words;
        }
    }
    return trend;
}

// Words spoken by the series that say the term, as the trend reports them.
Trend byScan(const LibraryStore &store, const QString &term)
{
    const TermMatcher matcher(term);
    QSqlQuery all(store.database());
    all.setForwardOnly(true);
    all.prepare(
        u"SELECT t.call_id, coalesce(s.role, 'narrator'), t.text FROM turns t"
        " LEFT JOIN speakers s ON s.id = t.speaker_id WHERE coalesce(s.role, 'narrator') <> 'furniture'"_s);
    all.exec();
    Trend trend;
    Counts words;
    while (all.next()) {
        const QString role = all.value(1).toString();
        const qint64 callId = all.value(0).toLongLong();
        const QString text = all.value(2).toString();
        const int count = matcher.countInNormalised(SearchText::normalise(text));
        if (count > 0)
            trend.counts[role][callId] += count;
        if (const int spoken = WordCount::count(text); spoken > 0)
            words[role][callId] += spoken;
    }
    // A series that never says the term has no points.
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        if (trend.counts.contains(it.key()))
            trend.words.insert(it.key(), it.value());
    }
    return trend;
}

int callsIn(const LibraryStore &store)
{
    QSqlQuery query(store.database());
    return query.exec(u"SELECT count(*) FROM calls"_s) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"calls"_s, u"Calls in the library (default 10000)."_s, u"n"_s},
                       {u"runs"_s, u"Timed runs per term (default 5)."_s, u"n"_s},
                       {u"short"_s, u"200 calls, one run: the CTest check."_s},
                       {u"library"_s, u"Keep the library in this file, and reuse it."_s, u"file"_s}});
    parser.process(app);
    const bool isShort = parser.isSet(u"short"_s);
    const int calls = isShort                                ? 200
                      : parser.value(u"calls"_s).toInt() > 0 ? parser.value(u"calls"_s).toInt()
                                                             : 10000;
    const int runs =
        isShort ? 1 : std::max(1, parser.value(u"runs"_s).toInt() > 0 ? parser.value(u"runs"_s).toInt() : 5);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(u"library"_s) ? parser.value(u"library"_s) : dir.filePath(u"trend.sqlite"_s);
    LibraryStore store;
    QString error;
    if (!store.open(path, &error)) {
        out << "cannot open " << path << ": " << error << Qt::endl;
        return 1;
    }
    const int existing = callsIn(store);
    if (existing != calls) {
        if (existing != 0) {
            out << path << " has " << existing << " calls, not " << calls << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const SyntheticCorpus corpus;
        for (int i = 0; i < calls; ++i) {
            const SyntheticCorpus::Call call = corpus.call(i);
            if (!store.addCall(call.transcript, call.meta, &error)) {
                out << "import failed: " << error << Qt::endl;
                return 1;
            }
        }
        out << "imported " << calls << " calls in " << QString::number(elapsedMs(timer) / 1000, 'f', 1)
            << " s" << Qt::endl;
    }

    QSqlQuery size(store.database());
    if (size.exec(u"SELECT (SELECT count(*) FROM turns), (SELECT count(*) FROM turn_search_pending),"
                  " (SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size())"_s) &&
        size.next()) {
        out << "turns: " << size.value(0).toLongLong()
            << ", queued for the indexes: " << size.value(1).toLongLong()
            << ", file: " << size.value(2).toLongLong() / (1024 * 1024) << " MB" << Qt::endl;
    }

    out << "calls: " << calls << ", runs per term: " << runs << "\n"
        << "term\thits\tindex, counts (ms)\tindex, counts and words (ms)\tscan (ms)\tscan / index\t"
           "CPU: counts, counts and words, scan (ms)\tsame\n";
    bool allSame = true;
    for (const QString &term : kTerms) {
        QList<double> indexed;
        QList<double> withWords;
        QList<double> scanned;
        QList<double> indexedCpu;
        QList<double> withWordsCpu;
        QList<double> scannedCpu;
        Trend fromIndex;
        Trend fromScan;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            double cpu = processCpuMs();
            byIndex(store, term, TrendOptions::SplitBy::Speaker, false);
            indexed << elapsedMs(timer);
            indexedCpu << processCpuMs() - cpu;
            timer.restart();
            cpu = processCpuMs();
            byIndex(store, term, TrendOptions::SplitBy::Speaker, true);
            withWords << elapsedMs(timer);
            withWordsCpu << processCpuMs() - cpu;
            timer.restart();
            cpu = processCpuMs();
            fromScan = byScan(store, term);
            scanned << elapsedMs(timer);
            scannedCpu << processCpuMs() - cpu;
        }
        // The speaker split above is what is timed; the comparison is by role, which the scan
        // can make without the identity rules.
        fromIndex = byIndex(store, term, TrendOptions::SplitBy::Role, true);
        const bool same = fromIndex == fromScan;
        allSame = allSame && same;
        int hits = 0;
        for (const auto &perCall : std::as_const(fromScan.counts)) {
            for (int count : perCall)
                hits += count;
        }
        out << term << '\t' << hits << '\t' << QString::number(median(indexed), 'f', 1) << '\t'
            << QString::number(median(withWords), 'f', 1) << '\t' << QString::number(median(scanned), 'f', 1)
            << '\t' << QString::number(median(scanned) / std::max(0.001, median(indexed)), 'f', 1) << '\t'
            << QString::number(median(indexedCpu), 'f', 1) << ", "
            << QString::number(median(withWordsCpu), 'f', 1) << ", "
            << QString::number(median(scannedCpu), 'f', 1) << '\t' << (same ? "yes" : "NO") << Qt::endl;
    }
    if (!allSame) {
        out << "FAIL: the trend through the indexes differs from the scan" << Qt::endl;
        return 1;
    }
    return 0;
}
