#include "util/UndoHistory.h"

#include "util/LibraryCommand.h"

#include <QUndoStack>

UndoHistory::UndoHistory(QUndoStack *stack) : QObject(stack), m_stack(stack)
{
    setObjectName(QStringLiteral("undoHistory"));
    connect(stack, &QUndoStack::indexChanged, this, &UndoHistory::dropRetiredAtEnds);
}

UndoHistory *UndoHistory::of(QUndoStack *stack)
{
    if (auto *history = stack->findChild<UndoHistory *>(QString(), Qt::FindDirectChildrenOnly))
        return history;
    return new UndoHistory(stack);
}

bool UndoHistory::push(QUndoCommand *command)
{
    bool ok = true;
    const auto watch = connect(this, &UndoHistory::commandFailed, this, [&ok] { ok = false; });
    m_stack->push(command);
    disconnect(watch);
    return ok;
}

void UndoHistory::report(const QString &message)
{
    emit commandFailed(message);
}

void UndoHistory::retireCall(qint64 callId)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        // command() gives const access only; the commands are the stack's, not const.
        auto *command = dynamic_cast<LibraryCommand *>(const_cast<QUndoCommand *>(m_stack->command(i)));
        if (command && command->refersToCall(callId))
            command->retire();
    }
    dropRetiredAtEnds();
}

void UndoHistory::dropRetiredAtEnds()
{
    // undo() and redo() below change the index again, which calls this again.
    if (m_dropping)
        return;
    m_dropping = true;
    const auto retiredAt = [this](int i) {
        const auto *command = dynamic_cast<const LibraryCommand *>(m_stack->command(i));
        return command && command->isRetired();
    };
    // A retired command is obsolete and does nothing: redo() deletes one at the redo end
    // without moving the index, undo() one at the undo end moving the index down by one.
    while (m_stack->index() < m_stack->count() && retiredAt(m_stack->index()))
        m_stack->redo();
    while (m_stack->index() > 0 && retiredAt(m_stack->index() - 1))
        m_stack->undo();
    m_dropping = false;
}
