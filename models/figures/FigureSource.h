#pragma once

#include "figures/FinancialFigures.h"

#include <QCoreApplication>

// Where a figure comes from, in words a reader understands outside the app and in the
// interface's language. The stored source is a record for whoever checks it: the built-in
// figures name a repository at a commit and a path in it
// ("akiraak/ai-financial-analyst@fa4cda3 companies/nvidia/filings/FY2025/Q3/ press-release.html
// + 10-Q/10-K"), company facts the filing's accession number and concept. Shown, that is
// "NVDA press release and 10-Q/10-K for FY2025Q3" and "NVDA 10-Q, filed 2024-11-20"; the
// stored text is kept, and shown beside it where there is room (tooltips).
class FigureSource
{
    Q_DECLARE_TR_FUNCTIONS(FigureSource)
public:
    static QString readable(const Figure &figure);
    // The documents behind a set of figures, each kind once with the span it covers, for a
    // chart's source line: "NVDA press releases and 10-Q/10-K for FY2023Q1 to FY2026Q3".
    static QString summary(const QList<Figure> &figures);
};
