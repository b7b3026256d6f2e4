#include "options/PutCalculator.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSharesPerContract = 100;

bool isFiniteNumber(double value)
{
    return std::isfinite(value);
}

// Dollar amounts and percentages read the same in every UI language (all three group
// thousands with a comma), and the command line's output must not depend on the locale.
const QLocale &numberLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString plain(double value, int decimals)
{
    return numberLocale().toString(value, 'f', decimals);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

struct BlackScholesTerms
{
    double d1 = 0;
    double d2 = 0;
};

BlackScholesTerms blackScholesTerms(double price, double strike, double years, double rate, double volatility)
{
    const double spread = volatility * std::sqrt(years);
    const double d1 = (std::log(price / strike) + (rate + volatility * volatility / 2) * years) / spread;
    return {d1, d1 - spread};
}

} // namespace

QString PutCalculator::refusal(const PutInputs &in)
{
    if (!isFiniteNumber(in.price) || in.price <= 0)
        return tr("The stock price must be more than zero.");
    if (!isFiniteNumber(in.strike) || in.strike <= 0)
        return tr("The strike must be more than zero.");
    if (!isFiniteNumber(in.premium) || in.premium < 0)
        return tr("The premium cannot be negative.");
    if (in.premium >= in.strike)
        return tr("The premium must be less than the strike: nobody pays the whole strike for a put.");
    if (in.contracts < 1)
        return tr("Sell at least one contract.");
    if (!isFiniteNumber(in.fees) || in.fees < 0)
        return tr("Fees cannot be negative.");
    if (!in.tradeDate.isValid())
        return tr("The trade date is not a valid date.");
    if (!in.expiry.isValid())
        return tr("The expiry date is not a valid date.");
    if (in.expiry <= in.tradeDate)
        return tr("The expiry date must be after the trade date.");
    if (daysBetween(in.tradeDate, in.expiry, in.dayBasis) < 1)
        return tr("There is no trading day after the trade date up to expiry.");
    if (in.volatility && (!isFiniteNumber(*in.volatility) || *in.volatility <= 0))
        return tr("The implied volatility must be more than zero, or left out.");
    if (in.riskFreeRate && (!isFiniteNumber(*in.riskFreeRate) || *in.riskFreeRate <= -1))
        return tr("The risk-free rate must be a number above −100%.");
    if (in.scenarioPrice && (!isFiniteNumber(*in.scenarioPrice) || *in.scenarioPrice < 0))
        return tr("The stock price to try cannot be negative.");
    if (in.scenarioDate &&
        (!in.scenarioDate->isValid() || *in.scenarioDate < in.tradeDate || *in.scenarioDate > in.expiry))
        return tr("The date to try must lie from the trade date to expiry.");
    return {};
}

PutResult PutCalculator::compute(const PutInputs &in)
{
    PutResult r;
    r.error = refusal(in);
    if (!r.ok())
        return r;
    r.days = daysBetween(in.tradeDate, in.expiry, in.dayBasis);
    r.yearDays = yearDays(in.dayBasis);
    r.years = double(r.days) / r.yearDays;
    r.shares = in.contracts * kSharesPerContract;
    r.premiumReceived = in.premium * r.shares;
    r.netPremium = r.premiumReceived - in.fees;
    r.collateral = in.strike * r.shares;
    r.breakeven = in.strike - r.netPremium / r.shares;
    r.effectivePriceIfAssigned = r.breakeven;
    r.strikeDistancePct = (in.price - in.strike) / in.price * 100;
    r.returnOnCollateralPct = r.netPremium / r.collateral * 100;
    r.annualisedYieldPct = r.returnOnCollateralPct * r.yearDays / r.days;
    r.maxLoss = r.collateral - r.netPremium;
    r.scenarioPnl = pnlAtExpiry(in, in.scenarioPriceOrPrice());
    r.rate = in.riskFreeRate.value_or(0);
    if (in.volatility) {
        const BlackScholesTerms terms =
            blackScholesTerms(in.price, in.strike, r.years, r.rate, *in.volatility);
        r.d1 = terms.d1;
        r.d2 = terms.d2;
        r.probabilityOfAssignment = normalCdf(-terms.d2);
        r.modelPutValue = blackScholesPut(in.price, in.strike, r.years, r.rate, *in.volatility);
        if (in.scenarioDateOrTradeDate() < in.expiry)
            r.scenarioPnlBeforeExpiry =
                pnlBefore(in, in.scenarioDateOrTradeDate(), in.scenarioPriceOrPrice());
    }
    return r;
}

