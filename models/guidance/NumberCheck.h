#pragma once

#include "guidance/GuidanceEntry.h"

#include <QList>

class FigureSet;
struct CallRecord;

// A number a speaker states about a reported figure ("Revenue of $39.3 billion", "up 78%
// year on year", 393.31億美元, 同比增長78%), with what it speaks of where the text tells, and
// how it compares with the stored figures.
struct NumberClaim
{
    enum class Measure { Value, YearOverYear, QuarterOverQuarter, Outlook };
    enum class Result { Match, Differs, Unknown };

    qint64 turnId = 0;
    int start = 0; // in the turn's text
    int end = 0;
    QString text;     // as written
    double value = 0; // in unit
    QString unit;     // Unit::MillionsUsd or Unit::Percent
    QString metric;   // a GuidanceMetrics key
    Measure measure = Measure::Value;
    TargetPeriod period;
    Result result = Result::Unknown;
    QString figureMetric;              // the figure compared, when one was
    std::optional<double> figureValue; // its value (a growth computed from two figures)
    QString figureSource;              // as stored
    QString figureSourceText;          // in a reader's words (FigureSource)
    bool figureDerived = false;        // summed over a year or a growth computed
    std::optional<double> difference;  // value minus figure
};

QString claimMeasureName(NumberClaim::Measure measure); // "value", "yoy", "qoq", "outlook"
QString claimResultName(NumberClaim::Result result);    // "match", "differs", "unknown"

namespace NumberCheck {
// Every number of the call's turns that names a metric, checked: a statement about what is
// to come (guidance) is the ledger's, not checked here.
QList<NumberClaim> check(const CallRecord &call, const FigureSet &figures, int callQuarterEndMonth);
} // namespace NumberCheck
