#include "charts/RevenueChartBuilder.h"

#include "charts/FigureText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString RevenueChartBuilder::id() const
{
    return u"revenue"_s;
}

QString RevenueChartBuilder::title() const
{
    return tr("Revenue");
}

QStringList RevenueChartBuilder::metrics() const
{
    return {Metric::Revenue, Metric::DataCenter, Metric::NextRevenueGuidance};
}

QString RevenueChartBuilder::missingFigures(const QString &company) const
{
    return tr("no revenue figures for %1 yet; File > Import Financials… adds them from SEC company facts "
              "(.json) or CSV")
        .arg(company);
}

ChartSpec RevenueChartBuilder::build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const
{
    // A company the library has by fiscal year only gets a chart of its years.
    const FigureSet figures = input.figures.chartView();
    const bool annual = figures.isAnnual();
    // The data center segment is NVIDIA's; a company without segment figures gets one bar
    // of total revenue, named as such.
    const bool hasSegment = std::any_of(quarters.cbegin(), quarters.cend(), [&](const FiscalQuarter &q) {
        return figures.value(q, Metric::DataCenter).has_value();
    });
    ChartSpec spec;
    spec.quarters = quarters;
    spec.annual = annual;
    spec.xAxisTitle = annual ? tr("Fiscal year") : tr("Fiscal quarter");
    spec.primaryAxisTitle = tr("Revenue (US$ billions)");
    spec.secondaryAxisTitle = tr("Revenue growth, year over year (%)");
    spec.primaryMin = 0;

    ChartSeriesSpec dataCenter = ChartSeriesSpec::make(
        u"dataCenter"_s, tr("Data center"), SeriesShape::StackedBar, ChartPalette::Role::DataCenter);
    ChartSeriesSpec rest = hasSegment
                               ? ChartSeriesSpec::make(u"otherRevenue"_s, tr("Rest of revenue (computed)"),
                                                       SeriesShape::StackedBar, ChartPalette::Role::Rest)
                               : ChartSeriesSpec::make(u"revenue"_s, tr("Revenue"), SeriesShape::StackedBar,
                                                       ChartPalette::Role::Rest);
    ChartSeriesSpec growth = ChartSeriesSpec::make(u"growth"_s, tr("Growth, year over year (computed)"),
                                                   SeriesShape::Line, ChartPalette::Role::Growth);
    growth.secondaryAxis = true;
    ChartSeriesSpec outlook = ChartSeriesSpec::make(u"outlook"_s, tr("Outlook given a quarter earlier"),
                                                    SeriesShape::HollowMarker, ChartPalette::Role::Outlook);
    outlook.slotOffset = 0.38;
    outlook.marker = MarkerStyle::Diamond;

    int lastWithRevenue = -1;
    for (int slot = 0; slot < quarters.size(); ++slot) {
        const FiscalQuarter q = quarters.at(slot);
        const QString heading = FigureText::quarterHeading(figures, q);
        const Figure *revenue = figures.find(q, Metric::Revenue);
        const Figure *dc = figures.find(q, Metric::DataCenter);
        if (dc && dc->value) {
            dataCenter.points.append({slot,
                                      FigureText::toBillions(*dc->value),
                                      heading + u'\n' + FigureText::describe(*dc),
                                      {},
                                      false});
        }
        if (revenue && revenue->value) {
            lastWithRevenue = slot;
            const double other = *revenue->value - (dc && dc->value ? *dc->value : 0.0);
            const QString how =
                !hasSegment ? tr("Revenue: %1").arg(FigureFormat::value(*revenue))
                : dc && dc->value
                    ? tr("Revenue other than data center: %1 (computed: revenue %2 minus data center %3)")
                          .arg(FigureFormat::value(other, Unit::MillionsUsd), FigureFormat::value(*revenue),
                               FigureFormat::value(*dc))
                    : tr("Revenue: %1 (data center not reported for this quarter)")
                          .arg(FigureFormat::value(*revenue));
            rest.points.append(
                {slot,
                 FigureText::toBillions(other),
                 heading + u'\n' + how + u'\n' +
                     (hasSegment ? tr("Total revenue: %1").arg(FigureFormat::value(*revenue)) + u'\n'
                                 : QString()) +
                     (revenue->note.isEmpty() ? QString() : revenue->note + u'\n') +
                     FigureText::provenance(*revenue),
                 {},
                 false});
        }
        if (const auto yoy = figures.yearOverYearGrowth(q, Metric::Revenue)) {
            const Figure *before = figures.find(q.yearAgo(), Metric::Revenue);
            growth.points.append(
                {slot,
                 *yoy,
                 heading + u'\n' +
                     tr("Revenue growth year over year: %1 (computed: %2 against %3 in %4)")
                         .arg(FigureFormat::signedPercent(*yoy), FigureFormat::value(*revenue),
                              FigureFormat::value(*before),
                              annual ? before->quarter.yearLabel() : before->quarter.toString()),
                 {},
                 false});
        }
        if (const Figure *guide = figures.outlookFor(q, Metric::NextRevenueGuidance)) {
            QString text = heading + u'\n' +
                           tr("Revenue outlook for %1: %2, given in the %3 release")
                               .arg(q.toString(), FigureFormat::value(*guide), guide->quarter.toString());
            if (const auto diff =
                    figures.outlookDifference(q, Metric::NextRevenueGuidance, Metric::Revenue)) {
                text += u'\n' + tr("Actual: %1, %2 against the outlook (%3)")
                                    .arg(FigureFormat::value(*revenue),
                                         FigureFormat::signedPercent(*diff / *guide->value * 100.0),
                                         (*diff >= 0 ? u"+"_s : QString()) +
                                             FigureFormat::value(*diff, Unit::MillionsUsd));
            } else {
                text += u'\n' + tr("Actual: not reported yet");
            }
            outlook.points.append({slot,
                                   FigureText::toBillions(*guide->value),
                                   text + u'\n' + FigureText::provenance(*guide),
                                   {},
                                   false});
        }
    }
    // The latest total on top of its bar, so the scale of the ramp reads at a glance.
    if (lastWithRevenue >= 0) {
        for (ChartPoint &point : rest.points) {
            if (point.slot == lastWithRevenue) {
                const Figure *revenue = figures.find(quarters.at(lastWithRevenue), Metric::Revenue);
                point.label = FigureText::billions(*revenue->value);
            }
        }
    }
    const ChartSeriesSpec guided =
        guidedSeries(spec, input.guided, u"revenue"_s, tr("Revenue guided on the calls"), 1000.0);
    spec.series = withPoints({dataCenter, rest, growth, outlook, guided});
    QList<ChartPoint> totals = outlook.points;
    for (const FiscalQuarter &q : quarters) {
        if (const auto revenue = figures.value(q, Metric::Revenue))
            totals.append({0, FigureText::toBillions(*revenue), {}, {}, false});
    }
    spec.primaryLabelFormat = labelFormatFor(totals);
    const bool hasOutlook = !outlook.points.isEmpty();
    const QString company = figures.company();
    if (annual) {
        spec.title = tr("%1 annual revenue").arg(company);
    } else if (hasSegment) {
        spec.title = hasOutlook
                         ? tr("%1 quarterly revenue: data center and the rest, with the outlook").arg(company)
                         : tr("%1 quarterly revenue: data center and the rest").arg(company);
    } else {
        spec.title = hasOutlook ? tr("%1 quarterly revenue, with the outlook").arg(company)
                                : tr("%1 quarterly revenue").arg(company);
    }
    QStringList notes;
    if (hasSegment)
        notes << tr("Other revenue is revenue minus data center.");
    if (!growth.points.isEmpty())
        notes << tr("Growth is computed from the reported figures.");
    if (hasOutlook)
        notes << tr("The outlook is the one given in the previous quarter's release.");
    spec.sourceLine = sourceLine(input, metrics(), quarters, notes.join(u' '));
    if (growth.points.isEmpty())
        spec.secondaryAxisTitle.clear();
    else
        spec.secondaryLabelFormat = labelFormatFor(growth.points);
    return spec;
}
