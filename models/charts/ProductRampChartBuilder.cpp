#include "charts/ProductRampChartBuilder.h"

#include "charts/FigureText.h"
#include "figures/ProductRamp.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString percent(double value)
{
    return QLocale(QLocale::English).toString(value, 'g', QLocale::FloatingPointShortest);
}

// How many quarters of the base metric before the first disclosure give the ramp its start.
constexpr int kContextQuarters = 4;

} // namespace

QString ProductRampChartBuilder::id() const
{
    return u"product"_s;
}

QString ProductRampChartBuilder::title() const
{
    return tr("Product ramp");
}

QStringList ProductRampChartBuilder::metrics() const
{
    // The built-in product's keys; another product's are named by its ProductRamp keys.
    return QStringList{QString(Metric::DataCenterCompute)} + ProductRamp::metricsOf(ProductRamp::BuiltIn);
}

QStringList ProductRampChartBuilder::choices(const ChartInput &input) const
{
    return ProductRamp::productsIn(input.figures);
}

bool ProductRampChartBuilder::hasFiguresFor(const FigureSet &figures) const
{
    return !ProductRamp::productsIn(figures).isEmpty();
}

QString ProductRampChartBuilder::productOf(const ChartInput &input)
{
    const QStringList products = ProductRamp::productsIn(input.figures);
    if (products.contains(input.product))
        return input.product;
    return products.value(0, input.product);
}

std::pair<FiscalQuarter, FiscalQuarter> ProductRampChartBuilder::defaultRange(const ChartInput &input) const
{
    const QString product = productOf(input);
    const QStringList keys = ProductRamp::metricsOf(product);
    FiscalQuarter first;
    for (const Figure &figure : input.figures.figures()) {
        if (keys.contains(figure.metric) && (!first.isValid() || figure.quarter < first))
            first = figure.quarter;
    }
    if (!first.isValid())
        return {};
    // A few quarters of the base metric before the first disclosure show where the ramp
    // starts from; a company's whole history of revenue would bury it.
    FiscalQuarter from = first;
    const QString base = ProductRamp::baseMetric(product);
    for (const Figure &figure : input.figures.figures()) {
        if (figure.metric == base && figure.kind == FigureKind::Actual && figure.quarter < from &&
            figure.quarter.ordinal() >= first.ordinal() - kContextQuarters)
            from = figure.quarter;
    }
    // Run on to the latest reported quarter: a quarter with nothing disclosed is shown
    // empty rather than left out, so the absence reads as such.
    FiscalQuarter to = first;
    for (const Figure &figure : input.figures.figures()) {
        if ((figure.kind == FigureKind::Actual || keys.contains(figure.metric)) && figure.quarter > to)
            to = figure.quarter;
    }
    return {from, to};
}

QString ProductRampChartBuilder::missingFigures(const QString &company) const
{
    return tr("no product disclosures for %1; Add Disclosure… in the Figures panel adds a product's revenue, "
              "share, growth or statement with its source, and File > Import Financials… reads them from CSV")
        .arg(company);
}

