#pragma once

#include "charts/ChartBuilder.h"

// GAAP and non-GAAP gross margin, net margin (computed), and the gross margin outlook given
// a quarter earlier as hollow markers at the quarter it was for; notes such as the
// FY2026Q1 H20 charge are written next to their point.
class MarginChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MarginChartBuilder)
public:
    QString id() const override;
    QString title() const override;
    QStringList metrics() const override;
    QString missingFigures(const QString &company) const override;
    ChartSpec build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const override;
};
