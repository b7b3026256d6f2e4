#include "GuiModule.h"
#include "Startup.h"
#include "StartupTrace.h"
#include "cli/CommandLine.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace {

bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    StartupTrace::begin();
    const QString subCommand = CommandLine::subCommandIn(argc, argv);
    const bool headless = (!subCommand.isEmpty() && !CommandLine::subCommandNeedsGui(subCommand)) ||
                          (subCommand.isEmpty() && asksForHelpOrVersion(argc, argv));
    if (!headless)
        return GuiModule::run(argc, argv, subCommand);

    QCoreApplication app(argc, argv);
    Startup::setApplicationIdentity();
    AppSettings::migrate();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!Startup::applyLanguage(CommandLine::requestedLanguage(argc, argv), err))
        return ExitCode::Usage;
    CommandLine commandLine;
    if (!commandLine.parse(err))
        return ExitCode::Usage;
    const int code = commandLine.runSubCommand(out, err);
    out.flush();
    err.flush();
    return code;
}
