#include "GuiLauncher.h"

#include "CommandLine.h"
#include "LibraryStore.h"
#include "MainWindow.h"
#include "Startup.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace GuiLauncher {

int run(int argc, char **argv, const QString &subCommand)
{
    // A rendering sub-command must work on a machine with no display at all.
    if (!subCommand.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    Startup::setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Earnings Reader"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    if (!commandLine.parse(err))
        return ExitCode::Usage;
    if (!subCommand.isEmpty())
        return commandLine.runSubCommand(out, err);

    LibraryStore store;
    QString error;
    if (!Startup::openLibrary(store, commandLine.libraryPath(), &error)) {
        err << error << Qt::endl;
        QMessageBox::critical(nullptr, QApplication::translate("GuiLauncher", "Cannot open the library"), error);
        return ExitCode::Failure;
    }
    MainWindow window(&store);
    window.show();
    return QApplication::exec();
}

} // namespace GuiLauncher
