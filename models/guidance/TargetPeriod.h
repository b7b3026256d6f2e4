#pragma once

#include "guidance/GuidanceEntry.h"

#include <QList>

// Reads the period a sentence speaks of ("the first quarter", "Q2 of fiscal '26", "the
// April quarter", "the second half", "later this year", "fiscal 2025", 第一季度, 下半年,
// 今年晚些時候, 全年) and places it on the company's fiscal calendar relative to the call's
// own quarter.
class TargetPeriodReader
{
public:
    // Guidance speaks of what is to come: "the first quarter" on an FY2025Q4 call is
    // FY2026Q1. A reported number speaks of what was: "the fourth quarter" is FY2025Q4.
    enum class Tense { Future, Past };

    // callQuarterEndMonth: the calendar month (1..12) the call's quarter ended in, for
    // quarters named by month ("the April quarter"); 0 when unknown.
    TargetPeriodReader(FiscalQuarter callPeriod, int callQuarterEndMonth, Tense tense);

    struct Found
    {
        TargetPeriod period;
        int start = 0; // in the text searched
        int end = 0;
    };
    // Every period the text names, in order. text is in SearchText's normal form.
    QList<Found> findAll(const QString &foldedText) const;

private:
    FiscalQuarter quarterNumbered(int quarter, int explicitYear) const;
    int currentYear() const; // the fiscal year "this year" means
    FiscalQuarter quarterEndingIn(int month) const;

    FiscalQuarter m_call;
    int m_endMonth;
    Tense m_tense;
};
