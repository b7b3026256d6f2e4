#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

class UndoHistory;

// The base of every undo command that writes the library. Each direction is one write,
// done by doRedo()/doUndo(); a write that fails makes the command obsolete (the stack
// deletes it, so the history never claims a change the library does not hold) and is
// reported to the stack's UndoHistory as "what failed: why": redoFailure() for doing the
// edit, "Could not undo …" for undoing it. That is the one way a command reports.
class LibraryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommand)

public:
    void redo() final;
    void undo() final;

    // True if the command refers to the turns, speakers, annotations or question marks
    // of callId, which a re-import of that call replaces (UndoHistory::retireCall).
    virtual bool refersToCall(qint64 callId) const;
    bool isRetired() const { return m_retired; }

protected:
    // history: where failures are reported; nullptr reports nowhere (the command is still
    // dropped).
    explicit LibraryCommand(UndoHistory *history, QUndoCommand *parent = nullptr);

    virtual bool doRedo(QString *error) = 0;
    virtual bool doUndo(QString *error) = 0;
    // What failed when the edit could not be done, as the user would say it:
    // "Could not rename the speaker Jensen Huang".
    virtual QString redoFailure() const = 0;

private:
    friend class UndoHistory;
    void retire();
    void fail(const QString &what, const QString &why);

    QPointer<UndoHistory> m_history;
    bool m_retired = false;
};
