#include "trends/TrendChart.h"

#include "transcript/RoleStyle.h"
#include "transcript/Transcript.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Colours that stay apart from one another on both palettes, for up to this many series;
// after that they repeat with another marker shape.
const QList<ChartPalette::Role> kColours = {
    ChartPalette::Role::DataCenter, ChartPalette::Role::Growth,    ChartPalette::Role::NonGaapMargin,
    ChartPalette::Role::NetMargin,  ChartPalette::Role::Linked,    ChartPalette::Role::Statement,
    ChartPalette::Role::Rest,       ChartPalette::Role::Disclosed,
};
const QList<MarkerStyle> kMarkers = {MarkerStyle::Circle, MarkerStyle::Square, MarkerStyle::Diamond,
                                     MarkerStyle::Triangle};

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

TrendChart::TrendChart(const TrendResult &result, const TrendOptions &options)
    : m_company(options.companyTicker), m_by(options.by)
{
    QHash<qint64, int> slotOfCall;
    QList<std::pair<FiscalQuarter, qint64>> placed;
    for (const TrendCall &call : result.calls) {
        const std::optional<FiscalQuarter> quarter = FiscalQuarter::parse(call.fiscalPeriod);
        if (!quarter) {
            ++m_callsLeftOut;
            continue;
        }
        if (!m_quarters.contains(*quarter))
            m_quarters.append(*quarter);
        placed.append({*quarter, call.id});
    }
    std::sort(m_quarters.begin(), m_quarters.end());
    m_callsAt.resize(m_quarters.size());
    for (const auto &[quarter, callId] : std::as_const(placed)) {
        const int slot = int(m_quarters.indexOf(quarter));
        slotOfCall.insert(callId, slot);
        m_callsAt[slot].append(callId);
    }

    const bool severalTerms = result.terms.size() > 1;
    for (qsizetype t = 0; t < result.terms.size(); ++t) {
        const TermTrend &trend = result.terms.at(t);
        m_terms << trend.term;
        m_rules << trend.rule;
        for (const TrendSeries &series : trend.series) {
            Row row;
            row.id = QString::number(t) + u'|' + series.key;
            row.term = int(t);
            row.seriesKey = series.key;
            row.role = series.role;
            row.label = seriesLabel(series, options);
            if (severalTerms)
                row.label = tr("%1: \u201c%2\u201d").arg(row.label, trend.term);
            row.cells.resize(m_quarters.size());
            for (const TrendPoint &point : series.points) {
                const auto slot = slotOfCall.constFind(point.callId);
                if (slot == slotOfCall.cend())
                    continue;
                std::optional<Cell> &cell = row.cells[*slot];
                if (!cell)
                    cell = Cell{0, point.words < 0 ? -1 : 0};
                cell->count += point.count;
                if (point.words >= 0 && cell->words >= 0)
                    cell->words += point.words;
                row.total += point.count;
            }
            if (row.total > 0)
                m_rows.append(row);
        }
    }
}

const TrendChart::Row *TrendChart::row(const QString &id) const
{
    for (const Row &row : m_rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

std::optional<double> TrendChart::value(const Row &row, int slot, Measure measure) const
{
    const std::optional<Cell> &cell = row.cells.value(slot);
    if (!cell)
        return std::nullopt;
    if (measure == Measure::Count)
        return cell->count;
    if (cell->words <= 0)
        return std::nullopt;
    return 10000.0 * cell->count / cell->words;
}

QString TrendChart::seriesLabel(const TrendSeries &series, const TrendOptions &options)
{
    if (options.by == TrendOptions::SplitBy::Role)
        return series.role == QLatin1StringView(Role::Narrator) ? tr("Narration")
                                                                : RoleStyle::displayName(series.role);
    QString who = series.speaker;
    if (who.isEmpty()) {
        who = series.role == QLatin1StringView(Role::Narrator)
                  ? tr("Narration")
                  : tr("Unnamed: %1").arg(RoleStyle::displayName(series.role));
    }
    // The whole library can have namesakes at two companies.
    if (options.companyTicker.isEmpty() && !series.companyTicker.isEmpty())
        return tr("%1 (%2)").arg(who, series.companyTicker);
    return who;
}

ChartPalette::Role TrendChart::colourOf(int row)
{
    return kColours.at(row % kColours.size());
}

MarkerStyle TrendChart::markerOf(int row)
{
    return kMarkers.at((row / kColours.size()) % kMarkers.size());
}

QString TrendChart::measureName(Measure measure)
{
    return measure == Measure::Count ? tr("Mentions") : tr("Mentions per 10,000 words spoken");
}

ChartSpec TrendChart::spec(Shape shape, Measure measure) const
{
    ChartSpec spec;
    QStringList quoted;
    for (const QString &term : m_terms)
        quoted << u"\u201c"_s + term + u"\u201d"_s;
    const QString scope = m_company.isEmpty() ? tr("the whole library") : m_company;
    const bool bySpeaker = m_by == TrendOptions::SplitBy::Speaker;
    if (measure == Measure::Count)
        spec.title = bySpeaker ? tr("Mentions of %1 by speaker, %2") : tr("Mentions of %1 by role, %2");
    else
        spec.title = bySpeaker ? tr("Mentions of %1 per 10,000 words by speaker, %2")
                               : tr("Mentions of %1 per 10,000 words by role, %2");
    spec.title = spec.title.arg(quoted.join(u", "_s), scope);
    QStringList source{tr("Counted from the library's transcripts. Rule: %1").arg(m_rules.join(u" / "_s))};
    if (m_callsLeftOut > 0)
        source << tr("%n call(s) without a fiscal quarter are not shown.", nullptr, m_callsLeftOut);
    spec.sourceLine = source.join(u'\n');
    spec.quarters = m_quarters;
    spec.xAxisTitle = tr("Fiscal quarter");
    spec.primaryAxisTitle = measureName(measure);
    spec.primaryLabelFormat = measure == Measure::Count ? u"%.0f"_s : u"%.1f"_s;
    spec.primaryMin = 0;

    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        ChartSeriesSpec series = ChartSeriesSpec::make(
            row.id, row.label, shape == Shape::Bars ? SeriesShape::Bar : SeriesShape::Line,
            kColours.at(i % kColours.size()));
        series.marker = kMarkers.at((i / kColours.size()) % kMarkers.size());
        for (int slot = 0; slot < m_quarters.size(); ++slot) {
            const std::optional<double> v = value(row, slot, measure);
            if (!v)
                continue;
            const Cell cell = *row.cells.at(slot);
            QString tooltip = m_quarters.at(slot).toString() + u'\n' + row.label + u'\n' +
                              tr("%n mention(s)", nullptr, cell.count);
            if (cell.words > 0)
                tooltip += u'\n' + tr("%1 words spoken; %2 per 10,000 words")
                                       .arg(QLocale().toString(cell.words),
                                            number(10000.0 * cell.count / cell.words));
            series.points.append({slot, *v, tooltip, {}, false});
        }
        spec.series.append(series);
    }
    return spec;
}
