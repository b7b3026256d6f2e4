#pragma once

#include "figures/FinancialFigures.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The quarters a statement speaks of, on the company's fiscal calendar: one quarter, a run
// of quarters (the second half) or a whole fiscal year.
struct TargetPeriod
{
    FiscalQuarter from;
    FiscalQuarter to;       // the same as from for one quarter
    bool wholeYear = false; // the fiscal year from.year as a whole
    bool late = false;      // "late this fiscal year", 今年晚些時候: the year's last quarter
    bool stated = true;     // false: the text names no period and the next quarter is assumed
    QString phrase;         // as written ("the first quarter", 下半年); empty when not stated

    bool isValid() const { return from.isValid() && to.isValid(); }
    // "FY2026Q1", "FY2026", "FY2026Q3–Q4", "FY2026Q4 (late in the year)".
    QString label() const;
    friend bool operator==(const TargetPeriod &, const TargetPeriod &) = default;
};

// What the reader decided about an entry the app found.
enum class GuidanceStatus { Extracted, Confirmed, Edited, Dismissed };
QString guidanceStatusName(GuidanceStatus status); // "extracted", ... as stored and printed
std::optional<GuidanceStatus> guidanceStatusFromName(QStringView name);

// How a value was stated: "$43 billion, plus or minus 2%" is a point with its tolerance,
// "between 16% and 17%" a range, "the low 70s" a band, "200 basis points per quarter" a
// change.
enum class GuidanceForm { Point, Range, Band, Change };
QString guidanceFormName(GuidanceForm form); // "point", "range", "band", "change"

// One guidance statement: what a speaker said a metric will be, for which period, with the
// sentence it was read from.
struct GuidanceEntry
{
    qint64 callId = 0;
    QString company; // ticker; empty when the call has none
    FiscalQuarter callPeriod;
    qint64 turnId = 0;
    int start = 0; // the sentence, in the turn's text
    int end = 0;
    QString quote;
    QString speaker;
    QString role; // Role::Executive, Role::Analyst, ... : an analyst's inference is not guidance

    QString metric; // a GuidanceMetrics key
    TargetPeriod target;
    GuidanceForm form = GuidanceForm::Point;
    double low = 0; // in unit; low == high for a point without tolerance
    double high = 0;
    std::optional<double> point;
    QString tolerance;         // as written ("plus or minus 2%"), empty when none
    QString unit;              // Unit::MillionsUsd, Unit::Percent or GuidanceUnit::BasisPoints
    QString band;              // "low 70s", 70%出頭; empty when the value is not a band
    QString bandSource;        // where the band's range comes from: a quote of the call that defines it
    qint64 bandSourceCall = 0; // 0: the default range of bands (see GuidanceBands)

    GuidanceStatus status = GuidanceStatus::Extracted;

    // What a review is stored under: stable across re-imports of the call, which renumber
    // its turns but keep its sentences.
    QString reviewKey() const { return metric + u'\x1f' + quote; }
};

namespace GuidanceUnit {
inline constexpr QLatin1StringView BasisPoints{"bp"};
} // namespace GuidanceUnit
