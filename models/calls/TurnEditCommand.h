#pragma once

#include "calls/TurnEditPlanner.h"
#include "util/LibraryCommand.h"

class LibraryStore;

// One structure edit of a call (TurnEditPlanner): a turn's speaker, a split, a merge, where a
// question or the Q&A starts. Each direction is one store write, which also adds the edit to
// or drops it from the call's list, so a re-import makes again what is done and only that.
// Rows the edit adds keep their ids through undo and redo, for the commands after it.
class TurnEditCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(TurnEditCommand)

public:
    TurnEditCommand(LibraryStore *store, const TurnEditPlanner::Plan &plan, UndoHistory *history,
                    QUndoCommand *parent = nullptr);

    bool refersToCall(qint64 callId) const override { return callId == m_plan.redo.callId; }

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    LibraryStore *m_store;
    TurnEditPlanner::Plan m_plan;
};
