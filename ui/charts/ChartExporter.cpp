#include "charts/ChartExporter.h"

#include "charts/ChartPane.h"
#include "charts/ChartRenderer.h"

#include "charts/PngEncoder.h"
#include "util/AtomicFile.h"

#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMinSide = 100;
constexpr int kMaxSide = 10000;
constexpr qreal kLayoutDpi = 96.0;

// A chart laid out at the given size in its own scene, ready to be drawn onto any device.
class LaidOutChart
{
public:
    LaidOutChart(const ChartSpec &spec, const QSet<QString> &hidden, const ChartExporter::Options &options)
    {
        ChartRenderer::Options renderOptions;
        renderOptions.palette = options.palette;
        renderOptions.hiddenSeries = hidden;
        renderOptions.legendInFooter = true;
        QChart *chart = ChartRenderer::render(spec, renderOptions);
        m_scene.addItem(chart); // the scene owns it
        const QRectF rect(QPointF(0, 0), options.layoutSize());
        chart->setGeometry(rect);
        if (chart->layout())
            chart->layout()->activate();
        m_scene.setSceneRect(rect);
        m_scene.setBackgroundBrush(options.palette.background);
    }

    void paint(QPainter &painter, const QRectF &target)
    {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_scene.render(&painter, target, m_scene.sceneRect(), Qt::IgnoreAspectRatio);
    }

private:
    QGraphicsScene m_scene;
};

QString cannotWrite(const QString &path, const QString &why)
{
    return ChartExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return Format::Png;
    if (suffix == u"svg"_s)
        return Format::Svg;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

QSize ChartExporter::parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,5})[xX](\\d{1,5})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < kMinSide || size.height() < kMinSide || size.width() > kMaxSide ||
        size.height() > kMaxSide)
        return {};
    return size;
}

QImage ChartExporter::renderImage(const ChartSpec &spec, const QSet<QString> &hiddenSeries,
                                  const Options &options)
{
    LaidOutChart chart(spec, hiddenSeries, options);
    // An opaque background needs no alpha channel: the PNG is smaller and quicker to encode.
    const QImage::Format format = options.palette.background.alpha() == 255
                                      ? QImage::Format_RGB32
                                      : QImage::Format_ARGB32_Premultiplied;
    QImage image(options.size, format);
    image.setDevicePixelRatio(options.scale);
    const int dotsPerMeter = qRound(kLayoutDpi * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(options.palette.background);
    QPainter painter(&image);
    chart.paint(painter, QRectF(QPointF(0, 0), options.layoutSize()));
    painter.end();
    return image;
}

bool ChartExporter::checkRequest(const QString &path, const Options &options, QString *error)
{
    if (!formatForPath(path)) {
        *error = tr("Cannot export to %1: the file name must end in .png, .svg or .pdf")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (options.size.width() < kMinSide || options.size.height() < kMinSide || options.scale <= 0) {
        *error = tr("Cannot export to %1: the size must be at least %2x%2 pixels")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(kMinSide);
        return false;
    }
    return true;
}

bool ChartExporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty()) {
        *error = cannotWrite(path, tr("the chart could not be drawn"));
        return false;
    }
    QString why;
    if (!AtomicFile::write(path, bytes, &why)) {
        *error = cannotWrite(path, why);
        return false;
    }
    return true;
}

bool ChartExporter::exportChart(const ChartSpec &spec, const QSet<QString> &hiddenSeries, const QString &path,
                                const Options &options, QString *error)
{
    if (!checkRequest(path, options, error))
        return false;
    const auto format = formatForPath(path);
    // Drawn in memory first, so the file is written whole or not at all.
    QByteArray bytes;
    QBuffer buffer(&bytes); // for the vector formats; PngEncoder writes a PNG's bytes
    bool drawn = true;
    switch (*format) {
    case Format::Png:
        drawn = PngEncoder::encode(renderImage(spec, hiddenSeries, options), &bytes);
        break;
    case Format::Svg: {
        LaidOutChart chart(spec, hiddenSeries, options);
        const QSize layout = options.layoutSize().toSize();
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(layout);
        generator.setViewBox(QRect(QPoint(0, 0), layout));
        generator.setResolution(int(kLayoutDpi));
        generator.setTitle(spec.title);
        generator.setDescription(spec.sourceLine);
        QPainter painter;
        drawn = painter.begin(&generator);
        if (drawn) {
            chart.paint(painter, QRectF(QPointF(0, 0), options.layoutSize()));
            painter.end();
        }
        break;
    }
    case Format::Pdf: {
        LaidOutChart chart(spec, hiddenSeries, options);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(int(kLayoutDpi));
        writer.setPageSize(QPageSize(options.layoutSize() * 72.0 / kLayoutDpi, QPageSize::Point, QString(),
                                     QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(spec.title);
        writer.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        drawn = painter.begin(&writer);
        if (drawn) {
            chart.paint(painter, QRectF(QPointF(0, 0), options.layoutSize()));
            painter.end();
        }
        break;
    }
    }
    if (!drawn)
        bytes.clear();
    return writeFile(path, bytes, error);
}

bool ChartExporter::exportPane(const ChartPane &pane, const QString &path, const Options &options,
                               QString *error)
{
    return exportChart(pane.exportSpec(), pane.hiddenSeries(), path, options, error);
}

void ChartExporter::copyToClipboard(const ChartPane &pane, const Options &options)
{
    copyToClipboard(pane.exportSpec(), pane.hiddenSeries(), options);
}

void ChartExporter::copyToClipboard(const ChartSpec &spec, const QSet<QString> &hiddenSeries,
                                    const Options &options)
{
    QGuiApplication::clipboard()->setImage(renderImage(spec, hiddenSeries, options));
}
