#pragma once

struct CliContext;

// Sub-commands that pair two calls as versions of one event: pair, compare-numbers.
// The JSON of both is documented in docs/PAIRING.md.
namespace CliPairCommands {
int pairCalls(CliContext &ctx);
int compareNumbers(CliContext &ctx);
} // namespace CliPairCommands
