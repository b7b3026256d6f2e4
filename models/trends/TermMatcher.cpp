#include "trends/TermMatcher.h"

#include "text/SearchText.h"
#include "text/WordTokens.h"

using namespace Qt::StringLiterals;

namespace {

// Longest first, so that "Blackwell's" is one match of its whole length.
const QStringList kSuffixes = {u"'s"_s, u"\u2019s"_s, u"s'"_s, u"s\u2019"_s, u"es"_s, u"s"_s, QString()};

} // namespace

TermMatcher::TermMatcher(const QString &term)
    : m_term(term), m_words(SearchText::normalise(term).simplified().split(u' ', Qt::SkipEmptyParts))
{
    if (m_words.isEmpty())
        return;
    m_wordStart = WordTokens::isSpacedWordCharacter(m_words.first().front());
    m_wordEnd = WordTokens::isSpacedWordCharacter(m_words.last().back());
}

QString TermMatcher::ruleText() const
{
    QString rule;
    if (m_wordStart && m_wordEnd)
        rule = tr("whole words; plurals (-s, -es) and possessives ('s, s') count");
    else if (m_wordEnd)
        rule = tr("ends at a word break; plurals (-s, -es) and possessives ('s, s') count");
    else if (m_wordStart)
        rule = tr("starts at a word break");
    else
        rule = tr("anywhere in the text (Chinese has no word breaks)");
    if (m_words.size() > 1)
        rule += tr("; the words in this order, across any spacing");
    return tr("\u201c%1\u201d: %2; any case, Traditional and Simplified alike")
        .arg(m_term.simplified(), rule);
}

int TermMatcher::matchAt(const QString &text, qsizetype from) const
{
    if (m_wordStart && from > 0 && WordTokens::isSpacedWordCharacter(text.at(from - 1)))
        return 0;
    qsizetype at = from;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (i > 0) {
            const qsizetype spaceStart = at;
            while (at < text.size() && text.at(at).isSpace())
                ++at;
            if (at == spaceStart)
                return 0;
        }
        if (!QStringView(text).mid(at).startsWith(m_words.at(i)))
            return 0;
        at += m_words.at(i).size();
    }
    if (!m_wordEnd)
        return int(at - from);
    for (const QString &suffix : kSuffixes) {
        if (!QStringView(text).mid(at).startsWith(suffix))
            continue;
        const qsizetype end = at + suffix.size();
        if (end == text.size() || !WordTokens::isSpacedWordCharacter(text.at(end)))
            return int(end - from);
    }
    return 0;
}

QList<TermMatcher::Match> TermMatcher::matchesInNormalised(const QString &normalisedText) const
{
    QList<Match> matches;
    if (m_words.isEmpty())
        return matches;
    const QString &first = m_words.first();
    qsizetype from = 0;
    while ((from = normalisedText.indexOf(first, from)) >= 0) {
        const int length = matchAt(normalisedText, from);
        if (length > 0) {
            matches.append({int(from), length});
            from += length;
        } else {
            ++from;
        }
    }
    return matches;
}

int TermMatcher::countInNormalised(const QString &normalisedText) const
{
    return int(matchesInNormalised(normalisedText).size());
}

QString TermMatcher::wordIndexQuery() const
{
    const QString phrase = normalisedPhrase();
    if (phrase.isEmpty())
        return {};
    for (const QChar c : phrase) {
        if (c != u' ' && !c.isLetterOrNumber())
            return {};
    }
    if (phrase.front() == u's' && (phrase.size() == 1 || !WordTokens::isSpacedWordCharacter(phrase.at(1))))
        return {};
    // The plural and possessive endings are the last token's: the token itself ("Blackwell's"
    // is "blackwell", an apostrophe and "s"), or it with -s or -es.
    QStringList forms{phrase};
    if (m_wordEnd)
        forms << phrase + u's' << phrase + u"es"_s;
    for (QString &form : forms)
        form = u'"' + form + u'"';
    return forms.join(u" OR "_s);
}
