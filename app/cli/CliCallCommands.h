#pragma once

struct CliContext;

// Sub-commands about calls: import, calls, show, remove, edit-turn.
namespace CliCallCommands {
int importFiles(CliContext &ctx);
int listCalls(CliContext &ctx);
int showCall(CliContext &ctx);
int removeCall(CliContext &ctx);
int editTurn(CliContext &ctx);
} // namespace CliCallCommands
