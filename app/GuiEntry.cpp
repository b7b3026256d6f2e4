#include "GuiLauncher.h"

#include <QtGlobal>

// The entry point the executable looks up after loading this module (GuiModule.h).
extern "C" Q_DECL_EXPORT int earnings_reader_gui_run(int argc, char **argv, const char *subCommand)
{
    return GuiLauncher::run(argc, argv, QString::fromUtf8(subCommand));
}
