#include "figures/FiscalCalendar.h"

#include <algorithm>
#include <cmath>

namespace {

// How far a period's end may fall after a year's end and still close that year: 52/53-week
// years drift by up to a week from a calendar year.
constexpr int kSlackDays = 10;

} // namespace

FiscalCalendar::FiscalCalendar(QList<QDate> yearEnds) : m_yearEnds(std::move(yearEnds))
{
    std::sort(m_yearEnds.begin(), m_yearEnds.end());
    m_yearEnds.erase(std::unique(m_yearEnds.begin(), m_yearEnds.end()), m_yearEnds.end());
}

std::optional<QDate> FiscalCalendar::yearEndFor(const QDate &day) const
{
    if (m_yearEnds.isEmpty() || !day.isValid())
        return std::nullopt;
    const auto known = std::find_if(m_yearEnds.cbegin(), m_yearEnds.cend(),
                                    [&](const QDate &end) { return day <= end.addDays(kSlackDays); });
    if (known != m_yearEnds.cend()) {
        const QDate before = known == m_yearEnds.cbegin() ? known->addYears(-1) : *(known - 1);
        if (day > before.addDays(kSlackDays))
            return *known;
    }
    // Outside the known years (or in a gap where a 10-K is missing): step from the nearest
    // known end by whole years.
    const QDate nearest =
        *std::min_element(m_yearEnds.cbegin(), m_yearEnds.cend(), [&](const QDate &a, const QDate &b) {
            return std::abs(a.daysTo(day)) < std::abs(b.daysTo(day));
        });
    QDate end = nearest;
    while (day > end.addDays(kSlackDays))
        end = end.addYears(1);
    while (day <= end.addYears(-1).addDays(kSlackDays))
        end = end.addYears(-1);
    return end;
}

int FiscalCalendar::yearName(const QDate &yearEnd)
{
    return yearEnd.month() == 1 && yearEnd.day() <= 7 ? yearEnd.year() - 1 : yearEnd.year();
}

QDate FiscalCalendar::yearStart(const QDate &yearEnd) const
{
    const auto it = std::lower_bound(m_yearEnds.cbegin(), m_yearEnds.cend(), yearEnd);
    if (it != m_yearEnds.cbegin() && it != m_yearEnds.cend() && *it == yearEnd)
        return (it - 1)->addDays(1);
    return yearEnd.addYears(-1).addDays(1);
}

std::optional<FiscalQuarter> FiscalCalendar::quarterEnding(const QDate &end) const
{
    const auto yearEnd = yearEndFor(end);
    if (!yearEnd)
        return std::nullopt;
    const qint64 days = yearStart(*yearEnd).daysTo(end) + 1;
    const int quarter = std::clamp(int(std::lround(double(days) / 91.31)), 1, 4);
    return FiscalQuarter{yearName(*yearEnd), quarter};
}
