#include "trends/CallChangesModel.h"

#include <QLocale>

CallChangesModel::CallChangesModel(QObject *parent) : QAbstractTableModel(parent) {}

void CallChangesModel::setResult(const CallChangesResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

const TermChange &CallChangesModel::changeAt(int row) const
{
    return row < m_result.rose.size() ? m_result.rose.at(row) : m_result.fell.at(row - m_result.rose.size());
}

int CallChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rose.size() + m_result.fell.size());
}

int CallChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TermChange &change = changeAt(index.row());
    const bool rose = index.row() < m_result.rose.size();
    switch (role) {
    case TermRole:
        return change.term;
    case RoseRole:
        return rose;
    case Qt::TextAlignmentRole:
        return index.column() == TermColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TermColumn:
            return change.term;
        case CountColumn:
            return QLocale().toString(change.count);
        case PreviousColumn:
            return QLocale().toString(change.previousCount);
        case ChangeColumn: {
            const int difference = change.count - change.previousCount;
            return (difference > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(difference);
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return rose ? tr("Rose from %1 to %2").arg(change.previousCount).arg(change.count)
                    : tr("Fell from %1 to %2").arg(change.previousCount).arg(change.count);
    default:
        return {};
    }
}

QVariant CallChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TermColumn:
        return tr("Term");
    case CountColumn:
        return tr("This call");
    case PreviousColumn:
        return tr("Previous call");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}
