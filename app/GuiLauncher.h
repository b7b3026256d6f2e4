#pragma once

#include <QString>

// Starts the widgets application: the main window, or a sub-command that renders
// (charts, screenshots) and so needs a QApplication even without a display.
namespace GuiLauncher {
int run(int argc, char **argv, const QString &subCommand);
}
