#include "options/PutScenarioCommands.h"

#include "options/PutScenarioRepository.h"

// A failed write is reported through the repository's writeFailed signal; the command's
// state is left as it was so that the stack stays consistent with the library.

SavePutScenarioCommand::SavePutScenarioCommand(PutScenarioRepository *repository, const PutScenario &scenario)
    : m_repository(repository), m_scenario(scenario)
{
    setText(tr("Save put scenario \"%1\"").arg(scenario.name));
}

void SavePutScenarioCommand::redo()
{
    QString error;
    if (const auto stored = m_repository->add(m_scenario, &error))
        m_scenario = *stored;
}

void SavePutScenarioCommand::undo()
{
    QString error;
    m_repository->remove(m_scenario.id, &error);
}

DeletePutScenarioCommand::DeletePutScenarioCommand(PutScenarioRepository *repository,
                                                   const PutScenario &scenario)
    : m_repository(repository), m_scenario(scenario)
{
    setText(tr("Delete put scenario \"%1\"").arg(scenario.name));
}

void DeletePutScenarioCommand::redo()
{
    QString error;
    m_repository->remove(m_scenario.id, &error);
}

void DeletePutScenarioCommand::undo()
{
    QString error;
    m_repository->add(m_scenario, &error);
}
