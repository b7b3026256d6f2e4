// Search benchmark: builds a synthetic library of N calls in a temporary file and measures
// import throughput, size on disk, search latency per query class and peak memory, next to
// a linear scan over all turn texts held in memory. `--short` (N=50, for CTest) checks only
// that the index returns what the scan finds; it never judges timing.
//
//   bench_search [--calls N] [--short]

#include "SyntheticCorpus.h"
#include "search/SearchIndex.h"
#include "store/LibraryStore.h"
#include "text/SearchText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct QueryClass
{
    QString name;
    QStringList terms;
};

const QList<QueryClass> kQueryClasses = {
    {u"2-char Chinese"_s, {u"毛利"_s, u"推理"_s, u"算力"_s, u"營收"_s}},
    {u"4-char Chinese"_s, {u"數據中心"_s, u"資本支出"_s, u"先進封裝"_s, u"深度思考"_s}},
    {u"Latin word"_s, {u"blackwell"_s, u"NVL72"_s, u"DeepSeek"_s, u"spectrum"_s}},
    {u"Simplified on Trad."_s, {u"台积电"_s, u"营收"_s, u"数据中心"_s, u"毛利率"_s}},
    {u"no hits"_s, {u"量子糾纏"_s, u"quantum"_s, u"比特币挖矿"_s, u"zettabyte"_s}},
    {u"1-char Chinese"_s, {u"營"_s, u"算"_s, u"潤"_s, u"鏈"_s}},
};

constexpr int kLimit = 50;

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

struct Hit
{
    qint64 turn = 0;
    int offset = 0;
    bool operator==(const Hit &) const = default;
};

// The baseline: all turn texts in memory (normalised once, before timing, so that it does
// the same script- and case-insensitive job), scanned with QString::indexOf.
struct LinearScan
{
    QList<qint64> ids;
    QStringList stored;
    QStringList normalised;

    static LinearScan load(const LibraryStore &store)
    {
        LinearScan scan;
        QSqlQuery all(store.database());
        all.setForwardOnly(true);
        all.prepare(u"SELECT id, text FROM turns ORDER BY id"_s);
        all.exec();
        while (all.next()) {
            scan.ids.append(all.value(0).toLongLong());
            scan.stored.append(all.value(1).toString());
            scan.normalised.append(SearchText::normalise(scan.stored.last()));
        }
        return scan;
    }

    // Up to `limit` hits (0: all) with snippets, as the index search returns them.
    QList<Hit> search(const QString &query, int limit, int *total = nullptr) const
    {
        QList<Hit> hits;
        const QString needle = SearchText::normalise(query).trimmed();
        int count = 0;
        for (qsizetype i = 0; i < normalised.size(); ++i) {
            const QString &text = normalised.at(i);
            for (qsizetype at = text.indexOf(needle); at >= 0;
                 at = text.indexOf(needle, at + needle.size())) {
                ++count;
                if (limit > 0 && hits.size() == limit) {
                    if (!total)
                        return hits;
                    continue;
                }
                int snippetOffset = 0;
                SearchIndex::snippet(stored.at(i), int(at), int(needle.size()), &snippetOffset);
                hits.append({ids.at(i), int(at)});
            }
        }
        if (total)
            *total = count;
        return hits;
    }
};

QList<Hit> hitsOf(const SearchResults &results)
{
    QList<Hit> hits;
    for (const SearchHit &hit : results.hits)
        hits.append({hit.turnId, hit.offset});
    return hits;
}

