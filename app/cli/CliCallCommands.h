#pragma once

struct CliContext;

// Sub-commands about calls: import, calls, show.
namespace CliCallCommands {
int importFiles(CliContext &ctx);
int listCalls(CliContext &ctx);
int showCall(CliContext &ctx);
} // namespace CliCallCommands
