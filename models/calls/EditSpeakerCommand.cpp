#include "calls/EditSpeakerCommand.h"

#include "store/LibraryStore.h"

EditSpeakerCommand::EditSpeakerCommand(LibraryStore *store, qint64 callId, const SpeakerRecord &before,
                                       const SpeakerRecord &after, UndoHistory *history, QUndoCommand *parent)
    : LibraryCommand(history, parent), m_store(store), m_callId(callId), m_before(before), m_after(after)
{
    setText(tr("Edit speaker %1").arg(after.name.isEmpty() ? before.name : after.name));
}

bool EditSpeakerCommand::doRedo(QString *error)
{
    return m_store->updateSpeaker(m_after, error);
}

bool EditSpeakerCommand::doUndo(QString *error)
{
    return m_store->updateSpeaker(m_before, error);
}

QString EditSpeakerCommand::redoFailure() const
{
    if (m_after.name != m_before.name)
        return tr("Could not rename the speaker %1 to %2").arg(m_before.name, m_after.name);
    if (m_after.firm != m_before.firm)
        return tr("Could not change the firm of the speaker %1").arg(m_before.name);
    return tr("Could not save the speaker %1").arg(m_before.name);
}
