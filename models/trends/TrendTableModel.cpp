#include "trends/TrendTableModel.h"

#include <QColor>
#include <QLocale>

TrendTableModel::TrendTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrendTableModel::setChart(const TrendChart &chart, TrendChart::Measure measure,
                               const ChartPalette &palette)
{
    beginResetModel();
    m_chart = chart;
    m_measure = measure;
    m_palette = palette;
    endResetModel();
}

QModelIndex TrendTableModel::indexOf(const QString &rowId, int slot) const
{
    for (int r = 0; r < m_chart.rows().size(); ++r) {
        if (m_chart.rows().at(r).id == rowId)
            return index(r, FirstQuarterColumn + slot);
    }
    return {};
}

int TrendTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chart.rows().size());
}

int TrendTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstQuarterColumn + int(m_chart.quarters().size());
}

QVariant TrendTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrendChart::Row &row = m_chart.rows().at(index.row());
    const int slot = index.column() - FirstQuarterColumn;
    switch (role) {
    case RowIdRole:
        return row.id;
    case SlotRole:
        return slot >= 0 ? slot : -1;
    case SpeakerRoleRole:
        return row.role;
    case Qt::TextAlignmentRole:
        return index.column() == SeriesColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    if (index.column() == SeriesColumn) {
        if (role == Qt::DecorationRole)
            return m_palette.color(TrendChart::colourOf(index.row()));
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.label) : QVariant();
    }
    if (index.column() == TotalColumn) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.total);
        return role == CountRole ? QVariant(row.total) : QVariant();
    }
    const std::optional<TrendChart::Cell> &cell = row.cells.value(slot);
    if (!cell)
        return {};
    if (role == CountRole)
        return cell->count;
    if (role == Qt::DisplayRole) {
        const std::optional<double> value = m_chart.value(row, slot, m_measure);
        if (!value)
            return {};
        return m_measure == TrendChart::Measure::Count ? QLocale().toString(cell->count)
                                                       : QLocale().toString(*value, 'f', 1);
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1, %2: %n mention(s)", nullptr, cell->count)
                          .arg(row.label, m_chart.quarters().at(slot).toString());
        if (cell->words > 0)
            tip += u'\n' + tr("%1 words spoken").arg(QLocale().toString(cell->words));
        return tip;
    }
    return {};
}

QVariant TrendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == SeriesColumn)
        return m_chart.splitBy() == TrendOptions::SplitBy::Speaker ? tr("Speaker") : tr("Role");
    if (section == TotalColumn)
        return tr("Total");
    const int slot = section - FirstQuarterColumn;
    return slot >= 0 && slot < m_chart.quarters().size() ? QVariant(m_chart.quarters().at(slot).shortLabel())
                                                         : QVariant();
}
