#pragma once

#include "guidance/GuidanceReviews.h"
#include "util/LibraryCommand.h"

// Confirming, editing or dismissing a guidance entry, or taking the decision back (after:
// nullopt), undoable: redo stores the new decision, undo the one before.
class ReviewGuidanceCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewGuidanceCommand)

public:
    ReviewGuidanceCommand(GuidanceReviews *reviews, const GuidanceEntry &entry,
                          const std::optional<GuidanceReview> &after, UndoHistory *history);

protected:
    bool doRedo(QString *error) override;
    bool doUndo(QString *error) override;
    QString redoFailure() const override;

private:
    GuidanceReviews *m_reviews;
    qint64 m_callId;
    QString m_key;
    QString m_metricName;
    std::optional<GuidanceReview> m_before;
    std::optional<GuidanceReview> m_after;
};
