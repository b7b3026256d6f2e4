#pragma once

#include "transcript/Transcript.h"

#include <QString>

#include <optional>

// Splits a decoded transcript into sections and speaker turns. Speakers are found by the
// shape of a line (a short name, an optional parenthetical title, a colon; or, in English
// transcripts, a name alone on its line), never by a list of names, so calls of any
// company can be imported. Every non-empty input line ends up in exactly one turn (or is
// the source line), so nothing the user imported is silently dropped.
class TranscriptParser
{
public:
    // Returns nullopt and sets *error (without a file name) when the text has nothing
    // that could be read as a transcript.
    static std::optional<ParsedTranscript> parse(const QString &text, QString *error);
};
