#include "charts/MarginChartBuilder.h"

#include "charts/FigureText.h"

using namespace Qt::StringLiterals;

QString MarginChartBuilder::id() const
{
    return u"margin"_s;
}

QString MarginChartBuilder::title() const
{
    return tr("Margins");
}

QStringList MarginChartBuilder::metrics() const
{
    return {Metric::GaapGrossMargin, Metric::NonGaapGrossMargin, Metric::GaapNetIncome,
            Metric::NextGaapGrossMarginGuidance, Metric::NextNonGaapGrossMarginGuidance};
}

ChartSpec MarginChartBuilder::build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const
{
    const FigureSet &figures = input.figures;
    ChartSpec spec;
    spec.title =
        tr("%1 gross and net margin against the outlook given a quarter earlier").arg(figures.company());
    spec.sourceLine =
        sourceLine(input, tr("Net margin is computed (GAAP net income / revenue); hollow markers are the "
                             "gross margin outlook from the previous quarter's release."));
    spec.quarters = quarters;
    spec.xAxisTitle = tr("Fiscal quarter");
    spec.primaryAxisTitle = tr("Margin (% of revenue)");
    spec.primaryMin = 0;

    ChartSeriesSpec gaap = ChartSeriesSpec::make(u"gaapGross"_s, tr("GAAP gross margin"), SeriesShape::Line,
                                                 ChartPalette::Role::GaapMargin);
    ChartSeriesSpec nonGaap = ChartSeriesSpec::make(u"nonGaapGross"_s, tr("Non-GAAP gross margin"),
                                                    SeriesShape::Line, ChartPalette::Role::NonGaapMargin);
    ChartSeriesSpec net = ChartSeriesSpec::make(u"netMargin"_s, tr("Net margin (computed)"),
                                                SeriesShape::DashedLine, ChartPalette::Role::NetMargin);
    ChartSeriesSpec gaapOutlook =
        ChartSeriesSpec::make(u"gaapOutlook"_s, tr("GAAP gross margin outlook"), SeriesShape::HollowMarker,
                              ChartPalette::Role::GaapMargin);
    gaapOutlook.marker = MarkerStyle::Square;
    ChartSeriesSpec nonGaapOutlook =
        ChartSeriesSpec::make(u"nonGaapOutlook"_s, tr("Non-GAAP gross margin outlook"),
                              SeriesShape::HollowMarker, ChartPalette::Role::NonGaapMargin);
    nonGaapOutlook.marker = MarkerStyle::Diamond;

    const auto addActual = [&](ChartSeriesSpec &series, int slot, const QString &heading,
                               const Figure *figure) {
        if (!figure || !figure->value)
            return;
        series.points.append(
            {slot, *figure->value, heading + u'\n' + FigureText::describe(*figure), {}, false});
    };
    const auto addOutlook = [&](ChartSeriesSpec &series, int slot, const QString &heading,
                                const FiscalQuarter &q, const QString &guidanceMetric,
                                const QString &actualMetric) {
        const Figure *guide = figures.outlookFor(q, guidanceMetric);
        if (!guide)
            return;
        const MetricDefinition *actual = MetricCatalog::find(actualMetric);
        QString text = heading + u'\n' +
                       tr("%1 outlook for %2: %3, given in the %4 release")
                           .arg(actual->displayName(), q.toString(), FigureFormat::value(*guide),
                                guide->quarter.toString());
        if (const auto diff = figures.outlookDifference(q, guidanceMetric, actualMetric)) {
            text += u'\n' + tr("Actual: %1 (%2 against the outlook)")
                                .arg(FigureFormat::value(*figures.find(q, actualMetric)),
                                     FigureFormat::percentagePoints(*diff));
        } else {
            text += u'\n' + tr("Actual: not reported yet");
        }
        series.points.append({slot, *guide->value, text + u'\n' + FigureText::provenance(*guide), {}, false});
    };

    for (int slot = 0; slot < quarters.size(); ++slot) {
        const FiscalQuarter q = quarters.at(slot);
        const QString heading = FigureText::quarterHeading(figures, q);
        addActual(gaap, slot, heading, figures.find(q, Metric::GaapGrossMargin));
        addActual(nonGaap, slot, heading, figures.find(q, Metric::NonGaapGrossMargin));
        if (const auto margin = figures.netMargin(q)) {
            net.points.append({slot,
                               *margin,
                               heading + u'\n' +
                                   tr("Net margin: %1 (computed: GAAP net income %2 / revenue %3)")
                                       .arg(FigureFormat::value(*margin, Unit::Percent),
                                            FigureFormat::value(*figures.find(q, Metric::GaapNetIncome)),
                                            FigureFormat::value(*figures.find(q, Metric::Revenue))),
                               {},
                               false});
        }
        addOutlook(gaapOutlook, slot, heading, q, Metric::NextGaapGrossMarginGuidance,
                   Metric::GaapGrossMargin);
        addOutlook(nonGaapOutlook, slot, heading, q, Metric::NextNonGaapGrossMarginGuidance,
                   Metric::NonGaapGrossMargin);

        // A note on a quarter's margin (the FY2026Q1 H20 charge) is written under its point:
        // the first clause, the rest is in the tooltip.
        const Figure *noted = figures.find(q, Metric::GaapGrossMargin);
        if (noted && !noted->note.isEmpty() && !gaap.points.isEmpty() && gaap.points.last().slot == slot) {
            gaap.points.last().label = noted->note.section(u';', 0, 0).trimmed();
            gaap.points.last().labelBelow = true;
        }
    }
    spec.series = {gaap, nonGaap, net, gaapOutlook, nonGaapOutlook};
    return spec;
}
