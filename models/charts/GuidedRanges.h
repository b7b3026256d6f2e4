#pragma once

#include "charts/ChartBuilder.h"
#include "guidance/GuidanceLedger.h"

// The ranges of a guidance ledger the chart panes draw: each entry for revenue or a gross margin
// with one quarter as its target and a range, dismissed ones left out.
QList<GuidedRange> guidedRanges(const QList<LedgerEntry> &ledger);
