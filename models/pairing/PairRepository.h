#pragma once

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>
#include <utility>

class LibraryStore;

// The calls the user paired and the questions they re-paired by hand (call_pairs and
// question_repairs, schema 7). Each write is one transaction.
class PairRepository : public QObject
{
    Q_OBJECT
public:
    explicit PairRepository(LibraryStore *store, QObject *parent = nullptr);

    std::optional<qint64> pairId(qint64 callA, qint64 callB) const;
    // The pair of the two calls whichever is A, with its calls in their stored order.
    struct Pair
    {
        qint64 id = 0;
        qint64 callA = 0;
        qint64 callB = 0;
    };
    std::optional<Pair> findPair(qint64 oneCall, qint64 otherCall) const;
    // Every pair `callId` is part of.
    QList<Pair> pairsOf(qint64 callId) const;
    // The pair's two calls, A first; nullopt for an unknown pair.
    std::optional<std::pair<qint64, qint64>> calls(qint64 pairId) const;
    // The pair's id; an existing pair of the same calls is returned as it is.
    std::optional<qint64> addPair(qint64 callA, qint64 callB, QString *error);
    bool removePair(qint64 pairId, QString *error);
    // Brings back a removed pair under its old id, with its hand-made re-pairings, so that the
    // commands that name it mean it again.
    bool restorePair(const Pair &pair, const QHash<int, int> &repairs, QString *error);

    // Question of A -> question of B, 0 where the user said it has no counterpart.
    QHash<int, int> repairs(qint64 pairId) const;
    // bQuestion: nullopt gives the question back to the aligner; 0 means no counterpart.
    bool setRepair(qint64 pairId, int aQuestion, std::optional<int> bQuestion, QString *error);

signals:
    void repairsChanged(qint64 pairId);
    void pairsChanged();

private:
    LibraryStore *m_store;
};
