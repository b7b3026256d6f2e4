#include "calls/EditSpeakerCommand.h"

#include "store/LibraryStore.h"

#include <QCoreApplication>

EditSpeakerCommand::EditSpeakerCommand(LibraryStore *store, const SpeakerRecord &before,
                                       const SpeakerRecord &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("EditSpeakerCommand", "Edit speaker %1")
                .arg(after.name.isEmpty() ? before.name : after.name));
}

void EditSpeakerCommand::redo()
{
    apply(m_after);
}

void EditSpeakerCommand::undo()
{
    apply(m_before);
}

void EditSpeakerCommand::apply(const SpeakerRecord &speaker)
{
    m_error.clear();
    if (!m_store->updateSpeaker(speaker, &m_error))
        setObsolete(true);
}
