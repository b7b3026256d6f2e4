#include "annotations/Annotation.h"

#include "figures/FinancialFigures.h"

#include <QSet>

using namespace Qt::StringLiterals;

QString FigureLink::displayText() const
{
    return u"%1 %2 %3"_s.arg(ticker, quarter, MetricCatalog::displayName(metric));
}

QStringList AnnotationColour::names()
{
    return {QString::fromLatin1(Yellow), QString::fromLatin1(Green), QString::fromLatin1(Blue),
            QString::fromLatin1(Pink), QString::fromLatin1(Orange)};
}

bool AnnotationColour::isKnown(const QString &name)
{
    return names().contains(name);
}

QStringList QuestionLabel::suggestions()
{
    return {QString::fromLatin1(Answered), QString::fromLatin1(Deflected), QString::fromLatin1(Guidance)};
}

QStringList Annotation::normalisedTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString t = tag.simplified();
        if (t.isEmpty() || seen.contains(t.toCaseFolded()))
            continue;
        seen.insert(t.toCaseFolded());
        result.append(t);
    }
    return result;
}

QStringList Annotation::parseTags(const QString &text)
{
    return normalisedTags(text.split(u','));
}

bool AnnotationFilter::matches(const Annotation &a) const
{
    if (!tag.isEmpty() && !a.tags.contains(tag, Qt::CaseInsensitive))
        return false;
    if (!colour.isEmpty() && a.colour != colour)
        return false;
    if (!speaker.isEmpty() && a.speaker != speaker)
        return false;
    if (question != 0 && a.question != question)
        return false;
    if (!text.isEmpty()) {
        const auto has = [this](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
        if (!has(a.quote) && !has(a.note) && !has(a.speaker) &&
            std::none_of(a.tags.cbegin(), a.tags.cend(), has))
            return false;
    }
    return true;
}
