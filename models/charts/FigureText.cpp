#include "charts/FigureText.h"

#include "figures/FigureSource.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

QString FigureText::quarterHeading(const FigureSet &figures, const FiscalQuarter &quarter)
{
    for (const Figure &figure : figures.figures()) {
        if (figure.quarter == quarter && figure.periodEnd.isValid() && figures.isAnnual())
            return tr("%1 (fiscal year ended %2)")
                .arg(quarter.yearLabel(), figure.periodEnd.toString(Qt::ISODate));
        if (figure.quarter == quarter && figure.periodEnd.isValid())
            return tr("%1 (quarter ended %2)")
                .arg(quarter.toString(), figure.periodEnd.toString(Qt::ISODate));
    }
    return figures.isAnnual() ? quarter.yearLabel() : quarter.toString();
}

QString FigureText::provenance(const Figure &figure)
{
    QStringList lines;
    if (figure.userEntered)
        lines << tr("Entered by you in the Figures table, not taken from the source below.");
    lines << tr("Status: %1").arg(figure.status.isEmpty() ? tr("not given") : figure.status);
    lines << tr("Source: %1").arg(FigureSource::readable(figure));
    return lines.join(u'\n');
}

QString FigureText::describe(const Figure &figure)
{
    const QString name = MetricCatalog::displayName(figure.metric);
    QStringList lines;
    if (figure.value)
        lines
            << tr("%1: %2 (%3)").arg(name, FigureFormat::value(figure), FigureFormat::kindName(figure.kind));
    else
        lines << tr("%1 (%2)").arg(name, FigureFormat::kindName(figure.kind));
    if (!figure.note.isEmpty())
        lines << figure.note;
    lines << provenance(figure);
    return lines.join(u'\n');
}

QString FigureText::billions(double millionsUsd)
{
    // "$0.2B" would say the same of $200M and $242M.
    if (std::abs(millionsUsd) < 1000)
        return FigureFormat::value(std::round(millionsUsd), Unit::MillionsUsd);
    return tr("$%1B").arg(QLocale(QLocale::English).toString(millionsUsd / 1000.0, 'f', 1));
}
