#include "store/CallStructure.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array kKindNames = {
    std::pair{TurnEdit::Kind::Speaker, "speaker"},
    std::pair{TurnEdit::Kind::Split, "split"},
    std::pair{TurnEdit::Kind::MergePrevious, "merge"},
    std::pair{TurnEdit::Kind::QuestionStarts, "question"},
    std::pair{TurnEdit::Kind::NotQuestion, "not_question"},
    std::pair{TurnEdit::Kind::QaStarts, "qa_start"},
};

qint64 mapped(const QHash<qint64, qint64> &ids, qint64 id)
{
    return ids.value(id, id);
}

} // namespace

QString TurnEdit::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<TurnEdit::Kind> TurnEdit::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QLatin1StringView(n))
            return k;
    }
    return std::nullopt;
}

CallStructure CallStructure::of(const CallRecord &call)
{
    CallStructure structure;
    structure.speakers = call.speakers;
    for (int s = 0; s < call.sections.size(); ++s) {
        const SectionRecord &section = call.sections.at(s);
        structure.sections.append({section.id, s, section.kind});
        for (const TurnRecord &turn : section.turns)
            structure.turns.append(
                {turn.id, section.id, turn.ordinal, turn.speakerId, turn.question, turn.text});
    }
    return structure;
}

const SpeakerRecord *CallStructure::speaker(qint64 id) const
{
    for (const SpeakerRecord &s : speakers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void CallStructure::assignIds(const QHash<qint64, qint64> &ids)
{
    for (StructureSection &section : sections)
        section.id = mapped(ids, section.id);
    for (SpeakerRecord &speaker : speakers)
        speaker.id = mapped(ids, speaker.id);
    for (StructureTurn &turn : turns) {
        turn.id = mapped(ids, turn.id);
        turn.sectionId = mapped(ids, turn.sectionId);
        turn.speakerId = mapped(ids, turn.speakerId);
    }
}

void StructureChange::assignIds(const QHash<qint64, qint64> &ids)
{
    from.assignIds(ids);
    to.assignIds(ids);
    for (TextMove &move : moves) {
        move.fromTurn = mapped(ids, move.fromTurn);
        move.toTurn = mapped(ids, move.toTurn);
    }
    if (record)
        record->id = mapped(ids, record->id);
}
