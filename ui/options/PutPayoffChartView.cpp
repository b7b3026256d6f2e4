#include "options/PutPayoffChartView.h"

#include "charts/ChartPalette.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QList<QPointF> verticalLine(double x, double low, double high)
{
    return {{x, low}, {x, high}};
}

} // namespace

PutPayoffChartView::PutPayoffChartView(QWidget *parent)
    : QChartView(new QChart, parent), m_atExpiry(new QLineSeries(this)),
      m_beforeExpiry(new QLineSeries(this)), m_strike(new QLineSeries(this)),
      m_breakeven(new QLineSeries(this)), m_marker(new QScatterSeries(this)), m_xAxis(new QValueAxis(this)),
      m_yAxis(new QValueAxis(this))
{
    setObjectName(u"putPayoffChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    // The chart is passed to the base: QChartView(parent) would make a default chart that a
    // later setChart() releases without deleting.
    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_xAxis->setLabelFormat(u"%.0f"_s);
    m_yAxis->setLabelFormat(u"%.0f"_s);
    for (QXYSeries *series :
         std::initializer_list<QXYSeries *>{m_atExpiry, m_beforeExpiry, m_strike, m_breakeven, m_marker}) {
        chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    m_marker->setMarkerSize(11);
    m_marker->setPointLabelsVisible(true);
    m_marker->setPointLabelsFormat(QString());
    m_marker->setPointLabelsClipping(false);
    applyPalette();
}

PutPayoffChartView::~PutPayoffChartView()
{
    // The view does not own the chart it shows (as in ChartPane); the chart owns its series.
    delete chart();
}

void PutPayoffChartView::setSpec(const PutPayoffSpec &spec)
{
    m_spec = spec;
    chart()->setTitle(spec.title);
    setAccessibleName(tr("Payoff chart: %1; click to move the marker").arg(spec.title));
    m_atExpiry->setName(spec.atExpiryName);
    m_atExpiry->replace(spec.atExpiry);
    m_beforeExpiry->setName(spec.beforeExpiryName);
    m_beforeExpiry->replace(spec.beforeExpiry);
    m_beforeExpiry->setVisible(!spec.beforeExpiry.isEmpty());

    double low = 0, high = 0;
    for (const QList<QPointF> *points : {&spec.atExpiry, &spec.beforeExpiry}) {
        for (const QPointF &point : *points) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
    }
    // Headroom above the flat premium line, where the marker's label goes.
    const double room = std::max(1.0, (high - low) * 0.12);
    low -= room;
    high += room;
    m_xAxis->setRange(spec.minPrice, spec.maxPrice);
    m_yAxis->setRange(low, high);
    // Round ticks; the lines below span the range the axis ends up with.
    m_xAxis->applyNiceNumbers();
    m_yAxis->applyNiceNumbers();
    low = m_yAxis->min();
    high = m_yAxis->max();
    m_strike->setName(tr("Strike %1").arg(PutCalculator::money(spec.strike)));
    m_strike->replace(spec.atExpiry.isEmpty() ? QList<QPointF>() : verticalLine(spec.strike, low, high));
    m_breakeven->setName(tr("Breakeven %1").arg(PutCalculator::money(spec.breakeven)));
    m_breakeven->replace(spec.atExpiry.isEmpty() ? QList<QPointF>()
                                                 : verticalLine(spec.breakeven, low, high));
    m_marker->setName(spec.markerLabel);
    m_marker->replace(spec.atExpiry.isEmpty() ? QList<QPointF>() : QList<QPointF>{spec.marker});
    m_marker->setPointLabelsFormat(spec.atExpiry.isEmpty() ? QString()
                                                           : PutCalculator::money(spec.marker.y()));
    m_xAxis->setTitleText(tr("Stock price (US$)"));
    m_yAxis->setTitleText(tr("Seller's profit or loss (US$)"));
}

QString PutPayoffChartView::legendHtml() const
{
    QStringList entries;
    for (const QXYSeries *series : std::initializer_list<const QXYSeries *>{
             m_atExpiry, m_beforeExpiry, m_strike, m_breakeven, m_marker}) {
        if (!series->isVisible() || series->points().isEmpty())
            continue;
        const QColor color = series == m_marker ? m_marker->color() : series->pen().color();
        entries << u"<span style=\"color:%1\">■</span>&nbsp;%2"_s.arg(color.name(),
                                                                      series->name().toHtmlEscaped());
    }
    return entries.join(u" &nbsp; "_s);
}

QByteArray PutPayoffChartView::exportBytes(ChartExporter::Format format)
{
    const QSizeF chartSize = size();
    QTextDocument legend;
    legend.setDefaultFont(font());
    legend.setHtml(legendHtml());
    legend.setTextWidth(chartSize.width());
    const qreal legendHeight = legend.size().height();
    const QSizeF layout(chartSize.width(), chartSize.height() + legendHeight);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPainter painter;
    switch (format) {
    case ChartExporter::Format::Png: {
        QImage image((layout * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(chart()->backgroundBrush().color());
        if (!painter.begin(&image))
            return {};
        paintExport(painter, layout, legendHeight);
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return {};
        break;
    }
    case ChartExporter::Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(layout.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), layout));
        generator.setTitle(m_spec.title);
        if (!painter.begin(&generator))
            return {};
        paintExport(painter, layout, legendHeight);
        painter.end();
        break;
    }
    case ChartExporter::Format::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(layout * 72.0 / 96, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(m_spec.title);
        if (!painter.begin(&writer))
            return {};
        paintExport(painter, layout, legendHeight);
        painter.end();
        break;
    }
    }
    return bytes;
}

void PutPayoffChartView::paintExport(QPainter &painter, const QSizeF &layout, qreal legendHeight)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), layout), chart()->backgroundBrush());
    const QRectF chartArea(0, 0, layout.width(), layout.height() - legendHeight);
    scene()->render(&painter, chartArea, sceneRect());
    QTextDocument legend;
    legend.setDefaultFont(font());
    legend.setHtml(legendHtml());
    legend.setTextWidth(layout.width());
    painter.translate(0, chartArea.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, ChartPalette::forPalette(palette()).text);
    legend.documentLayout()->draw(&painter, context);
}

void PutPayoffChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        moveMarkerTo(event->position());
    QChartView::mousePressEvent(event);
}

void PutPayoffChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveMarkerTo(event->position());
    QChartView::mouseMoveEvent(event);
}

void PutPayoffChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void PutPayoffChartView::moveMarkerTo(const QPointF &viewPosition)
{
    if (m_spec.atExpiry.isEmpty() || !chart()->plotArea().contains(mapToScene(viewPosition.toPoint())))
        return;
    const QPointF value =
        chart()->mapToValue(chart()->mapFromScene(mapToScene(viewPosition.toPoint())), m_atExpiry);
    // Whole cents, as a price is quoted.
    emit markerMoved(std::round(std::clamp(value.x(), m_spec.minPrice, m_spec.maxPrice) * 100) / 100);
}

void PutPayoffChartView::applyPalette()
{
    const ChartPalette colors = ChartPalette::forPalette(palette());
    chart()->setBackgroundBrush(colors.background);
    chart()->setPlotAreaBackgroundBrush(colors.plotBackground);
    chart()->setPlotAreaBackgroundVisible(true);
    chart()->setTitleBrush(colors.text);
    chart()->legend()->setLabelColor(colors.text);
    for (QValueAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsColor(colors.mutedText);
        axis->setTitleBrush(colors.mutedText);
        axis->setGridLineColor(colors.grid);
        axis->setLinePenColor(colors.axis);
    }
    m_atExpiry->setPen(QPen(colors.color(ChartPalette::Role::DataCenter), 2.5));
    m_beforeExpiry->setPen(QPen(colors.color(ChartPalette::Role::Estimate), 2, Qt::DashLine));
    m_strike->setPen(QPen(colors.color(ChartPalette::Role::Statement), 1.5, Qt::DotLine));
    m_breakeven->setPen(QPen(colors.color(ChartPalette::Role::NetMargin), 1.5, Qt::DashDotLine));
    m_marker->setColor(colors.color(ChartPalette::Role::Linked));
    m_marker->setBorderColor(colors.text);
    m_marker->setPointLabelsColor(colors.text);
}
