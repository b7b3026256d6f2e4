// Scale benchmark (issue 12): the real executable, one whole process per step, on a library of
// N synthetic calls and on pathological files. Each figure is printed beside a baseline from the
// same run:
//   - import rate and peak memory of the last batch of calls, against the first batch (an empty
//     library): what a big library costs each new import;
//   - the library's size on disk against the text it holds;
//   - opening the library (`show` of one call) and `search`, against the same on a copy taken
//     after the first batch;
//   - a transcript of millions of short lines, `show` and `search --limit 1000` of its one huge
//     turn, against a transcript of ordinary paragraphs of the same size;
//   - a CSV of figures in which every row is bad, against one a tenth of its size: time should
//     grow with the file, memory not.
// Peak memory is each child's own maximum resident set (wait4). `--short` (for CTest) runs small
// sizes and checks only that every step succeeds and the library holds every call; it never
// judges time.
//
//   bench_scale [--calls N] [--batch N] [--lines N] [--csv-mb N] [--short] [--keep]

#include "SyntheticCorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Run
{
    bool ok = false;
    double ms = 0;
    double peakMb = 0;
    QString failure;
};

// One child with its output discarded, timed from spawn to exit; its own peak RSS from wait4.
Run runApp(const QStringList &args)
{
    Run run;
    const QByteArray program = QByteArrayLiteral(ER_APP_BINARY);
    QList<QByteArray> storage{program};
    for (const QString &arg : args)
        storage << arg.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.failure = u"cannot start %1"_s.arg(QString::fromLocal8Bit(program));
        return run;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        run.failure = u"lost the child"_s;
        return run;
    }
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!run.ok)
        run.failure = u"earnings-reader %1 failed (%2)"_s.arg(
            args.join(u' '), WIFEXITED(status) ? u"exit code %1"_s.arg(WEXITSTATUS(status))
                                               : u"signal %1"_s.arg(WTERMSIG(status)));
    return run;
}

// A warm-up run (the page cache, the search folding cache), then the median of three.
Run medianRun(const QStringList &args)
{
    if (const Run warm = runApp(args); !warm.ok)
        return warm;
    QList<Run> runs;
    for (int i = 0; i < 3; ++i) {
        runs << runApp(args);
        if (!runs.last().ok)
            return runs.last();
    }
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.ms < b.ms; });
    return runs.at(1);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

