#include "options/PutExplanation.h"

QString PutExplanation::whatItMeans(const PutInputs &in, const PutResult &r)
{
    if (!r.ok())
        return {};
    const QString strike = PutCalculator::money(in.strike);
    return tr("Selling %1 put contract(s) at a strike of %2, you collect %3 now (%4 after fees). In "
              "return you promise to buy %5 shares at %2 each, %6 in all, if the buyer exercises, "
              "whatever the stock is worth then: keep that cash aside until %7. If the stock stays above "
              "%2, the put expires unused and the premium is yours: %8 on the cash set aside, %9 a year "
              "counting %10. If you are assigned, you own the shares at %11 each; below that price at "
              "expiry the trade loses money, and if the stock went to zero you would lose %12.")
        .arg(in.contracts)
        .arg(strike, PutCalculator::money(r.premiumReceived), PutCalculator::money(r.netPremium))
        .arg(r.shares)
        .arg(PutCalculator::money(r.collateral), in.expiry.toString(Qt::ISODate),
             PutCalculator::percent(r.returnOnCollateralPct), PutCalculator::percent(r.annualisedYieldPct),
             PutCalculator::basisDescription(in.dayBasis), PutCalculator::money(r.breakeven),
             PutCalculator::money(r.maxLoss));
}

QString PutExplanation::putCallParity(const PutInputs &in)
{
    return tr("Buying 100 shares and selling a call at the same strike (%1) and expiry is, by put-call "
              "parity, close to selling this put: stock − call = cash − put, where the cash is the strike "
              "discounted to today. Both collect a premium, keep the gain above the strike for someone "
              "else, and lose nearly dollar for dollar as the stock falls; they differ by dividends and "
              "early exercise.")
        .arg(PutCalculator::money(in.strike));
}
