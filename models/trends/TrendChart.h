#pragma once

#include "charts/ChartSpec.h"
#include "figures/FinancialFigures.h"
#include "trends/TermTrend.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A trend as the trend pane shows it, chart and table alike: one slot per fiscal quarter of
// the calls in scope, one row per term and series. Several calls in one quarter (the whole
// library split by role) add up. A call whose period is not a fiscal quarter has no slot and
// is counted in callsLeftOut(), which the chart's source line states.
class TrendChart
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
public:
    enum class Shape { Lines, Bars };
    enum class Measure { Count, RatePer10kWords };

    struct Cell
    {
        int count = 0;
        int words = 0; // -1 when words were not counted
    };
    struct Row
    {
        QString id;   // "<term index>|<series key>": the chart series id, stable across rebuilds
        int term = 0; // into TrendResult::terms
        QString seriesKey;
        QString label; // who (and which term, when several)
        QString role;
        int total = 0;
        QList<std::optional<Cell>> cells; // one per slot; empty where the series did not speak
    };

    TrendChart() = default;
    TrendChart(const TrendResult &result, const TrendOptions &options);

    const QList<FiscalQuarter> &quarters() const { return m_quarters; }
    const QList<Row> &rows() const { return m_rows; }
    const Row *row(const QString &id) const;
    QString termOf(const Row &row) const { return m_terms.value(row.term); }
    // The calls at a slot, oldest first.
    QList<qint64> callsAt(int slot) const { return m_callsAt.value(slot); }
    int callsLeftOut() const { return m_callsLeftOut; }
    TrendOptions::SplitBy splitBy() const { return m_by; }

    // A row's value at a slot; none where the series did not speak, or for a rate without words.
    std::optional<double> value(const Row &row, int slot, Measure measure) const;
    // The counting rule of each term and the speakers' rule, one line per term.
    QString ruleText() const { return m_rules.join(u'\n'); }

    ChartSpec spec(Shape shape, Measure measure) const;
    // The colour and marker of the row-th series, in the chart and beside it in the table.
    static ChartPalette::Role colourOf(int row);
    static MarkerStyle markerOf(int row);

    // "Jensen Huang (NVDA)", "Analyst", "Unnamed analyst (NVDA)": a series as the reader names it.
    static QString seriesLabel(const TrendSeries &series, const TrendOptions &options);
    static QString measureName(Measure measure);

private:
    QList<FiscalQuarter> m_quarters;
    QList<QList<qint64>> m_callsAt;
    QList<Row> m_rows;
    QStringList m_terms;
    QStringList m_rules;
    QString m_company;
    TrendOptions::SplitBy m_by = TrendOptions::SplitBy::Speaker;
    int m_callsLeftOut = 0;
};
