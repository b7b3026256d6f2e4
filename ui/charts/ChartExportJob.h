#pragma once

#include "charts/ChartExporter.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// A chart export started from the window. A PNG is encoded on a worker thread under a
// progress dialog (shown once the export has taken a moment) that follows the rows
// encoded, and Cancel stops it with nothing written. SVG and PDF stay text and lines, quick at any size, so
// they are written at once.
class ChartExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ChartExportJob)
public:
    enum class Outcome { Exported, Failed, Cancelled };

    static Outcome run(QWidget *parent, const ChartSpec &spec, const QSet<QString> &hiddenSeries,
                       const QString &path, const ChartExporter::Options &options, QString *error);
};
