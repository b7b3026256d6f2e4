#include "guidance/GuidanceLedger.h"

#include "figures/FigureSource.h"
#include "figures/FinancialFigures.h"
#include "figures/MetricRepository.h"
#include "guidance/GuidanceExtractor.h"
#include "guidance/GuidanceMetrics.h"
#include "guidance/GuidanceReviews.h"
#include "store/LibraryRecords.h"
#include "store/LibraryStore.h"
#include "text/SearchText.h"

#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

QString guidanceOutcomeName(GuidanceOutcome outcome)
{
    switch (outcome) {
    case GuidanceOutcome::InRange:
        return u"in_range"_s;
    case GuidanceOutcome::Above:
        return u"above"_s;
    case GuidanceOutcome::Below:
        return u"below"_s;
    case GuidanceOutcome::Pending:
        return u"pending"_s;
    case GuidanceOutcome::NotChecked:
        return u"not_checked"_s;
    }
    return {};
}

int GuidanceLedger::quarterEndMonth(const CallRecord &call, const FigureSet &figures)
{
    if (const auto quarter = FiscalQuarter::parse(call.summary.fiscalPeriod)) {
        for (const Figure &figure : figures.figures()) {
            if (figure.quarter == *quarter && figure.periodEnd.isValid())
                return figure.periodEnd.month();
        }
    }
    if (call.summary.callDate.isValid())
        return call.summary.callDate.addDays(-35).month();
    return 0;
}

namespace {

struct Actual
{
    double value = 0;
    QString metric;
    QString source;
    QString sourceText;
    bool derived = false;
};

std::optional<Actual> quarterActual(const FigureSet &figures, const FiscalQuarter &q,
                                    const GuidanceMetric &metric)
{
    for (QLatin1StringView key : {metric.actual, metric.fallback}) {
        if (key.isEmpty())
            continue;
        if (const Figure *figure = figures.find(q, key); figure && figure->value)
            return Actual{*figure->value, key, figure->source, FigureSource::readable(*figure), false};
    }
    return std::nullopt;
}

// A whole year: amounts summed over its four quarters, a margin weighted by each quarter's
// revenue (which is the year's gross profit over its revenue).
std::optional<Actual> yearActual(const FigureSet &figures, int year, const GuidanceMetric &metric)
{
    double sum = 0;
    double weights = 0;
    Actual actual;
    for (int quarter = 1; quarter <= 4; ++quarter) {
        const auto one = quarterActual(figures, {year, quarter}, metric);
        if (!one)
            return std::nullopt;
        if (metric.isPercent()) {
            const auto revenue = figures.value({year, quarter}, Metric::Revenue);
            if (!revenue)
                return std::nullopt;
            sum += one->value * *revenue;
            weights += *revenue;
        } else {
            sum += one->value;
        }
        actual.metric = one->metric;
        actual.source = one->source;
        actual.sourceText = one->sourceText;
    }
    actual.value = metric.isPercent() ? sum / weights : sum;
    actual.derived = true;
    return actual;
}

bool sameValue(double a, double b, bool percent)
{
    return percent ? std::abs(a - b) < 0.05 : std::abs(a - b) <= 0.005 * std::max(std::abs(a), std::abs(b));
}

} // namespace

LedgerEntry GuidanceLedger::evaluate(const GuidanceEntry &entry, const FigureSet &figures)
{
    LedgerEntry ledger;
    ledger.entry = entry;
    const GuidanceMetric *metric = GuidanceMetrics::find(entry.metric);
    if (!metric || metric->actual.isEmpty() || entry.form == GuidanceForm::Change)
        return ledger;

    if (!metric->outlook.isEmpty() && !entry.target.wholeYear && entry.target.from == entry.target.to &&
        entry.target.from == entry.callPeriod.next()) {
        if (const Figure *outlook = figures.outlookFor(entry.target.from, metric->outlook)) {
            ledger.releaseOutlook = outlook->value;
            const double said = entry.point ? *entry.point : (entry.low + entry.high) / 2;
            ledger.releaseDisagrees =
                entry.form == GuidanceForm::Band || entry.form == GuidanceForm::Range
                    ? (*outlook->value < entry.low - 1e-9 || *outlook->value > entry.high + 1e-9)
                    : !sameValue(said, *outlook->value, metric->isPercent());
        }
    }

    const auto actual = entry.target.wholeYear ? yearActual(figures, entry.target.from.year, *metric)
                                               : quarterActual(figures, entry.target.to, *metric);
    if (!actual) {
        ledger.outcome = GuidanceOutcome::Pending;
        return ledger;
    }
    ledger.actual = actual->value;
    ledger.actualMetric = actual->metric;
    ledger.actualSource = actual->source;
    ledger.actualSourceText = actual->sourceText;
    ledger.actualDerived = actual->derived;
    const bool exact = entry.low == entry.high;
    if ((exact && sameValue(actual->value, entry.low, metric->isPercent())) ||
        (actual->value >= entry.low - 1e-9 && actual->value <= entry.high + 1e-9)) {
        ledger.outcome = GuidanceOutcome::InRange;
        ledger.difference = 0;
    } else if (actual->value > entry.high) {
        ledger.outcome = GuidanceOutcome::Above;
        ledger.difference = actual->value - entry.high;
    } else {
        ledger.outcome = GuidanceOutcome::Below;
        ledger.difference = actual->value - entry.low;
    }
    return ledger;
}

