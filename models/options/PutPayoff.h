#pragma once

#include "options/PutCalculator.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

// What the payoff chart draws, as plain values: the pane renders it, tests read it. x is
// the stock's price per share, y the seller's profit or loss for the whole trade in dollars.
struct PutPayoffSpec
{
    double minPrice = 0;
    double maxPrice = 0;
    QList<QPointF> atExpiry;
    QString atExpiryName;
    QList<QPointF> beforeExpiry; // empty without a volatility, or when the date is expiry
    QString beforeExpiryName;
    double strike = 0;
    double breakeven = 0;
    QPointF marker; // the "stock at X on date Y" point, on the curve for that date
    QString markerLabel;
    QString title;
};

class PutPayoff
{
    Q_DECLARE_TR_FUNCTIONS(PutPayoff)

public:
    // Empty (no points) when the inputs are refused.
    static PutPayoffSpec spec(const PutInputs &inputs, int samples = 121);
};
