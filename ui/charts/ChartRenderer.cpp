#include "charts/ChartRenderer.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QPointer>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTextLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Pixel sizes, not points: the same chart is drawn on screen, into a 2x image, into SVG
// and into PDF, and pixel-sized text keeps one layout for all of them.
namespace FontSize {
constexpr int Title = 16;
constexpr int AxisTitle = 11;
constexpr int Labels = 10;
constexpr int Legend = 11;
constexpr int Callout = 10;
constexpr int Source = 9;
} // namespace FontSize

// Breaks each paragraph of text into lines no wider than width (Unicode line breaking, so
// Chinese breaks between characters and English between words).
QString wrapToWidth(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(width, 50.0));
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines.join(u'\n');
}

constexpr int kSourceLineHeight = 13;
constexpr qreal kMinWrapWidth = 160;
constexpr qreal kLegendRowHeight = 18;

QFont chartFont(int pixelSize, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// Marks series that are only there to draw something (a highlight band, the later runs
// of a line with gaps); their legend entries are hidden.
const char *const kHelperProperty = "erHelperSeries";

void showTooltip(const QString &text)
{
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text);
}

void hideTooltip()
{
    QToolTip::hideText();
}

QScatterSeries::MarkerShape markerShape(MarkerStyle style)
{
    switch (style) {
    case MarkerStyle::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case MarkerStyle::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case MarkerStyle::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case MarkerStyle::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

struct AxisRange
{
    double min = 0;
    double max = 1;
};

// Lines and bars of hidden series do not stretch the axis, unless everything is hidden.
AxisRange dataRange(const ChartSpec &spec, bool secondary, const QSet<QString> &hidden)
{
    bool hasBars = false;
    for (int pass = 0; pass < 2; ++pass) {
        double low = std::numeric_limits<double>::max();
        double high = std::numeric_limits<double>::lowest();
        QHash<int, double> stacked;
        for (const ChartSeriesSpec &s : spec.series) {
            if (s.secondaryAxis != secondary || s.topRow >= 0)
                continue;
            if (pass == 0 && hidden.contains(s.id))
                continue;
            for (const ChartPoint &p : s.points) {
                double value = p.value;
                if (s.shape == SeriesShape::StackedBar) {
                    hasBars = true;
                    value = stacked[p.slot] += p.value;
                } else if (s.shape == SeriesShape::Bar) {
                    hasBars = true;
                }
                low = std::min({low, value, p.low.value_or(value)});
                high = std::max(high, value);
            }
        }
        if (low <= high)
            return {hasBars ? std::min(0.0, low) : low, high};
    }
    return {0, 1};
}

// Room between two callouts, so that neighbouring ones read as two.
constexpr qreal kCalloutGap = 4;

struct Callout
{
    QGraphicsSimpleTextItem *item;
    QAbstractSeries *series;
    QPointF value;
    bool below;
};

// Lines and markers of the visible series, in the chart's coordinates: what a callout
// should not cover.
struct ChartObstacles
{
    QList<QLineF> segments;
    QList<std::pair<QPointF, qreal>> markers; // centre, radius

    explicit ChartObstacles(QChart *chart)
    {
        for (QAbstractSeries *series : chart->series()) {
            auto *xy = qobject_cast<QXYSeries *>(series);
            if (!xy || !xy->isVisible())
                continue;
            const qreal radius = xy->pointsVisible() || series->type() == QAbstractSeries::SeriesTypeScatter
                                     ? xy->markerSize() / 2
                                     : 0;
            QPointF previous;
            const QList<QPointF> points = xy->points();
            for (qsizetype i = 0; i < points.size(); ++i) {
                const QPointF at = chart->mapToPosition(points.at(i), series);
                if (series->type() == QAbstractSeries::SeriesTypeLine && i > 0)
                    segments.append(QLineF(previous, at));
                if (radius > 0)
                    markers.append({at, radius});
                previous = at;
            }
        }
    }

    int hits(const QRectF &box) const
    {
        int count = 0;
        const QList<QLineF> edges{
            QLineF(box.topLeft(), box.topRight()), QLineF(box.topRight(), box.bottomRight()),
            QLineF(box.bottomRight(), box.bottomLeft()), QLineF(box.bottomLeft(), box.topLeft())};
        for (const QLineF &segment : segments) {
            bool crosses = box.contains(segment.p1()) || box.contains(segment.p2());
            for (qsizetype e = 0; !crosses && e < edges.size(); ++e)
                crosses = segment.intersects(edges.at(e), nullptr) == QLineF::BoundedIntersection;
            count += crosses;
        }
        for (const auto &[centre, radius] : markers)
            count += box.adjusted(-radius, -radius, radius, radius).contains(centre);
        return count;
    }
};

// Each callout goes next to its point, on the side asked for, unless a line or marker is in
// the way: then beyond the lowest (or highest) point of its quarter, then the other side.
void placeCalloutsClear(QChart *chart, const QList<Callout> &callouts)
{
    const QRectF plot = chart->plotArea();
    const ChartObstacles obstacles(chart);
    QList<QRectF> placed;
    for (const Callout &c : callouts) {
        c.item->setVisible(c.series->isVisible());
        if (!c.series->isVisible())
            continue;
        const QPointF at = chart->mapToPosition(c.value, c.series);
        const QSizeF size = c.item->boundingRect().size();
        qreal lowest = at.y();
        qreal highest = at.y();
        qreal reach = 0;
        for (const auto &[centre, radius] : obstacles.markers) {
            if (std::abs(centre.x() - at.x()) < 1) {
                lowest = std::max(lowest, centre.y() + radius);
                highest = std::min(highest, centre.y() - radius);
                reach = std::max(reach, radius);
            }
        }
        const qreal below = at.y() + std::max<qreal>(9, reach + 2);
        const qreal belowAll = lowest + 4;
        const qreal above = at.y() - size.height() - std::max<qreal>(8, reach + 2);
        const qreal aboveAll = highest - size.height() - 4;
        // Then further rows on the same sides, and each row shifted half a label either way:
        // in a narrow pane the labels of neighbouring quarters are wider than a quarter.
        const qreal step = size.height() + 2;
        QList<qreal> rows = c.below ? QList<qreal>{below, belowAll, above, aboveAll}
                                    : QList<qreal>{above, aboveAll, below, belowAll};
        for (int level = 1; level <= 3; ++level) {
            rows << (c.below ? QList<qreal>{below + level * step, above - level * step}
                             : QList<qreal>{above - level * step, below + level * step});
        }
        QRectF best;
        int fewest = std::numeric_limits<int>::max();
        for (qsizetype r = 0; r < rows.size() && fewest > 0; ++r) {
            for (const qreal shift : {0.0, -0.5, 0.5}) {
                QRectF box(QPointF(at.x() - size.width() * (0.5 - shift), rows.at(r)), size);
                box.moveLeft(std::clamp(box.left(), plot.left() + 2,
                                        std::max(plot.left() + 2, plot.right() - size.width() - 2)));
                box.moveTop(std::clamp(box.top(), plot.top() + 1,
                                       std::max(plot.top() + 1, plot.bottom() - size.height() - 1)));
                // A label must still point at its quarter after the clamp.
                if (std::abs(box.center().x() - at.x()) > size.width() / 2 + 1 && shift != 0.0)
                    continue;
                int hits = obstacles.hits(box);
                // Touching labels read as one word ("outlookoutlook"): a gap between them.
                const QRectF spaced = box.adjusted(-kCalloutGap, -1, kCalloutGap, 1);
                for (const QRectF &other : std::as_const(placed))
                    hits += other.intersects(spaced) ? 2 : 0;
                if (hits < fewest) {
                    fewest = hits;
                    best = box;
                }
                if (hits == 0)
                    break;
            }
        }
        c.item->setPos(best.topLeft());
        placed.append(best);
    }
}

// A legend entry's swatch drawn in the chart itself, so SVG and PDF keep it as vectors.
class SwatchItem : public QGraphicsItem
{
public:
    static constexpr QSizeF kSize{22, 12};

    SwatchItem(QLegendMarker *marker, QGraphicsItem *parent) : QGraphicsItem(parent), m_marker(marker) {}
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), kSize); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_marker)
            ChartRenderer::paintLegendSwatch(*painter, m_marker, boundingRect());
    }

