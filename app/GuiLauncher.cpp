#include "GuiLauncher.h"

#include "Startup.h"
#include "StartupTrace.h"
#include "WindowScreenshot.h"
#include "charts/ChartPanel.h"
#include "cli/CliCallExport.h"
#include "cli/CommandLine.h"
#include "main/ColourScheme.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "store/LibraryStore.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// The window lives and dies here, so that the library is closed after it.
int showWindow(LibraryStore &store, const QCommandLineParser &options, QTextStream &err)
{
    MainWindow window(&store);
    StartupTrace::mark("main window built");
    QObject::connect(&window, &MainWindow::libraryOpenRequested, &window, [&window](const QString &path) {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--library"_s, path}))
            QMessageBox::warning(&window, QApplication::translate("GuiLauncher", "Cannot open the library"),
                                 QApplication::translate("GuiLauncher", "Could not start a window for %1.")
                                     .arg(QDir::toNativeSeparators(path)));
    });
    if (options.isSet(u"call"_s))
        window.openCall(options.value(u"call"_s).toLongLong());
    if (options.isSet(u"pane"_s)) {
        if (!window.chartPanel()->pane(options.value(u"pane"_s))) {
            err << QApplication::translate("GuiLauncher", "--pane must be revenue, margin or product")
                << Qt::endl;
            return ExitCode::Usage;
        }
        window.chartPanel()->setCurrentPane(options.value(u"pane"_s));
    }
    if (options.isSet(u"screenshot"_s)) {
        const QSize size =
            WindowScreenshot::parseSize(options.isSet(u"size"_s) ? options.value(u"size"_s) : u"1280x800"_s);
        if (!size.isValid()) {
            err << QApplication::translate("GuiLauncher", "--size must be WIDTHxHEIGHT, e.g. 1280x800")
                << Qt::endl;
            return ExitCode::Usage;
        }
        window.resize(size);
        WindowScreenshot::saveAfterFirstPaint(&window, options.value(u"screenshot"_s));
    }
    window.show();
    StartupTrace::mark("main window shown");
    return QApplication::exec();
}

} // namespace

namespace GuiLauncher {

int run(int argc, char **argv, const QString &subCommand)
{
    // A rendering sub-command or a screenshot must work on a machine with no display at all.
    if ((!subCommand.isEmpty() || CommandLine::wantsScreenshot(argc, argv)) &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    StartupTrace::mark("application created");
    Startup::setApplicationIdentity();
    AppSettings::migrate();
    QApplication::setApplicationDisplayName(u"Earnings Reader"_s);
    QApplication::setDesktopFileName(u"io.github.earningsreader.EarningsReader"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.earningsreader.EarningsReader.svg"_s));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!Startup::applyLanguage(CommandLine::requestedLanguage(argc, argv), err))
        return ExitCode::Usage;
    CommandLine commandLine;
    if (!commandLine.parse(err))
        return ExitCode::Usage;
    if (!subCommand.isEmpty())
        return commandLine.runSubCommand(out, err, CliDrawing::run);

    const QCommandLineParser &options = commandLine.parser();
    ColourScheme::apply(options.isSet(u"dark"_s) ? u"dark"_s : AppSettings::colourScheme());

    LibraryStore store;
    QString error;
    if (!Startup::openLibrary(store, commandLine.libraryPath(), &error)) {
        err << error << Qt::endl;
        QMessageBox::critical(nullptr, QApplication::translate("GuiLauncher", "Cannot open the library"),
                              error);
        return ExitCode::Failure;
    }
    StartupTrace::mark("library open");
    AppSettings::addRecentLibrary(store.path());
    const int code = showWindow(store, options, err);
    Startup::closeLibrary(store);
    return code;
}

} // namespace GuiLauncher
