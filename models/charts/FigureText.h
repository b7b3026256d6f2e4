#pragma once

#include "figures/FinancialFigures.h"

#include <QCoreApplication>

// The words the chart panes put in tooltips and labels, so that every point says the
// same things the same way: what it is, its exact value, its status and its source.
class FigureText
{
    Q_DECLARE_TR_FUNCTIONS(FigureText)
public:
    // "FY2025Q4 (quarter ended 2025-01-26)"
    static QString quarterHeading(const FigureSet &figures, const FiscalQuarter &quarter);
    // "Data center revenue: $35,580M (actual)" plus its note, status and source lines.
    static QString describe(const Figure &figure);
    static QString provenance(const Figure &figure); // the status and source lines only
    static QString billions(double millionsUsd);     // "$39.3B"; "$242M" under a billion
    static double toBillions(double millionsUsd) { return millionsUsd / 1000.0; }
};
