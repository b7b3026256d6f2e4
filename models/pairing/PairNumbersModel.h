#pragma once

#include "pairing/NumberComparison.h"

#include <QAbstractTableModel>

// The numbers of one paired question, side A beside side B, each row one NumberMatch; a
// number with another value or on one side only is flagged by its colour and its status text.
// Chinese is shown in the script the reader chose (DisplayScript).
class PairNumbersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AColumn, BColumn, StatusColumn, ColumnCount };
    enum Roles {
        StatusRole = Qt::UserRole + 1, // NumberMatch::Status as int
        StatusNameRole,                // "same", "different", "only_a", "only_b"
        KindRole,                      // "amount", "percent", "basis_points", "multiple"
        ValueRole,                     // the value of the column's side, or null
        FlaggedRole,                   // true unless the same on both sides
    };

    explicit PairNumbersModel(QObject *parent = nullptr);

    void setNumbers(const QList<NumberMatch> &numbers);
    // The column headers: how the reader knows each side (the calls' names).
    void setSideNames(const QString &a, const QString &b);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString statusText(NumberMatch::Status status);

private:
    QList<NumberMatch> m_numbers;
    QString m_sideA;
    QString m_sideB;
};
