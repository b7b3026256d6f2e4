#pragma once

#include <QString>

// Words spoken, the denominator of a rate per 10,000 words: each run of letters and digits
// of a spaced script (Latin, Greek, Cyrillic...) is a word, an apostrophe inside it included
// ("Blackwell's", "we're"), and so is each Chinese, Japanese or Korean character, since those
// scripts do not mark word breaks.
namespace WordCount {
int count(const QString &text);
} // namespace WordCount
