#pragma once

#include "options/PutCalculator.h"
#include "options/PutScenario.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// Put calculations and saved scenarios as JSON: what `put-calc --json` and `put-scenarios --json`
// print and what a notes export carries. Every output is named by its PutFigure key; percentages
// of the inputs are given as on the command line (--iv 45 is "iv_pct": 45).
class PutJson
{
    Q_DECLARE_TR_FUNCTIONS(PutJson)
public:
    static QJsonObject inputs(const PutInputs &in);
    static QJsonObject calculation(const PutInputs &in, const PutResult &result,
                                   const QList<PutFigure> &figures);
    // The calculation of a saved scenario with its id, call, name and time of saving.
    static QJsonObject scenario(const PutScenario &scenario);

    // A scenario as scenario() wrote it, from an untrusted file: its call is the file's call id
    // and its id is 0. nullopt, and *error saying why, if a field is missing or of the wrong
    // type, or the calculator refuses the inputs.
    static std::optional<PutScenario> readScenario(const QJsonObject &json, QString *error);
};
