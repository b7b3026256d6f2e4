#pragma once

struct CliContext;

// Sub-commands about figures that need no drawing: import-financials, export-financials,
// install-sample (export-chart is in CliChartExport).
namespace CliChartCommands {
int importFinancials(CliContext &ctx);
int exportFinancials(CliContext &ctx);
int installSample(CliContext &ctx);
} // namespace CliChartCommands
