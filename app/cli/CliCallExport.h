#pragma once

struct CliContext;

// export-call: the call with its highlights and notes as PDF, laid out by CallPrinter exactly
// as the window's Export Call as PDF. Printing needs Qt Gui's fonts and Widgets' style, so
// it runs in the window's module on a QApplication (offscreen when there is no display),
// creating no widget.
namespace CliCallExport {
int exportCall(CliContext &ctx);
} // namespace CliCallExport

// The sub-commands that run in the window's module (CommandLine::subCommandNeedsGui), by
// the name on the command line.
namespace CliDrawing {
int run(CliContext &ctx);
} // namespace CliDrawing
