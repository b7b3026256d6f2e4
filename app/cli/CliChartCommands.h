#pragma once

struct CliContext;

// Sub-commands about figures and charts: export-chart, import-financials,
// export-financials, install-sample.
namespace CliChartCommands {
int exportChart(CliContext &ctx);
int importFinancials(CliContext &ctx);
int exportFinancials(CliContext &ctx);
int installSample(CliContext &ctx);
} // namespace CliChartCommands
