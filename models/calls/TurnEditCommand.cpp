#include "calls/TurnEditCommand.h"

#include "store/LibraryStore.h"

TurnEditCommand::TurnEditCommand(LibraryStore *store, const TurnEditPlanner::Plan &plan, UndoHistory *history,
                                 QUndoCommand *parent)
    : LibraryCommand(history, parent), m_store(store), m_plan(plan)
{
    setText(plan.description);
}

bool TurnEditCommand::doRedo(QString *error)
{
    QHash<qint64, qint64> ids;
    if (!m_store->changeCallStructure(m_plan.redo, &ids, error))
        return false;
    // From now on the added rows are known by their ids, in both directions.
    m_plan.redo.assignIds(ids);
    m_plan.undo.assignIds(ids);
    m_plan.undo.dropRecord = ids.value(m_plan.undo.dropRecord, m_plan.undo.dropRecord);
    return true;
}

bool TurnEditCommand::doUndo(QString *error)
{
    return m_store->changeCallStructure(m_plan.undo, nullptr, error);
}

QString TurnEditCommand::redoFailure() const
{
    return tr("Could not save \"%1\"").arg(m_plan.description);
}
