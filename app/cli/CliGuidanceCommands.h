#pragma once

struct CliContext;

// Sub-commands: the guidance ledger, and the numbers of a call checked against the figures.
namespace CliGuidanceCommands {
int guidance(CliContext &ctx);
int checkNumbers(CliContext &ctx);
} // namespace CliGuidanceCommands
