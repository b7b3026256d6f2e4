#pragma once

struct CliContext;

// export-chart: draws with Qt Charts, so it runs in the window's module on a QApplication
// (with the offscreen platform when there is no display), creating no widget.
namespace CliChartExport {
int exportChart(CliContext &ctx);
} // namespace CliChartExport
