#pragma once

#include "charts/ChartExporter.h"
#include "options/PutPayoff.h"

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The payoff chart of a sold put: the result at expiry, the value before expiry when a
// volatility is given, the strike and breakeven as vertical lines, and the "stock at X"
// marker, which the user moves by clicking or dragging in the plot.
class PutPayoffChartView : public QChartView
{
    Q_OBJECT
public:
    explicit PutPayoffChartView(QWidget *parent = nullptr);
    ~PutPayoffChartView() override;

    void setSpec(const PutPayoffSpec &spec);
    const PutPayoffSpec &spec() const { return m_spec; }

    QLineSeries *atExpirySeries() const { return m_atExpiry; }
    QLineSeries *beforeExpirySeries() const { return m_beforeExpiry; }
    QScatterSeries *markerSeries() const { return m_marker; }
    QLineSeries *strikeSeries() const { return m_strike; }
    QLineSeries *breakevenSeries() const { return m_breakeven; }

    // The visible series, each with a swatch of its colour, for a legend that wraps.
    QString legendHtml() const;
    // The chart as laid out on screen with its legend under it, as a file's bytes: a PNG at
    // twice the pixels, or SVG and PDF with text kept as text. Empty if it could not be drawn.
    QByteArray exportBytes(ChartExporter::Format format);

signals:
    // The user put the marker at this stock price.
    void markerMoved(double price);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void moveMarkerTo(const QPointF &viewPosition);
    void applyPalette();
    // Draws the chart and, under it, the legend wrapped to the chart's width.
    void paintExport(QPainter &painter, const QSizeF &layout, qreal legendHeight);

    PutPayoffSpec m_spec;
    QLineSeries *m_atExpiry;
    QLineSeries *m_beforeExpiry;
    QLineSeries *m_strike;
    QLineSeries *m_breakeven;
    QScatterSeries *m_marker;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
};