ChartSpec ProductRampChartBuilder::build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const
{
    const FigureSet &figures = input.figures;
    const QString product = productOf(input);
    const QString baseMetric = ProductRamp::baseMetric(product);
    const bool computeBase = baseMetric == Metric::DataCenterCompute;
    const QString revenueKey = ProductRamp::metricKey(product, ProductRamp::Kind::Revenue);
    ChartSpec spec;
    spec.title = computeBase ? tr("%1 %2 ramp: what was disclosed, next to data center compute revenue")
                                   .arg(figures.company(), product)
                             : tr("%1 %2 ramp: what was disclosed, next to the company's revenue")
                                   .arg(figures.company(), product);
    spec.sourceLine =
        sourceLine(input, ProductRamp::metricsOf(product) + QStringList{baseMetric}, quarters,
                   tr("Filled: disclosed. Hollow: estimate (derived from disclosures, or entered "
                      "by you), not a reported figure. Blank: not disclosed."));
    spec.quarters = quarters;
    spec.xAxisTitle = tr("Fiscal quarter");
    spec.primaryAxisTitle = tr("Revenue (US$ billions)");
    spec.primaryMin = 0;

    ChartSeriesSpec base =
        computeBase ? ChartSeriesSpec::make(u"dataCenterCompute"_s, tr("Data center compute revenue"),
                                            SeriesShape::Bar, ChartPalette::Role::Compute)
                    : ChartSeriesSpec::make(u"revenue"_s, tr("Company revenue"), SeriesShape::Bar,
                                            ChartPalette::Role::Compute);
    ChartSeriesSpec disclosed =
        ChartSeriesSpec::make(u"productDisclosed"_s, tr("%1 revenue, disclosed").arg(product),
                              SeriesShape::Marker, ChartPalette::Role::Disclosed);
    disclosed.marker = MarkerStyle::Diamond;
    ChartSeriesSpec estimate =
        ChartSeriesSpec::make(u"productEstimate"_s, tr("%1 revenue, estimate").arg(product),
                              SeriesShape::HollowMarker, ChartPalette::Role::Estimate);
    ChartSeriesSpec statements =
        ChartSeriesSpec::make(u"productStatements"_s, tr("Disclosed without a dollar figure"),
                              SeriesShape::HollowMarker, ChartPalette::Role::Statement);
    statements.marker = MarkerStyle::Triangle;
    statements.topRow = 0;

    // The top row: statements first, then shares, growth and Blackwell's model mix.
    QStringList topMetrics{ProductRamp::metricKey(product, ProductRamp::Kind::Statement),
                           ProductRamp::metricKey(product, ProductRamp::Kind::Share),
                           ProductRamp::metricKey(product, ProductRamp::Kind::Growth)};
    for (const QString &metric : ProductRamp::metricsOf(product)) {
        if (!topMetrics.contains(metric) && metric != revenueKey)
            topMetrics << metric;
    }

    for (int slot = 0; slot < quarters.size(); ++slot) {
        const FiscalQuarter q = quarters.at(slot);
        const QString heading = FigureText::quarterHeading(figures, q);
        if (const Figure *b = figures.find(q, baseMetric); b && b->value) {
            base.points.append({slot,
                                FigureText::toBillions(*b->value),
                                heading + u'\n' + FigureText::describe(*b),
                                {},
                                false});
        }

        const Figure *revealed = figures.find(q, revenueKey, FigureKind::Disclosed);
        if (revealed && revealed->value) {
            disclosed.points.append({slot, FigureText::toBillions(*revealed->value),
                                     heading + u'\n' + tr("Disclosed figure, as stated by the company.") +
                                         u'\n' + FigureText::describe(*revealed),
                                     tr("%1 disclosed").arg(FigureText::billions(*revealed->value)), false});
        }

        if (const Figure *entered = figures.find(q, revenueKey, FigureKind::Estimate);
            entered && entered->value) {
            estimate.points.append({slot, FigureText::toBillions(*entered->value),
                                    heading + u'\n' + tr("Estimate, not a disclosed figure.") + u'\n' +
                                        FigureText::describe(*entered),
                                    tr("≈%1 est.").arg(FigureText::billions(*entered->value)), false});
        } else if (const auto derived = ProductRamp::revenueEstimate(figures, product, q)) {
            QStringList lines{heading,
                              tr("%1 revenue ≈ %2: an estimate derived here, NOT a disclosed figure.")
                                  .arg(product, FigureFormat::value(derived->value, Unit::MillionsUsd))};
            const Figure *first = derived->inputs.value(0);
            if (derived->base) {
                lines << tr("Computed: %1 (the previous quarter's value) grown by the disclosed %2%.")
                             .arg(FigureFormat::value(*derived->base, Unit::MillionsUsd),
                                  percent(*first->value));
            } else {
                lines << tr("Computed: the disclosed %1% share times %2 %3.")
                             .arg(percent(*first->value), MetricCatalog::displayName(baseMetric).toLower(),
                                  FigureFormat::value(*derived->inputs.value(1)));
            }
            lines << tr("From:");
            for (const Figure *from : derived->inputs)
                lines << u"• "_s + from->quarter.toString() + u' ' + FigureText::describe(*from);
            estimate.points.append({slot, FigureText::toBillions(derived->value), lines.join(u'\n'),
                                    tr("≈%1 est.").arg(FigureText::billions(derived->value)), false});
        }

        // Shares, growth rates and statements: no dollar value to plot, so one marker per
        // quarter along the top, labelled briefly, with every disclosure in the tooltip.
        QStringList labels;
        QStringList details;
        for (const QString &metric : std::as_const(topMetrics)) {
            const Figure *f = figures.find(q, metric, FigureKind::Disclosed);
            if (!f)
                continue;
            if (metric == Metric::BlackwellShareOfDcCompute)
                labels << tr("~%1% of DC compute").arg(percent(*f->value));
            else if (metric == Metric::BlackwellMix)
                labels << tr("GB300 ~%1%").arg(percent(*f->value));
            else if (metric == Metric::BlackwellExpectation)
                labels << tr("outlook");
            else if (const auto parsed = ProductRamp::parse(metric); parsed->kind == ProductRamp::Kind::Share)
                labels << tr("~%1% of revenue").arg(percent(*f->value));
            else if (parsed->kind == ProductRamp::Kind::Growth)
                labels << tr("+%1% q/q").arg(percent(*f->value));
            else
                labels << tr("statement");
            details << FigureText::describe(*f);
        }
        if (!labels.isEmpty()) {
            statements.points.append({slot, 0,
                                      heading + u'\n' + tr("Disclosed, without a dollar figure:") + u'\n' +
                                          details.join(u"\n\n"_s),
                                      labels.join(u", "_s), true});
        }
    }
    spec.series = withPoints({base, disclosed, estimate, statements});
    spec.primaryLabelFormat = labelFormatFor(base.points + disclosed.points + estimate.points);
    return spec;
}
