#include "GuiModule.h"

#include "cli/CommandLine.h"

#include <QByteArray>
#include <QFileInfo>

#include <cstdio>
#include <dlfcn.h>
#include <unistd.h>

namespace {

// The module sits beside the executable in the build tree, and in the app's private library
// folder once installed.
QByteArray modulePath()
{
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof(self) - 1);
    const QString folder =
        length > 0 ? QFileInfo(QString::fromLocal8Bit(self, int(length))).absolutePath() : QString();
    for (const QString &candidate : {folder + QStringLiteral("/earnings-reader-gui.so"),
                                     folder + QStringLiteral("/" ER_GUI_MODULE_FROM_BIN)}) {
        if (QFileInfo::exists(candidate))
            return candidate.toLocal8Bit();
    }
    return (folder + QStringLiteral("/" ER_GUI_MODULE_FROM_BIN)).toLocal8Bit();
}

} // namespace

namespace GuiModule {

int run(int argc, char **argv, const QString &subCommand)
{
    const QByteArray path = modulePath();
    void *module = dlopen(path.constData(), RTLD_NOW | RTLD_LOCAL);
    using Entry = int (*)(int, char **, const char *);
    const auto entry = module ? reinterpret_cast<Entry>(dlsym(module, "earnings_reader_gui_run")) : nullptr;
    if (!entry) {
        // No QCoreApplication exists yet, so there is no translator either: plain English.
        std::fprintf(stderr, "earnings-reader: cannot load the window's module %s: %s\n", path.constData(),
                     dlerror());
        return ExitCode::Failure;
    }
    return entry(argc, argv, subCommand.toUtf8().constData());
}

} // namespace GuiModule
