#include "pairing/PairNumbersModel.h"

#include "text/DisplayScript.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

PairNumbersModel::PairNumbersModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&DisplayScript::instance(), &DisplayScript::changed, this, [this] {
        if (!m_numbers.isEmpty())
            emit dataChanged(index(0, AColumn), index(rowCount() - 1, BColumn), {Qt::DisplayRole});
    });
}

void PairNumbersModel::setNumbers(const QList<NumberMatch> &numbers)
{
    beginResetModel();
    m_numbers = numbers;
    endResetModel();
}

void PairNumbersModel::setSideNames(const QString &a, const QString &b)
{
    m_sideA = a;
    m_sideB = b;
    emit headerDataChanged(Qt::Horizontal, AColumn, BColumn);
}

int PairNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

int PairNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PairNumbersModel::statusText(NumberMatch::Status status)
{
    switch (status) {
    case NumberMatch::Status::Same:
        return tr("Same");
    case NumberMatch::Status::Different:
        return tr("Different");
    case NumberMatch::Status::OnlyA:
    case NumberMatch::Status::OnlyB:
        return tr("One side only");
    }
    return {};
}

QVariant PairNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NumberMatch &match = m_numbers.at(index.row());
    const std::optional<TextNumber> &side =
        index.column() == AColumn ? match.a : (index.column() == BColumn ? match.b : std::nullopt);
    const bool flagged = match.status != NumberMatch::Status::Same;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StatusColumn)
            return statusText(match.status);
        return side ? DisplayScript::instance().shown(side->text) : u"—"_s;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || !side)
            return {};
        return tr("%1 (%2)").arg(side->text, numberKindName(side->kind));
    case Qt::ForegroundRole: {
        // Red for a changed value, amber for one stated once, in tones that read on the light and
        // the dark palette alike; the status column says it in words too.
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (match.status == NumberMatch::Status::Different)
            return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb0, 0x1e, 0x1e);
        if (flagged && index.column() == StatusColumn)
            return dark ? QColor(0xe3, 0xa0, 0x3c) : QColor(0x9a, 0x5b, 0x00);
        return {};
    }
    case StatusRole:
        return int(match.status);
    case StatusNameRole:
        return numberStatusName(match.status);
    case KindRole:
        return numberKindName(match.a ? match.a->kind : match.b->kind);
    case ValueRole:
        return side ? QVariant(side->value) : QVariant();
    case FlaggedRole:
        return flagged;
    default:
        return {};
    }
}

QVariant PairNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AColumn:
        return m_sideA.isEmpty() ? tr("Side A") : m_sideA;
    case BColumn:
        return m_sideB.isEmpty() ? tr("Side B") : m_sideB;
    case StatusColumn:
        return tr("Match");
    default:
        return {};
    }
}

QHash<int, QByteArray> PairNumbersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(StatusNameRole, "statusName");
    names.insert(KindRole, "kind");
    names.insert(ValueRole, "value");
    names.insert(FlaggedRole, "flagged");
    return names;
}
