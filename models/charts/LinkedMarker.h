#pragma once

#include "figures/FinancialFigures.h"

#include <QList>
#include <QString>
#include <QVariant>

// A passage of a call linked to a figure (by the annotation feature): the chart panes show
// a marker at the figure's quarter, on the figure's value when the pane plots that metric
// and along the top of the plot otherwise.
struct LinkedMarker
{
    FiscalQuarter quarter;
    QString metric; // a metric key; may be empty for "this quarter"
    QString label;  // shown in the marker's tooltip, e.g. the quoted words
    QVariant id;    // the caller's handle (an annotation id), handed back on a click

    friend bool operator==(const LinkedMarker &, const LinkedMarker &) = default;
};
