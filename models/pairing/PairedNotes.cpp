#include "pairing/PairedNotes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(u"> "_s);
    return lines.join(u'\n');
}

const TurnRecord *turnOf(const CallRecord &call, qint64 id)
{
    return id ? call.turn(id) : nullptr;
}

} // namespace

qint64 PairedNotes::counterpartTurn(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment,
                                    qint64 turnId, bool fromA)
{
    for (const QuestionPair &pair : alignment.pairs) {
        if (!pair.bQuestion)
            continue;
        const TurnRecord *askedA = a.questionTurn(pair.aQuestion);
        const TurnRecord *askedB = b.questionTurn(pair.bQuestion);
        if (askedA && askedB && (fromA ? askedA->id : askedB->id) == turnId)
            return fromA ? askedB->id : askedA->id;
        for (const AnswerPair &answer : pair.answers) {
            if ((fromA ? answer.aTurn : answer.bTurn) == turnId)
                return fromA ? answer.bTurn : answer.aTurn;
        }
    }
    return 0;
}

QString PairedNotes::markdown(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment,
                              const QList<Annotation> &notesA, const QList<Annotation> &notesB)
{
    struct Entry
    {
        const Annotation *note;
        bool fromA;
        int question; // of side A; 0 outside the questions or for a question of B with no counterpart
        int rank;     // notes outside the questions first, then by question of A, then B's own
        int order;
    };
    QHash<int, int> bToA;
    for (const QuestionPair &pair : alignment.pairs) {
        if (pair.bQuestion)
            bToA.insert(pair.bQuestion, pair.aQuestion);
    }
    QList<Entry> entries;
    constexpr int kOwnQuestionsOfB = 1 << 20;
    for (const Annotation &note : notesA)
        entries.append({&note, true, note.question, note.question, note.turnOrdinal});
    for (const Annotation &note : notesB) {
        const int question = bToA.value(note.question);
        entries.append({&note, false, question,
                        question || !note.question ? question : kOwnQuestionsOfB + note.question,
                        note.turnOrdinal});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        if (x.rank != y.rank)
            return x.rank < y.rank;
        if (x.fromA != y.fromA)
            return x.fromA;
        return x.order != y.order ? x.order < y.order : x.note->start < y.note->start;
    });

    QString out = u"# %1\n\n"_s.arg(tr("Notes of %1 and %2").arg(a.summary.title, b.summary.title));
    int heading = -1;
    for (const Entry &entry : std::as_const(entries)) {
        const Annotation &note = *entry.note;
        if (entry.rank != heading) {
            heading = entry.rank;
            if (entry.question) {
                const auto pair =
                    std::find_if(alignment.pairs.cbegin(), alignment.pairs.cend(),
                                 [&entry](const QuestionPair &p) { return p.aQuestion == entry.question; });
                const int counterpart = pair != alignment.pairs.cend() ? pair->bQuestion : 0;
                out += u"## %1\n\n"_s.arg(counterpart ? tr("Q%1 ↔ Q%2").arg(entry.question).arg(counterpart)
                                                      : tr("Q%1 — no counterpart").arg(entry.question));
            } else if (!entry.fromA && note.question) {
                out += u"## %1\n\n"_s.arg(
                    tr("Q%1 of %2 — no counterpart").arg(note.question).arg(b.summary.title));
            } else {
                out += u"## %1\n\n"_s.arg(tr("Outside the questions"));
            }
        }
        const CallRecord &own = entry.fromA ? a : b;
        const CallRecord &other = entry.fromA ? b : a;
        const TurnRecord *turn = turnOf(own, note.turnId);
        out += u"### %1 — %2\n\n"_s.arg(own.summary.title, turn ? turn->speaker : note.speaker);
        out += quoted(note.quote) + u"\n\n"_s;
        if (!note.note.isEmpty())
            out += note.note + u"\n\n"_s;
        if (!note.tags.isEmpty())
            out += tr("Tags: %1").arg(note.tags.join(u", "_s)) + u"\n\n"_s;
        const TurnRecord *counterpart =
            turnOf(other, counterpartTurn(a, b, alignment, note.turnId, entry.fromA));
        if (counterpart) {
            out += u"%1\n\n"_s.arg(tr("In %1 (%2):").arg(other.summary.title, counterpart->speaker));
            out += quoted(counterpart->text) + u"\n\n"_s;
        } else {
            out += tr("No counterpart in %1.").arg(other.summary.title) + u"\n\n"_s;
        }
    }
    if (entries.isEmpty())
        out += tr("Neither call has notes.") + u"\n"_s;
    return out;
}
