#pragma once

#include "store/CallStructure.h"

#include <QCoreApplication>

#include <optional>

// What a structure edit of a call changes, worked out on the call as it is: the structure
// before and after, and how the annotations follow moved text, both ways. Nothing is written
// here; TurnEditCommand writes a plan through the store, and CallReimporter makes stored edits
// again on a re-imported text.
class TurnEditPlanner
{
    Q_DECLARE_TR_FUNCTIONS(TurnEditPlanner)
public:
    struct Plan
    {
        StructureChange redo;
        StructureChange undo;
        QString description; // the undo command's text: "Split the turn of Colette Kress"
    };

    // An edit of turn turnId: kind, and the offset (Split) or name (Speaker) it needs. nullopt,
    // with *why, when the edit makes no sense there ("turn 12 already starts question 3").
    static std::optional<Plan> plan(const CallRecord &call, qint64 turnId, TurnEdit::Kind kind, int splitAt,
                                    const QString &speaker, QString *why);

    // The edit as the undo history and reports name it; speaker: whose turn it was.
    static QString describe(const TurnEdit &edit, const QString &speaker = {});

    // A stored edit on the call's new text: found by its turn's text (and, for a merge, the
    // previous turn's), the nearest to its old position among equal texts. nullopt when that text
    // is gone; a plan whose change is empty when the text already is as the edit made it.
    static std::optional<Plan> replay(const CallRecord &call, const TurnEdit &stored);
};
