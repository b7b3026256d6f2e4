#include "guidance/GuidanceReviews.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

GuidanceReviews::GuidanceReviews(LibraryStore *store, QObject *parent) : QObject(parent), m_store(store) {}

namespace {

std::optional<GuidanceReview> reviewFrom(const QSqlQuery &query)
{
    const auto status = guidanceStatusFromName(query.value(0).toString());
    const auto from = FiscalQuarter::parse(query.value(3).toString());
    const auto to = FiscalQuarter::parse(query.value(4).toString());
    if (!status || !from || !to)
        return std::nullopt;
    GuidanceReview review;
    review.status = *status;
    review.low = query.value(1).toDouble();
    review.high = query.value(2).toDouble();
    review.target.from = *from;
    review.target.to = *to;
    review.target.wholeYear = query.value(5).toBool();
    review.target.late = query.value(6).toBool();
    return review;
}

constexpr auto kColumns = "status, low, high, target_from, target_to, whole_year, late";

} // namespace

QHash<QString, GuidanceReview> GuidanceReviews::reviews(qint64 callId) const
{
    QHash<QString, GuidanceReview> reviews;
    QSqlQuery query(m_store->database());
    query.prepare(
        u"SELECT %1, review_key FROM guidance_reviews WHERE call_id = ?"_s.arg(QLatin1StringView(kColumns)));
    query.addBindValue(callId);
    if (query.exec()) {
        while (query.next()) {
            if (const auto review = reviewFrom(query))
                reviews.insert(query.value(7).toString(), *review);
        }
    }
    return reviews;
}

std::optional<GuidanceReview> GuidanceReviews::review(qint64 callId, const QString &key) const
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT %1 FROM guidance_reviews WHERE call_id = ? AND review_key = ?"_s.arg(
        QLatin1StringView(kColumns)));
    query.addBindValue(callId);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return reviewFrom(query);
    return std::nullopt;
}

bool GuidanceReviews::setReview(qint64 callId, const QString &key,
                                const std::optional<GuidanceReview> &review, QString *error)
{
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery remove(m_store->database());
            remove.prepare(u"DELETE FROM guidance_reviews WHERE call_id = ? AND review_key = ?"_s);
            remove.addBindValue(callId);
            remove.addBindValue(key);
            if (!execPrepared(remove, why))
                return false;
            if (!review)
                return true;
            QSqlQuery insert(m_store->database());
            insert.prepare(
                u"INSERT INTO guidance_reviews (call_id, review_key, status, low, high, target_from,"
                " target_to, whole_year, late, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            insert.addBindValue(callId);
            insert.addBindValue(key);
            insert.addBindValue(guidanceStatusName(review->status));
            insert.addBindValue(review->low);
            insert.addBindValue(review->high);
            insert.addBindValue(review->target.from.toString());
            insert.addBindValue(review->target.to.toString());
            insert.addBindValue(review->target.wholeYear);
            insert.addBindValue(review->target.late);
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            return execPrepared(insert, why);
        },
        error);
    if (ok)
        emit reviewsChanged(callId);
    return ok;
}

GuidanceEntry GuidanceReviews::applied(GuidanceEntry entry, const GuidanceReview &review)
{
    entry.status = review.status;
    if (review.status == GuidanceStatus::Edited) {
        entry.low = review.low;
        entry.high = review.high;
        if (review.target.isValid()) {
            const QString phrase = entry.target.phrase;
            entry.target = review.target;
            entry.target.phrase = phrase;
        }
    }
    return entry;
}
