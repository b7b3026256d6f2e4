#pragma once

struct CliContext;

// Sub-command: work out selling a put (put-calc), headless.
namespace CliOptionsCommands {
int putCalc(CliContext &ctx);
} // namespace CliOptionsCommands
