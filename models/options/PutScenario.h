#pragma once

#include "options/PutCalculator.h"

#include <QDateTime>
#include <QString>

// A put-selling scenario saved with a call: its inputs as the user gave them, and a name.
struct PutScenario
{
    qint64 id = 0; // 0 until stored
    qint64 callId = 0;
    QString name;
    PutInputs inputs;
    QDateTime created;
};
