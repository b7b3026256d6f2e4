#include "pairing/CallEvidence.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

QList<PairEvidence> callEvidence(const CallSummary &a, const CallSummary &b)
{
    QList<PairEvidence> evidence;
    if (!a.companyTicker.isEmpty() && !b.companyTicker.isEmpty())
        evidence.append({a.companyTicker == b.companyTicker ? u"company"_s : u"company_differs"_s,
                         a.companyTicker, b.companyTicker, 0});
    if (!a.fiscalPeriod.isEmpty() && !b.fiscalPeriod.isEmpty())
        evidence.append({a.fiscalPeriod == b.fiscalPeriod ? u"period"_s : u"period_differs"_s, a.fiscalPeriod,
                         b.fiscalPeriod, 0});
    if (a.callDate.isValid() && b.callDate.isValid())
        evidence.append(
            {std::abs(a.callDate.daysTo(b.callDate)) <= kSameEventDays ? u"date"_s : u"date_differs"_s,
             a.callDate.toString(Qt::ISODate), b.callDate.toString(Qt::ISODate), 0});
    return evidence;
}

namespace {

bool has(const QList<PairEvidence> &evidence, QStringView kind)
{
    return std::any_of(evidence.cbegin(), evidence.cend(),
                       [kind](const PairEvidence &e) { return e.kind == kind; });
}

int agreeing(const QList<PairEvidence> &evidence)
{
    return int(std::count_if(evidence.cbegin(), evidence.cend(),
                             [](const PairEvidence &e) { return !e.kind.endsWith(u"_differs"_s); }));
}

qint64 daysApart(const CallSummary &a, const CallSummary &b)
{
    return a.callDate.isValid() && b.callDate.isValid() ? std::abs(a.callDate.daysTo(b.callDate))
                                                        : std::numeric_limits<qint64>::max();
}

} // namespace

QList<PairSuggestion> suggestPairs(const CallSummary &call, const QList<CallSummary> &library)
{
    QList<PairSuggestion> suggestions;
    for (const CallSummary &other : library) {
        if (other.id == call.id)
            continue;
        PairSuggestion suggestion{other, callEvidence(call, other)};
        const QList<PairEvidence> &e = suggestion.evidence;
        suggestion.suggested = (has(e, u"company") && has(e, u"period")) || has(e, u"date");
        suggestions.append(suggestion);
    }
    std::stable_sort(suggestions.begin(), suggestions.end(),
                     [&call](const PairSuggestion &x, const PairSuggestion &y) {
                         if (x.suggested != y.suggested)
                             return x.suggested;
                         if (!x.suggested)
                             return false;
                         if (agreeing(x.evidence) != agreeing(y.evidence))
                             return agreeing(x.evidence) > agreeing(y.evidence);
                         return daysApart(call, x.call) < daysApart(call, y.call);
                     });
    return suggestions;
}
