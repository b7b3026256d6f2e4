#include "text/WordCount.h"

#include "text/WordTokens.h"

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

int WordCount::count(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (WordTokens::isSpacedWordCharacter(c)) {
            if (!inWord)
                ++words;
            inWord = true;
            continue;
        }
        // "Blackwell's" and "we're" are one word each.
        if (inWord && isApostrophe(c) && i + 1 < text.size() &&
            WordTokens::isSpacedWordCharacter(text.at(i + 1)))
            continue;
        inWord = false;
        if (c.isLetterOrNumber())
            ++words;
    }
    return words;
}