private:
    QPointer<QLegendMarker> m_marker;
};

class ChartBuilder
{
public:
    ChartBuilder(const ChartSpec &spec, const ChartRenderer::Options &options)
        : m_spec(spec), m_options(options), m_palette(options.palette), m_chart(new QChart)
    {}

    QChart *build()
    {
        setUpChart();
        setUpAxes();
        addHighlight();
        addBars();
        for (const ChartSeriesSpec &s : m_spec.series) {
            switch (s.shape) {
            case SeriesShape::Line:
            case SeriesShape::DashedLine:
                addLine(s);
                break;
            case SeriesShape::Marker:
            case SeriesShape::HollowMarker:
                addMarkers(s);
                break;
            case SeriesShape::Range:
                addRanges(s);
                break;
            default:
                break;
            }
        }
        styleLegend();
        addFooter();
        placeCallouts();
        // With nothing to plot, axes would only show a made-up scale; the title says why.
        if (!m_spec.hasData()) {
            for (QAbstractAxis *axis : m_chart->axes())
                axis->setVisible(false);
        }
        return m_chart;
    }

private:
    void setUpChart()
    {
        m_chart->setTheme(m_palette.isDark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->setBackgroundRoundness(0);
        m_chart->setDropShadowEnabled(false);
        m_chart->setBackgroundBrush(m_palette.background);
        m_chart->setPlotAreaBackgroundVisible(false);
        m_chart->setTitle(m_spec.title);
        // Qt Charts elides a long title; a narrow pane gets it on two lines instead.
        QChart *chart = m_chart;
        const QString title = m_spec.title.toHtmlEscaped();
        const auto wrapTitle = [chart, title] {
            if (chart->rect().width() < kMinWrapWidth)
                return;
            const QString wrapped = wrapToWidth(title, chart->titleFont(), chart->rect().width() - 64);
            const QString html = QString(wrapped).replace(u'\n', u"<br>"_s);
            if (chart->title() != html)
                chart->setTitle(html);
        };
        QObject::connect(m_chart, &QGraphicsWidget::geometryChanged, m_chart, wrapTitle);
        m_chart->setTitleFont(chartFont(FontSize::Title, true));
        m_chart->setTitleBrush(m_palette.text);
        const int sourceLines = m_spec.sourceLine.isEmpty() ? 0 : int(m_spec.sourceLine.count(u'\n')) + 1;
        m_chart->setMargins(QMargins(8, 4, 8, 6 + sourceLines * kSourceLineHeight));
        QLegend *legend = m_chart->legend();
        legend->setAlignment(Qt::AlignBottom);
        legend->setFont(chartFont(FontSize::Legend));
        legend->setLabelColor(m_palette.text);
        legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
        legend->setShowToolTips(true);
    }

    QValueAxis *valueAxis(const QString &title, const QString &format, Qt::Alignment alignment, bool grid)
    {
        auto *axis = new QValueAxis;
        axis->setTitleText(title);
        axis->setTitleFont(chartFont(FontSize::AxisTitle));
        axis->setTitleBrush(m_palette.text);
        axis->setLabelFormat(format);
        axis->setLabelsFont(chartFont(FontSize::Labels));
        axis->setLabelsColor(m_palette.text);
        axis->setLinePenColor(m_palette.axis);
        axis->setGridLineColor(m_palette.grid);
        axis->setGridLineVisible(grid);
        axis->setMinorGridLineVisible(false);
        m_chart->addAxis(axis, alignment);
        return axis;
    }

    void setUpAxes()
    {
        m_xAxis = new QBarCategoryAxis;
        QStringList categories;
        for (const FiscalQuarter &q : m_spec.quarters)
            categories.append(m_spec.annual ? q.yearLabel() : q.shortLabel());
        m_xAxis->setCategories(categories);
        m_xAxis->setTitleText(m_spec.xAxisTitle);
        m_xAxis->setTitleFont(chartFont(FontSize::AxisTitle));
        m_xAxis->setTitleBrush(m_palette.text);
        m_xAxis->setLabelsFont(chartFont(FontSize::Labels));
        m_xAxis->setLabelsColor(m_palette.text);
        m_xAxis->setLinePenColor(m_palette.axis);
        m_xAxis->setGridLineVisible(false);
        // Qt Charts elides a label to its category's width ("Q1 F…" in a narrow pane): the
        // labels stand upright instead once a category is narrower than the widest label, so
        // whole labels fit. Decided on each layout, since the pane's width changes.
        m_xAxis->setTruncateLabels(false);
        const QFontMetricsF metrics(m_xAxis->labelsFont());
        qreal widest = 0;
        for (const QString &category : std::as_const(categories))
            widest = std::max(widest, metrics.horizontalAdvance(category));
        QBarCategoryAxis *axis = m_xAxis;
        const auto fitLabels = [axis, widest](const QRectF &plot) {
            const int count = axis->count();
            const bool upright = count > 10 || (count > 0 && plot.width() / count < widest + 6);
            if ((axis->labelsAngle() == -90) != upright)
                axis->setLabelsAngle(upright ? -90 : 0);
        };
        QObject::connect(m_chart, &QChart::plotAreaChanged, axis, fitLabels);
        if (categories.size() > 10)
            m_xAxis->setLabelsAngle(-90);
        m_chart->addAxis(m_xAxis, Qt::AlignBottom);

        m_yAxis = valueAxis(m_spec.primaryAxisTitle, m_spec.primaryLabelFormat, Qt::AlignLeft, true);
        AxisRange range = dataRange(m_spec, false, m_options.hiddenSeries);
        if (m_spec.primaryMin)
            range.min = std::min(*m_spec.primaryMin, range.min);
        // Headroom for the labels above points and for statements along the top.
        const double span = std::max(range.max - range.min, 1.0);
        m_yAxis->setRange(range.min, range.max + span * 0.18);
        m_yAxis->applyNiceNumbers();
        if (m_spec.primaryMin && m_yAxis->min() < *m_spec.primaryMin && range.min >= *m_spec.primaryMin)
            m_yAxis->setMin(*m_spec.primaryMin);

        if (!m_spec.secondaryAxisTitle.isEmpty()) {
            m_y2Axis =
                valueAxis(m_spec.secondaryAxisTitle, m_spec.secondaryLabelFormat, Qt::AlignRight, false);
            const AxisRange r2 = dataRange(m_spec, true, m_options.hiddenSeries);
            const double span2 = std::max(r2.max - r2.min, 1.0);
            m_y2Axis->setRange(std::min(0.0, r2.min), r2.max + span2 * 0.1);
            m_y2Axis->applyNiceNumbers();
        }
    }

    void attach(QAbstractSeries *series, bool secondary)
    {
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(secondary && m_y2Axis ? m_y2Axis : m_yAxis);
    }

    void addHighlight()
    {
        if (!m_spec.highlightSlot)
            return;
        const double x = *m_spec.highlightSlot;
        auto *upper = new QLineSeries;
        upper->append(x - 0.5, m_yAxis->max());
        upper->append(x + 0.5, m_yAxis->max());
        auto *lower = new QLineSeries;
        lower->append(x - 0.5, m_yAxis->min());
        lower->append(x + 0.5, m_yAxis->min());
        auto *band = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its boundary lines.
        upper->setParent(band);
        lower->setParent(band);
        band->setObjectName(u"highlight"_s);
        band->setProperty(kHelperProperty, true);
        band->setBrush(m_options.palette.color(ChartPalette::Role::Highlight));
        band->setPen(Qt::NoPen);
        attach(band, false);
    }

    void addBars()
    {
        QList<const ChartSeriesSpec *> stacked;
        QList<const ChartSeriesSpec *> plain;
        for (const ChartSeriesSpec &s : m_spec.series) {
            if (s.shape == SeriesShape::StackedBar)
                stacked.append(&s);
            else if (s.shape == SeriesShape::Bar)
                plain.append(&s);
        }
        if (!stacked.isEmpty())
            addBarSeries(new QStackedBarSeries, stacked);
        if (!plain.isEmpty())
            addBarSeries(new QBarSeries, plain);
    }

    void addBarSeries(QAbstractBarSeries *series, const QList<const ChartSeriesSpec *> &specs)
    {
        series->setBarWidth(0.62);
        for (const ChartSeriesSpec *s : specs) {
            auto *set = new QBarSet(s->name);
            set->setObjectName(s->id);
            const bool hidden = m_options.hiddenSeries.contains(s->id);
            for (int slot = 0; slot < m_spec.quarters.size(); ++slot) {
                const ChartPoint *point = s->pointAt(slot);
                // A missing value is an empty slot, never a zero someone reported.
                set->append(point && !hidden ? point->value : 0.0);
            }
            set->setColor(m_palette.color(s->color));
            set->setBorderColor(m_palette.background);
            set->setLabelColor(m_palette.text);
            const ChartSeriesSpec spec = *s;
            QObject::connect(set, &QBarSet::hovered, m_chart, [spec, hidden](bool status, int index) {
                const ChartPoint *point = spec.pointAt(index);
                if (status && point && !hidden)
                    showTooltip(point->tooltip);
                else
                    hideTooltip();
            });
            if (m_options.pointClicked && !hidden) {
                const auto clicked = m_options.pointClicked;
                const QString id = s->id;
                QObject::connect(set, &QBarSet::clicked, m_chart,
                                 [clicked, id](int index) { clicked(id, index); });
            }
            series->append(set);
            if (!hidden)
                addCallouts(*s, series);
        }
        attach(series, false);
    }

    void addLine(const ChartSeriesSpec &s)
    {
        // A line never bridges a quarter without a value: each run of consecutive
        // quarters is its own series, and only the first has a legend entry.
        QList<QList<ChartPoint>> runs;
        for (const ChartPoint &point : s.points) {
            if (runs.isEmpty() || runs.last().last().slot + 1 != point.slot)
                runs.append(QList<ChartPoint>());
            runs.last().append(point);
        }
        if (runs.isEmpty())
            runs.append(QList<ChartPoint>());
        const bool hidden = m_options.hiddenSeries.contains(s.id);
        for (qsizetype r = 0; r < runs.size(); ++r) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            line->setObjectName(s.id);
            if (r > 0)
                line->setProperty(kHelperProperty, true);
            for (const ChartPoint &point : runs.at(r))
                line->append(slotX(s, point.slot), point.value);
            QPen pen(m_palette.color(s.color));
            pen.setWidthF(2.5);
            if (s.shape == SeriesShape::DashedLine)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(true);
            line->setMarkerSize(7);
            connectHover(line, s);
            if (m_options.pointClicked) {
                const auto clicked = m_options.pointClicked;
                const QString id = s.id;
                const double offset = s.slotOffset;
                QObject::connect(line, &QXYSeries::clicked, m_chart,
                                 [clicked, id, offset](const QPointF &point) {
                                     clicked(id, int(std::lround(point.x() - offset)));
                                 });
            }
            attach(line, s.secondaryAxis);
            line->setVisible(!hidden);
            if (r == 0 && !hidden)
                addCallouts(s, line);
        }
    }

