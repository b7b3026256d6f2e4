#pragma once

struct CliContext;

// Sub-commands about annotations: notes (export), annotate, import-notes, reimport.
namespace CliNoteCommands {
int exportNotes(CliContext &ctx);
int annotate(CliContext &ctx);
int importNotes(CliContext &ctx);
int reimportCall(CliContext &ctx);
} // namespace CliNoteCommands
