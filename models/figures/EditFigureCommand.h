#pragma once

#include "figures/FinancialFigures.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class MetricRepository;

// Adds, changes or removes one figure: `before` is what the library holds (nothing for an
// addition), `after` what it should hold (nothing for a removal). redo() and undo() are
// the same swap in opposite directions, each one store write. A write that fails is
// reported through onError and makes the command obsolete so the stack drops it.
class EditFigureCommand : public QUndoCommand
{
public:
    EditFigureCommand(MetricRepository *repository, const std::optional<Figure> &before,
                      const std::optional<Figure> &after, std::function<void(const QString &)> onError = {},
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Figure> &from, const std::optional<Figure> &to);

    MetricRepository *m_repository;
    std::optional<Figure> m_before;
    std::optional<Figure> m_after;
    std::function<void(const QString &)> m_onError;
};
