#pragma once

#include <QChar>
#include <QStringView>

#include <functional>

// Words as the term trends see them (docs/TRENDS.md), in SearchText's normal form: a run of
// letters and digits of a spaced script (Latin, Greek, Cyrillic...) is one token, and each
// Chinese, Japanese or Korean letter is one, since those scripts do not mark word breaks.
// Everything else (spaces, punctuation, symbols, marks, characters outside the BMP, which
// TermMatcher sees as halves of a pair) only separates tokens.
//
// A trend matches the words of a phrase across white space and a Chinese term only where its
// characters touch, so the gap between two neighbouring tokens matters. Where the gap is not
// the usual one for the pair (white space between two spaced words, nothing where a CJK letter
// is involved), a separator token stands in it: kSpaceSeparator for white space, kOtherSeparator
// for anything else. Two tokens are then neighbours in the token sequence exactly when the text
// between them is what a phrase or a Chinese word may have there.
namespace WordTokens {

// A letter or digit of a script that separates words with spaces (not CJK): where such a
// character touches a match, the match is part of a longer word.
bool isSpacedWordCharacter(QChar c);
// A letter or digit of a CJK script: one token of its own.
bool isUnspacedWordCharacter(QChar c);

inline constexpr char16_t kSpaceSeparator[] = u"\x01s";
inline constexpr char16_t kOtherSeparator[] = u"\x01o";

// Calls onToken(token, start, end) for every token and separator of normalisedText in order;
// start and end are offsets into the text (a separator's cover its gap).
void forEachToken(QStringView normalisedText,
                  const std::function<void(QStringView token, qsizetype start, qsizetype end)> &onToken);

} // namespace WordTokens
