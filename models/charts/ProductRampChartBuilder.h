#pragma once

#include "charts/ChartBuilder.h"

// The ramp of one product a company discloses (ChartInput::product; the first of
// ProductRamp::productsIn when none is named, Blackwell for NVIDIA): its base metric as
// bars (data center compute for Blackwell, revenue otherwise), disclosed product revenue
// as filled markers, estimates (derived or user-entered) as hollow markers, and
// disclosures without a dollar figure (shares, growth, statements) in a row along the
// top. Quarters with nothing disclosed stay blank.
class ProductRampChartBuilder : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProductRampChartBuilder)
public:
    QString id() const override;
    QString title() const override;
    QStringList metrics() const override;
    QStringList choices(const ChartInput &input) const override;
    bool hasFiguresFor(const FigureSet &figures) const override;
    std::pair<FiscalQuarter, FiscalQuarter> defaultRange(const ChartInput &input) const override;
    QString missingFigures(const QString &company) const override;
    ChartSpec build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const override;

    // The product the chart shows for this input.
    static QString productOf(const ChartInput &input);
};
