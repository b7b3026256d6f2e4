#include "text/WordTokens.h"

namespace WordTokens {

bool isSpacedWordCharacter(QChar c)
{
    if (!c.isLetterOrNumber())
        return false;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return false;
    default:
        return true;
    }
}

bool isUnspacedWordCharacter(QChar c)
{
    return c.isLetterOrNumber() && !isSpacedWordCharacter(c);
}

void forEachToken(QStringView text,
                  const std::function<void(QStringView token, qsizetype start, qsizetype end)> &onToken)
{
    qsizetype previousEnd = -1; // end of the previous token, -1 before the first
    bool previousSpaced = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool spaced = isSpacedWordCharacter(c);
        if (!spaced && !isUnspacedWordCharacter(c)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (spaced) {
            while (end < text.size() && isSpacedWordCharacter(text.at(end)))
                ++end;
        }
        if (previousEnd >= 0) {
            const QStringView gap = text.mid(previousEnd, i - previousEnd);
            bool allSpace = !gap.isEmpty();
            for (const QChar g : gap)
                allSpace = allSpace && g.isSpace();
            const bool usual = previousSpaced && spaced ? allSpace : gap.isEmpty();
            if (!usual)
                onToken(allSpace ? QStringView(kSpaceSeparator) : QStringView(kOtherSeparator), previousEnd,
                        i);
        }
        onToken(text.mid(i, end - i), i, end);
        previousEnd = end;
        previousSpaced = spaced;
        i = end;
    }
}

} // namespace WordTokens
