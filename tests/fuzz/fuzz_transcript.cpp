// libFuzzer target: encoding detection and transcript parsing of arbitrary bytes.
// Beyond not crashing, a parsed transcript must keep every non-empty line.
#include "text/TextDecoder.h"
#include "transcript/TranscriptParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto decoded = TextDecoder::decode(bytes, &error);
    if (!decoded) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const auto parsed = TranscriptParser::parse(decoded->text, &error);
    if (!parsed) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    QString text = decoded->text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    qsizetype nonEmpty = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        nonEmpty += !line.trimmed().isEmpty();
    qsizetype accounted = parsed->sourceLine > 0 ? 1 : 0;
    for (const ParsedSection &section : parsed->sections) {
        for (const ParsedTurn &turn : section.turns)
            accounted += turn.sourceLines.size();
    }
    if (accounted != nonEmpty)
        __builtin_trap();
    return 0;
}
