#include "charts/ChartExportJob.h"

#include "charts/PngEncoder.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Small exports finish before the dialog would appear, so they never flash one.
constexpr int kShowDialogAfterMs = 300;
constexpr int kProgressIntervalMs = 50;

} // namespace

ChartExportJob::Outcome ChartExportJob::run(QWidget *parent, const ChartSpec &spec,
                                            const QSet<QString> &hiddenSeries, const QString &path,
                                            const ChartExporter::Options &options, QString *error)
{
    if (!ChartExporter::checkRequest(path, options, error))
        return Outcome::Failed;
    if (ChartExporter::formatForPath(path) != ChartExporter::Format::Png) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const bool exported = ChartExporter::exportChart(spec, hiddenSeries, path, options, error);
        QGuiApplication::restoreOverrideCursor();
        return exported ? Outcome::Exported : Outcome::Failed;
    }

    // Drawing takes a tenth of the time and stays on this thread with the chart's objects;
    // a worker encodes, row by row, while the dialog shows how far it is and hears Cancel.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QImage image = ChartExporter::renderImage(spec, hiddenSeries, options);
    QGuiApplication::restoreOverrideCursor();

    QProgressDialog dialog(tr("Encoding the PNG image for %1…").arg(QDir::toNativeSeparators(path)),
                           tr("Cancel"), 0, image.height(), parent);
    dialog.setObjectName(u"chartExportProgress"_s);
    dialog.setWindowTitle(tr("Export Chart"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(kShowDialogAfterMs);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0); // starts the clock after which the dialog appears
    PngEncoder::Control control;
    QByteArray bytes;
    std::unique_ptr<QThread> worker(QThread::create([&] { PngEncoder::encode(image, &bytes, &control); }));
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] { dialog.setValue(control.rowsEncoded.load()); });
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] { control.cancelled = true; });
    worker->start();
    poll.start(kProgressIntervalMs);
    loop.exec();
    worker->wait();
    if (control.cancelled)
        return Outcome::Cancelled;
    // A failed encoding leaves no bytes, and writeFile says the chart could not be drawn.
    return ChartExporter::writeFile(path, bytes, error) ? Outcome::Exported : Outcome::Failed;
}
