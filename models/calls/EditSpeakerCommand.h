#pragma once

#include "store/LibraryRecords.h"

#include <QUndoCommand>

class LibraryStore;

// Renames a speaker or changes their firm or title. Each direction is one store write;
// a write that fails makes the command obsolete so the stack drops it.
class EditSpeakerCommand : public QUndoCommand
{
public:
    EditSpeakerCommand(LibraryStore *store, const SpeakerRecord &before, const SpeakerRecord &after,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString lastError() const { return m_error; }

private:
    void apply(const SpeakerRecord &speaker);

    LibraryStore *m_store;
    SpeakerRecord m_before;
    SpeakerRecord m_after;
    QString m_error;
};
