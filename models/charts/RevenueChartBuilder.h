#pragma once

#include "charts/ChartBuilder.h"

// Quarterly revenue as stacked bars (data center and the rest), year-over-year growth as a
// line on a second axis, and the outlook given a quarter earlier as a marker beside each bar.
class RevenueChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RevenueChartBuilder)
public:
    QString id() const override;
    QString title() const override;
    QStringList metrics() const override;
    QString missingFigures(const QString &company) const override;
    ChartSpec build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const override;
};
