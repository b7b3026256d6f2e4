#pragma once

#include "options/PutCalculator.h"

#include <QCoreApplication>
#include <QString>

// Selling a put in plain words, in the UI language, with the current numbers: what the
// seller collects, what they promise, when it pays and when it costs; and why owning the
// stock while selling a call is nearly the same trade.
class PutExplanation
{
    Q_DECLARE_TR_FUNCTIONS(PutExplanation)

public:
    // Empty for refused inputs.
    static QString whatItMeans(const PutInputs &inputs, const PutResult &result);
    static QString putCallParity(const PutInputs &inputs);
};
