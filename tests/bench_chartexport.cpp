// Times exporting each chart pane to PNG (1600x1000 at 2x) and SVG, on the built-in
// figures, and prints the figures: `bench_chartexport [--runs N]`. With --short it exports
// each once and checks the files instead (how CTest runs it); it never fails on time.

#include "charts/ChartExporter.h"
#include "charts/ChartPane.h"
#include "figures/MetricRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool validOutput(const QString &path, const ChartExporter::Options &options, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"missing"_s;
        return false;
    }
    const QByteArray data = file.readAll();
    if (path.endsWith(u".png"_s)) {
        const QImage image = QImage::fromData(data, "PNG");
        if (image.size() != options.size) {
            *why = u"PNG of size %1x%2"_s.arg(image.width()).arg(image.height());
            return false;
        }
        return true;
    }
    QXmlStreamReader reader(data);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError()) {
        *why = reader.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool shortMode = args.contains(u"--short"_s);
    const qsizetype runsAt = args.indexOf(u"--runs"_s);
    const int runs = shortMode ? 1 : std::max(1, runsAt > 0 ? args.value(runsAt + 1).toInt() : 10);
    QTextStream out(stdout);

    QTemporaryDir dir;
    LibraryStore store;
    QString error;
    if (!dir.isValid() || !store.open(dir.filePath(u"bench.sqlite"_s), &error) ||
        !SampleLibrary::install(store, &error)) {
        out << "cannot set up the library: " << error << Qt::endl;
        return 1;
    }
    MetricRepository repository(&store);
    const ChartExporter::Options options;
    out << "chart export, " << runs << " run(s) each, " << options.size.width() << 'x'
        << options.size.height() << " at " << options.scale
        << "x; milliseconds per export (median / min / max)" << Qt::endl;

    int failures = 0;
    for (const QString &id : ChartPane::paneIds()) {
        std::unique_ptr<ChartPane> pane(ChartPane::create(id));
        pane->setFigures(repository.figureSet(u"NVDA"_s), repository.sourceDescription(u"NVDA"_s));
        for (const QString &format : {u"png"_s, u"svg"_s}) {
            const QString path = dir.filePath(id + u'.' + format);
            QList<double> times;
            qint64 bytes = 0;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                if (!ChartExporter::exportPane(*pane, path, options, &error)) {
                    out << id << '.' << format << ": " << error << Qt::endl;
                    ++failures;
                    break;
                }
                times.append(double(timer.nsecsElapsed()) / 1e6);
                bytes = QFile(path).size();
            }
            if (times.isEmpty())
                continue;
            QString why;
            if (!validOutput(path, options, &why)) {
                out << id << '.' << format << ": invalid output: " << why << Qt::endl;
                ++failures;
                continue;
            }
            std::sort(times.begin(), times.end());
            out << qSetFieldWidth(10) << Qt::left << id << qSetFieldWidth(4) << format << qSetFieldWidth(0)
                << Qt::right << QString::number(times.at(times.size() / 2), 'f', 1) << " / "
                << QString::number(times.first(), 'f', 1) << " / " << QString::number(times.last(), 'f', 1)
                << " ms, " << bytes / 1024 << " KiB" << Qt::endl;
        }
    }
    return failures == 0 ? 0 : 1;
}
