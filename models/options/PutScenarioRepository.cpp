#include "options/PutScenarioRepository.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, call_id, name, price, strike, premium, trade_date, expiry, contracts, "
                        u"fees, volatility, rate,"
                        " day_basis, at_price, at_date, created_at FROM put_scenarios"_s;

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> realOrNone(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

PutScenarioRepository::PutScenarioRepository(LibraryStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{}

std::optional<PutScenario> PutScenarioRepository::add(const PutScenario &scenario, QString *error)
{
    PutScenario stored = scenario;
    if (!stored.created.isValid())
        stored.created = QDateTime::currentDateTimeUtc();
    const QString refusal = PutCalculator::refusal(scenario.inputs);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return std::nullopt;
    }
    const PutInputs &in = scenario.inputs;
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery query(m_store->database());
            query.prepare(
                u"INSERT INTO put_scenarios (id, call_id, name, price, strike, premium, trade_date,"
                " expiry, contracts, fees, volatility, rate, day_basis, at_price, at_date, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            query.addBindValue(stored.id ? QVariant(stored.id) : QVariant(QMetaType(QMetaType::LongLong)));
            query.addBindValue(stored.callId);
            query.addBindValue(notNull(stored.name));
            query.addBindValue(in.price);
            query.addBindValue(in.strike);
            query.addBindValue(in.premium);
            query.addBindValue(in.tradeDate.toString(Qt::ISODate));
            query.addBindValue(in.expiry.toString(Qt::ISODate));
            query.addBindValue(in.contracts);
            query.addBindValue(in.fees);
            query.addBindValue(optionalReal(in.volatility));
            query.addBindValue(optionalReal(in.riskFreeRate));
            query.addBindValue(PutCalculator::basisName(in.dayBasis));
            query.addBindValue(optionalReal(in.scenarioPrice));
            query.addBindValue(in.scenarioDate ? QVariant(in.scenarioDate->toString(Qt::ISODate))
                                               : QVariant(QMetaType(QMetaType::QString)));
            query.addBindValue(stored.created.toUTC().toString(Qt::ISODateWithMs));
            if (!execPrepared(query, why))
                return false;
            stored.id = query.lastInsertId().toLongLong();
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    emit scenarioAdded(stored.id, stored.callId);
    return stored;
}

bool PutScenarioRepository::remove(qint64 id, QString *error)
{
    qint64 callId = 0;
    const bool ok = m_store->inTransaction(
        [&](QString *why) {
            QSqlQuery query(m_store->database());
            query.prepare(u"DELETE FROM put_scenarios WHERE id = ? RETURNING call_id"_s);
            query.addBindValue(id);
            if (!execPrepared(query, why))
                return false;
            if (!query.next()) {
                *why = tr("put scenario %1 does not exist").arg(id);
                return false;
            }
            callId = query.value(0).toLongLong();
            query.finish(); // a statement still stepping would hold the commit back
            return true;
        },
        error);
    if (ok)
        emit scenarioRemoved(id, callId);
    return ok;
}

std::optional<PutScenario> PutScenarioRepository::scenario(qint64 id) const
{
    const QList<PutScenario> found = select(u" WHERE id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<PutScenario>(found.first());
}

QList<PutScenario> PutScenarioRepository::scenarios(qint64 callId) const
{
    return select(u" WHERE call_id = ? ORDER BY created_at, id"_s, {callId});
}

QList<PutScenario> PutScenarioRepository::allScenarios() const
{
    return select(u" ORDER BY call_id, created_at, id"_s, {});
}

QList<PutScenario> PutScenarioRepository::select(const QString &where, const QVariantList &values) const
{
    QList<PutScenario> result;
    QSqlQuery query(m_store->database());
    query.prepare(kSelect + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next()) {
        PutScenario s;
        s.id = query.value(0).toLongLong();
        s.callId = query.value(1).toLongLong();
        s.name = query.value(2).toString();
        s.inputs.price = query.value(3).toDouble();
        s.inputs.strike = query.value(4).toDouble();
        s.inputs.premium = query.value(5).toDouble();
        s.inputs.tradeDate = isoDate(query.value(6));
        s.inputs.expiry = isoDate(query.value(7));
        s.inputs.contracts = query.value(8).toInt();
        s.inputs.fees = query.value(9).toDouble();
        s.inputs.volatility = realOrNone(query.value(10));
        s.inputs.riskFreeRate = realOrNone(query.value(11));
        s.inputs.dayBasis = query.value(12).toString() == PutCalculator::basisName(DayBasis::Trading252)
                                ? DayBasis::Trading252
                                : DayBasis::Calendar365;
        s.inputs.scenarioPrice = realOrNone(query.value(13));
        if (!query.value(14).isNull())
            s.inputs.scenarioDate = isoDate(query.value(14));
        s.created = QDateTime::fromString(query.value(15).toString(), Qt::ISODateWithMs);
        result.append(s);
    }
    return result;
}
