#pragma once

#include "trends/CallChanges.h"

#include <QAbstractTableModel>

// "What changed since the last call" as a table: the terms that rose most, then those that
// fell most, each with its count in the call and in the company's previous call.
class CallChangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { TermColumn, CountColumn, PreviousColumn, ChangeColumn, ColumnCount };
    enum Roles {
        TermRole = Qt::UserRole + 1, // the term, in normal form
        RoseRole,                    // true for a rise, false for a fall
    };

    explicit CallChangesModel(QObject *parent = nullptr);

    void setResult(const CallChangesResult &result);
    const CallChangesResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TermChange &changeAt(int row) const;

    CallChangesResult m_result;
};
