#pragma once

struct CliContext;

// Sub-commands: term trends across calls, and what changed since a company's previous call.
namespace CliTrendCommands {
int trend(CliContext &ctx);
int changes(CliContext &ctx);
} // namespace CliTrendCommands
