#pragma once

#include "ChartPane.h"

// The Blackwell ramp: data center compute revenue as bars, disclosed Blackwell revenue as
// filled markers, estimates (derived or user-entered) as hollow markers, and disclosures
// without a dollar figure (shares, growth, statements) in a row along the top. Quarters
// with nothing disclosed stay blank.
class BlackwellChart : public ChartPane
{
    Q_OBJECT
public:
    explicit BlackwellChart(QWidget *parent = nullptr);

    QString paneId() const override;
    QString paneTitle() const override;
    QStringList metrics() const override;
    std::pair<FiscalQuarter, FiscalQuarter> defaultRange() const override;

protected:
    ChartSpec buildSpec(const FigureSet &figures, const QList<FiscalQuarter> &quarters) const override;
};
