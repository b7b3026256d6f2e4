#include "calls/TurnEditPlanner.h"

#include "transcript/SpeakerIdentity.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Placeholders for the rows an edit adds, one per table (CallStructure.h).
constexpr qint64 kNewTurn = -1;
constexpr qint64 kNewSection = -2;
constexpr qint64 kNewSpeaker = -3;
constexpr qint64 kNewRecord = -4;

bool isBlank(QChar c)
{
    return c.isSpace();
}

QString roleOf(const CallStructure &structure, const StructureTurn &turn)
{
    const SpeakerRecord *speaker = structure.speaker(turn.speakerId);
    return speaker ? speaker->role : QString::fromLatin1(Role::Narrator);
}

bool isFurniture(const CallStructure &structure, const StructureTurn &turn)
{
    return roleOf(structure, turn) == QLatin1StringView(Role::Furniture);
}

SectionKind kindOf(const CallStructure &structure, qint64 sectionId)
{
    for (const StructureSection &section : structure.sections) {
        if (section.id == sectionId)
            return section.kind;
    }
    return SectionKind::Article;
}

// Turns and sections numbered from 0 in their order; questions only in the Q&A, never page
// furniture, numbered from 1 in the order they start.
void normalise(CallStructure &structure)
{
    for (int s = 0; s < structure.sections.size(); ++s)
        structure.sections[s].ordinal = s;
    QHash<int, int> numbers;
    for (int t = 0; t < structure.turns.size(); ++t) {
        StructureTurn &turn = structure.turns[t];
        turn.ordinal = t;
        if (kindOf(structure, turn.sectionId) != SectionKind::QA || isFurniture(structure, turn)) {
            turn.question = 0;
            continue;
        }
        if (!turn.question)
            continue;
        if (!numbers.contains(turn.question))
            numbers.insert(turn.question, int(numbers.size()) + 1);
        turn.question = numbers.value(turn.question);
    }
}

// Whether the turn at index opens its question: no earlier turn of the call has its number.
bool opensQuestion(const CallStructure &structure, int index)
{
    const int question = structure.turns.at(index).question;
    if (!question)
        return false;
    for (int t = 0; t < index; ++t) {
        if (structure.turns.at(t).question == question)
            return false;
    }
    return true;
}

struct Outcome
{
    CallStructure to;
    QList<TextMove> moves;
    QList<TextMove> undoMoves;
    bool already = false; // the structure already is as the edit asks
    QString alreadyWhy;   // said so, for an edit asked for by the reader
};

