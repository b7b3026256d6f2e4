#pragma once

struct CliContext;

// Sub-command: search the library.
namespace CliSearchCommands {
int search(CliContext &ctx);
} // namespace CliSearchCommands
