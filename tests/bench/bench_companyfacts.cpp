// Company facts import benchmark (issue 14: a file of tens of MB imports in seconds, with
// progress). A synthetic large filer (SyntheticCompanyFacts, about 22 MB at the default size)
// is imported from a file into a fresh library, timed against the floor measured in the same
// run: reading the same file and parsing it with QJsonDocument, which any import must do.
// Prints medians and the ratio; `--short` (for CTest) imports a small file once and checks what
// was stored, never judging time.
//
//   bench_companyfacts [--concepts N] [--runs N] [--short]

#include "SyntheticCompanyFacts.h"
#include "figures/CompanyFacts.h"
#include "figures/MetricRepository.h"
#include "store/LibraryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

constexpr int kYears = 20;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Reading and parsing the file: the part of an import no reader can skip.
double parseMs(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isObject() ? elapsedMs(timer) : -1;
}

struct Import
{
    double ms = -1;
    int stored = 0; // revenue figures
    int progressReports = 0;
    QString error;
};

Import importInto(const QString &dir, const QString &path, int run)
{
    Import result;
    LibraryStore store;
    if (!store.open(dir + u"/library%1.sqlite"_s.arg(run), &result.error))
        return result;
    MetricRepository repository(&store);
    QElapsedTimer timer;
    timer.start();
    const CompanyFacts::ImportOutcome outcome =
        CompanyFacts::importFile(repository, path, u"LARGE"_s, [&](int) { ++result.progressReports; });
    const double ms = elapsedMs(timer);
    if (!outcome.ok) {
        result.error = outcome.error;
        return result;
    }
    result.ms = ms;
    for (const Figure &figure : repository.figures(u"LARGE"_s))
        result.stored += figure.metric == Metric::Revenue ? 1 : 0;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {u"concepts"_s, u"Concepts besides the mapped ones (default 1000)"_s, u"N"_s, u"1000"_s});
    parser.addOption({u"runs"_s, u"Timed runs (default 5)"_s, u"N"_s, u"5"_s});
    parser.addOption({u"short"_s, u"One small import for CTest; checks what was stored, never the time"_s});
    parser.process(app);
    const bool isShort = parser.isSet(u"short"_s);
    const int concepts = isShort ? 40 : std::max(0, parser.value(u"concepts"_s).toInt());
    const int runs = isShort ? 1 : std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"CIK0000000001.json"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(SyntheticCompanyFacts::largeFiler(kYears, concepts)) < 0) {
            out << "cannot write " << path << Qt::endl;
            return 1;
        }
    }
    const double megabytes = double(QFile(path).size()) / (1024 * 1024);
    out << u"company facts: %1 MB, %2 years, %3 concepts, %4 run(s)"_s.arg(megabytes, 0, 'f', 1)
               .arg(kYears)
               .arg(concepts + 3)
               .arg(runs)
        << Qt::endl;

    QList<double> importTimes, parseTimes;
    for (int run = 0; run < runs; ++run) {
        parseTimes.append(parseMs(path));
        const Import import = importInto(dir.path(), path, run);
        if (!import.error.isEmpty()) {
            out << "import failed: " << import.error << Qt::endl;
            return 1;
        }
        // Revenue for each of 20 years of four quarters.
        const int expected = 4 * kYears;
        if (import.stored != expected || import.progressReports < 3) {
            out << "stored " << import.stored << " revenue figures (expected " << expected << "), "
                << import.progressReports << " progress reports" << Qt::endl;
            return 1;
        }
        importTimes.append(import.ms);
    }
    if (isShort) {
        out << "short run: " << 4 * kYears << " quarters of revenue stored with progress; timing not judged"
            << Qt::endl;
        return 0;
    }
    const double importMedian = median(importTimes), parseMedian = median(parseTimes);
    out << u"import into a library: median %1 ms"_s.arg(importMedian, 0, 'f', 0) << Qt::endl;
    out << u"read and parse only (QJsonDocument): median %1 ms"_s.arg(parseMedian, 0, 'f', 0) << Qt::endl;
    out << u"import / parse: %1"_s.arg(importMedian / parseMedian, 0, 'f', 2) << Qt::endl;
    return 0;
}
