#pragma once

#include "options/PutScenario.h"
#include "util/LibraryCommand.h"

class PutScenarioRepository;

// Saving a scenario with the call, undoable: redo stores it, undo removes it. The id it got
// is kept, so a redo after an undo brings back the same row. A failure is reported as
// LibraryCommand does. A scenario is kept with its call's id, which a re-import keeps, so
// these survive one.
class SavePutScenarioCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SavePutScenarioCommand)

public:
    SavePutScenarioCommand(PutScenarioRepository *repository, const PutScenario &scenario,
                           UndoHistory *history);

    qint64 scenarioId() const { return m_scenario.id; }

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    PutScenarioRepository *m_repository;
    PutScenario m_scenario;
};

// Deleting a saved scenario, undoable: undo stores it again under its id.
class DeletePutScenarioCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePutScenarioCommand)

public:
    DeletePutScenarioCommand(PutScenarioRepository *repository, const PutScenario &scenario,
                             UndoHistory *history);

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    PutScenarioRepository *m_repository;
    PutScenario m_scenario;
};
