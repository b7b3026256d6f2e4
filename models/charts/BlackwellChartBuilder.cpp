#include "charts/BlackwellChartBuilder.h"

#include "charts/FigureText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString BlackwellChartBuilder::id() const
{
    return u"blackwell"_s;
}

QString BlackwellChartBuilder::title() const
{
    return tr("Blackwell ramp");
}

QStringList BlackwellChartBuilder::metrics() const
{
    return {Metric::DataCenterCompute,         Metric::BlackwellRevenue, Metric::BlackwellShareOfDcCompute,
            Metric::BlackwellSequentialGrowth, Metric::BlackwellMix,     Metric::BlackwellExpectation};
}

std::pair<FiscalQuarter, FiscalQuarter> BlackwellChartBuilder::defaultRange(const ChartInput &input) const
{
    auto [from, to] = ChartBuilder::defaultRange(input);
    // Run on to the latest reported quarter: a quarter with nothing disclosed is shown
    // empty rather than left out, so the absence reads as such.
    for (const Figure &figure : input.figures.figures()) {
        if (figure.kind == FigureKind::Actual && from.isValid() && figure.quarter > to)
            to = figure.quarter;
    }
    return {from, to};
}

namespace {

QString percent(double value)
{
    return QLocale(QLocale::English).toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString BlackwellChartBuilder::missingFigures(const QString &company) const
{
    return tr("no Blackwell disclosures or data center compute revenue for %1; this pane follows NVIDIA's "
              "Blackwell ramp, whose disclosures File > Import Financials… reads from CSV")
        .arg(company);
}

ChartSpec BlackwellChartBuilder::build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const
{
    const FigureSet &figures = input.figures;
    ChartSpec spec;
    spec.title = tr("%1 Blackwell ramp: what was disclosed, next to data center compute revenue")
                     .arg(figures.company());
    spec.sourceLine =
        sourceLine(input, tr("Filled: disclosed. Hollow: estimate (derived from disclosures, or entered "
                             "by you), not a reported figure. Blank: not disclosed."));
    spec.quarters = quarters;
    spec.xAxisTitle = tr("Fiscal quarter");
    spec.primaryAxisTitle = tr("Revenue (US$ billions)");
    spec.primaryMin = 0;

    ChartSeriesSpec compute = ChartSeriesSpec::make(u"dataCenterCompute"_s, tr("Data center compute revenue"),
                                                    SeriesShape::Bar, ChartPalette::Role::Compute);
    ChartSeriesSpec disclosed =
        ChartSeriesSpec::make(u"blackwellDisclosed"_s, tr("Blackwell revenue, disclosed"),
                              SeriesShape::Marker, ChartPalette::Role::Disclosed);
    disclosed.marker = MarkerStyle::Diamond;
    ChartSeriesSpec estimate =
        ChartSeriesSpec::make(u"blackwellEstimate"_s, tr("Blackwell revenue, estimate"),
                              SeriesShape::HollowMarker, ChartPalette::Role::Estimate);
    ChartSeriesSpec statements =
        ChartSeriesSpec::make(u"blackwellStatements"_s, tr("Disclosed without a dollar figure"),
                              SeriesShape::HollowMarker, ChartPalette::Role::Statement);
    statements.marker = MarkerStyle::Triangle;
    statements.topRow = 0;

    for (int slot = 0; slot < quarters.size(); ++slot) {
        const FiscalQuarter q = quarters.at(slot);
        const QString heading = FigureText::quarterHeading(figures, q);
        if (const Figure *dc = figures.find(q, Metric::DataCenterCompute); dc && dc->value) {
            compute.points.append({slot,
                                   FigureText::toBillions(*dc->value),
                                   heading + u'\n' + FigureText::describe(*dc),
                                   {},
                                   false});
        }

        const Figure *revealed = figures.find(q, Metric::BlackwellRevenue, FigureKind::Disclosed);
        if (revealed && revealed->value) {
            disclosed.points.append({slot, FigureText::toBillions(*revealed->value),
                                     heading + u'\n' + tr("Disclosed figure, as stated by the company.") +
                                         u'\n' + FigureText::describe(*revealed),
                                     tr("%1 disclosed").arg(FigureText::billions(*revealed->value)), false});
        }

        if (const Figure *entered = figures.find(q, Metric::BlackwellRevenue, FigureKind::Estimate);
            entered && entered->value) {
            estimate.points.append({slot, FigureText::toBillions(*entered->value),
                                    heading + u'\n' + tr("Estimate, not a disclosed figure.") + u'\n' +
                                        FigureText::describe(*entered),
                                    tr("≈%1 est.").arg(FigureText::billions(*entered->value)), false});
        } else if (const auto derived = figures.blackwellRevenueEstimate(q)) {
            QStringList lines{heading,
                              tr("Blackwell revenue ≈ %1: an estimate derived here, NOT a disclosed figure.")
                                  .arg(FigureFormat::value(derived->value, Unit::MillionsUsd))};
            const Figure *first = derived->inputs.value(0);
            if (derived->base) {
                lines << tr("Computed: %1 (the previous quarter's value) grown by the disclosed %2%.")
                             .arg(FigureFormat::value(*derived->base, Unit::MillionsUsd),
                                  percent(*first->value));
            } else {
                lines << tr("Computed: the disclosed %1% share times data center compute revenue %2.")
                             .arg(percent(*first->value), FigureFormat::value(*derived->inputs.value(1)));
            }
            lines << tr("From:");
            for (const Figure *input : derived->inputs)
                lines << u"• "_s + input->quarter.toString() + u' ' + FigureText::describe(*input);
            estimate.points.append({slot, FigureText::toBillions(derived->value), lines.join(u'\n'),
                                    tr("≈%1 est.").arg(FigureText::billions(derived->value)), false});
        }

        // Shares, growth rates and statements: no dollar value to plot, so one marker per
        // quarter along the top, labelled briefly, with every disclosure in the tooltip.
        QStringList labels;
        QStringList details;
        for (const QString &metric :
             {QString(Metric::BlackwellExpectation), QString(Metric::BlackwellShareOfDcCompute),
              QString(Metric::BlackwellSequentialGrowth), QString(Metric::BlackwellMix)}) {
            const Figure *f = figures.find(q, metric, FigureKind::Disclosed);
            if (!f)
                continue;
            if (metric == Metric::BlackwellShareOfDcCompute)
                labels << tr("~%1% of DC compute").arg(percent(*f->value));
            else if (metric == Metric::BlackwellSequentialGrowth)
                labels << tr("+%1% q/q").arg(percent(*f->value));
            else if (metric == Metric::BlackwellMix)
                labels << tr("GB300 ~%1%").arg(percent(*f->value));
            else
                labels << tr("outlook");
            details << FigureText::describe(*f);
        }
        if (!labels.isEmpty()) {
            statements.points.append({slot, 0,
                                      heading + u'\n' + tr("Disclosed, without a dollar figure:") + u'\n' +
                                          details.join(u"\n\n"_s),
                                      labels.join(u", "_s), true});
        }
    }
    spec.series = {compute, disclosed, estimate, statements};
    return spec;
}
