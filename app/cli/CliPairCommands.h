#pragma once

struct CliContext;

// Sub-commands that pair two calls as versions of one event: pair, compare-numbers, repair.
// The JSON of both is documented in docs/PAIRING.md.
namespace CliPairCommands {
int pairCalls(CliContext &ctx);
int compareNumbers(CliContext &ctx);
// Re-pairs one question by hand (stored with the library); `pair` then keeps it.
int repairQuestion(CliContext &ctx);
} // namespace CliPairCommands