namespace {

QList<LedgerEntry> ledgerOf(LibraryStore *store, const QList<CallRecord> &calls)
{
    const MetricRepository metrics(store);
    const GuidanceReviews reviews(store);
    QHash<QString, FigureSet> figureSets;
    QList<LedgerEntry> ledger;
    QList<BandDefinition> earlier; // of the same company, in fiscal order
    QString company;
    for (const CallRecord &call : calls) {
        if (call.summary.companyTicker != company) {
            company = call.summary.companyTicker;
            earlier.clear();
        }
        if (!figureSets.contains(company))
            figureSets.insert(company, company.isEmpty() ? FigureSet() : metrics.figureSet(company));
        const FigureSet &figures = figureSets[company];
        const auto extraction =
            GuidanceExtractor::extract(call, GuidanceLedger::quarterEndMonth(call, figures));
        const auto decided = reviews.reviews(call.summary.id);
        for (GuidanceEntry entry : extraction.entries) {
            // A band the call does not define takes the company's latest definition of it.
            if (!entry.band.isEmpty() && entry.bandSourceCall == 0) {
                for (auto it = earlier.crbegin(); it != earlier.crend(); ++it) {
                    auto bands = GuidanceBands::findAll(SearchText::normalise(entry.band));
                    if (bands.isEmpty())
                        break;
                    GuidanceBands::apply(bands.first(), *it);
                    if (bands.first().low != entry.low || bands.first().high != entry.high) {
                        entry.low = bands.first().low;
                        entry.high = bands.first().high;
                        entry.bandSource = it->quote;
                        entry.bandSourceCall = it->callId;
                        break;
                    }
                }
            }
            if (const auto review = decided.constFind(entry.reviewKey()); review != decided.cend())
                entry = GuidanceReviews::applied(entry, *review);
            ledger.append(GuidanceLedger::evaluate(entry, figures));
        }
        earlier += extraction.definitions;
    }
    return ledger;
}

} // namespace

QList<LedgerEntry> GuidanceLedger::build(LibraryStore *store, const QString &company)
{
    QList<CallSummary> summaries = store->calls();
    summaries.removeIf([&](const CallSummary &c) {
        return (!company.isEmpty() && c.companyTicker.compare(company, Qt::CaseInsensitive) != 0) ||
               !FiscalQuarter::parse(c.fiscalPeriod);
    });
    std::stable_sort(summaries.begin(), summaries.end(), [](const CallSummary &a, const CallSummary &b) {
        if (a.companyTicker != b.companyTicker)
            return a.companyTicker < b.companyTicker;
        return *FiscalQuarter::parse(a.fiscalPeriod) < *FiscalQuarter::parse(b.fiscalPeriod);
    });
    QList<CallRecord> calls;
    for (const CallSummary &summary : std::as_const(summaries)) {
        if (auto call = store->call(summary.id))
            calls.append(std::move(*call));
    }
    return ledgerOf(store, calls);
}

QList<LedgerEntry> GuidanceLedger::forCall(LibraryStore *store, const CallRecord &call)
{
    if (call.summary.companyTicker.isEmpty())
        return ledgerOf(store, {call});
    // Definitions from the company's earlier calls apply, so the whole company is read.
    QList<LedgerEntry> entries = build(store, call.summary.companyTicker);
    entries.removeIf([&](const LedgerEntry &e) { return e.entry.callId != call.summary.id; });
    return entries;
}
