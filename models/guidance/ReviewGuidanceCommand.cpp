#include "guidance/ReviewGuidanceCommand.h"

#include "guidance/GuidanceMetrics.h"

ReviewGuidanceCommand::ReviewGuidanceCommand(GuidanceReviews *reviews, const GuidanceEntry &entry,
                                             const std::optional<GuidanceReview> &after, UndoHistory *history)
    : LibraryCommand(history), m_reviews(reviews), m_callId(entry.callId), m_key(entry.reviewKey()),
      m_metricName(GuidanceMetrics::displayName(entry.metric)),
      m_before(reviews->review(entry.callId, m_key)), m_after(after)
{
    const QString target = entry.target.label();
    if (!after)
        setText(tr("Restore the guidance on %1 for %2 as found").arg(m_metricName, target));
    else if (after->status == GuidanceStatus::Confirmed)
        setText(tr("Confirm the guidance on %1 for %2").arg(m_metricName, target));
    else if (after->status == GuidanceStatus::Dismissed)
        setText(tr("Dismiss the guidance on %1 for %2").arg(m_metricName, target));
    else
        setText(tr("Edit the guidance on %1 for %2").arg(m_metricName, target));
}

bool ReviewGuidanceCommand::doRedo(QString *error)
{
    return m_reviews->setReview(m_callId, m_key, m_after, error);
}

bool ReviewGuidanceCommand::doUndo(QString *error)
{
    return m_reviews->setReview(m_callId, m_key, m_before, error);
}

QString ReviewGuidanceCommand::redoFailure() const
{
    return tr("Could not review the guidance on %1").arg(m_metricName);
}
