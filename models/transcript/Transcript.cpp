#include "transcript/Transcript.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString sectionKindName(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Article:
        return u"article"_s;
    case SectionKind::Commentary:
        return u"commentary"_s;
    case SectionKind::Prepared:
        return u"prepared"_s;
    case SectionKind::QA:
        return u"qa"_s;
    }
    return u"article"_s;
}

SectionKind sectionKindFromName(const QString &name, bool *ok)
{
    const QString key = name.trimmed().toLower();
    for (SectionKind kind :
         {SectionKind::Article, SectionKind::Commentary, SectionKind::Prepared, SectionKind::QA}) {
        if (sectionKindName(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return SectionKind::Article;
}

// Numbers come from the transcript's own markers, so the highest one is what readers
// expect to see ("9 questions") even if a marker in between is missing.
int ParsedTranscript::questionCount() const
{
    int highest = 0;
    for (const ParsedSection &section : sections)
        for (const ParsedTurn &turn : section.turns)
            highest = std::max(highest, turn.question);
    return highest;
}

int ParsedTranscript::turnCount() const
{
    int count = 0;
    for (const ParsedSection &section : sections)
        count += int(section.turns.size());
    return count;
}

bool HeaderMetadata::isEmpty() const
{
    return company.isEmpty() && ticker.isEmpty() && fiscalPeriod.isEmpty() && date.isEmpty() &&
           title.isEmpty();
}
