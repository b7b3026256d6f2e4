#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Selling a cash-secured put, worked out: a plain value of inputs, a pure function from them
// to every figure a seller asks about, and each figure's formula filled with the numbers, so
// nothing is shown without the arithmetic and the assumptions behind it.

// The year that annualised yields and Black-Scholes time are measured in. Brokers differ on
// this, and the choice moves the numbers visibly, so it is always stated next to them.
enum class DayBasis {
    Calendar365, // calendar days from the trade date to expiry, 365 a year
    Trading252,  // weekdays after the trade date up to expiry, 252 a year; holidays are not counted
};

struct PutInputs
{
    double price = 0;   // underlying, per share
    double strike = 0;  // per share
    double premium = 0; // received per share
    QDate tradeDate;
    QDate expiry;
    int contracts = 1;                  // of 100 shares each
    double fees = 0;                    // for the whole trade, in dollars
    std::optional<double> volatility;   // implied, annualised, as a fraction (0.45 is 45%)
    std::optional<double> riskFreeRate; // annual, continuously compounded, as a fraction
    DayBasis dayBasis = DayBasis::Calendar365;
    // "What if the stock is at X on date Y": Y defaults to the trade date, X to the price.
    std::optional<double> scenarioPrice;
    std::optional<QDate> scenarioDate;

    double scenarioPriceOrPrice() const { return scenarioPrice.value_or(price); }
    QDate scenarioDateOrTradeDate() const { return scenarioDate.value_or(tradeDate); }
};

// One computed figure: its value and how it was obtained.
struct PutFigure
{
    QString key;   // stable name, as in the JSON output
    QString label; // translated
    std::optional<double> value;
    QString display; // the value formatted with its unit
    QString formula; // translated, with the numbers filled in
};

struct PutResult
{
    QString error; // non-empty: the inputs were refused, and nothing else is set

    int days = 0; // in the day basis: calendar days or weekdays
    int yearDays = 365;
    double years = 0; // days / yearDays, Black-Scholes time to expiry
    int shares = 0;
    double premiumReceived = 0; // premium × shares, before fees
    double netPremium = 0;      // after fees
    double collateral = 0;      // strike × shares
    double breakeven = 0;       // per share, at expiry
    double effectivePriceIfAssigned = 0;
    double strikeDistancePct = 0; // how far the strike is below the price
    double returnOnCollateralPct = 0;
    double annualisedYieldPct = 0;
    double maxLoss = 0;       // the stock going to zero
    double scenarioPnl = 0;   // at the scenario price, at expiry; negative is a loss
    double rate = 0;          // the rate used (0 when none was given)
    std::optional<double> d1; // Black-Scholes, only with a volatility
    std::optional<double> d2;
    std::optional<double> probabilityOfAssignment; // N(-d2)
    std::optional<double> modelPutValue;           // per share, at the trade date
    std::optional<double> scenarioPnlBeforeExpiry; // at the scenario date, if it is before expiry

    bool ok() const { return error.isEmpty(); }
};

class PutCalculator
{
    Q_DECLARE_TR_FUNCTIONS(PutCalculator)

public:
    // Empty when the inputs can be worked out; otherwise why not, in words for the user.
    static QString refusal(const PutInputs &inputs);
    static PutResult compute(const PutInputs &inputs);

    // Every output in display order, each with its formula.
    static QList<PutFigure> figures(const PutInputs &inputs, const PutResult &result);
    // The model's assumptions, one sentence each, as shown next to the probability.
    static QStringList assumptions(const PutInputs &inputs);

    // The day count of the basis between two dates (trading: weekdays after from, up to to).
    static int daysBetween(const QDate &from, const QDate &to, DayBasis basis);
    static int yearDays(DayBasis basis) { return basis == DayBasis::Trading252 ? 252 : 365; }
    static QString basisName(DayBasis basis); // "calendar" or "trading", as on the command line
    static QString basisDescription(DayBasis basis);

    // Standard normal cumulative distribution, through std::erfc.
    static double normalCdf(double x);
    // Black-Scholes value of a European put per share; at years <= 0 its value at expiry.
    static double blackScholesPut(double price, double strike, double years, double rate, double volatility);
    // The seller's profit or loss for the whole trade, at expiry, with the stock at price.
    static double pnlAtExpiry(const PutInputs &inputs, double price);
    // The same on date, buying the put back at its Black-Scholes value (needs a volatility).
    static double pnlBefore(const PutInputs &inputs, const QDate &date, double price);

    static QString money(double value);
    // A price per share: cents at least, but 3.725 stays 3.725.
    static QString perShare(double value);
    static QString percent(double value, int decimals = 2);
};
