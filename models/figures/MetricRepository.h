#pragma once

#include "figures/FinancialFigures.h"

#include <QObject>

#include <optional>

class LibraryStore;

// The metrics table of a library. Reads hand out plain Figure values; each write is one
// transaction of the store, and a figure that breaks MetricCatalog's rules is refused
// before anything is written. One instance per window, so that every view hears
// figuresChanged.
class MetricRepository : public QObject
{
    Q_OBJECT
public:
    explicit MetricRepository(LibraryStore *store, QObject *parent = nullptr);

    LibraryStore *store() const { return m_store; }

    QStringList companies() const; // tickers with at least one figure
    // Sorted by company, quarter, metric (catalog order), kind. All companies when empty.
    QList<Figure> figures(const QString &company = {}) const;
    FigureSet figureSet(const QString &company) const;
    std::optional<Figure> figure(const FigureKey &key) const;
    // A line saying where a company's bundled figures come from, when one was recorded.
    QString sourceDescription(const QString &company) const;
    static QString sourceDescriptionKey(const QString &company);

    // Inserts the figures, replacing any with the same company, quarter, metric and kind.
    bool store(const QList<Figure> &figures, QString *error);
    // Removes `before` (when given) and stores `after` (when given), as one change.
    bool replace(const std::optional<Figure> &before, const std::optional<Figure> &after, QString *error);

    // For callers already inside LibraryStore::inTransaction (installers, importers).
    bool storeInTransaction(const QList<Figure> &figures, QString *error);
    bool ensureCompany(const QString &ticker, const QString &name, QString *error);

signals:
    void figuresChanged(const QString &company);

private:
    bool removeInTransaction(const FigureKey &key, QString *error);
    std::optional<qint64> companyId(const QString &ticker, QString *error);

    LibraryStore *m_store;
};
