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

    // A letter or digit of a script that separates words with spaces (not CJK): where such
    // a character touches a match, the match is part of a longer word.
    static bool isSpacedWordCharacter(QChar c);

private:
    // Length of the match starting at `from`, or 0.
    int matchAt(const QString &text, qsizetype from) const;

    QString m_term;
    QStringList m_words;
    bool m_wordStart = false;
    bool m_wordEnd = false;
};
