#pragma once

#include "figures/FinancialFigures.h"
#include "util/LibraryCommand.h"

#include <optional>

class MetricRepository;

// Adds, changes or removes one figure: `before` is what the library holds (nothing for an
// addition), `after` what it should hold (nothing for a removal). redo() and undo() are
// the same swap in opposite directions, each one store write; a failure is reported as
// LibraryCommand does.
class EditFigureCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditFigureCommand)

public:
    EditFigureCommand(MetricRepository *repository, const std::optional<Figure> &before,
                      const std::optional<Figure> &after, UndoHistory *history,
                      QUndoCommand *parent = nullptr);

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    MetricRepository *m_repository;
    std::optional<Figure> m_before;
    std::optional<Figure> m_after;
};
