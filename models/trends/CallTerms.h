#pragma once

#include <QHash>
#include <QString>

// The terms of a text for comparing calls, each with its number of occurrences, on the normal
// form of SearchText: English words of three or more letters that are not function words,
// and pairs of such words next to each other; and every run of two to four Chinese
// characters inside a longer run, without those that start or end with a particle (的, 了...).
namespace CallTerms {
void addTerms(const QString &normalisedText, QHash<QString, int> *counts);
} // namespace CallTerms
