// Trend benchmark: a synthetic library of N calls (SyntheticCorpus), and for each term the
// trend through the search index (TermTrendCounter) timed against a scan of every turn of
// the same library, same run: the scan reads each turn's text from the file and counts with
// the same matcher, which is what a trend would cost without the index. Prints medians and
// the ratio; `--short` (N=200, for CTest) checks that both give the same counts and never
// judges time.
//
//   bench_trend [--calls N] [--runs N] [--short] [--library FILE]
//   (--library keeps the synthetic library in FILE and reuses it when it has N calls)

#include "SyntheticCorpus.h"
#include "store/LibraryStore.h"
#include "text/SearchText.h"
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

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QStringList kTerms = {u"Blackwell"_s, u"Blackwell Ultra"_s, u"營收"_s, u"DeepSeek"_s, u"quantum"_s};

// Counts by role and call: what both ways must agree on.
using Counts = QHash<QString, QHash<qint64, int>>;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Counts byIndex(const LibraryStore &store, const QString &term, TrendOptions::SplitBy by, bool words)
{
    TrendOptions options;
    options.by = by;
    options.countWords = words;
    const TrendResult result = TermTrendCounter(store).compute({term}, options);
    Counts counts;
    if (!result.error.isEmpty() || result.terms.isEmpty()) {
        out << "trend failed: " << result.error << Qt::endl;
        return counts;
    }
    for (const TrendSeries &series : result.terms.first().series) {
        for (const TrendPoint &point : series.points) {
            if (point.count > 0)
                counts[series.role][point.callId] += point.count;
        }
    }
    return counts;
}

Counts byScan(const LibraryStore &store, const QString &term)
{
    const TermMatcher matcher(term);
    QSqlQuery all(store.database());
    all.setForwardOnly(true);
    all.prepare(
        u"SELECT t.call_id, coalesce(s.role, 'narrator'), t.text FROM turns t"
        " LEFT JOIN speakers s ON s.id = t.speaker_id WHERE coalesce(s.role, 'narrator') <> 'furniture'"_s);
    all.exec();
    Counts counts;
    while (all.next()) {
        const int count = matcher.countInNormalised(SearchText::normalise(all.value(2).toString()));
        if (count > 0)
            counts[all.value(1).toString()][all.value(0).toLongLong()] += count;
    }
    return counts;
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

    // Why counts cannot come from the index alone (docs/TRENDS.md): its fts5vocab 'instance'
    // rows have no column or offset, since turn_search keeps no positions (detail=none), and
    // its terms are letter pairs listed once per turn, so they carry no count either.
    QSqlQuery vocab(store.database());
    if (vocab.exec(
            u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.trend_vocab USING fts5vocab(main, turn_search, instance)"_s) &&
        vocab.exec(
            u"SELECT count(*), count(\"offset\"), count(DISTINCT doc) FROM temp.trend_vocab WHERE term = 'bl'"_s) &&
        vocab.next()) {
        out << "fts5vocab instance rows for the letter pair 'bl': " << vocab.value(0).toLongLong()
            << ", with an offset: " << vocab.value(1).toLongLong()
            << ", turns: " << vocab.value(2).toLongLong() << Qt::endl;
    } else {
        out << "fts5vocab over turn_search failed: " << vocab.lastError().text() << Qt::endl;
    }

    out << "calls: " << calls << ", runs per term: " << runs << "\n"
        << "term\thits\tindex, counts (ms)\tindex, counts and words (ms)\tscan (ms)\tscan / index\tsame\n";
    bool allSame = true;
    for (const QString &term : kTerms) {
        QList<double> indexed;
        QList<double> withWords;
        QList<double> scanned;
        Counts fromIndex;
        Counts fromScan;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            fromIndex = byIndex(store, term, TrendOptions::SplitBy::Speaker, false);
            indexed << elapsedMs(timer);
            timer.restart();
            byIndex(store, term, TrendOptions::SplitBy::Speaker, true);
            withWords << elapsedMs(timer);
            timer.restart();
            fromScan = byScan(store, term);
            scanned << elapsedMs(timer);
        }
        // The speaker split above is what is timed; the comparison is by role, which the scan
        // can make without the identity rules.
        fromIndex = byIndex(store, term, TrendOptions::SplitBy::Role, false);
        const bool same = fromIndex == fromScan;
        allSame = allSame && same;
        int hits = 0;
        for (const auto &perCall : std::as_const(fromScan)) {
            for (int count : perCall)
                hits += count;
        }
        out << term << '\t' << hits << '\t' << QString::number(median(indexed), 'f', 1) << '\t'
            << QString::number(median(withWords), 'f', 1) << '\t' << QString::number(median(scanned), 'f', 1)
            << '\t' << QString::number(median(scanned) / std::max(0.001, median(indexed)), 'f', 1) << '\t'
            << (same ? "yes" : "NO") << Qt::endl;
    }
    if (!allSame) {
        out << "FAIL: the trend through the index differs from the scan" << Qt::endl;
        return 1;
    }
    return 0;
}
