#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real earnings-reader executable the way a script does: no display and no platform
// plugin chosen, output captured.
struct AppRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    bool crashed = false;
    QString out;
    QString err;
};

struct AppRunOptions
{
    // When set, the child may not write any file beyond this many bytes (RLIMIT_FSIZE, with
    // SIGXFSZ ignored so the write fails with EFBIG): a full disk, reproducibly.
    qint64 fileSizeLimit = -1;
    int timeoutMs = 120000;
    // Variables set for the child on top of the headless environment, e.g. {"LC_ALL", "zh_TW.UTF-8"}.
    QList<std::pair<QString, QString>> environment;
};

QProcessEnvironment headlessEnvironment();
AppRun runApp(const QStringList &args, const AppRunOptions &options = {});
