#pragma once

#include <QHash>
#include <QIdentityProxyModel>

// The navigator of side A while it is read beside side B: each question's row says which
// question of B it is paired with ("Q3 ↔ Q4") or that it has none ("Q2 — no counterpart").
// Every other row and role is the source's.
class PairedNavigatorModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Roles {
        CounterpartRole = Qt::UserRole + 100, // the question of B, 0 for none
    };

    explicit PairedNavigatorModel(QObject *parent = nullptr);

    // Question of A -> question of B (0: no counterpart); questions not listed show no pairing.
    void setCounterparts(const QHash<int, int> &counterparts);
    static QString pairingLabel(int question, int counterpart);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int questionOf(const QModelIndex &index) const;

    QHash<int, int> m_counterparts;
};
