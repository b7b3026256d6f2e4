#include "figures/EditFigureCommand.h"

#include "figures/MetricRepository.h"

namespace {

QString describe(const Figure &figure)
{
    return QCoreApplication::translate("EditFigureCommand", "%1 %2")
        .arg(MetricCatalog::displayName(figure.metric), figure.quarter.toString());
}

} // namespace

EditFigureCommand::EditFigureCommand(MetricRepository *repository, const std::optional<Figure> &before,
                                     const std::optional<Figure> &after, UndoHistory *history,
                                     QUndoCommand *parent)
    : LibraryCommand(history, parent), m_repository(repository), m_before(before), m_after(after)
{
    if (!before && after)
        setText(tr("Add figure %1").arg(describe(*after)));
    else if (before && !after)
        setText(tr("Remove figure %1").arg(describe(*before)));
    else if (after)
        setText(tr("Edit figure %1").arg(describe(*after)));
}

bool EditFigureCommand::doRedo(QString *error)
{
    return m_repository->replace(m_before, m_after, error);
}

bool EditFigureCommand::doUndo(QString *error)
{
    return m_repository->replace(m_after, m_before, error);
}

QString EditFigureCommand::redoFailure() const
{
    if (!m_before && m_after)
        return tr("Could not add the figure %1").arg(describe(*m_after));
    if (m_before && !m_after)
        return tr("Could not remove the figure %1").arg(describe(*m_before));
    return m_after ? tr("Could not save the figure %1").arg(describe(*m_after))
                   : tr("Could not save the figure");
}
