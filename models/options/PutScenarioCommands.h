#pragma once

#include "options/PutScenario.h"

#include <QCoreApplication>
#include <QUndoCommand>

class PutScenarioRepository;

// Saving a scenario with the call, undoable: redo stores it, undo removes it. The id it got
// is kept, so a redo after an undo brings back the same row.
class SavePutScenarioCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SavePutScenarioCommand)

public:
    SavePutScenarioCommand(PutScenarioRepository *repository, const PutScenario &scenario);

    void redo() override;
    void undo() override;
    qint64 scenarioId() const { return m_scenario.id; }

private:
    PutScenarioRepository *m_repository;
    PutScenario m_scenario;
};

// Deleting a saved scenario, undoable: undo stores it again under its id.
class DeletePutScenarioCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePutScenarioCommand)

public:
    DeletePutScenarioCommand(PutScenarioRepository *repository, const PutScenario &scenario);

    void redo() override;
    void undo() override;

private:
    PutScenarioRepository *m_repository;
    PutScenario m_scenario;
};
