#include "pairing/RepairQuestionCommand.h"

#include "pairing/PairRepository.h"

RepairQuestionCommand::RepairQuestionCommand(PairRepository *repository, qint64 pairId, int aQuestion,
                                             std::optional<int> bQuestion, UndoHistory *history)
    : LibraryCommand(history), m_repository(repository), m_pairId(pairId), m_aQuestion(aQuestion),
      m_calls(repository->calls(pairId)), m_after(bQuestion)
{
    const QHash<int, int> repairs = repository->repairs(pairId);
    if (repairs.contains(aQuestion))
        m_before = repairs.value(aQuestion);
    if (!bQuestion)
        setText(tr("Let the aligner pair Q%1").arg(aQuestion));
    else if (*bQuestion == 0)
        setText(tr("Mark Q%1 as having no counterpart").arg(aQuestion));
    else
        setText(tr("Pair Q%1 with Q%2").arg(aQuestion).arg(*bQuestion));
}

bool RepairQuestionCommand::refersToCall(qint64 callId) const
{
    return m_calls && (m_calls->first == callId || m_calls->second == callId);
}

bool RepairQuestionCommand::doRedo(QString *error)
{
    return m_repository->setRepair(m_pairId, m_aQuestion, m_after, error);
}

bool RepairQuestionCommand::doUndo(QString *error)
{
    return m_repository->setRepair(m_pairId, m_aQuestion, m_before, error);
}

QString RepairQuestionCommand::redoFailure() const
{
    return tr("Could not re-pair Q%1").arg(m_aQuestion);
}