QList<PutFigure> PutCalculator::figures(const PutInputs &in, const PutResult &r)
{
    if (!r.ok())
        return {};
    const QString contracts = QString::number(in.contracts);
    const QString shares = QString::number(r.shares);
    const QString netPerShare = perShare(r.netPremium / r.shares);
    const QString basis = basisDescription(in.dayBasis);
    QList<PutFigure> list;
    auto add = [&list](const QString &key, const QString &label, std::optional<double> value,
                       const QString &display, const QString &formula) {
        list.append({key, label, value, display, formula});
    };

    add(u"days"_s, tr("Days to expiry"), r.days, QString::number(r.days),
        in.dayBasis == DayBasis::Calendar365
            ? tr("calendar days from %1 to %2 = %3")
                  .arg(isoDate(in.tradeDate), isoDate(in.expiry))
                  .arg(r.days)
            : tr("weekdays after %1 up to %2 = %3 (exchange holidays are not counted)")
                  .arg(isoDate(in.tradeDate), isoDate(in.expiry))
                  .arg(r.days));
    add(u"premium_received"_s, tr("Premium received"), r.premiumReceived, money(r.premiumReceived),
        tr("premium × 100 × contracts = %1 × 100 × %2 = %3")
            .arg(perShare(in.premium), contracts, money(r.premiumReceived)));
    add(u"net_premium"_s, tr("Premium after fees"), r.netPremium, money(r.netPremium),
        tr("premium received − fees = %1 − %2 = %3")
            .arg(money(r.premiumReceived), money(in.fees), money(r.netPremium)));
    add(u"collateral"_s, tr("Cash collateral"), r.collateral, money(r.collateral),
        tr("strike × 100 × contracts = %1 × 100 × %2 = %3")
            .arg(perShare(in.strike), contracts, money(r.collateral)));
    add(u"breakeven"_s, tr("Breakeven at expiry"), r.breakeven, perShare(r.breakeven),
        tr("strike − premium after fees per share = %1 − %2 = %3")
            .arg(perShare(in.strike), netPerShare, perShare(r.breakeven)));
    add(u"effective_price_if_assigned"_s, tr("Effective purchase price if assigned"),
        r.effectivePriceIfAssigned, perShare(r.effectivePriceIfAssigned),
        tr("you pay the strike and keep the premium: %1 − %2 = %3 a share")
            .arg(perShare(in.strike), netPerShare, perShare(r.effectivePriceIfAssigned)));
    add(u"strike_distance_pct"_s, tr("Strike below the price"), r.strikeDistancePct,
        percent(r.strikeDistancePct),
        tr("(price − strike) ÷ price = (%1 − %2) ÷ %1 = %3")
            .arg(perShare(in.price), perShare(in.strike), percent(r.strikeDistancePct)));
    add(u"return_on_collateral_pct"_s, tr("Return on collateral"), r.returnOnCollateralPct,
        percent(r.returnOnCollateralPct),
        tr("premium after fees ÷ collateral = %1 ÷ %2 = %3")
            .arg(money(r.netPremium), money(r.collateral), percent(r.returnOnCollateralPct, 3)));
    add(u"annualised_yield_pct"_s, tr("Annualised yield"), r.annualisedYieldPct,
        percent(r.annualisedYieldPct),
        tr("return on collateral × %1 ÷ days = %2 × %1 ÷ %3 = %4 (%5)")
            .arg(r.yearDays)
            .arg(percent(r.returnOnCollateralPct, 3))
            .arg(r.days)
            .arg(percent(r.annualisedYieldPct), basis));

    const QString scenarioPrice = perShare(in.scenarioPriceOrPrice());
    add(u"pnl_at_price"_s, tr("Profit or loss at expiry with the stock at %1").arg(scenarioPrice),
        r.scenarioPnl, money(r.scenarioPnl),
        tr("premium after fees − max(strike − stock, 0) × shares = %1 − max(%2 − %3, 0) × %4 = %5")
            .arg(money(r.netPremium), perShare(in.strike), scenarioPrice, shares, money(r.scenarioPnl)));
    add(u"max_loss"_s, tr("Maximum loss"), r.maxLoss, money(r.maxLoss),
        tr("if the stock went to zero: collateral − premium after fees = %1 − %2 = %3")
            .arg(money(r.collateral), money(r.netPremium), money(r.maxLoss)));

    if (!in.volatility) {
        const QString needsVolatility = tr("needs an implied volatility");
        add(u"probability_of_assignment"_s, tr("Probability of assignment at expiry"), std::nullopt,
            needsVolatility, tr("N(−d2) under Black-Scholes, which needs an implied volatility σ"));
        add(u"model_put_value"_s, tr("Black-Scholes value of the put"), std::nullopt, needsVolatility,
            tr("K·e^(−rT)·N(−d2) − S·N(−d1), which needs an implied volatility σ"));
        return list;
    }
    const double sigma = *in.volatility;
    add(u"probability_of_assignment"_s, tr("Probability of assignment at expiry"), *r.probabilityOfAssignment,
        percent(*r.probabilityOfAssignment * 100),
        tr("N(−d2), d2 = [ln(S/K) + (r − σ²/2)·T] ÷ (σ·√T) = [ln(%1/%2) + (%3 − %4²/2)·%5] ÷ (%4·√%5) = %6; "
           "N(%7) = %8")
            .arg(plain(in.price, 2), plain(in.strike, 2), percent(r.rate * 100), percent(sigma * 100),
                 plain(r.years, 4), plain(*r.d2, 4), plain(-*r.d2, 4),
                 percent(*r.probabilityOfAssignment * 100)));
    add(u"model_put_value"_s, tr("Black-Scholes value of the put"), *r.modelPutValue,
        perShare(*r.modelPutValue),
        tr("K·e^(−rT)·N(−d2) − S·N(−d1), d1 = d2 + σ·√T = %1: %2 × e^(−%3 × %4) × %5 − %6 × %7 = %8 a share "
           "(the premium is %9)")
            .arg(plain(*r.d1, 4), perShare(in.strike), percent(r.rate * 100), plain(r.years, 4),
                 plain(normalCdf(-*r.d2), 4), perShare(in.price), plain(normalCdf(-*r.d1), 4),
                 perShare(*r.modelPutValue), perShare(in.premium)));
    if (r.scenarioPnlBeforeExpiry) {
        const QDate date = in.scenarioDateOrTradeDate();
        add(u"pnl_before_expiry"_s,
            tr("Profit or loss on %1 with the stock at %2").arg(isoDate(date), scenarioPrice),
            *r.scenarioPnlBeforeExpiry, money(*r.scenarioPnlBeforeExpiry),
            tr("premium after fees − Black-Scholes put value × shares, with %1 days left = %2 − %3 × %4 = %5")
                .arg(daysBetween(date, in.expiry, in.dayBasis))
                .arg(money(r.netPremium),
                     perShare(blackScholesPut(in.scenarioPriceOrPrice(), in.strike,
                                              double(daysBetween(date, in.expiry, in.dayBasis)) / r.yearDays,
                                              r.rate, sigma)),
                     shares, money(*r.scenarioPnlBeforeExpiry)));
    }
    return list;
}