    // Each range is a short thick vertical line of its own; only the first has a legend entry.
    void addRanges(const ChartSeriesSpec &s)
    {
        const bool hidden = m_options.hiddenSeries.contains(s.id);
        bool first = true;
        for (const ChartPoint &point : s.points) {
            if (!point.low)
                continue;
            auto *bar = new QLineSeries;
            bar->setName(s.name);
            bar->setObjectName(s.id);
            if (!first)
                bar->setProperty(kHelperProperty, true);
            first = false;
            bar->append(point.slot + s.slotOffset, *point.low);
            bar->append(point.slot + s.slotOffset, point.value);
            QPen pen(m_palette.color(s.color));
            pen.setWidthF(6);
            pen.setCapStyle(Qt::FlatCap);
            bar->setPen(pen);
            connectHover(bar, s);
            if (m_options.pointClicked) {
                const auto clicked = m_options.pointClicked;
                const QString id = s.id;
                const int slot = point.slot;
                QObject::connect(bar, &QXYSeries::clicked, m_chart,
                                 [clicked, id, slot] { clicked(id, slot); });
            }
            attach(bar, s.secondaryAxis);
            bar->setVisible(!hidden);
        }
    }

    void addMarkers(const ChartSeriesSpec &s)
    {
        auto *scatter = new QScatterSeries;
        scatter->setName(s.name);
        scatter->setObjectName(s.id);
        scatter->setMarkerShape(markerShape(s.marker));
        scatter->setMarkerSize(13);
        const QColor color = m_palette.color(s.color);
        if (s.shape == SeriesShape::HollowMarker) {
            scatter->setBrush(m_palette.background);
            QPen pen(color);
            pen.setWidthF(2.2);
            scatter->setPen(pen);
        } else {
            scatter->setBrush(color);
            scatter->setPen(QPen(m_palette.background, 1));
        }
        // Far enough under the top for a whole marker in a short plot (an export of 520x420).
        const double rowY = m_yAxis->max() - (m_yAxis->max() - m_yAxis->min()) * (0.07 + 0.08 * s.topRow);
        for (const ChartPoint &point : s.points)
            scatter->append(slotX(s, point.slot), s.topRow >= 0 ? rowY : point.value);
        connectHover(scatter, s);
        if (m_options.pointClicked) {
            const auto clicked = m_options.pointClicked;
            const QString id = s.id;
            const double offset = s.slotOffset;
            QObject::connect(scatter, &QXYSeries::clicked, m_chart,
                             [clicked, id, offset](const QPointF &point) {
                                 clicked(id, int(std::lround(point.x() - offset)));
                             });
        }
        attach(scatter, s.secondaryAxis);
        const bool hidden = m_options.hiddenSeries.contains(s.id);
        scatter->setVisible(!hidden);
        if (!hidden) {
            ChartSeriesSpec placed = s;
            if (s.topRow >= 0) {
                for (ChartPoint &point : placed.points)
                    point.value = rowY;
            }
            addCallouts(placed, scatter);
        }
    }

