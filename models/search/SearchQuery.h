#pragma once

#include <QList>
#include <QString>

// What a search looks for: the typed text in SearchText's normal form, matched as a plain
// substring. There is no query syntax; quotes, *, -, :, parentheses and NEAR are text.
//
// The index only narrows the turns to look at: matchExpression() is an FTS5 expression
// that every turn containing the text satisfies, and occurrencesIn() then finds the
// occurrences themselves. Results are therefore exactly those of a linear scan.
class SearchQuery
{
public:
    explicit SearchQuery(const QString &text = {});

    QString text() const { return m_text; }
    // The normalised text searched for (trimmed); empty means nothing to search.
    QString needle() const { return m_needle; }
    bool isEmpty() const { return m_needle.isEmpty(); }

    // Empty when the text has no letter or digit to index (for example "%" or "--"); then
    // every turn is a candidate.
    QString matchExpression() const { return m_matchExpression; }

    struct Occurrence
    {
        int offset = 0;
        int length = 0;
    };
    // Every occurrence, left to right and not overlapping, with offsets into the text as
    // given (normalisation keeps offsets); at most `limit` of them if it is positive, so a
    // search that needs a few hits of one enormous turn does not list millions.
    QList<Occurrence> occurrencesIn(const QString &storedText, qsizetype limit = 0) const;
    // The same for text already in normal form.
    QList<Occurrence> occurrencesInNormalised(const QString &normalisedText, qsizetype limit = 0) const;

private:
    QString m_text;
    QString m_needle;
    QString m_matchExpression;
};
