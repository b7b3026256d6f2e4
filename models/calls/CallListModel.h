#pragma once

#include "store/LibraryRecords.h"

#include <QAbstractListModel>

class LibraryStore;

// The calls in a library, newest first; follows the store's callsChanged signal.
class CallListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        CallIdRole = Qt::UserRole + 1,
        CompanyRole,
        FiscalPeriodRole,
        CallDateRole,
        QuestionCountRole,
        TurnCountRole,
    };

    explicit CallListModel(LibraryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowForCall(qint64 callId) const;
    void reload();

private:
    LibraryStore *m_store;
    QList<CallSummary> m_calls;
};
