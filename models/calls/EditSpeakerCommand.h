#pragma once

#include "store/LibraryRecords.h"
#include "util/LibraryCommand.h"

class LibraryStore;

// Renames a speaker of call callId or changes their firm or title. Each direction is one
// store write; a failure is reported as LibraryCommand does.
class EditSpeakerCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSpeakerCommand)

public:
    EditSpeakerCommand(LibraryStore *store, qint64 callId, const SpeakerRecord &before,
                       const SpeakerRecord &after, UndoHistory *history, QUndoCommand *parent = nullptr);

    bool refersToCall(qint64 callId) const override { return callId == m_callId; }

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    LibraryStore *m_store;
    qint64 m_callId;
    SpeakerRecord m_before;
    SpeakerRecord m_after;
};
