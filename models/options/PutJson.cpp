#include "options/PutJson.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue jsonPercent(std::optional<double> fraction)
{
    return fraction ? QJsonValue(*fraction * 100) : QJsonValue();
}

// Reads the fields of an untrusted object, remembering the first that is wrong.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object) : m_object(object) {}

    double number(const QString &key) { return optionalNumber(key, true).value_or(0); }
    std::optional<double> optionalNumber(const QString &key, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if (!required && (value.isNull() || value.isUndefined()))
            return std::nullopt;
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(PutJson::tr("\"%1\" is not a number").arg(key));
            return std::nullopt;
        }
        return value.toDouble();
    }
    QDate date(const QString &key)
    {
        const QDate date = QDate::fromString(m_object.value(key).toString(), Qt::ISODate);
        if (!date.isValid())
            fail(PutJson::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(key));
        return date;
    }
    QString error() const { return m_error; }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

private:
    QJsonObject m_object;
    QString m_error;
};

} // namespace

QJsonObject PutJson::inputs(const PutInputs &in)
{
    return {
        {u"price"_s, in.price},
        {u"strike"_s, in.strike},
        {u"premium"_s, in.premium},
        {u"trade_date"_s, in.tradeDate.toString(Qt::ISODate)},
        {u"expiry"_s, in.expiry.toString(Qt::ISODate)},
        {u"contracts"_s, in.contracts},
        {u"fees"_s, in.fees},
        {u"iv_pct"_s, jsonPercent(in.volatility)},
        {u"rate_pct"_s, jsonPercent(in.riskFreeRate)},
        {u"at_price"_s, in.scenarioPriceOrPrice()},
        {u"at_date"_s, in.scenarioDateOrTradeDate().toString(Qt::ISODate)},
    };
}

QJsonObject PutJson::calculation(const PutInputs &in, const PutResult &result,
                                 const QList<PutFigure> &figures)
{
    QJsonObject json{
        {u"inputs"_s, inputs(in)},         {u"day_basis"_s, PutCalculator::basisName(in.dayBasis)},
        {u"year_days"_s, result.yearDays}, {u"years"_s, result.years},
        {u"shares"_s, result.shares},
    };
    QJsonObject formulas;
    for (const PutFigure &figure : figures) {
        json.insert(figure.key, jsonNumber(figure.value));
        formulas.insert(figure.key, figure.formula);
    }
    json.insert(u"d2"_s, jsonNumber(result.d2));
    json.insert(u"formulas"_s, formulas);
    json.insert(u"assumptions"_s, QJsonArray::fromStringList(PutCalculator::assumptions(in)));
    return json;
}

QJsonObject PutJson::scenario(const PutScenario &scenario)
{
    const PutResult result = PutCalculator::compute(scenario.inputs);
    QJsonObject json = calculation(scenario.inputs, result, PutCalculator::figures(scenario.inputs, result));
    json.insert(u"id"_s, scenario.id);
    json.insert(u"call"_s, scenario.callId);
    json.insert(u"name"_s, scenario.name);
    json.insert(u"created"_s, scenario.created.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

std::optional<PutScenario> PutJson::readScenario(const QJsonObject &json, QString *error)
{
    PutScenario scenario;
    FieldReader outer(json);
    const QJsonValue call = json.value(u"call"_s);
    if (!call.isDouble() || call.toDouble() != std::floor(call.toDouble()))
        outer.fail(tr("\"call\" is not a call id"));
    scenario.callId = call.toInteger();
    scenario.name = json.value(u"name"_s).toString();
    scenario.created = QDateTime::fromString(json.value(u"created"_s).toString(), Qt::ISODateWithMs);
    const QString basis =
        json.value(u"day_basis"_s).toString(PutCalculator::basisName(DayBasis::Calendar365));
    if (basis == PutCalculator::basisName(DayBasis::Trading252))
        scenario.inputs.dayBasis = DayBasis::Trading252;
    else if (basis != PutCalculator::basisName(DayBasis::Calendar365))
        outer.fail(tr("\"day_basis\" is \"%1\", not calendar or trading").arg(basis));
    if (!json.value(u"inputs"_s).isObject())
        outer.fail(tr("\"inputs\" is missing"));

    FieldReader in(json.value(u"inputs"_s).toObject());
    PutInputs &inputs = scenario.inputs;
    inputs.price = in.number(u"price"_s);
    inputs.strike = in.number(u"strike"_s);
    inputs.premium = in.number(u"premium"_s);
    inputs.tradeDate = in.date(u"trade_date"_s);
    inputs.expiry = in.date(u"expiry"_s);
    const double contracts = in.number(u"contracts"_s);
    if (contracts != std::floor(contracts) || contracts < 1 || contracts > std::numeric_limits<int>::max())
        in.fail(tr("\"contracts\" is not a whole number of contracts"));
    inputs.contracts = int(std::clamp(contracts, 0.0, double(std::numeric_limits<int>::max())));
    inputs.fees = in.number(u"fees"_s);
    if (const auto iv = in.optionalNumber(u"iv_pct"_s))
        inputs.volatility = *iv / 100;
    if (const auto rate = in.optionalNumber(u"rate_pct"_s))
        inputs.riskFreeRate = *rate / 100;
    // The export writes the price and trade date where no "what if" was set: the same result.
    if (const auto atPrice = in.optionalNumber(u"at_price"_s); atPrice && *atPrice != inputs.price)
        inputs.scenarioPrice = atPrice;
    if (json.value(u"inputs"_s).toObject().contains(u"at_date"_s)) {
        const QDate atDate = in.date(u"at_date"_s);
        if (atDate != inputs.tradeDate)
            inputs.scenarioDate = atDate;
    }

    QString why = outer.error().isEmpty() ? in.error() : outer.error();
    if (why.isEmpty())
        why = PutCalculator::refusal(inputs);
    if (!why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return scenario;
}
