#include "charts/ChartBuilder.h"

#include "charts/MarginChartBuilder.h"
#include "charts/ProductRampChartBuilder.h"
#include "charts/RevenueChartBuilder.h"
#include "figures/FigureSource.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

QStringList ChartBuilder::ids()
{
    return {u"revenue"_s, u"margin"_s, u"product"_s};
}

std::unique_ptr<ChartBuilder> ChartBuilder::create(const QString &id)
{
    if (id == u"revenue"_s)
        return std::make_unique<RevenueChartBuilder>();
    if (id == u"margin"_s)
        return std::make_unique<MarginChartBuilder>();
    if (id == u"product"_s || id == u"blackwell"_s)
        return std::make_unique<ProductRampChartBuilder>();
    return nullptr;
}

std::pair<FiscalQuarter, FiscalQuarter> ChartBuilder::defaultRange(const ChartInput &input) const
{
    const QList<FiscalQuarter> all = input.figures.quarters();
    if (all.isEmpty())
        return {};
    const ChartSpec full = build(input, all);
    int first = int(all.size());
    int last = -1;
    for (const ChartSeriesSpec &s : full.series) {
        for (const ChartPoint &p : s.points) {
            first = std::min(first, p.slot);
            last = std::max(last, p.slot);
        }
    }
    if (last < 0)
        return {all.first(), all.last()};
    return {all.at(first), all.at(last)};
}

QList<FiscalQuarter> ChartBuilder::quartersBetween(const FigureSet &figures, const FiscalQuarter &from,
                                                   const FiscalQuarter &to)
{
    QList<FiscalQuarter> result;
    for (const FiscalQuarter &q : figures.quarters()) {
        if (q >= from && q <= to)
            result.append(q);
    }
    return result;
}

bool ChartBuilder::hasFiguresFor(const FigureSet &figures) const
{
    const QStringList keys = metrics();
    return std::any_of(figures.figures().cbegin(), figures.figures().cend(), [&](const Figure &f) {
        return keys.contains(f.metric) || (f.metric.startsWith(Metric::AnnualPrefix) &&
                                           keys.contains(f.metric.mid(Metric::AnnualPrefix.size())));
    });
}

QString ChartBuilder::labelFormatFor(const QList<ChartPoint> &points)
{
    double extent = 0;
    for (const ChartPoint &p : points)
        extent = std::max(extent, std::abs(p.value));
    return extent >= 10 ? u"%.0f"_s : extent >= 1 ? u"%.1f"_s : u"%.2f"_s;
}

QList<ChartSeriesSpec> ChartBuilder::withPoints(const QList<ChartSeriesSpec> &series)
{
    QList<ChartSeriesSpec> result;
    std::copy_if(series.cbegin(), series.cend(), std::back_inserter(result),
                 [](const ChartSeriesSpec &s) { return !s.points.isEmpty(); });
    return result;
}

QString ChartBuilder::sourceLine(const ChartInput &input, const QStringList &metrics,
                                 const QList<FiscalQuarter> &quarters, const QString &derivedNote)
{
    // The documents the drawn figures come from, so an exported chart says where to look
    // without the app; the library's own description (in the language it was written in) only
    // when the figures name no source.
    QList<Figure> shown;
    for (const Figure &figure : input.figures.figures()) {
        if (metrics.contains(figure.metric) && quarters.contains(figure.quarter))
            shown.append(figure);
    }
    QString source = FigureSource::summary(shown);
    if (source.isEmpty())
        source = input.sourceDescription.isEmpty()
                     ? tr("%1 figures stored in the Earnings Reader library").arg(input.company)
                     : input.sourceDescription;
    return tr("Source: %1.\n%2").arg(source, derivedNote);
}

ChartSeriesSpec ChartBuilder::guidedSeries(const ChartSpec &spec, const QList<GuidedRange> &ranges,
                                           const QString &group, const QString &name, double scale)
{
    ChartSeriesSpec series = ChartSeriesSpec::make(GuidedRange::seriesId(group), name, SeriesShape::Range,
                                                   ChartPalette::Role::Outlook);
    series.slotOffset = 0.3;
    QMap<int, ChartPoint> bySlot;
    for (const GuidedRange &range : ranges) {
        const int slot = spec.slotOf(range.quarter);
        if (GuidedRange::groupOf(range.metric) != group || slot < 0)
            continue;
        const double low = range.low / scale;
        const double high = range.high / scale;
        auto it = bySlot.find(slot);
        if (it == bySlot.end()) {
            ChartPoint point{slot, high, range.text, {}, false};
            point.low = low;
            bySlot.insert(slot, point);
        } else {
            it->low = std::min(*it->low, low);
            it->value = std::max(it->value, high);
            it->tooltip += u"\n\n"_s + range.text;
        }
    }
    series.points = bySlot.values();
    return series;
}