    // Where a point of the series is drawn. Beside its bar (the outlook), a marker of the
    // last quarter crossed the right axis: there it sits on the quarter's centre, which the
    // hover and click look-ups (rounding x - slotOffset) still map to that quarter.
    double slotX(const ChartSeriesSpec &s, int slot) const
    {
        const bool last = slot + 1 >= m_spec.quarters.size();
        return slot + (last && s.slotOffset > 0 ? 0.0 : s.slotOffset);
    }

    void connectHover(QXYSeries *series, const ChartSeriesSpec &s)
    {
        const ChartSeriesSpec spec = s;
        QObject::connect(series, &QXYSeries::hovered, m_chart, [spec](const QPointF &point, bool state) {
            const ChartPoint *nearest = spec.pointAt(int(std::lround(point.x() - spec.slotOffset)));
            if (state && nearest)
                showTooltip(nearest->tooltip);
            else
                hideTooltip();
        });
    }

    void addCallouts(const ChartSeriesSpec &s, QAbstractSeries *series)
    {
        QHash<int, double> stackTop;
        for (const ChartSeriesSpec &other : m_spec.series) {
            if (other.shape != SeriesShape::StackedBar)
                continue;
            for (const ChartPoint &p : other.points)
                stackTop[p.slot] += p.value;
            if (other.id == s.id)
                break;
        }
        for (const ChartPoint &point : s.points) {
            if (point.label.isEmpty())
                continue;
            auto *item = new QGraphicsSimpleTextItem(point.label, m_chart);
            item->setFont(chartFont(FontSize::Callout, true));
            item->setBrush(m_palette.text);
            item->setZValue(20);
            const double y = s.shape == SeriesShape::StackedBar ? stackTop.value(point.slot) : point.value;
            m_callouts.append({item, series, QPointF(slotX(s, point.slot), y), point.labelBelow});
        }
    }

