#include "options/PutScenarioCommands.h"

#include "options/PutScenarioRepository.h"

SavePutScenarioCommand::SavePutScenarioCommand(PutScenarioRepository *repository, const PutScenario &scenario,
                                               UndoHistory *history)
    : LibraryCommand(history), m_repository(repository), m_scenario(scenario)
{
    setText(tr("Save put scenario \"%1\"").arg(scenario.name));
}

bool SavePutScenarioCommand::doRedo(QString *error)
{
    const auto stored = m_repository->add(m_scenario, error);
    if (stored)
        m_scenario = *stored;
    return stored.has_value();
}

bool SavePutScenarioCommand::doUndo(QString *error)
{
    return m_repository->remove(m_scenario.id, error);
}

QString SavePutScenarioCommand::redoFailure() const
{
    return tr("Could not save the put scenario \"%1\"").arg(m_scenario.name);
}

DeletePutScenarioCommand::DeletePutScenarioCommand(PutScenarioRepository *repository,
                                                   const PutScenario &scenario, UndoHistory *history)
    : LibraryCommand(history), m_repository(repository), m_scenario(scenario)
{
    setText(tr("Delete put scenario \"%1\"").arg(scenario.name));
}

bool DeletePutScenarioCommand::doRedo(QString *error)
{
    return m_repository->remove(m_scenario.id, error);
}

bool DeletePutScenarioCommand::doUndo(QString *error)
{
    return m_repository->add(m_scenario, error).has_value();
}

QString DeletePutScenarioCommand::redoFailure() const
{
    return tr("Could not delete the put scenario \"%1\"").arg(m_scenario.name);
}