std::optional<Outcome> applyEdit(const CallRecord &call, const CallStructure &from, int index,
                                 const TurnEdit &edit, QString *why)
{
    Outcome out;
    out.to = from;
    CallStructure &to = out.to;
    StructureTurn &turn = to.turns[index];
    const qint64 turnId = turn.id;
    const qint64 ownSection = turn.sectionId;
    const bool furniture = isFurniture(from, turn);
    const SectionKind section = kindOf(from, turn.sectionId);

    switch (edit.kind) {
    case TurnEdit::Kind::Speaker: {
        const QString name = edit.speaker.simplified();
        if (name.isEmpty()) {
            *why = TurnEditPlanner::tr("the speaker's name is empty");
            return std::nullopt;
        }
        const SpeakerRecord *current = from.speaker(turn.speakerId);
        if (current && current->name == name) {
            out.already = true;
            out.alreadyWhy = TurnEditPlanner::tr("the turn's speaker already is %1").arg(name);
            return out;
        }
        // A variant of a name the call already has ("Colette Kress") is that speaker.
        auto known = std::find_if(from.speakers.cbegin(), from.speakers.cend(),
                                  [&](const SpeakerRecord &s) { return s.name == name; });
        if (known == from.speakers.cend())
            known = std::find_if(from.speakers.cbegin(), from.speakers.cend(), [&](const SpeakerRecord &s) {
                return !s.name.isEmpty() && SpeakerIdentity::samePerson(s.name, name);
            });
        if (known != from.speakers.cend() && known->id == turn.speakerId) {
            out.already = true;
            out.alreadyWhy = TurnEditPlanner::tr("the turn's speaker already is %1").arg(known->name);
            return out;
        }
        if (known != from.speakers.cend()) {
            turn.speakerId = known->id;
            break;
        }
        // Someone of the call's participant list keeps the role and title it gives them.
        SpeakerRecord added{kNewSpeaker, name, QString(), QString(), QString()};
        const auto listed = std::find_if(call.roster.cbegin(), call.roster.cend(), [&](const Participant &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0 ||
                   SpeakerIdentity::samePerson(p.name, name);
        });
        if (listed != call.roster.cend()) {
            added.title = listed->title;
            added.firm = listed->firm;
            added.role = listed->role;
        }
        if (added.role.isEmpty()) {
            const QString role = current ? current->role : QString();
            added.role =
                role.isEmpty() || role == QLatin1StringView(Role::Narrator) ||
                        role == QLatin1StringView(Role::Furniture)
                    ? QString::fromLatin1(section == SectionKind::QA ? Role::Analyst : Role::Executive)
                    : role;
        }
        to.speakers.append(added);
        turn.speakerId = kNewSpeaker;
        break;
    }
    case TurnEdit::Kind::Split: {
        const QString text = turn.text;
        const int at = edit.splitAt;
        const bool inside = at > 0 && at < text.size();
        int keepEnd = inside ? at : 0;
        while (keepEnd > 0 && isBlank(text.at(keepEnd - 1)))
            --keepEnd;
        int moveStart = inside ? at : int(text.size());
        while (moveStart < text.size() && isBlank(text.at(moveStart)))
            ++moveStart;
        if (keepEnd == 0 || moveStart == text.size()) {
            *why = TurnEditPlanner::tr(
                       "offset %1 leaves nothing on one side: the turn's text has %2 characters, and a split "
                       "needs text before and after it")
                       .arg(at)
                       .arg(text.size());
            return std::nullopt;
        }
        StructureTurn second = turn;
        second.id = kNewTurn;
        second.text = text.mid(moveStart);
        turn.text = text.left(keepEnd);
        to.turns.insert(index + 1, second);
        out.moves.append({turnId, keepEnd, moveStart, kNewTurn, -moveStart});
        out.undoMoves.append({kNewTurn, 0, 0, turnId, moveStart});
        break;
    }
    case TurnEdit::Kind::MergePrevious: {
        if (index == 0) {
            *why =
                TurnEditPlanner::tr("it is the call's first turn; there is no previous turn to merge with");
            return std::nullopt;
        }
        const StructureTurn &previous = to.turns.at(index - 1);
        if (previous.sectionId != turn.sectionId) {
            *why = TurnEditPlanner::tr(
                "the previous turn is in another section; move the start of the Q&A instead");
            return std::nullopt;
        }
        if (furniture || isFurniture(from, previous)) {
            *why = TurnEditPlanner::tr("page furniture is kept apart from the turns and is not merged");
            return std::nullopt;
        }
        const int joint = int(previous.text.size()) + 1;
        const qint64 previousId = previous.id;
        to.turns[index - 1].text = previous.text + u'\n' + turn.text;
        to.turns.removeAt(index);
        out.moves.append({turnId, 0, 0, previousId, joint});
        out.undoMoves.append({previousId, joint - 1, joint, turnId, -joint});
        break;
    }
    case TurnEdit::Kind::QuestionStarts: {
        if (section != SectionKind::QA || furniture) {
            *why = furniture
                       ? TurnEditPlanner::tr("page furniture is never part of a question")
                       : TurnEditPlanner::tr("the turn is not in the Q&A; move the start of the Q&A first");
            return std::nullopt;
        }
        if (opensQuestion(from, index)) {
            out.already = true;
            out.alreadyWhy = TurnEditPlanner::tr("the turn already starts question %1").arg(turn.question);
            return out;
        }
        int fresh = 1;
        for (const StructureTurn &t : std::as_const(to.turns))
            fresh = std::max(fresh, t.question + 1);
        const int was = turn.question;
        for (int t = index; t < to.turns.size(); ++t) {
            StructureTurn &next = to.turns[t];
            if (next.sectionId != turn.sectionId)
                break;
            if (isFurniture(to, next))
                continue;
            if (next.question != was)
                break;
            next.question = fresh;
        }
        break;
    }
    case TurnEdit::Kind::NotQuestion: {
        if (!turn.question) {
            *why = TurnEditPlanner::tr("the turn is not part of a question");
            return std::nullopt;
        }
        if (!opensQuestion(from, index)) {
            *why = TurnEditPlanner::tr(
                       "the turn does not start its question; choose the turn that starts question %1")
                       .arg(turn.question);
            return std::nullopt;
        }
        int previous = 0;
        for (int t = index - 1; t >= 0; --t) {
            const StructureTurn &before = to.turns.at(t);
            if (before.sectionId != turn.sectionId)
                break;
            if (!isFurniture(to, before)) {
                previous = before.question;
                break;
            }
        }
        const int was = turn.question;
        for (StructureTurn &t : to.turns) {
            if (t.question == was)
                t.question = previous;
        }
        break;
    }
    case TurnEdit::Kind::QaStarts: {
        if (furniture) {
            *why = TurnEditPlanner::tr("page furniture cannot start the Q&A");
            return std::nullopt;
        }
        int qa = -1;
        int own = -1;
        for (int s = 0; s < to.sections.size(); ++s) {
            if (qa < 0 && to.sections.at(s).kind == SectionKind::QA)
                qa = s;
            if (to.sections.at(s).id == turn.sectionId)
                own = s;
        }
        if (qa >= 0 && own > qa) {
            *why = TurnEditPlanner::tr("the turn comes after the Q&A");
            return std::nullopt;
        }
        const auto firstShownOf = [&](qint64 sectionId) {
            for (int t = 0; t < to.turns.size(); ++t) {
                if (to.turns.at(t).sectionId == sectionId && !isFurniture(to, to.turns.at(t)))
                    return t;
            }
            return -1;
        };
        if (qa >= 0 && own == qa && firstShownOf(turn.sectionId) == index) {
            out.already = true;
            out.alreadyWhy = TurnEditPlanner::tr("the Q&A already starts with the turn");
            return out;
        }
        if (qa < 0) {
            // A call read without a Q&A gets one, after the turn's own section.
            to.sections.insert(own + 1, {kNewSection, 0, SectionKind::QA});
            qa = own + 1;
            for (int t = index; t < to.turns.size() && to.turns.at(t).sectionId == ownSection; ++t)
                to.turns[t].sectionId = kNewSection;
        } else if (own < qa) {
            const qint64 qaId = to.sections.at(qa).id;
            int t = index;
            while (t < to.turns.size() && to.turns.at(t).sectionId != qaId)
                to.turns[t++].sectionId = qaId;
        } else {
            // Later in the Q&A: what comes before goes to the section before it.
            qint64 before = qa > 0 ? to.sections.at(qa - 1).id : kNewSection;
            if (qa == 0)
                to.sections.insert(0, {kNewSection, 0, SectionKind::Prepared});
            const qint64 qaId = turn.sectionId;
            for (int t = 0; t < index; ++t) {
                if (to.turns.at(t).sectionId == qaId)
                    to.turns[t].sectionId = before;
            }
        }
        // Sections left without turns go.
        to.sections.removeIf([&](const StructureSection &s) {
            return std::none_of(to.turns.cbegin(), to.turns.cend(),
                                [&](const StructureTurn &t) { return t.sectionId == s.id; });
        });
        break;
    }
    }
    normalise(to);
    return out;
}

