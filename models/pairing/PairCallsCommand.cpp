#include "pairing/PairCallsCommand.h"

PairCallsCommand::PairCallsCommand(PairRepository *repository, Action action, qint64 callA, qint64 callB,
                                   UndoHistory *history)
    : LibraryCommand(history), m_repository(repository), m_action(action), m_pair{0, callA, callB}
{
    if (action == Action::Unpair) {
        if (const auto stored = repository->findPair(callA, callB)) {
            m_pair = *stored;
            m_repairs = repository->repairs(stored->id);
        }
        setText(tr("Unpair Calls"));
    } else {
        setText(tr("Pair Calls"));
    }
}

bool PairCallsCommand::add(QString *error)
{
    if (m_pair.id)
        return m_repository->restorePair(m_pair, m_repairs, error);
    const std::optional<qint64> id = m_repository->addPair(m_pair.callA, m_pair.callB, error);
    if (id)
        m_pair.id = *id;
    return id.has_value();
}

bool PairCallsCommand::remove(QString *error)
{
    if (!m_pair.id) {
        if (error)
            *error = tr("the two calls are not paired");
        return false;
    }
    m_repairs = m_repository->repairs(m_pair.id);
    return m_repository->removePair(m_pair.id, error);
}

bool PairCallsCommand::doRedo(QString *error)
{
    return m_action == Action::Pair ? add(error) : remove(error);
}

bool PairCallsCommand::doUndo(QString *error)
{
    return m_action == Action::Pair ? remove(error) : add(error);
}

QString PairCallsCommand::redoFailure() const
{
    return m_action == Action::Pair ? tr("Could not pair the calls") : tr("Could not unpair the calls");
}
