#pragma once

#include "store/LibraryRecords.h"

#include <QUndoCommand>

#include <functional>

class LibraryStore;

// Renames a speaker or changes their firm or title. Each direction is one store write; a
// write that fails is reported through onError, as EditFigureCommand does, and makes the
// command obsolete so the stack drops it.
class EditSpeakerCommand : public QUndoCommand
{
public:
    EditSpeakerCommand(LibraryStore *store, const SpeakerRecord &before, const SpeakerRecord &after,
                       std::function<void(const QString &)> onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const SpeakerRecord &speaker);

    LibraryStore *m_store;
    SpeakerRecord m_before;
    SpeakerRecord m_after;
    std::function<void(const QString &)> m_onError;
};
