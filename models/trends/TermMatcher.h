#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// How a trend counts one term (see docs/TRENDS.md). Text and term are compared in
// SearchText's normal form, so matching ignores case, full width and Traditional versus
// Simplified script. Where the term starts or ends with a Latin letter or digit it must
// stand as a whole word there; a term ending in a Latin letter or digit also counts with
// -s, -es, 's, ’s, s' or s’ after it ("Blackwells", "Blackwell's"). Words of a phrase
// match across any run of white space. Chinese has no word breaks, so a Chinese term
// matches anywhere.
class TermMatcher
{
    Q_DECLARE_TR_FUNCTIONS(TermMatcher)
public:
    explicit TermMatcher(const QString &term);

    bool isEmpty() const { return m_words.isEmpty(); }
    // The words of the term in normal form, joined by one space: what the index is asked for.
    QString normalisedPhrase() const { return m_words.join(u' '); }
    // The counting rule in force, in words, for the reader.
    QString ruleText() const;

    struct Match
    {
        int offset = 0;
        int length = 0;
    };
    // Occurrences left to right, not overlapping, in text already in normal form.
    QList<Match> matchesInNormalised(const QString &normalisedText) const;
    int countInNormalised(const QString &normalisedText) const;

    // The term as a query of the word index (turn_terms, see docs/TRENDS.md) whose matches,
    // counted without overlap by er_term_count, are exactly this matcher's; empty where the
    // index cannot tell, and the turns must be read: a term with characters other than letters,
    // digits and spaces ("GB-200", "AT&T"), or whose first word is "s", which the possessive
    // ending of a match before it may take ("Blackwell's").
    QString wordIndexQuery() const;

private:
    // Length of the match starting at `from`, or 0.
    int matchAt(const QString &text, qsizetype from) const;

    QString m_term;
    QStringList m_words;
    bool m_wordStart = false;
    bool m_wordEnd = false;
};
