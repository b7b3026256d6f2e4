#pragma once

#include "trends/TrendChart.h"

#include <QAbstractTableModel>

// The table beside the trend chart: a row per series (per term and series when several terms),
// the series' name, its total, then a column per fiscal quarter with the count or the rate.
// A quarter where the series did not speak is blank, never a zero.
class TrendTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { SeriesColumn, TotalColumn, FirstQuarterColumn };
    enum Roles {
        RowIdRole = Qt::UserRole + 1, // TrendChart::Row::id
        SlotRole,                     // the quarter's slot; -1 outside the quarter columns
        CountRole,                    // mentions in the cell (the row's total in the total column)
        SpeakerRoleRole,              // Role::* of the series
    };

    explicit TrendTableModel(QObject *parent = nullptr);

    // The palette colours each series' name as the chart draws it, so the table is its legend.
    void setChart(const TrendChart &chart, TrendChart::Measure measure,
                  const ChartPalette &palette = ChartPalette::light());
    const TrendChart &chart() const { return m_chart; }
    QModelIndex indexOf(const QString &rowId, int slot) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TrendChart m_chart;
    TrendChart::Measure m_measure = TrendChart::Measure::Count;
    ChartPalette m_palette;
};
