// Start-up time of the whole app (`earnings-reader --screenshot`, which exits after the
// window's first complete paint) against a bare Qt program that shows a QMainWindow with a
// QTextBrowser, measured in the same run. Prints figures; asserts nothing about time.
// With --calls N it also times start-up on a library of N synthetic calls: the first start
// (which checks every page of the file) and the later ones.
//   bench_startup [--runs N] [--calls N]
#include "SyntheticCorpus.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Phase name -> milliseconds since main(), from the app's earnings-reader.startup log.
using Phases = QList<std::pair<QString, double>>;

double runOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env, bool *ok,
               Phases *phases = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (phases) {
        static const QRegularExpression line(u"^earnings-reader\\.startup: +([0-9.]+) ms  (.+)$"_s,
                                             QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch &match :
             line.globalMatch(QString::fromUtf8(process.readAllStandardError())))
            phases->append({match.captured(2), match.captured(1).toDouble()});
    }
    return elapsed;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int timeLargeLibrary(int calls, int runs, const QString &appBinary, const QString &path,
                     const QStringList &screenshotArgs, const QProcessEnvironment &env, QTextStream &out)
{
    {
        LibraryStore store;
        QString error;
        if (!store.open(path, &error)) {
            out << error << '\n';
            return 1;
        }
        const SyntheticCorpus corpus;
        for (int i = 0; i < calls; ++i) {
            const SyntheticCorpus::Call call = corpus.call(i);
            if (!store.addCall(call.transcript, call.meta, &error)) {
                out << error << '\n';
                return 1;
            }
        }
    }
    const QStringList args = QStringList{u"--library"_s, path} + screenshotArgs;
    bool ok = false;
    const double first = runOnce(appBinary, args, env, &ok);
    if (!ok)
        return 1;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        times << runOnce(appBinary, args, env, &ok);
        if (!ok)
            return 1;
    }
    out << "on a library of " << calls << " calls (" << QString::number(QFileInfo(path).size() / 1e6, 'f', 1)
        << " MB):\n";
    out << "  first start, every page checked: " << QString::number(first, 'f', 1) << " ms\n";
    out << "  later starts, median of " << runs << ":     " << QString::number(median(times), 'f', 1)
        << " ms\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(u"--runs"_s);
    const int runs = runsAt > 0 ? args.value(runsAt + 1).toInt() : 10;
    const qsizetype callsAt = args.indexOf(u"--calls"_s);
    const int largeCalls = callsAt > 0 ? args.value(callsAt + 1).toInt() : 0;

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    const QString appBinary = QStringLiteral(ER_APP_BINARY);
    const QStringList appArgs{u"--screenshot"_s, home.filePath(u"shot.png"_s), u"--size"_s, u"1280x800"_s};
    bool ok = false;
    runOnce(appBinary, appArgs, env, &ok); // first start creates the default library with the sample
    if (!ok) {
        out << "earnings-reader --screenshot failed\n";
        return 1;
    }
    QProcessEnvironment tracedEnv = env;
    tracedEnv.insert(u"QT_LOGGING_RULES"_s, u"earnings-reader.startup.debug=true"_s);
    QList<double> appTimes, bareTimes, bareShotTimes;
    QStringList phaseOrder;
    QMap<QString, QList<double>> phaseTimes;
    const QStringList bareShotArgs{u"--screenshot"_s, home.filePath(u"bare.png"_s)};
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so that a slow moment of the machine hits every side.
        bareTimes << runOnce(QStringLiteral(ER_BARE_BINARY), {}, env, &ok);
        if (!ok)
            return 1;
        bareShotTimes << runOnce(QStringLiteral(ER_BARE_BINARY), bareShotArgs, env, &ok);
        if (!ok)
            return 1;
        Phases phases;
        appTimes << runOnce(appBinary, appArgs, tracedEnv, &ok, &phases);
        if (!ok)
            return 1;
        for (const auto &[phase, ms] : std::as_const(phases)) {
            if (!phaseOrder.contains(phase))
                phaseOrder << phase;
            phaseTimes[phase] << ms;
        }
    }
    const double app_ = median(appTimes), bare = median(bareTimes), bareShot = median(bareShotTimes);
    out << "start-up to first paint, median of " << runs << " runs (platform "
        << env.value(u"QT_QPA_PLATFORM"_s) << ")\n";
    out << "  bare QMainWindow+QTextBrowser: " << QString::number(bare, 'f', 1) << " ms\n";
    out << "  bare, saving the same PNG:     " << QString::number(bareShot, 'f', 1) << " ms\n";
    out << "  earnings-reader --screenshot:  " << QString::number(app_, 'f', 1) << " ms\n";
    out << "  ratio to bare: " << QString::number(app_ / bare, 'f', 2)
        << ", to bare saving the PNG: " << QString::number(app_ / bareShot, 'f', 2)
        << " (goal: at most 1.50)\n";
    out << "where earnings-reader's time goes (median ms since main() began):\n";
    double previous = 0;
    for (const QString &phase : std::as_const(phaseOrder)) {
        const double at = median(phaseTimes.value(phase));
        out << "  " << QString::number(at, 'f', 1).rightJustified(6) << "  (+"
            << QString::number(at - previous, 'f', 1) << ")  " << phase << '\n';
        previous = at;
    }
    out << "  the rest, " << QString::number(app_ - previous, 'f', 1)
        << " ms, is loading before main() and tearing down after the picture is saved\n";
    if (largeCalls > 0)
        return timeLargeLibrary(largeCalls, runs, appBinary, home.filePath(u"large.sqlite"_s), appArgs, env,
                                out);
    return 0;
}
