// The command line as a script uses it, whole processes timed against the tools a user would
// otherwise reach for, in the same run on the same data:
//   search:       `earnings-reader search TERM` on a library of N calls, against ripgrep (`rg -i`)
//                 over the same calls written out as N plain text files;
//   export-chart: `earnings-reader export-chart revenue` to PNG, against gnuplot drawing the same
//                 quarterly revenue bars (pngcairo, same size) from a data file.
// Prints medians and ratios (app / baseline); asserts nothing about time.
//   bench_cli [--calls N] [--runs N] [--short] [--keep]   (--keep leaves the files, to profile by hand)
#include "SyntheticCorpus.h"
#include "figures/MetricRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    QList<double> ms;
    bool ok = true;
    QString failure;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void runOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env, Timing *timing)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    const bool finished = process.waitForFinished(120000);
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        timing->ok = false;
        timing->failure = u"%1 %2 failed: %3"_s.arg(program, args.join(u' '),
                                                    QString::fromUtf8(process.readAllStandardError()));
        return;
    }
    timing->ms << elapsed;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

// The gnuplot script for the revenue bars of the same quarters, at the same pixel size.
QString gnuplotScript(const QString &data, const QString &out)
{
    return uR"gp(set terminal pngcairo size 1600,1000 font "Sans,20"
set output "%2"
set title "NVDA quarterly revenue (US$ billions)"
set style data histograms
set style histogram rowstacked
set style fill solid 0.9 border -1
set boxwidth 0.7
set xtics rotate by -90
set ylabel "US$ billions"
set y2label "growth, year over year (%)"
set y2tics
set key below
plot "%1" using 2:xtic(1) title "Data center", "" using 3 title "Rest of revenue", "" using 0:4 axes x1y2 with linespoints title "Growth"
)gp"_s.arg(data, out);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const bool shortRun = args.contains(u"--short"_s);
    const auto intOption = [&args](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int calls = intOption(u"--calls"_s, shortRun ? 50 : 1000);
    const int runs = intOption(u"--runs"_s, shortRun ? 2 : 15);

    const QString rg = QStandardPaths::findExecutable(u"rg"_s);
    const QString gnuplot = QStandardPaths::findExecutable(u"gnuplot"_s);
    if (rg.isEmpty() || gnuplot.isEmpty()) {
        out << "bench_cli needs ripgrep (rg) and gnuplot as baselines; scripts/setup-debian.sh installs "
               "them\n";
        return 1;
    }

    QTemporaryDir dir;
    if (args.contains(u"--keep"_s)) {
        dir.setAutoRemove(false);
        out << "files kept in " << dir.path() << '\n';
    }
    const QString library = dir.filePath(u"library.sqlite"_s);
    const QString textDir = dir.filePath(u"calls"_s);
    QDir().mkpath(textDir);
    QString dataLines;
    {
        LibraryStore store;
        QString error;
        if (!store.open(library, &error) || !SampleLibrary::install(store, &error)) {
            out << error << '\n';
            return 1;
        }
        const SyntheticCorpus corpus;
        for (int i = 0; i < calls; ++i) {
            const SyntheticCorpus::Call call = corpus.call(i);
            if (!store.addCall(call.transcript, call.meta, &error) ||
                !writeFile(QDir(textDir).filePath(u"call-%1.txt"_s.arg(i, 5, 10, QChar(u'0'))),
                           plainText(call.transcript))) {
                out << "cannot write call " << i << ": " << error << '\n';
                return 1;
            }
        }
        // The same quarters and values the app's revenue chart draws.
        MetricRepository repository(&store);
        const FigureSet figures = repository.figureSet(u"NVDA"_s);
        for (const FiscalQuarter &quarter : figures.quarters()) {
            const Figure *revenue = figures.find(quarter, Metric::Revenue);
            const Figure *dc = figures.find(quarter, Metric::DataCenter);
            if (!revenue || !revenue->value)
                continue;
            const double dcValue = dc && dc->value ? *dc->value : 0.0;
            const auto growth = figures.yearOverYearGrowth(quarter, Metric::Revenue);
            dataLines += u"%1 %2 %3 %4\n"_s.arg(quarter.toString())
                             .arg(dcValue / 1000.0)
                             .arg((*revenue->value - dcValue) / 1000.0)
                             .arg(growth ? QString::number(*growth) : u"NaN"_s);
        }
    }
    const QString data = dir.filePath(u"revenue.dat"_s);
    const QString script = dir.filePath(u"revenue.gp"_s);
    if (!writeFile(data, dataLines) ||
        !writeFile(script, gnuplotScript(data, dir.filePath(u"gnuplot.png"_s)))) {
        out << "cannot write the gnuplot input\n";
        return 1;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    const QString appBinary = QStringLiteral(ER_APP_BINARY);
    const QString term = u"Blackwell"_s;
    const QStringList searchArgs{u"search"_s, term, u"--library"_s, library, u"--limit"_s, u"50"_s};
    const QStringList rgArgs{u"-i"_s, u"-m"_s, u"50"_s, term, textDir};
    const QStringList chartArgs{u"export-chart"_s,          u"revenue"_s,   u"--out"_s,
                                dir.filePath(u"app.png"_s), u"--library"_s, library};
    const QStringList gnuplotArgs{script};

    Timing search, grep, chart, plot;
    // One untimed run each, so that every side starts with warm file caches.
    for (Timing *t : {&search, &grep, &chart, &plot}) {
        Timing warm;
        runOnce(t == &search  ? appBinary
                : t == &grep  ? rg
                : t == &chart ? appBinary
                              : gnuplot,
                t == &search  ? searchArgs
                : t == &grep  ? rgArgs
                : t == &chart ? chartArgs
                              : gnuplotArgs,
                env, &warm);
        if (!warm.ok) {
            out << warm.failure << '\n';
            return 1;
        }
    }
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so that a slow moment of the machine hits every side.
        runOnce(appBinary, searchArgs, env, &search);
        runOnce(rg, rgArgs, env, &grep);
        runOnce(appBinary, chartArgs, env, &chart);
        runOnce(gnuplot, gnuplotArgs, env, &plot);
    }
    for (const Timing *t : {&search, &grep, &chart, &plot}) {
        if (!t->ok) {
            out << t->failure << '\n';
            return 1;
        }
    }
    if (QFileInfo(dir.filePath(u"app.png"_s)).size() < 1000 ||
        QFileInfo(dir.filePath(u"gnuplot.png"_s)).size() < 1000) {
        out << "a chart was not written\n";
        return 1;
    }
    const auto row = [&out](const char *what, double app, double baseline, const char *baselineName) {
        out << what << ": earnings-reader " << QString::number(app, 'f', 1) << " ms, " << baselineName << ' '
            << QString::number(baseline, 'f', 1) << " ms, ratio " << QString::number(app / baseline, 'f', 2)
            << '\n';
    };
    out << "whole processes, median of " << runs << " runs, " << calls << " calls (library "
        << QString::number(QFileInfo(library).size() / 1e6, 'f', 1) << " MB):\n";
    row("search \"Blackwell\" (50 hits)", median(search.ms), median(grep.ms), "rg -i -m 50");
    row("export-chart revenue PNG 1600x1000", median(chart.ms), median(plot.ms), "gnuplot pngcairo");
    return 0;
}
