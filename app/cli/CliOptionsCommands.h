#pragma once

struct CliContext;

// Sub-commands about selling puts, headless: work one out (put-calc), and list the scenarios
// saved with a call, with their outputs (put-scenarios).
namespace CliOptionsCommands {
int putCalc(CliContext &ctx);
int listScenarios(CliContext &ctx);
} // namespace CliOptionsCommands
