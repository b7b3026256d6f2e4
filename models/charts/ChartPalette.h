#pragma once

#include <QColor>
#include <QPalette>

// The colours of the chart panes, one set for light and one for dark backgrounds; exports
// use the same sets, so an exported chart looks like the pane.
struct ChartPalette
{
    enum class Role {
        DataCenter,
        Rest,
        Growth,
        GaapMargin,
        NonGaapMargin,
        NetMargin,
        Outlook,
        Compute,
        Disclosed,
        Estimate,
        Statement,
        Linked,
        Highlight,
    };

    bool isDark = false;
    QColor background;
    QColor plotBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;

    QColor color(Role role) const;

    static ChartPalette light();
    static ChartPalette dark();
    static ChartPalette forPalette(const QPalette &palette);
};
