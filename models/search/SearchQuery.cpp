#include "search/SearchQuery.h"

#include "text/SearchText.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// The index terms every text containing `needle` must have (see SearchTokenizer): for a
// run of two or more word characters, its bigrams; for a single character, the run-end
// unigram if the needle shows the run ends there, otherwise any term starting with it.
QString buildMatchExpression(const QString &needle)
{
    const QList<uint> codePoints = needle.toUcs4();
    QStringList terms;
    QSet<QString> seen;
    const auto add = [&](const QString &term) {
        if (!seen.contains(term)) {
            seen.insert(term);
            terms << term;
        }
    };
    qsizetype i = 0;
    while (i < codePoints.size()) {
        if (!SearchText::isWordCharacter(codePoints.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < codePoints.size() && SearchText::isWordCharacter(codePoints.at(end)))
            ++end;
        if (end - i >= 2) {
            for (qsizetype k = i; k + 1 < end; ++k)
                add(quoted(
                    QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + k), 2)));
        } else {
            const QString single =
                quoted(QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoints.at(i)), 1));
            add(end < codePoints.size() ? single : single + u'*');
        }
        i = end;
    }
    return terms.join(u" AND "_s);
}

} // namespace

SearchQuery::SearchQuery(const QString &text)
    : m_text(text), m_needle(SearchText::normalise(text).trimmed()),
      m_matchExpression(buildMatchExpression(m_needle))
{}

QList<SearchQuery::Occurrence> SearchQuery::occurrencesIn(const QString &storedText, qsizetype limit) const
{
    if (m_needle.isEmpty() || storedText.size() < m_needle.size())
        return {};
    return occurrencesInNormalised(SearchText::normalise(storedText), limit);
}

QList<SearchQuery::Occurrence> SearchQuery::occurrencesInNormalised(const QString &normalisedText,
                                                                    qsizetype limit) const
{
    QList<Occurrence> result;
    if (m_needle.isEmpty())
        return result;
    qsizetype from = 0;
    while ((limit <= 0 || result.size() < limit) && (from = normalisedText.indexOf(m_needle, from)) >= 0) {
        result.append({int(from), int(m_needle.size())});
        from += m_needle.size();
    }
    return result;
}
