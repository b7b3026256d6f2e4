#include "charts/ChartLegend.h"

#include "charts/ChartRenderer.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSpacing = 2;
const char *const kSeriesProperty = "seriesId";

QIcon swatch(QLegendMarker *marker)
{
    const qreal ratio = 2.0;
    QPixmap pixmap(QSize(24, 14) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    ChartRenderer::paintLegendSwatch(painter, marker, QRectF(2, 2, 20, 10));
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
