#include "calls/EditCallDetailsCommand.h"

#include "store/LibraryStore.h"

EditCallDetailsCommand::EditCallDetailsCommand(LibraryStore *store, const CallSummary &before,
                                               const CallSummary &after, UndoHistory *history)
    : LibraryCommand(history), m_store(store), m_before(before), m_after(after)
{
    setText(tr("Edit the details of %1").arg(before.title));
}

bool EditCallDetailsCommand::doRedo(QString *error)
{
    return m_store->setCallDetails(m_after, error);
}

bool EditCallDetailsCommand::doUndo(QString *error)
{
    return m_store->setCallDetails(m_before, error);
}

QString EditCallDetailsCommand::redoFailure() const
{
    return tr("Could not change the details of %1").arg(m_before.title);
}
