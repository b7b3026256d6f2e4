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
    return {
        Metric::GaapGrossMargin, Metric::NonGaapGrossMargin,          Metric::GaapOperatingIncome,
        Metric::GaapNetIncome,   Metric::NextGaapGrossMarginGuidance, Metric::NextNonGaapGrossMarginGuidance};
}

QString MarginChartBuilder::missingFigures(const QString &company) const
{
    return tr("no gross margin, operating income or net income for %1 yet; File > Import Financials… adds "
              "them from SEC company facts (.json) or CSV")
        .arg(company);
}

ChartSpec MarginChartBuilder::build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const
{
    // A company the library has by fiscal year only gets the margins of its years.
    const FigureSet figures = input.figures.chartView();
    ChartSpec spec;
    spec.quarters = quarters;
    spec.annual = figures.isAnnual();
    spec.xAxisTitle = spec.annual ? tr("Fiscal year") : tr("Fiscal quarter");
    spec.primaryAxisTitle = tr("Margin (% of revenue)");
    spec.primaryMin = 0;

    ChartSeriesSpec gaap = ChartSeriesSpec::make(u"gaapGross"_s, tr("GAAP gross margin"), SeriesShape::Line,
                                                 ChartPalette::Role::GaapMargin);
    ChartSeriesSpec nonGaap = ChartSeriesSpec::make(u"nonGaapGross"_s, tr("Non-GAAP gross margin"),
                                                    SeriesShape::Line, ChartPalette::Role::NonGaapMargin);
    ChartSeriesSpec operating = ChartSeriesSpec::make(u"operatingMargin"_s, tr("Operating margin (computed)"),
                                                      SeriesShape::DashedLine, ChartPalette::Role::Growth);
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
        if (const auto margin = figures.operatingMargin(q)) {
            operating.points.append(
                {slot,
                 *margin,
                 heading + u'\n' +
                     tr("Operating margin: %1 (computed: GAAP operating income %2 / revenue %3)")
                         .arg(FigureFormat::value(*margin, Unit::Percent),
                              FigureFormat::value(*figures.find(q, Metric::GaapOperatingIncome)),
                              FigureFormat::value(*figures.find(q, Metric::Revenue))),
                 {},
                 false});
        }
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
        // A computed margin's note is its arithmetic, which the tooltip already shows.
        const Figure *noted = figures.find(q, Metric::GaapGrossMargin);
        const bool computed = noted && (noted->status == u"computed"_s || noted->status == u"derived"_s);
        if (noted && !computed && !noted->note.isEmpty() && !gaap.points.isEmpty() &&
            gaap.points.last().slot == slot) {
            gaap.points.last().label = noted->note.section(u';', 0, 0).trimmed();
            gaap.points.last().labelBelow = true;
        }
    }
    // What the calls guided, beside the quarter it was for.
    const ChartSeriesSpec guided =
        guidedSeries(spec, input.guided, u"margins"_s, tr("Gross margin guided on the calls"), 1);
    spec.series = withPoints({gaap, nonGaap, operating, net, gaapOutlook, nonGaapOutlook, guided});
    const QString company = figures.company();
    const bool hasOutlook = !gaapOutlook.points.isEmpty() || !nonGaapOutlook.points.isEmpty();
    const bool hasGross = !gaap.points.isEmpty() || !nonGaap.points.isEmpty();
    // With nothing to show the pane replaces the title with what is missing; NVIDIA's
    // gross and net margins keep the title they always had.
    const bool nothing = !hasGross && operating.points.isEmpty() && net.points.isEmpty();
    if (nothing || (hasGross && !net.points.isEmpty() && operating.points.isEmpty())) {
        spec.title =
            hasOutlook
                ? tr("%1 gross and net margin against the outlook given a quarter earlier").arg(company)
                : tr("%1 gross and net margin").arg(company);
    } else {
        QStringList shown;
        if (!gaap.points.isEmpty())
            shown << tr("GAAP gross");
        if (!nonGaap.points.isEmpty())
            shown << tr("non-GAAP gross");
        if (!operating.points.isEmpty())
            shown << tr("operating");
        if (!net.points.isEmpty())
            shown << tr("net");
        // Joined through tr() rather than QLocale, so the title follows the interface's
        // language, not the system's.
        const QString last = shown.takeLast();
        const QString list = shown.isEmpty() ? last : tr("%1 and %2").arg(shown.join(tr(", ")), last);
        spec.title = hasOutlook
                         ? tr("%1 %2 margin against the outlook given a quarter earlier").arg(company, list)
                         : tr("%1 %2 margin").arg(company, list);
    }
    if (spec.annual)
        spec.title = tr("%1, by fiscal year").arg(spec.title);
    QStringList notes;
    if (!operating.points.isEmpty())
        notes << tr("Operating margin is computed (GAAP operating income / revenue).");
    if (!net.points.isEmpty())
        notes << tr("Net margin is computed (GAAP net income / revenue).");
    if (hasOutlook)
        notes << tr("Hollow markers are the gross margin outlook from the previous quarter's release.");
    spec.sourceLine = sourceLine(input, metrics(), quarters, notes.join(u' '));
    return spec;
}