std::optional<TurnEditPlanner::Plan> planAt(const CallRecord &call, int index, TurnEdit edit, QString *why)
{
    const CallStructure from = CallStructure::of(call);
    const auto outcome = applyEdit(call, from, index, edit, why);
    if (!outcome)
        return std::nullopt;
    const StructureTurn &turn = from.turns.at(index);
    TurnEditPlanner::Plan plan;
    const SpeakerRecord *speaker = from.speaker(turn.speakerId);
    plan.description = TurnEditPlanner::describe(edit, speaker ? speaker->name : QString());
    plan.redo.callId = plan.undo.callId = call.summary.id;
    if (outcome->already) {
        // Nothing to write; a reader's edit is refused with the reason, a stored one stays.
        *why = outcome->alreadyWhy;
        plan.redo.from = plan.redo.to = from;
        plan.undo = plan.redo;
        return plan;
    }
    edit.id = kNewRecord;
    edit.turnText = turn.text;
    edit.ordinal = turn.ordinal;
    if (edit.kind == TurnEdit::Kind::MergePrevious)
        edit.previousText = from.turns.at(index - 1).text;
    plan.redo.from = from;
    plan.redo.to = outcome->to;
    plan.redo.moves = outcome->moves;
    plan.redo.record = edit;
    plan.undo.from = outcome->to;
    plan.undo.to = from;
    plan.undo.moves = outcome->undoMoves;
    plan.undo.dropRecord = kNewRecord;
    return plan;
}

} // namespace

