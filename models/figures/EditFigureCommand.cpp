#include "figures/EditFigureCommand.h"

#include "figures/MetricRepository.h"

#include <QCoreApplication>

namespace {

QString describe(const Figure &figure)
{
    const MetricDefinition *metric = MetricCatalog::find(figure.metric);
    return QCoreApplication::translate("EditFigureCommand", "%1 %2")
        .arg(metric ? metric->displayName() : figure.metric, figure.quarter.toString());
}

} // namespace

EditFigureCommand::EditFigureCommand(MetricRepository *repository, const std::optional<Figure> &before,
                                     const std::optional<Figure> &after,
                                     std::function<void(const QString &)> onError, QUndoCommand *parent)
    : QUndoCommand(parent), m_repository(repository), m_before(before), m_after(after),
      m_onError(std::move(onError))
{
    if (!before && after)
        setText(QCoreApplication::translate("EditFigureCommand", "Add figure %1").arg(describe(*after)));
    else if (before && !after)
        setText(QCoreApplication::translate("EditFigureCommand", "Remove figure %1").arg(describe(*before)));
    else if (after)
        setText(QCoreApplication::translate("EditFigureCommand", "Edit figure %1").arg(describe(*after)));
}

void EditFigureCommand::redo()
{
    apply(m_before, m_after);
}

void EditFigureCommand::undo()
{
    apply(m_after, m_before);
}

void EditFigureCommand::apply(const std::optional<Figure> &from, const std::optional<Figure> &to)
{
    QString error;
    if (m_repository->replace(from, to, &error))
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}