qint64 sizeOnDisk(const QString &path)
{
    qint64 size = 0;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        size += QFileInfo(path + suffix).size();
    return size;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"calls"_s, u"Number of synthetic calls (default 1000)."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"short"_s, u"50 calls, correctness only, no timing verdicts (for CTest)."_s});
    parser.process(app);
    const bool shortMode = parser.isSet(u"short"_s);
    const int callCount = shortMode ? 50 : parser.value(u"calls"_s).toInt();
    if (callCount <= 0) {
        QTextStream(stderr) << "--calls must be a positive number\n";
        return 2;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    LibraryStore store;
    QString error;
    if (!store.open(path, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }

    // Import: only the store's write (one transaction per call, index triggers included)
    // is timed, not generating the text.
    const SyntheticCorpus corpus;
    qint64 bytes = 0;
    qint64 turns = 0;
    qint64 importNs = 0;
    QElapsedTimer timer;
    for (int i = 0; i < callCount; ++i) {
        const SyntheticCorpus::Call call = corpus.call(i);
        bytes += call.meta.originalText.toUtf8().size();
        turns += call.transcript.turnCount();
        timer.start();
        if (!store.addCall(call.transcript, call.meta, &error)) {
            QTextStream(stderr) << "import failed: " << error << '\n';
            return 1;
        }
        importNs += timer.nsecsElapsed();
    }
    {
        QSqlQuery checkpoint(store.database());
        checkpoint.prepare(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        checkpoint.exec();
    }
    const double importSeconds = double(importNs) / 1e9;
    const double megabytes = double(bytes) / 1e6;
    out << "Synthetic library: " << callCount << " calls, " << turns << " turns, "
        << QString::number(megabytes, 'f', 1) << " MB of transcript text (UTF-8)\n";
    out << "Import: " << QString::number(importSeconds, 'f', 2) << " s, "
        << QString::number(megabytes / importSeconds, 'f', 1) << " MB/s, "
        << QString::number(callCount / importSeconds, 'f', 1) << " calls/s\n";
    qint64 indexBytes = -1;
    {
        QSqlQuery dbstat(store.database());
        dbstat.prepare(u"SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'turn_search%'"_s);
        if (dbstat.exec() && dbstat.next())
            indexBytes = dbstat.value(0).toLongLong();
    }
    out << "Size on disk: " << QString::number(double(sizeOnDisk(path)) / 1e6, 'f', 1) << " MB";
    if (indexBytes >= 0)
        out << " (search index " << QString::number(double(indexBytes) / 1e6, 'f', 1) << " MB)";
    out << "\n";

    // Index search: library-wide, the first 50 hits with snippets.
    const SearchIndex index(store);
    SearchOptions options;
    options.limit = kLimit;
    const int repetitions = shortMode ? 1 : 25;
    struct ClassResult
    {
        double p50 = 0, p95 = 0;
        int hits = 0;
    };
    QList<ClassResult> indexed;
    QHash<QString, SearchResults> firstResults;
    for (const QueryClass &queryClass : kQueryClasses) {
        QList<double> ms;
        ClassResult result;
        for (int r = 0; r < repetitions; ++r) {
            for (const QString &term : queryClass.terms) {
                timer.start();
                const SearchResults results = index.search(SearchQuery(term), options);
                ms.append(double(timer.nsecsElapsed()) / 1e6);
                if (!results.error.isEmpty()) {
                    QTextStream(stderr) << "search failed: " << results.error << '\n';
                    return 1;
                }
                firstResults.insert(term, results);
                if (r == 0)
                    result.hits += int(results.hits.size());
            }
        }
        result.p50 = percentile(ms, 0.5);
        result.p95 = percentile(ms, 0.95);
        indexed.append(result);
    }
    const double rssAfterSearch = peakRssMb();

    // Baseline: every turn text in memory.
    LinearScan scan = LinearScan::load(store);
    const int scanRepetitions = shortMode ? 1 : 5;
    QList<double> scanFirstP50, scanAllP50;
    bool correct = true;
    for (const QueryClass &queryClass : kQueryClasses) {
        QList<double> first, all;
        for (int r = 0; r < scanRepetitions; ++r) {
            for (const QString &term : queryClass.terms) {
                timer.start();
                const QList<Hit> firstHits = scan.search(term, kLimit);
                first.append(double(timer.nsecsElapsed()) / 1e6);
                int total = 0;
                timer.start();
                scan.search(term, 0, &total);
                all.append(double(timer.nsecsElapsed()) / 1e6);
                if (r > 0)
                    continue;
                const SearchResults &results = firstResults.value(term);
                if (hitsOf(results) != firstHits || results.truncated != (total > kLimit)) {
                    out << "MISMATCH for " << term << ": index " << results.hits.size() << " hits, scan "
                        << firstHits.size() << " of " << total << "\n";
                    correct = false;
                }
                if (shortMode) {
                    SearchOptions unlimited;
                    unlimited.limit = 0;
                    if (hitsOf(index.search(SearchQuery(term), unlimited)) != scan.search(term, 0)) {
                        out << "MISMATCH (all hits) for " << term << "\n";
                        correct = false;
                    }
                }
            }
        }
        scanFirstP50.append(percentile(first, 0.5));
        scanAllP50.append(percentile(all, 0.5));
    }

    out << "\nLibrary-wide search, first " << kLimit << " hits with snippets; " << repetitions
        << " runs of each term (index), " << scanRepetitions << " (scan):\n";
    out << QString(u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s)
               .arg(u"query class"_s, -20)
               .arg(u"hits"_s, 6)
               .arg(u"p50 ms"_s, 8)
               .arg(u"p95 ms"_s, 8)
               .arg(u"scan50 ms"_s, 10)
               .arg(u"scanAll ms"_s, 11)
               .arg(u"x scan50"_s, 9)
               .arg(u"x scanAll"_s, 10);
    for (int c = 0; c < kQueryClasses.size(); ++c) {
        const ClassResult &r = indexed.at(c);
        out << QString(u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s)
                   .arg(kQueryClasses.at(c).name, -20)
                   .arg(r.hits, 6)
                   .arg(r.p50, 8, 'f', 2)
                   .arg(r.p95, 8, 'f', 2)
                   .arg(scanFirstP50.at(c), 10, 'f', 2)
                   .arg(scanAllP50.at(c), 11, 'f', 2)
                   .arg(scanFirstP50.at(c) / r.p50, 9, 'f', 1)
                   .arg(scanAllP50.at(c) / r.p50, 10, 'f', 1);
    }
    out << "(hits: total over the class's " << kQueryClasses.first().terms.size() << " terms, at most "
        << kLimit << " each; ratios are scan p50 / index p50)\n";
    out << "\nPeak RSS: " << QString::number(rssAfterSearch, 'f', 0) << " MB after import and search, "
        << QString::number(peakRssMb(), 'f', 0) << " MB with all texts loaded for the scan\n";

    // New turns are indexed in batches and scanned until then: 2-character and no-hit
    // queries again with nearly a full batch waiting (9 more calls, 900 turns).
    for (int i = callCount; i < callCount + 9; ++i) {
        const SyntheticCorpus::Call call = corpus.call(i);
        if (!store.addCall(call.transcript, call.meta, &error)) {
            QTextStream(stderr) << "import failed: " << error << '\n';
            return 1;
        }
    }
    QSqlQuery queued(store.database());
    queued.prepare(u"SELECT count(*) FROM turn_search_pending"_s);
    queued.exec();
    queued.next();
    out << "\nWith " << queued.value(0).toInt() << " new turns queued for indexing (scanned until then):\n";
    const LinearScan after = LinearScan::load(store);
    for (const QueryClass &queryClass : {kQueryClasses.at(0), kQueryClasses.at(4)}) {
        QList<double> ms;
        for (int r = 0; r < repetitions; ++r) {
            for (const QString &term : queryClass.terms) {
                timer.start();
                const SearchResults results = index.search(SearchQuery(term), options);
                ms.append(double(timer.nsecsElapsed()) / 1e6);
                if (r == 0 && hitsOf(results) != after.search(term, kLimit)) {
                    out << "MISMATCH with queued turns for " << term << "\n";
                    correct = false;
                }
            }
        }
        out << QString(u"%1 p50 %2 ms, p95 %3 ms\n"_s)
                   .arg(queryClass.name, -20)
                   .arg(percentile(ms, 0.5), 0, 'f', 2)
                   .arg(percentile(ms, 0.95), 0, 'f', 2);
    }
    out << "Correctness (index hits == scan hits for every query): " << (correct ? "yes" : "NO") << "\n";
    out.flush();
    return correct ? 0 : 1;
}
