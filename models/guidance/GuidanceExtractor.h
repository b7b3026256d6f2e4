#pragma once

#include "guidance/GuidanceBands.h"
#include "guidance/GuidanceEntry.h"

#include <QList>

struct CallRecord;

// What a call says its metrics will be: each sentence of a speaker (the operator aside) that
// looks ahead ("is expected to be", "we expect", "outlook", 預計, 將處於) and names a metric
// with a value, read into one entry per metric and value. Deterministic: the same call
// always gives the same entries.
class GuidanceExtractor
{
public:
    struct Result
    {
        QList<GuidanceEntry> entries;
        QList<BandDefinition> definitions; // bands the call itself defines
    };

    // callQuarterEndMonth: see TargetPeriodReader; 0 when unknown.
    static Result extract(const CallRecord &call, int callQuarterEndMonth);

    // The sentences of a text as [start, end) offsets: ends at . ! ? and their full-width
    // forms (a point between digits is a decimal point), and at line breaks.
    static QList<std::pair<int, int>> sentences(const QString &text);
};