    void styleLegend()
    {
        const QList<QLegendMarker *> markers = m_chart->legend()->markers();
        for (QLegendMarker *marker : markers) {
            const QString id = ChartRenderer::seriesId(marker);
            if (id.isEmpty()) {
                marker->setVisible(false);
                continue;
            }
            marker->setVisible(true);
            marker->setFont(chartFont(FontSize::Legend));
            const ChartSeriesSpec *spec = m_spec.find(id);
            if (m_options.hiddenSeries.contains(id)) {
                // Still listed, so it can be clicked back on; dimmed to say it is off.
                QColor muted = m_palette.mutedText;
                muted.setAlpha(140);
                marker->setLabelBrush(muted);
                QColor swatch = spec ? m_palette.color(spec->color) : muted;
                swatch.setAlpha(60);
                marker->setBrush(swatch);
                marker->setPen(QPen(swatch));
            } else {
                marker->setLabelBrush(m_palette.text);
            }
            if (spec && spec->shape == SeriesShape::DashedLine) {
                QPen pen = marker->pen();
                pen.setStyle(Qt::DashLine);
                marker->setPen(pen);
            }
        }
    }

    // Under the plot: the legend when the chart draws its own (exports), then the source line,
    // both wrapped to the chart's width; the bottom margin grows with the rows they take.
    void addFooter()
    {
        struct Entry
        {
            SwatchItem *swatch;
            QGraphicsSimpleTextItem *label;
        };
        QList<Entry> entries;
        if (m_options.legendInFooter) {
            m_chart->legend()->setVisible(false);
            const QList<QLegendMarker *> markers = m_chart->legend()->markers();
            for (QLegendMarker *marker : markers) {
                if (ChartRenderer::seriesId(marker).isEmpty())
                    continue;
                auto *label = new QGraphicsSimpleTextItem(marker->label(), m_chart);
                label->setFont(chartFont(FontSize::Legend));
                label->setBrush(marker->labelBrush());
                entries.append({new SwatchItem(marker, m_chart), label});
            }
        }
        QGraphicsSimpleTextItem *source = nullptr;
        if (!m_spec.sourceLine.isEmpty()) {
            source = new QGraphicsSimpleTextItem(m_spec.sourceLine, m_chart);
            source->setFont(chartFont(FontSize::Source));
            source->setBrush(m_palette.mutedText);
            source->setData(0, u"sourceLine"_s);
        }
        if (entries.isEmpty() && !source)
            return;
        QChart *chart = m_chart;
        const QString text = m_spec.sourceLine;
        const auto place = [chart, source, text, entries] {
            const QRectF rect = chart->rect();
            // Before the chart has its size there is nothing to wrap to.
            const bool sized = rect.width() >= kMinWrapWidth;
            qreal sourceHeight = 0;
            if (source) {
                const QString wrapped = sized ? wrapToWidth(text, source->font(), rect.width() - 20) : text;
                if (source->text() != wrapped)
                    source->setText(wrapped);
                sourceHeight = (int(wrapped.count(u'\n')) + 1) * kSourceLineHeight;
            }
            QList<QPointF> at; // per entry: x, row
            qreal x = 10;
            int row = 0;
            for (const Entry &e : entries) {
                const qreal width = SwatchItem::kSize.width() + 5 + e.label->boundingRect().width();
                if (sized && x > 10 && x + width > rect.width() - 10) {
                    x = 10;
                    ++row;
                }
                at.append({x, qreal(row)});
                x += width + 18;
            }
            const qreal legendHeight = entries.isEmpty() ? 0 : (row + 1) * kLegendRowHeight + 6;
            const QMargins margins(8, 4, 8, 6 + int(std::ceil(legendHeight + sourceHeight)));
            if (chart->margins() != margins)
                chart->setMargins(margins);
            const qreal legendTop = rect.bottom() - 4 - sourceHeight - legendHeight;
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const qreal y = legendTop + at.at(i).y() * kLegendRowHeight;
                const QRectF label = entries.at(i).label->boundingRect();
                entries.at(i).swatch->setPos(at.at(i).x(),
                                             y + (label.height() - SwatchItem::kSize.height()) / 2);
                entries.at(i).label->setPos(at.at(i).x() + SwatchItem::kSize.width() + 5, y);
            }
            if (source)
                source->setPos(rect.left() + 10, rect.bottom() - source->boundingRect().height() - 4);
        };
        QObject::connect(m_chart, &QGraphicsWidget::geometryChanged, m_chart, place);
        place();
    }

    void placeCallouts()
    {
        if (m_callouts.isEmpty())
            return;
        QChart *chart = m_chart;
        const QList<Callout> callouts = m_callouts;
        const auto place = [chart, callouts] { placeCalloutsClear(chart, callouts); };
        QObject::connect(m_chart, &QChart::plotAreaChanged, m_chart, place);
        // Showing or hiding a series (the legend) changes what a callout must keep clear of.
        for (QAbstractSeries *series : m_chart->series())
            QObject::connect(series, &QAbstractSeries::visibleChanged, m_chart, place);
        place();
    }

    const ChartSpec &m_spec;
    const ChartRenderer::Options &m_options;
    const ChartPalette &m_palette;
    QChart *m_chart;
    QBarCategoryAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QValueAxis *m_y2Axis = nullptr;
    QList<Callout> m_callouts;
};

} // namespace

QChart *ChartRenderer::render(const ChartSpec &spec, const Options &options)
{
    return ChartBuilder(spec, options).build();
}

QString ChartRenderer::seriesId(const QLegendMarker *marker)
{
    // The marker accessors are not const in Qt 6.4.
    auto *mutableMarker = const_cast<QLegendMarker *>(marker);
    if (auto *bar = qobject_cast<QBarLegendMarker *>(mutableMarker))
        return bar->barset()->objectName();
    const QAbstractSeries *series = mutableMarker->series();
    if (!series || series->property(kHelperProperty).toBool())
        return {};
    return series->objectName();
}

void ChartRenderer::paintLegendSwatch(QPainter &painter, QLegendMarker *marker, const QRectF &box)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
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
        painter.setPen(QPen(scatter->borderColor(), std::clamp(scatter->pen().widthF(), 1.0, 2.0)));
        painter.setBrush(scatter->brush());
        const qreal side = std::min(box.height(), 10.0);
        const QRectF dot(box.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
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
        painter.drawRect(box.adjusted(box.width() / 5, 0, -box.width() / 5, 0));
        break;
    }
    }
    painter.restore();
}
