#include "AppRunner.h"

#include <QProcess>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    return env;
}

AppRun runApp(const QStringList &args, const AppRunOptions &options)
{
    QProcess process;
    QProcessEnvironment environment = headlessEnvironment();
    for (const auto &[name, value] : options.environment)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    if (options.fileSizeLimit >= 0) {
        const rlim_t limit = rlim_t(options.fileSizeLimit);
        process.setChildProcessModifier([limit] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit fileSize{limit, limit};
            setrlimit(RLIMIT_FSIZE, &fileSize);
        });
    }
    process.start(QStringLiteral(ER_APP_BINARY), args);
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    AppRun run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -2 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
