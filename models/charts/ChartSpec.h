#pragma once

#include "charts/ChartPalette.h"
#include "figures/FinancialFigures.h"

#include <QList>
#include <QString>

#include <optional>

// What a chart pane draws, as plain values built from a FigureSet: the renderer turns a
// spec into a QChart, the exporter renders the same spec at another size, and tests read
// the spec to check what is shown. Nothing in a spec is a copy kept by a widget: a pane
// builds a new one from the store whenever the figures, range or company change.

// A point of a series at a quarter's slot (its index in ChartSpec::quarters).
struct ChartPoint
{
    int slot = 0;
    double value = 0; // in the axis's display unit (US$ billions, percent)
    QString tooltip;  // the exact value, what it is and where it comes from
    QString label;    // drawn next to the point when not empty
    bool labelBelow = false;
    // For a range: its lower end; value is the upper end.
    std::optional<double> low;
};

enum class SeriesShape {
    StackedBar,   // one layer of the stacked bars
    Bar,          // plain bars
    Line,         // solid line with points
    DashedLine,   // computed or estimated values
    Marker,       // filled markers
    HollowMarker, // outlined markers: outlooks, estimates
    Range,        // a vertical bar from ChartPoint::low to value: a range guided on a call
};

enum class MarkerStyle { Circle, Square, Diamond, Triangle };

struct ChartSeriesSpec
{
    QString id; // stable across rebuilds, for legend toggles and tests
    QString name;
    SeriesShape shape = SeriesShape::Line;
    ChartPalette::Role color = ChartPalette::Role::DataCenter;
    bool secondaryAxis = false;
    double slotOffset = 0; // markers drawn beside a bar rather than on it
    // Markers with no value to plot (a statement, a linked passage) sit in a row along the
    // top of the plot instead: 0 is the top row.
    int topRow = -1;
    MarkerStyle marker = MarkerStyle::Circle;
    QList<ChartPoint> points;

    static ChartSeriesSpec make(const QString &id, const QString &name, SeriesShape shape,
                                ChartPalette::Role color);
    const ChartPoint *pointAt(int slot) const;
};

struct ChartSpec
{
    QString title;
    QString sourceLine;            // may hold several lines
    QList<FiscalQuarter> quarters; // the categories, oldest first
    bool annual = false;           // each category a fiscal year, filed under its fourth quarter
    QString xAxisTitle;
    QString primaryAxisTitle;
    QString secondaryAxisTitle; // empty: no second axis
    QString primaryLabelFormat = QStringLiteral("%.0f");
    QString secondaryLabelFormat = QStringLiteral("%.0f");
    std::optional<double> primaryMin; // default: from the data, 0 for bars
    QList<ChartSeriesSpec> series;
    std::optional<int> highlightSlot;

    bool hasData() const;
    const ChartSeriesSpec *find(const QString &id) const;
    int slotOf(const FiscalQuarter &quarter) const { return int(quarters.indexOf(quarter)); }
};
