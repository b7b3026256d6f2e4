#pragma once

#include "options/PutScenario.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <optional>

class LibraryStore;

// Reads and writes the put scenarios saved with calls (the put_scenarios table, schema 6).
// Each write is one transaction and on disk when it returns; the signals tell views.
class PutScenarioRepository : public QObject
{
    Q_OBJECT
public:
    explicit PutScenarioRepository(LibraryStore *store, QObject *parent = nullptr);

    // Refuses inputs the calculator refuses. A scenario with an id (an undone delete coming
    // back) keeps it; otherwise the library picks one.
    std::optional<PutScenario> add(const PutScenario &scenario, QString *error);
    bool remove(qint64 id, QString *error);

    std::optional<PutScenario> scenario(qint64 id) const;
    // Oldest first.
    QList<PutScenario> scenarios(qint64 callId) const;
    // Every call's, by call and oldest first.
    QList<PutScenario> allScenarios() const;

signals:
    void scenarioAdded(qint64 id, qint64 callId);
    void scenarioRemoved(qint64 id, qint64 callId);
    // A write the library refused, with the reason; undo and redo report through this.

private:
    QList<PutScenario> select(const QString &where, const QVariantList &values) const;

    LibraryStore *m_store;
};
