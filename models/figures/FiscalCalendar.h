#pragma once

#include "figures/FinancialFigures.h"

#include <QDate>
#include <QList>

#include <optional>

// A company's fiscal years, learned from the periods of its annual reports (10-K), never
// from the fy/fp tags of a filing: those describe the filing, and a 10-Q repeats last
// year's quarter with this year's fy. Years after the last known end are extrapolated a
// calendar year at a time, close enough for 52/53-week years because a period is placed
// by its end and quarter ends sit weeks away from year ends.
class FiscalCalendar
{
public:
    FiscalCalendar() = default;
    explicit FiscalCalendar(QList<QDate> yearEnds);

    bool isEmpty() const { return m_yearEnds.isEmpty(); }

    // The end of the fiscal year a period ending on `day` belongs to.
    std::optional<QDate> yearEndFor(const QDate &day) const;
    // A year is named for the calendar year it ends in (NVIDIA's year ending 2025-01-26 is
    // FY2025), except that one ending in the first week of January is named for the year
    // before, as 52/53-week years meant to end on December 31 are.
    static int yearName(const QDate &yearEnd);
    // The quarter a three-month period ending on `end` is, counted from its year's start.
    std::optional<FiscalQuarter> quarterEnding(const QDate &end) const;
    // The start of the fiscal year ending on yearEnd (the day after the year before ended).
    QDate yearStart(const QDate &yearEnd) const;

private:
    QList<QDate> m_yearEnds; // sorted, distinct
};
