#pragma once

#include "charts/ChartPalette.h"
#include "charts/ChartSpec.h"

#include <QSet>

#include <functional>

class QChart;
class QLegendMarker;
class QPainter;
class QRectF;

// Turns a ChartSpec into a QChart: category axis of quarters, value axes with their
// units, series styled by shape, labels next to points, and a source line under the
// legend. Every text is drawn as text, so SVG and PDF exports keep it. Hovering a point
// shows its tooltip from the spec.
class ChartRenderer
{
public:
    struct Options
    {
        ChartPalette palette = ChartPalette::light();
        QSet<QString> hiddenSeries; // drawn as a dimmed legend entry only
        // Called when a point of a series is clicked, with the series id and the slot.
        std::function<void(const QString &seriesId, int slot)> pointClicked;
        // Qt Charts' legend keeps one row and elides names that do not fit; exports draw
        // their own legend under the plot instead, wrapped onto as many rows as it needs.
        bool legendInFooter = false;
    };

    // The caller owns the chart.
    static QChart *render(const ChartSpec &spec, const Options &options);

    // The series id behind a legend marker, or an empty string for helper series.
    static QString seriesId(const QLegendMarker *marker);
    // A small picture of how the marker's series is drawn: a bar's fill, a line's stroke
    // (dashed where the series is dashed) or a scatter series' marker.
    static void paintLegendSwatch(QPainter &painter, QLegendMarker *marker, const QRectF &box);
};
