#pragma once

#include "pairing/QuestionAlignment.h"
#include "store/LibraryRecords.h"

// What the two calls' details say about being one event: the same company, fiscal period,
// and dates within kSameEventDays, each listed only where both calls have the field
// ("company" / "company_differs", "period" / "period_differs", "date" / "date_differs").
QList<PairEvidence> callEvidence(const CallSummary &a, const CallSummary &b);

inline constexpr int kSameEventDays = 7;

// A call worth offering as the other version of `call`, with the evidence for it.
struct PairSuggestion
{
    CallSummary call;
    QList<PairEvidence> evidence;
    // The same company and period, or dates within kSameEventDays.
    bool suggested = false;
};

// Every other call of the library, the suggested ones first (those with the most agreeing
// evidence first, then the nearest in date), the rest in the library's order.
QList<PairSuggestion> suggestPairs(const CallSummary &call, const QList<CallSummary> &library);
