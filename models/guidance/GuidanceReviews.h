#pragma once

#include "guidance/GuidanceEntry.h"

#include <QHash>
#include <QObject>

#include <optional>

class LibraryStore;

// What the reader decided about a guidance entry: confirmed, dismissed, or edited (its
// range and target changed). Only decisions are stored (guidance_reviews, schema 11); the
// entries themselves follow from the call's text.
struct GuidanceReview
{
    GuidanceStatus status = GuidanceStatus::Confirmed;
    // Edited values; for another status they repeat the entry's own.
    double low = 0;
    double high = 0;
    TargetPeriod target;

    friend bool operator==(const GuidanceReview &, const GuidanceReview &) = default;
};

// The reviews of a library, keyed by call and GuidanceEntry::reviewKey(). Each write is one
// transaction.
class GuidanceReviews : public QObject
{
    Q_OBJECT
public:
    explicit GuidanceReviews(LibraryStore *store, QObject *parent = nullptr);

    QHash<QString, GuidanceReview> reviews(qint64 callId) const;
    std::optional<GuidanceReview> review(qint64 callId, const QString &key) const;
    // nullopt takes the decision back: the entry is as extracted again.
    bool setReview(qint64 callId, const QString &key, const std::optional<GuidanceReview> &review,
                   QString *error);

    // The entry with its review applied.
    static GuidanceEntry applied(GuidanceEntry entry, const GuidanceReview &review);

signals:
    void reviewsChanged(qint64 callId);

private:
    LibraryStore *m_store;
};