double mb(qint64 bytes)
{
    return double(bytes) / 1e6;
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

void row(const QString &what, const Run &app, const Run &baseline, const QString &baselineName)
{
    out << "  " << what << ": " << fixed(app.ms) << " ms, " << fixed(app.peakMb) << " MB peak; "
        << baselineName << ' ' << fixed(baseline.ms) << " ms, " << fixed(baseline.peakMb)
        << " MB peak; ratio time " << fixed(app.ms / baseline.ms, 2) << ", memory "
        << fixed(app.peakMb / baseline.peakMb, 2) << Qt::endl;
}

// Ordinary paragraphs of the synthetic calls, one after another, until `bytes` is reached: a
// big file that is not pathological, to compare the pathological ones with.
QByteArray ordinaryText(qint64 bytes)
{
    QByteArray text;
    const SyntheticCorpus corpus;
    for (int i = 0; text.size() < bytes; ++i)
        text += plainText(corpus.call(i).transcript).toUtf8() + '\n';
    // At a line's end, so that no character is cut in two.
    text.truncate(text.lastIndexOf('\n', bytes) + 1);
    return text;
}

QByteArray shortLines(qint64 lines)
{
    QByteArray text = "Operator: Welcome to the call.\n";
    text.reserve(text.size() + lines * 8);
    for (qint64 i = 0; i < lines; ++i)
        text += "abcdefg\n";
    return text;
}

QByteArray badCsv(qint64 bytes)
{
    QByteArray text = "fiscal_quarter,revenue_musd,status,source\n";
    for (int i = 0; text.size() < bytes; ++i)
        text += "FY20" + QByteArray::number(25 + i % 3) + "Q9,not-a-number-" + QByteArray::number(i) +
                ",confirmed,bench\n";
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool shortRun = args.contains(u"--short"_s);
    const auto intOption = [&args](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int calls = intOption(u"--calls"_s, shortRun ? 100 : 10000);
    const int batch = qMin(calls, intOption(u"--batch"_s, shortRun ? 50 : 500));
    const qint64 lines = intOption(u"--lines"_s, shortRun ? 100000 : 8000000);
    const qint64 csvBytes = qint64(intOption(u"--csv-mb"_s, shortRun ? 2 : 100)) * 1000000;

    QTemporaryDir dir;
    if (args.contains(u"--keep"_s)) {
        dir.setAutoRemove(false);
        out << "files kept in " << dir.path() << Qt::endl;
    }
    // Each child gets a settings and cache folder of its own, not the user's.
    qputenv("HOME", dir.filePath(u"home"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"home/config"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", dir.filePath(u"home/cache"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(u"home/data"_s).toLocal8Bit());
    const QString library = dir.filePath(u"library.sqlite"_s);
    const QString smallLibrary = dir.filePath(u"first-batch.sqlite"_s);
    const QString textDir = dir.filePath(u"calls"_s);
    QDir().mkpath(textDir);

    const auto fail = [](const QString &why) {
        out << why << Qt::endl;
        return 1;
    };

    // The calls as the text files a user would import.
    QStringList files;
    qint64 textBytes = 0;
    const SyntheticCorpus corpus;
    for (int i = 0; i < calls; ++i) {
        const QByteArray text = plainText(corpus.call(i).transcript).toUtf8();
        const QString path = QDir(textDir).filePath(u"call-%1.txt"_s.arg(i, 5, 10, QChar(u'0')));
        if (!writeFile(path, text))
            return fail(u"cannot write %1"_s.arg(path));
        files << path;
        textBytes += text.size();
    }

    out << "bench_scale: " << calls << " calls, " << fixed(mb(textBytes)) << " MB of text, imported " << batch
        << " at a time" << Qt::endl;
    Run firstBatch, lastBatch;
    double totalMs = 0;
    double peakMb = 0;
    qint64 firstBytes = 0, lastBytes = 0;
    for (int from = 0; from < calls; from += batch) {
        const QStringList some = files.mid(from, batch);
        const Run run = runApp(QStringList{u"import"_s} + some + QStringList{u"--library"_s, library});
        if (!run.ok)
            return fail(run.failure);
        totalMs += run.ms;
        peakMb = qMax(peakMb, run.peakMb);
        qint64 bytes = 0;
        for (const QString &file : some)
            bytes += QFileInfo(file).size();
        if (from == 0) {
            firstBatch = run;
            firstBytes = bytes;
            QFile::copy(library, smallLibrary);
        }
        lastBatch = run;
        lastBytes = bytes;
    }
    const double firstRate = mb(firstBytes) / (firstBatch.ms / 1000.0);
    const double lastRate = mb(lastBytes) / (lastBatch.ms / 1000.0);
    out << "import: " << fixed(mb(textBytes) / (totalMs / 1000.0)) << " MB/s over all, peak " << fixed(peakMb)
        << " MB" << Qt::endl;
    out << "  last batch " << fixed(lastRate) << " MB/s, " << fixed(lastBatch.peakMb)
        << " MB peak; first batch (empty library) " << fixed(firstRate) << " MB/s, "
        << fixed(firstBatch.peakMb) << " MB peak; ratio rate " << fixed(lastRate / firstRate, 2) << Qt::endl;
    const qint64 libraryBytes = QFileInfo(library).size();
    out << "size on disk: " << fixed(mb(libraryBytes)) << " MB for " << fixed(mb(textBytes))
        << " MB of text, ratio " << fixed(double(libraryBytes) / double(textBytes), 2)
        << " (original text, parsed turns and the search index)" << Qt::endl;

    const QString lastId = QString::number(calls);
    const Run show = medianRun({u"show"_s, lastId, u"--library"_s, library});
    const Run showSmall = medianRun({u"show"_s, u"1"_s, u"--library"_s, smallLibrary});
    const Run search =
        medianRun({u"search"_s, u"Blackwell"_s, u"--limit"_s, u"50"_s, u"--library"_s, library});
    const Run searchSmall =
        medianRun({u"search"_s, u"Blackwell"_s, u"--limit"_s, u"50"_s, u"--library"_s, smallLibrary});
    for (const Run *run : {&show, &showSmall, &search, &searchSmall})
        if (!run->ok)
            return fail(run->failure);
    out << "whole processes on " << calls << " calls, against the library after the first " << batch << ':'
        << Qt::endl;
    row(u"open and show one call"_s, show, showSmall, u"small library"_s);
    row(u"search \"Blackwell\" (50 hits)"_s, search, searchSmall, u"small library"_s);

    // A session's first write checks every page of the library (store/LibraryStore: damage found
    // before anything is written into it), which reading does not: this is that check's cost.
    const Run write = medianRun({u"annotate"_s, u"1"_s, u"--turn"_s, u"1"_s, u"--start"_s, u"0"_s, u"--end"_s,
                                 u"2"_s, u"--note"_s, u"bench"_s, u"--library"_s, library});
    if (!write.ok)
        return fail(write.failure);
    row(u"one note added (the first write checks every page)"_s, write, show, u"open and show one call"_s);

    // Pathological inputs, each in a library of its own.
    const QByteArray pathological = shortLines(lines);
    const QString shortPath = dir.filePath(u"short-lines.txt"_s);
    const QString ordinaryPath = dir.filePath(u"ordinary.txt"_s);
    if (!writeFile(shortPath, pathological) || !writeFile(ordinaryPath, ordinaryText(pathological.size())))
        return fail(u"cannot write the pathological transcripts"_s);
    const QString shortLibrary = dir.filePath(u"short-lines.sqlite"_s);
    const QString ordinaryLibrary = dir.filePath(u"ordinary.sqlite"_s);
    const Run importShort = runApp({u"import"_s, shortPath, u"--library"_s, shortLibrary});
    const Run importOrdinary = runApp({u"import"_s, ordinaryPath, u"--library"_s, ordinaryLibrary});
    const Run showShort = medianRun({u"show"_s, u"1"_s, u"--library"_s, shortLibrary});
    const Run showOrdinary = medianRun({u"show"_s, u"1"_s, u"--library"_s, ordinaryLibrary});
    const Run searchShort =
        medianRun({u"search"_s, u"abcdefg"_s, u"--limit"_s, u"1000"_s, u"--library"_s, shortLibrary});
    const Run searchOrdinary =
        medianRun({u"search"_s, u"the"_s, u"--limit"_s, u"1000"_s, u"--library"_s, ordinaryLibrary});
    for (const Run *run :
         {&importShort, &importOrdinary, &showShort, &showOrdinary, &searchShort, &searchOrdinary})
        if (!run->ok)
            return fail(run->failure);
    out << "a transcript of " << lines << " lines of 8 bytes (" << fixed(mb(pathological.size()))
        << " MB), against ordinary paragraphs of the same size:" << Qt::endl;
    row(u"import"_s, importShort, importOrdinary, u"ordinary"_s);
    row(u"show"_s, showShort, showOrdinary, u"ordinary"_s);
    row(u"search --limit 1000"_s, searchShort, searchOrdinary, u"ordinary"_s);

    const QString bigCsv = dir.filePath(u"bad.csv"_s);
    const QString smallCsv = dir.filePath(u"bad-tenth.csv"_s);
    if (!writeFile(bigCsv, badCsv(csvBytes)) || !writeFile(smallCsv, badCsv(csvBytes / 10)))
        return fail(u"cannot write the CSV files"_s);
    const QString csvLibrary = dir.filePath(u"csv.sqlite"_s);
    // Every row is bad, so both imports are refused (exit 1) and nothing is written.
    Run csvBig = runApp({u"import-financials"_s, bigCsv, u"--library"_s, csvLibrary});
    Run csvSmall = runApp({u"import-financials"_s, smallCsv, u"--library"_s, csvLibrary});
    if (csvBig.ms <= 0 || csvSmall.ms <= 0 || csvBig.ok || csvSmall.ok)
        return fail(u"an all-bad CSV was not refused"_s);
    out << "a CSV of " << fixed(mb(csvBytes))
        << " MB in which every row is bad, against one a tenth its size:" << Qt::endl;
    row(u"import-financials (refused)"_s, csvBig, csvSmall, u"a tenth"_s);

    if (shortRun) {
        // The small library must hold every call: a cheap check that the batches all landed.
        const Run last = runApp({u"show"_s, lastId, u"--library"_s, library});
        const Run beyond = runApp({u"show"_s, QString::number(calls + 1), u"--library"_s, library});
        if (!last.ok || beyond.ok)
            return fail(u"the library does not hold exactly %1 calls"_s.arg(calls));
    }
    return 0;
}
