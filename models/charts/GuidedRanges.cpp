#include "charts/GuidedRanges.h"

#include "guidance/GuidanceMetrics.h"
#include "guidance/GuidanceTableModel.h"

using namespace Qt::StringLiterals;

QList<GuidedRange> guidedRanges(const QList<LedgerEntry> &ledger)
{
    static const QStringList drawn = {Metric::Revenue, Metric::GaapGrossMargin, Metric::NonGaapGrossMargin,
                                      u"gross_margin"_s};
    QList<GuidedRange> ranges;
    for (const LedgerEntry &row : ledger) {
        const GuidanceEntry &e = row.entry;
        if (e.status == GuidanceStatus::Dismissed || !drawn.contains(e.metric) || e.target.wholeYear ||
            e.unit == GuidanceUnit::BasisPoints)
            continue;
        GuidedRange range;
        range.quarter = e.target.to;
        range.metric = e.metric;
        range.low = e.low;
        range.high = e.high;
        range.text = QCoreApplication::translate("GuidedRanges", "%1 %2, %3: “%4”\n%5 guided %6 for %7: %8")
                         .arg(e.company, e.callPeriod.toString(), e.speaker, e.quote,
                              GuidanceMetrics::displayName(e.metric), GuidanceTableModel::guidedText(e),
                              e.target.label(), GuidanceTableModel::outcomeText(row));
        range.callId = e.callId;
        range.turnId = e.turnId;
        range.start = e.start;
        range.end = e.end;
        ranges.append(range);
    }
    return ranges;
}
