#include "ChartLegend.h"

#include "ChartRenderer.h"

#include <QAbstractSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QScatterSeries>
#include <QToolButton>
#include <QXYSeries>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSpacing = 2;
const char *const kSeriesProperty = "seriesId";

// A small picture of how the series is drawn: a bar's fill, a line's stroke (dashed where the
// series is dashed) or a scatter series' marker.
QIcon swatch(QLegendMarker *marker)
{
    const qreal ratio = 2.0;
    QPixmap pixmap(QSize(24, 14) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(2, 2, 20, 10);
    QAbstractSeries *series = marker->series();
    switch (series ? series->type() : QAbstractSeries::SeriesTypeBar) {
    case QAbstractSeries::SeriesTypeLine:
    case QAbstractSeries::SeriesTypeSpline: {
        QPen pen = static_cast<const QXYSeries *>(series)->pen();
        pen.setWidthF(std::clamp(pen.widthF(), 1.5, 3.0));
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        break;
    }
    case QAbstractSeries::SeriesTypeScatter: {
        const auto *scatter = static_cast<const QScatterSeries *>(series);
        QPen pen(scatter->borderColor(), std::clamp(scatter->pen().widthF(), 1.0, 2.0));
        painter.setPen(pen);
        painter.setBrush(scatter->brush());
        const QRectF dot(box.center() - QPointF(5, 5), QSizeF(10, 10));
        const QPointF top(dot.center().x(), dot.top());
        const QPointF bottom(dot.center().x(), dot.bottom());
        if (scatter->markerShape() == QScatterSeries::MarkerShapeRectangle)
            painter.drawRect(dot.adjusted(1, 1, -1, -1));
        else if (scatter->markerShape() == QScatterSeries::MarkerShapeRotatedRectangle)
            painter.drawPolygon(QPolygonF{top, QPointF(dot.right(), dot.center().y()), bottom,
                                          QPointF(dot.left(), dot.center().y())});
        else if (scatter->markerShape() == QScatterSeries::MarkerShapeTriangle)
            painter.drawPolygon(QPolygonF{top, dot.bottomRight(), dot.bottomLeft()});
        else
            painter.drawEllipse(dot);
        break;
    }
    default: {
        auto *bar = qobject_cast<QBarLegendMarker *>(marker);
        const QBrush brush = bar ? bar->barset()->brush() : marker->brush();
        painter.setPen(QPen(brush.color().darker(120)));
        painter.setBrush(brush);
        painter.drawRect(box.adjusted(4, 0, -4, 0));
        break;
    }
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"chartLegend"_s);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartLegend::setChart(const QChart *chart, const QSet<QString> &hiddenSeries)
{
    // A toggle rebuilds the legend: keep keyboard focus on the same series.
    QString focused;
    for (const QToolButton *button : std::as_const(m_buttons)) {
        if (button->hasFocus())
            focused = button->property(kSeriesProperty).toString();
    }
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const QList<QLegendMarker *> markers = chart ? chart->legend()->markers() : QList<QLegendMarker *>();
    for (QLegendMarker *marker : markers) {
        const QString id = ChartRenderer::seriesId(marker);
        if (id.isEmpty())
            continue;
        auto *button = new QToolButton(this);
        button->setObjectName(u"legend-"_s + id);
        button->setProperty(kSeriesProperty, id);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setChecked(!hiddenSeries.contains(id));
        button->setIcon(swatch(marker));
        button->setIconSize(QSize(24, 14));
        button->setText(QString(marker->label()).replace(u'&', u"&&"_s));
        button->setAccessibleName(marker->label());
        connect(button, &QToolButton::toggled, this, [this, id](bool on) { emit seriesToggled(id, on); });
        button->show();
        if (id == focused)
            button->setFocus(Qt::OtherFocusReason);
        m_buttons.append(button);
    }
    retranslate();
    flow(width(), true);
    updateGeometry();
}

QToolButton *ChartLegend::button(const QString &seriesId) const
{
    for (QToolButton *button : m_buttons) {
        if (button->property(kSeriesProperty).toString() == seriesId)
            return button;
    }
    return nullptr;
}

QStringList ChartLegend::seriesIds() const
{
    QStringList ids;
    for (const QToolButton *button : m_buttons)
        ids << button->property(kSeriesProperty).toString();
    return ids;
}

int ChartLegend::flow(int width, bool apply) const
{
    const QMargins margins(6, 0, 6, 2);
    const int right = std::max(width - margins.right(), margins.left() + 1);
    int x = margins.left();
    int y = margins.top();
    int rowHeight = 0;
    for (QToolButton *button : m_buttons) {
        const QSize hint = button->sizeHint();
        if (x > margins.left() && x + hint.width() > right) {
            x = margins.left();
            y += rowHeight + kSpacing;
            rowHeight = 0;
        }
        if (apply)
            button->setGeometry(QRect(QPoint(x, y), QSize(std::min(hint.width(), right - x), hint.height())));
        x += hint.width() + kSpacing;
        rowHeight = std::max(rowHeight, hint.height());
    }
    return m_buttons.isEmpty() ? 0 : y + rowHeight + margins.bottom();
}

int ChartLegend::heightForWidth(int width) const
{
    return flow(width, false);
}

QSize ChartLegend::sizeHint() const
{
    int width = 0;
    for (const QToolButton *button : m_buttons)
        width += button->sizeHint().width() + kSpacing;
    return {width, heightForWidth(std::max(width, 1))};
}

QSize ChartLegend::minimumSizeHint() const
{
    return {0, 0};
}

void ChartLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    flow(width(), true);
}

void ChartLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartLegend::retranslate()
{
    for (QToolButton *button : m_buttons)
        button->setToolTip(tr("Show or hide %1 in the chart").arg(button->accessibleName()));
}
