#pragma once

#include <QString>

// The window, and the sub-commands that draw, live in a module of their own
// (earnings-reader-gui.so) that the executable loads only when it needs them: every other
// sub-command then starts without loading Qt Widgets, Charts, Svg or PrintSupport, which
// is most of the time a script's call takes.
namespace GuiModule {
// Loads the module and runs GuiLauncher::run in it; prints why on stderr and returns 1
// if the module cannot be loaded.
int run(int argc, char **argv, const QString &subCommand);
} // namespace GuiModule
