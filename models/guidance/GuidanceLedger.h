#pragma once

#include "guidance/GuidanceEntry.h"

#include <QList>

class FigureSet;
class LibraryStore;
struct CallRecord;

// How guidance turned out against the figure later reported for its target period.
enum class GuidanceOutcome { InRange, Above, Below, Pending, NotChecked };
QString
guidanceOutcomeName(GuidanceOutcome outcome); // "in_range", "above", "below", "pending", "not_checked"

struct LedgerEntry
{
    GuidanceEntry entry;
    GuidanceOutcome outcome = GuidanceOutcome::NotChecked;
    std::optional<double> actual;     // in the entry's unit
    QString actualMetric;             // the figure's metric key
    QString actualSource;             // where the figure comes from, as stored
    QString actualSourceText;         // the same in a reader's words (FigureSource)
    bool actualDerived = false;       // a whole year summed (or weighted by revenue) from its quarters
    std::optional<double> difference; // actual minus the nearer end of the range; 0 in range
    // The outlook the company's release gave for the same quarter and metric, when the
    // library stores one; `releaseDisagrees` when the call's words say otherwise.
    std::optional<double> releaseOutlook;
    bool releaseDisagrees = false;
};

// The guidance of a company's calls, each entry checked against the stored figures.
class GuidanceLedger
{
public:
    // Every call of the company (all calls when empty), in fiscal order; reviews applied,
    // dismissed entries included (with their status) so that nothing the reader decided
    // is hidden from an export.
    static QList<LedgerEntry> build(LibraryStore *store, const QString &company);
    // One call's entries, reviews applied.
    static QList<LedgerEntry> forCall(LibraryStore *store, const CallRecord &call);

    static LedgerEntry evaluate(const GuidanceEntry &entry, const FigureSet &figures);
    // The calendar month the call's quarter ended in: the stored period end of that quarter,
    // else five weeks before the call's date (calls come three to six weeks after it); 0
    // when neither is known.
    static int quarterEndMonth(const CallRecord &call, const FigureSet &figures);
};
