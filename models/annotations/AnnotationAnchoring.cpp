#include "annotations/AnnotationAnchoring.h"

#include "annotations/AnnotationRepository.h"
#include "store/LibraryRecords.h"

#include <limits>

namespace AnnotationAnchoring {

namespace {

struct Candidate
{
    Placement placement;
    int ordinalDistance = std::numeric_limits<int>::max();
    int offsetDistance = std::numeric_limits<int>::max();

    bool betterThan(const Candidate &other) const
    {
        return std::tie(ordinalDistance, offsetDistance) <
               std::tie(other.ordinalDistance, other.offsetDistance);
    }
};

Candidate candidate(const TurnText &turn, int start, int end, const OldAnchor &old)
{
    Candidate c;
    c.placement = {turn.id, start, end};
    c.ordinalDistance = old.turnOrdinal >= 0 ? std::abs(turn.ordinal - old.turnOrdinal) : 0;
    c.offsetDistance = std::abs(start - old.start);
    return c;
}

// The text without white space, and for each of its characters the position it came from.
struct Compact
{
    QString text;
    QList<int> origin;
};

Compact compact(const QString &text)
{
    Compact c;
    c.text.reserve(text.size());
    c.origin.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace()) {
            c.text.append(text.at(i));
            c.origin.append(i);
        }
    }
    return c;
}

} // namespace

Placement place(const QString &quote, const OldAnchor &old, const QList<TurnText> &turns)
{
    if (quote.isEmpty())
        return {};
    Candidate best;
    for (const TurnText &turn : turns) {
        for (qsizetype at = turn.text.indexOf(quote); at >= 0; at = turn.text.indexOf(quote, at + 1)) {
            const Candidate c = candidate(turn, int(at), int(at + quote.size()), old);
            if (c.betterThan(best))
                best = c;
        }
    }
    if (best.placement.turnId)
        return best.placement;

    const QString needle = compact(quote).text;
    if (needle.isEmpty())
        return {};
    for (const TurnText &turn : turns) {
        const Compact hay = compact(turn.text);
        for (qsizetype at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
            const int start = hay.origin.at(at);
            const int end = hay.origin.at(at + needle.size() - 1) + 1;
            const Candidate c = candidate(turn, start, end, old);
            if (c.betterThan(best))
                best = c;
        }
    }
    return best.placement;
}

QList<TurnText> turnTexts(const CallRecord &call)
{
    QList<TurnText> turns;
    for (const SectionRecord &section : call.sections) {
        for (const TurnRecord &turn : section.turns)
            turns.append({turn.id, turn.ordinal, turn.text});
    }
    return turns;
}

bool reanchorCall(AnnotationRepository &repository, const CallRecord &newCall,
                  const QHash<qint64, OldAnchor> &old, Report *report, QString *error)
{
    const QList<TurnText> turns = turnTexts(newCall);
    QHash<qint64, const TurnText *> turnOf;
    for (const TurnText &t : turns)
        turnOf.insert(t.id, &t);
    for (const Annotation &a : repository.annotations(newCall.summary.id)) {
        const OldAnchor anchor = old.value(a.id, OldAnchor{-1, a.start});
        const Placement p = place(a.quote, anchor, turns);
        // A match that ignored white space takes the new text as its quote, so that the
        // quote is again exactly what the offsets select.
        const bool placed = p.turnId != 0;
        const QString quote = placed ? turnOf.value(p.turnId)->text.mid(p.start, p.end - p.start) : a.quote;
        if (!repository.writePlacement(a.id, p.turnId, placed ? p.start : a.start, placed ? p.end : a.end,
                                       quote, error))
            return false;
        if (!p.turnId) {
            Annotation unplaced = a;
            unplaced.turnId = 0;
            report->unplaced.append(unplaced);
        } else if (turnOf.value(p.turnId)->ordinal == anchor.turnOrdinal && p.start == anchor.start &&
                   quote == a.quote) {
            ++report->kept;
        } else {
            ++report->moved;
        }
    }
    return true;
}

} // namespace AnnotationAnchoring
