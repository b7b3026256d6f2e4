#include "charts/ChartSpec.h"

ChartSeriesSpec ChartSeriesSpec::make(const QString &id, const QString &name, SeriesShape shape,
                                      ChartPalette::Role color)
{
    ChartSeriesSpec spec;
    spec.id = id;
    spec.name = name;
    spec.shape = shape;
    spec.color = color;
    return spec;
}

const ChartPoint *ChartSeriesSpec::pointAt(int slot) const
{
    for (const ChartPoint &point : points) {
        if (point.slot == slot)
            return &point;
    }
    return nullptr;
}

bool ChartSpec::hasData() const
{
    if (quarters.isEmpty())
        return false;
    for (const ChartSeriesSpec &s : series) {
        if (!s.points.isEmpty())
            return true;
    }
    return false;
}

const ChartSeriesSpec *ChartSpec::find(const QString &id) const
{
    for (const ChartSeriesSpec &s : series) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}
