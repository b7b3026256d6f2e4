#include "GuiLauncher.h"

#include "CommandLine.h"
#include "LibraryStore.h"
#include "MainWindow.h"
#include "Startup.h"
#include "WindowScreenshot.h"

#include <QApplication>
#include <QIcon>
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
    QApplication::setDesktopFileName(u"io.github.earningsreader.EarningsReader"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.earningsreader.EarningsReader.svg"_s));
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
    const QCommandLineParser &options = commandLine.parser();
    if (options.isSet(u"call"_s))
        window.openCall(options.value(u"call"_s).toLongLong());
    if (options.isSet(u"screenshot"_s)) {
        const QSize size =
            WindowScreenshot::parseSize(options.isSet(u"size"_s) ? options.value(u"size"_s) : u"1280x800"_s);
        if (!size.isValid()) {
            err << QApplication::translate("GuiLauncher", "--size must be WIDTHxHEIGHT, e.g. 1280x800") << Qt::endl;
            return ExitCode::Usage;
        }
        window.resize(size);
        WindowScreenshot::saveAfterFirstPaint(&window, options.value(u"screenshot"_s));
    }
    window.show();
    return QApplication::exec();
}

} // namespace GuiLauncher
