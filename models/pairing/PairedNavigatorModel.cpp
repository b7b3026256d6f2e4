#include "pairing/PairedNavigatorModel.h"

#include "calls/NavigatorModel.h"

using namespace Qt::StringLiterals;

PairedNavigatorModel::PairedNavigatorModel(QObject *parent) : QIdentityProxyModel(parent) {}

void PairedNavigatorModel::setCounterparts(const QHash<int, int> &counterparts)
{
    m_counterparts = counterparts;
    if (!sourceModel())
        return;
    // Questions are rows under the Q&A section: every row of the first level's children.
    for (int section = 0; section < rowCount(); ++section) {
        const QModelIndex parent = index(section, 0);
        if (const int rows = rowCount(parent); rows > 0)
            emit dataChanged(index(0, NavigatorModel::LabelColumn, parent),
                             index(rows - 1, NavigatorModel::LabelColumn, parent));
    }
}

QString PairedNavigatorModel::pairingLabel(int question, int counterpart)
{
    return counterpart ? tr("Q%1 ↔ Q%2").arg(question).arg(counterpart)
                       : tr("Q%1 — no counterpart").arg(question);
}

int PairedNavigatorModel::questionOf(const QModelIndex &index) const
{
    const QModelIndex label = index.siblingAtColumn(NavigatorModel::LabelColumn);
    if (QIdentityProxyModel::data(label, NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>() !=
        NavigatorModel::EntryKind::Question)
        return 0;
    return QIdentityProxyModel::data(label, NavigatorModel::QuestionRole).toInt();
}

QVariant PairedNavigatorModel::data(const QModelIndex &index, int role) const
{
    const int question = questionOf(index);
    if (!question || !m_counterparts.contains(question))
        return role == CounterpartRole ? QVariant() : QIdentityProxyModel::data(index, role);
    const int counterpart = m_counterparts.value(question);
    if (role == CounterpartRole)
        return counterpart;
    if (role == Qt::DisplayRole && index.column() == NavigatorModel::LabelColumn) {
        // The source's label is "Q3  opening words": the pairing takes the place of "Q3".
        const QString label = QIdentityProxyModel::data(index, role).toString();
        const QString prefix = u"Q%1"_s.arg(question);
        const QString words = label.startsWith(prefix) ? label.mid(prefix.size()) : u"  "_s + label;
        return pairingLabel(question, counterpart) + words;
    }
    return QIdentityProxyModel::data(index, role);
}

QHash<int, QByteArray> PairedNavigatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QIdentityProxyModel::roleNames();
    names.insert(CounterpartRole, "counterpart");
    return names;
}
