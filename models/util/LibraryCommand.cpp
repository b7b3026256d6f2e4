#include "util/LibraryCommand.h"

#include "util/UndoHistory.h"

LibraryCommand::LibraryCommand(UndoHistory *history, QUndoCommand *parent)
    : QUndoCommand(parent), m_history(history)
{}

void LibraryCommand::redo()
{
    if (m_retired)
        return;
    QString why;
    if (!doRedo(&why))
        fail(redoFailure(), why);
}

void LibraryCommand::undo()
{
    if (m_retired)
        return;
    QString why;
    if (!doUndo(&why))
        fail(tr("Could not undo \"%1\"").arg(text()), why);
}

bool LibraryCommand::refersToCall(qint64) const
{
    return false;
}

void LibraryCommand::retire()
{
    m_retired = true;
    setObsolete(true);
}

void LibraryCommand::fail(const QString &what, const QString &why)
{
    setObsolete(true);
    if (m_history)
        m_history->report(tr("%1: %2").arg(what, why.isEmpty() ? tr("the library refused the change") : why));
}
