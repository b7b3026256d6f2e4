#include "calls/CallListModel.h"

#include "store/LibraryStore.h"

using namespace Qt::StringLiterals;

CallListModel::CallListModel(LibraryStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    connect(m_store, &LibraryStore::callsChanged, this, &CallListModel::reload);
    reload();
}

void CallListModel::reload()
{
    beginResetModel();
    m_calls = m_store->isOpen() ? m_store->calls() : QList<CallSummary>{};
    endResetModel();
}

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallSummary &call = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString prefix = QStringList{call.companyTicker, call.fiscalPeriod}.join(u' ').trimmed();
        return prefix.isEmpty() ? call.title : u"%1 · %2"_s.arg(prefix, call.title);
    }
    case Qt::ToolTipRole:
        return tr("%1\nCompany: %2\nPeriod: %3\nCall date: %4\n%n question(s)", nullptr, call.questions)
            .arg(call.title, call.companyName.isEmpty() ? tr("not assigned") : call.companyName,
                 call.fiscalPeriod.isEmpty() ? tr("unknown") : call.fiscalPeriod,
                 call.callDate.isValid() ? call.callDate.toString(Qt::ISODate) : tr("unknown"));
    case CallIdRole:
        return call.id;
    case CompanyRole:
        return call.companyTicker;
    case FiscalPeriodRole:
        return call.fiscalPeriod;
    case CallDateRole:
        return call.callDate;
    case QuestionCountRole:
        return call.questions;
    case TurnCountRole:
        return call.turns;
    default:
        return {};
    }
}

QHash<int, QByteArray> CallListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CallIdRole, "callId");
    names.insert(CompanyRole, "company");
    names.insert(FiscalPeriodRole, "fiscalPeriod");
    names.insert(CallDateRole, "callDate");
    names.insert(QuestionCountRole, "questionCount");
    names.insert(TurnCountRole, "turnCount");
    return names;
}

int CallListModel::rowForCall(qint64 callId) const
{
    for (int row = 0; row < m_calls.size(); ++row) {
        if (m_calls.at(row).id == callId)
            return row;
    }
    return -1;
}
