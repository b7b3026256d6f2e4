#pragma once

#include <QObject>

class QUndoCommand;
class QUndoStack;

// What an undo stack that edits the library needs beyond QUndoStack, kept beside it as its
// child (one per stack, found with of()):
// - the one place every LibraryCommand reports a failed write to, as "what failed: why",
//   so the window shows every failed edit, undo and redo the same way (commandFailed);
// - retiring the commands a re-import made meaningless, without clearing the rest.
class UndoHistory : public QObject
{
    Q_OBJECT
public:
    // The stack's history, made on first use.
    static UndoHistory *of(QUndoStack *stack);

    // Pushes a command (which runs it); false if it reported a failure, in which case the
    // command made itself obsolete and the stack has already deleted it.
    bool push(QUndoCommand *command);
    // Reports a failure; commands do so through LibraryCommand, models for an edit refused
    // before any command was made.
    void report(const QString &message);

    // The text of callId was replaced: every command that refers to its turns, speakers,
    // annotations or question marks can no longer be undone or redone. They are retired
    // and leave the stack as soon as they are at its undo or redo end, so undo and redo go
    // straight to the edits that survived (figures, put scenarios, other calls). The
    // others keep their place: retired commands only touched the replaced call, so
    // skipping them does not change what undoing the rest means.
    void retireCall(qint64 callId);

signals:
    void commandFailed(const QString &message);

private:
    explicit UndoHistory(QUndoStack *stack);
    void dropRetiredAtEnds();

    QUndoStack *m_stack;
    bool m_dropping = false;
};
