#include "figures/MetricRepository.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kSelect =
    u"SELECT co.ticker, m.fiscal_quarter, m.period_end, m.metric_key, m.kind, m.value, m.unit,"
    " m.note, m.status, m.source, m.user_entered"
    " FROM metrics m JOIN companies co ON co.id = m.company_id"_s;

Figure figureFrom(const QSqlQuery &query)
{
    Figure figure;
    figure.company = query.value(0).toString();
    figure.quarter = FiscalQuarter::parse(query.value(1).toString()).value_or(FiscalQuarter{});
    figure.periodEnd = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    figure.metric = query.value(3).toString();
    figure.kind = figureKindFromName(query.value(4).toString()).value_or(FigureKind::Actual);
    if (!query.isNull(5))
        figure.value = query.value(5).toDouble();
    figure.unit = query.value(6).toString();
    figure.note = query.value(7).toString();
    figure.status = query.value(8).toString();
    figure.source = query.value(9).toString();
    figure.userEntered = query.value(10).toInt() != 0;
    return figure;
}

bool figureLess(const Figure &a, const Figure &b)
{
    if (a.company != b.company)
        return a.company < b.company;
    if (a.quarter != b.quarter)
        return a.quarter < b.quarter;
    const int orderA = MetricCatalog::order(a.metric);
    const int orderB = MetricCatalog::order(b.metric);
    if (orderA != orderB)
        return orderA < orderB;
    if (a.metric != b.metric)
        return a.metric < b.metric;
    return int(a.kind) < int(b.kind);
}

// The schema's text columns are NOT NULL; QtSql binds a null QString as NULL.
} // namespace

MetricRepository::MetricRepository(LibraryStore *store, QObject *parent) : QObject(parent), m_store(store) {}

QStringList MetricRepository::companies() const
{
    QStringList result;
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT DISTINCT co.ticker FROM metrics m JOIN companies co ON co.id = m.company_id"
                  " ORDER BY co.ticker"_s);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QList<Figure> MetricRepository::figures(const QString &company) const
{
    QList<Figure> result;
    QSqlQuery query(m_store->database());
    query.prepare(company.isEmpty() ? kSelect : kSelect + u" WHERE co.ticker = ?"_s);
    if (!company.isEmpty())
        query.addBindValue(company);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(figureFrom(query));
    std::stable_sort(result.begin(), result.end(), figureLess);
    return result;
}

FigureSet MetricRepository::figureSet(const QString &company) const
{
    return FigureSet(company.isEmpty() ? QList<Figure>{} : figures(company));
}

std::optional<Figure> MetricRepository::figure(const FigureKey &key) const
{
    QSqlQuery query(m_store->database());
    query.prepare(kSelect +
                  u" WHERE co.ticker = ? AND m.fiscal_quarter = ? AND m.metric_key = ? AND m.kind = ?"_s);
    query.addBindValue(key.company);
    query.addBindValue(key.quarter.toString());
    query.addBindValue(key.metric);
    query.addBindValue(figureKindName(key.kind));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return figureFrom(query);
}

QString MetricRepository::sourceDescriptionKey(const QString &company)
{
    return u"figures_source/"_s + company;
}

QString MetricRepository::sourceDescription(const QString &company) const
{
    return m_store->metaValue(sourceDescriptionKey(company));
}

std::optional<qint64> MetricRepository::companyId(const QString &ticker, QString *error)
{
    QSqlQuery query(m_store->database());
    query.prepare(u"SELECT id FROM companies WHERE ticker = ?"_s);
    query.addBindValue(ticker);
    if (!execPrepared(query, error))
        return std::nullopt;
    if (query.next())
        return query.value(0).toLongLong();
    query.finish();
    if (!ensureCompany(ticker, ticker, error))
        return std::nullopt;
    return companyId(ticker, error);
}

bool MetricRepository::ensureCompany(const QString &ticker, const QString &name, QString *error)
{
    QSqlQuery query(m_store->database());
    query.prepare(u"INSERT INTO companies (ticker, name) VALUES (?, ?) ON CONFLICT (ticker) DO NOTHING"_s);
    query.addBindValue(ticker);
    query.addBindValue(notNull(name.isEmpty() ? ticker : name));
    return execPrepared(query, error);
}

bool MetricRepository::storeInTransaction(const QList<Figure> &figures, QString *error)
{
    for (const Figure &figure : figures) {
        const QString problem = MetricCatalog::problemWith(figure);
        if (!problem.isEmpty()) {
            *error =
                tr("%1 %2 %3: %4").arg(figure.company, figure.quarter.toString(), figure.metric, problem);
            return false;
        }
    }
    QHash<QString, qint64> companyIds;
    QSqlQuery insert(m_store->database());
    insert.prepare(
        u"INSERT INTO metrics (company_id, fiscal_quarter, period_end, metric_key, kind, value, unit,"
        " note, status, source, user_entered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (company_id, fiscal_quarter, metric_key, kind) DO UPDATE SET"
        " period_end = excluded.period_end, value = excluded.value, unit = excluded.unit,"
        " note = excluded.note, status = excluded.status, source = excluded.source,"
        " user_entered = excluded.user_entered"_s);
    for (const Figure &figure : figures) {
        if (!companyIds.contains(figure.company)) {
            const auto id = companyId(figure.company, error);
            if (!id)
                return false;
            companyIds.insert(figure.company, *id);
        }
        insert.bindValue(0, companyIds.value(figure.company));
        insert.bindValue(1, figure.quarter.toString());
        insert.bindValue(2, figure.periodEnd.isValid() ? QVariant(figure.periodEnd.toString(Qt::ISODate))
                                                       : QVariant());
        insert.bindValue(3, figure.metric);
        insert.bindValue(4, figureKindName(figure.kind));
        insert.bindValue(5, figure.value ? QVariant(*figure.value) : QVariant());
        insert.bindValue(6, notNull(figure.unit));
        insert.bindValue(7, notNull(figure.note));
        insert.bindValue(8, notNull(figure.status));
        insert.bindValue(9, notNull(figure.source));
        insert.bindValue(10, figure.userEntered ? 1 : 0);
        if (!execPrepared(insert, error))
            return false;
    }
    return true;
}

bool MetricRepository::removeInTransaction(const FigureKey &key, QString *error)
{
    QSqlQuery query(m_store->database());
    query.prepare(u"DELETE FROM metrics WHERE company_id = (SELECT id FROM companies WHERE ticker = ?)"
                  " AND fiscal_quarter = ? AND metric_key = ? AND kind = ?"_s);
    query.addBindValue(key.company);
    query.addBindValue(key.quarter.toString());
    query.addBindValue(key.metric);
    query.addBindValue(figureKindName(key.kind));
    return execPrepared(query, error);
}

bool MetricRepository::store(const QList<Figure> &figures, QString *error)
{
    if (!m_store->inTransaction([&](QString *why) { return storeInTransaction(figures, why); }, error))
        return false;
    QSet<QString> companies;
    for (const Figure &figure : figures)
        companies.insert(figure.company);
    for (const QString &company : std::as_const(companies))
        emit figuresChanged(company);
    return true;
}

bool MetricRepository::replace(const std::optional<Figure> &before, const std::optional<Figure> &after,
                               QString *error)
{
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            if (before && !(after && after->key() == before->key()) &&
                !removeInTransaction(before->key(), why))
                return false;
            return !after || storeInTransaction({*after}, why);
        },
        error);
    if (!ok)
        return false;
    if (before)
        emit figuresChanged(before->company);
    if (after && !(before && before->company == after->company))
        emit figuresChanged(after->company);
    return true;
}
