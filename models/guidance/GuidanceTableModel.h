#pragma once

#include "guidance/GuidanceLedger.h"

#include <QAbstractTableModel>

// The guidance ledger as a table: one row per entry, filtered by metric, target period and
// whether dismissed entries are shown.
class GuidanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CallColumn,
        MetricColumn,
        TargetColumn,
        GuidedColumn,
        SpeakerColumn,
        StatusColumn,
        ActualColumn,
        OutcomeColumn,
        ReleaseColumn, // the release's outlook for the same quarter, marked when the call said otherwise
        ColumnCount
    };
    enum Roles {
        CallIdRole = Qt::UserRole + 1,
        TurnIdRole,
        StartRole, // the quote's offsets in its turn
        EndRole,
        MetricRole,  // the metric key
        TargetRole,  // TargetPeriod::label()
        StatusRole,  // guidanceStatusName()
        OutcomeRole, // guidanceOutcomeName()
        QuoteRole,
        ReleaseDisagreesRole, // bool
    };

    explicit GuidanceTableModel(QObject *parent = nullptr);

    void setEntries(const QList<LedgerEntry> &entries);
    // Empty metric or target: any.
    void setFilter(const QString &metric, const QString &target, bool showDismissed);
    const LedgerEntry &entryAt(int row) const { return m_entries.at(m_visible.at(row)); }
    // Every metric and target period of the entries, for the filters.
    QStringList metrics() const;
    QStringList targets() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString guidedText(const GuidanceEntry &entry);
    static QString outcomeText(const LedgerEntry &entry);
    static QString statusText(GuidanceStatus status);

private:
    void refilter();

    QList<LedgerEntry> m_entries;
    QList<int> m_visible;
    QString m_metric;
    QString m_target;
    bool m_showDismissed = false;
};