QStringList PutCalculator::assumptions(const PutInputs &in)
{
    QStringList list{
        tr("Black-Scholes: the stock's price is lognormal with a constant volatility σ; no dividends."),
        tr("European exercise: assignment only at expiry, although a US stock option can be assigned "
           "any day before."),
        tr("The probability is risk-neutral, N(−d2): what the option price implies, not a forecast."),
        tr("Time T = days ÷ %1 (%2).").arg(yearDays(in.dayBasis)).arg(basisDescription(in.dayBasis)),
    };
    list << (in.riskFreeRate
                 ? tr("Risk-free rate r = %1, continuously compounded.").arg(percent(*in.riskFreeRate * 100))
                 : tr("Risk-free rate r = 0% (none given)."));
    list << tr("Fees are taken from the premium; taxes and interest on the collateral are left out.");
    return list;
}

int PutCalculator::daysBetween(const QDate &from, const QDate &to, DayBasis basis)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    if (basis == DayBasis::Calendar365)
        return int(from.daysTo(to));
    const qint64 span = from.daysTo(to);
    // Whole weeks have five weekdays each; the remainder is walked.
    int weekdays = int(span / 7) * 5;
    for (QDate day = from.addDays(span / 7 * 7 + 1); day <= to; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            ++weekdays;
    }
    return weekdays;
}

QString PutCalculator::basisName(DayBasis basis)
{
    return basis == DayBasis::Trading252 ? u"trading"_s : u"calendar"_s;
}

QString PutCalculator::basisDescription(DayBasis basis)
{
    return basis == DayBasis::Trading252 ? tr("trading days, 252 a year; holidays are not counted")
                                         : tr("calendar days, 365 a year");
}

double PutCalculator::normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double PutCalculator::blackScholesPut(double price, double strike, double years, double rate,
                                      double volatility)
{
    if (years <= 0)
        return std::max(strike - price, 0.0);
    // No spread of outcomes: the discounted intrinsic value.
    if (price <= 0 || volatility <= 0)
        return std::max(strike * std::exp(-rate * years) - price, 0.0);
    const BlackScholesTerms terms = blackScholesTerms(price, strike, years, rate, volatility);
    return strike * std::exp(-rate * years) * normalCdf(-terms.d2) - price * normalCdf(-terms.d1);
}

double PutCalculator::pnlAtExpiry(const PutInputs &in, double price)
{
    const int shares = in.contracts * kSharesPerContract;
    return in.premium * shares - in.fees - std::max(in.strike - price, 0.0) * shares;
}

double PutCalculator::pnlBefore(const PutInputs &in, const QDate &date, double price)
{
    const int shares = in.contracts * kSharesPerContract;
    const double years = double(daysBetween(date, in.expiry, in.dayBasis)) / yearDays(in.dayBasis);
    const double value =
        blackScholesPut(price, in.strike, years, in.riskFreeRate.value_or(0), in.volatility.value_or(0));
    return in.premium * shares - in.fees - value * shares;
}

QString PutCalculator::money(double value)
{
    const QString text = numberLocale().toString(std::abs(value), 'f', 2);
    return value < -0.005 ? u"−$"_s + text : u"$"_s + text;
}

QString PutCalculator::perShare(double value)
{
    QString text = numberLocale().toString(value, 'f', 4);
    while (text.endsWith(u'0') && text.indexOf(u'.') < text.size() - 3)
        text.chop(1);
    return (value < 0 ? u"−$"_s + text.mid(1) : u"$"_s + text);
}

QString PutCalculator::percent(double value, int decimals)
{
    return numberLocale().toString(value, 'f', decimals) + u'%';
}
