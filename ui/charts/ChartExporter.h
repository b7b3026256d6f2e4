#pragma once

#include "charts/ChartPalette.h"
#include "charts/ChartSpec.h"

#include <QCoreApplication>
#include <QImage>
#include <QSet>
#include <QSize>

#include <optional>

class ChartPane;

// Writes a chart to PNG, SVG or PDF, or copies it to the clipboard as an image. The chart
// is laid out at size / scale (so the default 1600x1000 at 2x is an 800x500 layout drawn
// with twice the pixels), and SVG and PDF use the same layout with text kept as text.
// Files are written to a temporary file and renamed, so a failed export leaves nothing.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        QSize size{1600, 1000}; // pixels of a PNG; SVG and PDF get size / scale
        qreal scale = 2.0;
        ChartPalette palette = ChartPalette::light();

        QSizeF layoutSize() const { return QSizeF(size) / scale; }
    };

    static std::optional<Format> formatForPath(const QString &path);
    // "1600x1000" -> QSize; invalid for anything else or sizes out of [100, 10000].
    static QSize parseSize(const QString &text);

    static QImage renderImage(const ChartSpec &spec, const QSet<QString> &hiddenSeries,
                              const Options &options);
    // The checks exportChart makes before drawing: a known format and a large enough size.
    static bool checkRequest(const QString &path, const Options &options, QString *error);
    // Writes whole or not at all, with a message naming the file on failure.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

    static bool exportChart(const ChartSpec &spec, const QSet<QString> &hiddenSeries, const QString &path,
                            const Options &options, QString *error);

    // The pane's figures, range and hidden series, without its session marks.
    static bool exportPane(const ChartPane &pane, const QString &path, const Options &options,
                           QString *error);
    static void copyToClipboard(const ChartPane &pane, const Options &options);
    static void copyToClipboard(const ChartSpec &spec, const QSet<QString> &hiddenSeries,
                                const Options &options);
};