QString TurnEditPlanner::describe(const TurnEdit &edit, const QString &speaker)
{
    switch (edit.kind) {
    case TurnEdit::Kind::Speaker:
        return tr("Set the speaker of a turn to %1").arg(edit.speaker.simplified());
    case TurnEdit::Kind::Split:
        return speaker.isEmpty() ? tr("Split a turn") : tr("Split the turn of %1").arg(speaker);
    case TurnEdit::Kind::MergePrevious:
        return tr("Merge a turn with the previous one");
    case TurnEdit::Kind::QuestionStarts:
        return tr("Start a new question here");
    case TurnEdit::Kind::NotQuestion:
        return tr("Mark a turn as not a question");
    case TurnEdit::Kind::QaStarts:
        return tr("Move the start of the Q&A");
    }
    return {};
}

std::optional<TurnEditPlanner::Plan> TurnEditPlanner::plan(const CallRecord &call, qint64 turnId,
                                                           TurnEdit::Kind kind, int splitAt,
                                                           const QString &speaker, QString *why)
{
    const CallStructure structure = CallStructure::of(call);
    const auto it = std::find_if(structure.turns.cbegin(), structure.turns.cend(),
                                 [&](const StructureTurn &t) { return t.id == turnId; });
    if (it == structure.turns.cend()) {
        *why = TurnEditPlanner::tr("the call has no turn %1").arg(turnId);
        return std::nullopt;
    }
    TurnEdit edit;
    edit.kind = kind;
    edit.splitAt = splitAt;
    edit.speaker = speaker.simplified();
    QString reason;
    auto result = planAt(call, int(it - structure.turns.cbegin()), edit, &reason);
    if (!result) {
        *why = TurnEditPlanner::tr("turn %1: %2").arg(turnId).arg(reason);
        return std::nullopt;
    }
    if (!result->redo.record) {
        *why = TurnEditPlanner::tr("turn %1: %2; nothing to change").arg(turnId).arg(reason);
        return std::nullopt;
    }
    return result;
}

std::optional<TurnEditPlanner::Plan> TurnEditPlanner::replay(const CallRecord &call, const TurnEdit &stored)
{
    const CallStructure structure = CallStructure::of(call);
    int best = -1;
    for (int t = 0; t < structure.turns.size(); ++t) {
        if (structure.turns.at(t).text != stored.turnText)
            continue;
        if (stored.kind == TurnEdit::Kind::MergePrevious &&
            (t == 0 || structure.turns.at(t - 1).text != stored.previousText))
            continue;
        if (best < 0 || std::abs(t - stored.ordinal) < std::abs(best - stored.ordinal))
            best = t;
    }
    if (best < 0)
        return std::nullopt;
    QString why;
    auto result = planAt(call, best, stored, &why);
    if (!result)
        return std::nullopt;
    // Made again, the edit keeps its row in the call's list.
    result->redo.record.reset();
    result->redo.renumberMarks = false;
    return result;
}
