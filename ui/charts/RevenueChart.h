#pragma once

#include "ChartPane.h"

// Quarterly revenue as stacked bars (data center and the rest), year-over-year growth as a
// line on a second axis, and the outlook given a quarter earlier as a marker beside each bar.
class RevenueChart : public ChartPane
{
    Q_OBJECT
public:
    explicit RevenueChart(QWidget *parent = nullptr);

    QString paneId() const override;
    QString paneTitle() const override;
    QStringList metrics() const override;

protected:
    ChartSpec buildSpec(const FigureSet &figures, const QList<FiscalQuarter> &quarters) const override;
};
