#include "calls/EditSpeakerCommand.h"

#include "store/LibraryStore.h"

#include <QCoreApplication>

EditSpeakerCommand::EditSpeakerCommand(LibraryStore *store, const SpeakerRecord &before,
                                       const SpeakerRecord &after,
                                       std::function<void(const QString &)> onError, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_before(before), m_after(after), m_onError(std::move(onError))
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
    QString error;
    if (m_store->updateSpeaker(speaker, &error))
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}
