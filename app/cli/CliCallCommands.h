#pragma once

struct CliContext;

// Sub-commands about calls: import, calls, show, remove.
namespace CliCallCommands {
int importFiles(CliContext &ctx);
int listCalls(CliContext &ctx);
int showCall(CliContext &ctx);
int removeCall(CliContext &ctx);
} // namespace CliCallCommands
