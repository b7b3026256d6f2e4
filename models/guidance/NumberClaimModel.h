#pragma once

#include "guidance/NumberCheck.h"

#include <QAbstractTableModel>

// The numbers of one call checked against the figures, one row per number.
class NumberClaimModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, MetricColumn, PeriodColumn, ReportedColumn, ResultColumn, ColumnCount };
    enum Roles {
        TurnIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
        ResultRole, // claimResultName()
    };

    explicit NumberClaimModel(QObject *parent = nullptr);

    void setClaims(const QList<NumberClaim> &claims);
    const QList<NumberClaim> &claims() const { return m_claims; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString resultText(const NumberClaim &claim);
    // Match, differs and unknown, told apart by more than colour (the text says it too).
    static QColor resultColour(NumberClaim::Result result);

private:
    QList<NumberClaim> m_claims;
};
