#pragma once

#include "ChartPane.h"

// GAAP and non-GAAP gross margin, net margin (computed), and the gross margin outlook given
// a quarter earlier as hollow markers at the quarter it was for; notes such as the
// FY2026Q1 H20 charge are written next to their point.
class MarginChart : public ChartPane
{
    Q_OBJECT
public:
    explicit MarginChart(QWidget *parent = nullptr);

    QString paneId() const override;
    QString paneTitle() const override;
    QStringList metrics() const override;

protected:
    ChartSpec buildSpec(const FigureSet &figures, const QList<FiscalQuarter> &quarters) const override;
};
