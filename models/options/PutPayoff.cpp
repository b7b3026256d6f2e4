#include "options/PutPayoff.h"

#include <algorithm>

PutPayoffSpec PutPayoff::spec(const PutInputs &in, int samples)
{
    PutPayoffSpec spec;
    const PutResult result = PutCalculator::compute(in);
    if (!result.ok())
        return spec;
    const double scenarioPrice = in.scenarioPriceOrPrice();
    const QDate scenarioDate = in.scenarioDateOrTradeDate();
    // Room on both sides of everything marked, so the kink at the strike is never at an edge.
    const double low = std::min({in.price, in.strike, result.breakeven, scenarioPrice});
    const double high = std::max({in.price, in.strike, scenarioPrice});
    spec.minPrice = std::max(0.0, low * 0.8);
    spec.maxPrice = high * 1.2;
    spec.strike = in.strike;
    spec.breakeven = result.breakeven;
    spec.title = tr("Selling %1 × %2 put, expiring %3")
                     .arg(in.contracts)
                     .arg(PutCalculator::money(in.strike), in.expiry.toString(Qt::ISODate));

    QList<double> prices;
    for (int i = 0; i < samples; ++i)
        prices.append(spec.minPrice + (spec.maxPrice - spec.minPrice) * i / (samples - 1));
    // The payoff bends exactly at the strike: a sample there keeps the corner sharp.
    prices.append(in.strike);
    std::sort(prices.begin(), prices.end());
    prices.erase(std::unique(prices.begin(), prices.end()), prices.end());

    spec.atExpiryName = tr("At expiry (%1)").arg(in.expiry.toString(Qt::ISODate));
    for (double price : prices)
        spec.atExpiry.append({price, PutCalculator::pnlAtExpiry(in, price)});
    const bool beforeExpiry = in.volatility && scenarioDate < in.expiry;
    if (beforeExpiry) {
        spec.beforeExpiryName =
            tr("On %1, at σ %2 (Black-Scholes)")
                .arg(scenarioDate.toString(Qt::ISODate), PutCalculator::percent(*in.volatility * 100, 1));
        for (double price : prices)
            spec.beforeExpiry.append({price, PutCalculator::pnlBefore(in, scenarioDate, price)});
    }
    const double markerPnl = beforeExpiry ? PutCalculator::pnlBefore(in, scenarioDate, scenarioPrice)
                                          : PutCalculator::pnlAtExpiry(in, scenarioPrice);
    spec.marker = {scenarioPrice, markerPnl};
    spec.markerLabel = tr("Stock at %1 on %2: %3")
                           .arg(PutCalculator::money(scenarioPrice),
                                (beforeExpiry ? scenarioDate : in.expiry).toString(Qt::ISODate),
                                PutCalculator::money(markerPnl));
    return spec;
}
