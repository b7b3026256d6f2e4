#pragma once

#include "charts/ChartBuilder.h"

// The Blackwell ramp: data center compute revenue as bars, disclosed Blackwell revenue as
// filled markers, estimates (derived or user-entered) as hollow markers, and disclosures
// without a dollar figure (shares, growth, statements) in a row along the top. Quarters
// with nothing disclosed stay blank.
class BlackwellChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(BlackwellChartBuilder)
public:
    QString id() const override;
    QString title() const override;
    QStringList metrics() const override;
    std::pair<FiscalQuarter, FiscalQuarter> defaultRange(const ChartInput &input) const override;
    QString missingFigures(const QString &company) const override;
    ChartSpec build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const override;
};
