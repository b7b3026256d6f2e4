// Exporting a chart from the window: the PNG encoder keeps every pixel, reports its rows
// and stops when cancelled, and Cancel in the progress dialog writes nothing.
#include "charts/ChartExportJob.h"
#include "charts/ChartExporter.h"
#include "charts/ChartPane.h"
#include "charts/ChartPanel.h"
#include "charts/PngEncoder.h"
#include "figures/MetricRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestChartExportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderExportJobTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"library.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
        m_repository = std::make_unique<MetricRepository>(&m_store);
        m_panel = std::make_unique<ChartPanel>(m_repository.get());
        m_panel->setCompany(u"NVDA"_s);
        m_panel->resize(900, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void encodedPngDecodesToTheSamePixels_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::newRow("opaque") << QImage::Format_RGB32;
        QTest::newRow("with alpha") << QImage::Format_ARGB32;
        QTest::newRow("premultiplied alpha") << QImage::Format_ARGB32_Premultiplied;
    }

    void encodedPngDecodesToTheSamePixels()
    {
        QFETCH(QImage::Format, format);
        QImage image(301, 97, format);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int alpha = image.hasAlphaChannel() ? (x * 7 + y) % 256 : 255;
                image.setPixelColor(x, y, QColor((x * 5) % 256, (y * 11) % 256, (x ^ y) % 256, alpha));
            }
        }
        image.setDotsPerMeterX(7559);
        image.setDotsPerMeterY(3780);
        QByteArray bytes;
        PngEncoder::Control control;
        QVERIFY(PngEncoder::encode(image, &bytes, &control));
        QCOMPARE(control.rowsEncoded.load(), image.height());
        QImage decoded;
        QVERIFY(decoded.loadFromData(bytes, "PNG"));
        QCOMPARE(decoded.size(), image.size());
        QCOMPARE(decoded.hasAlphaChannel(), image.hasAlphaChannel());
        QCOMPARE(decoded.dotsPerMeterX(), 7559);
        QCOMPARE(decoded.dotsPerMeterY(), 3780);
        const QImage expected = image.convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32), expected);
    }

    void encodingStopsWhenCancelled()
    {
        // Noise compresses badly, so encoding it takes long enough to be caught half-way.
        QImage noise(3000, 3000, QImage::Format_RGB32);
        quint32 state = 12345;
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x) {
                state = state * 1664525u + 1013904223u;
                line[x] = 0xff000000u | (state >> 8);
            }
        }
        PngEncoder::Control control;
        QByteArray bytes;
        bool encoded = true;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { encoded = PngEncoder::encode(noise, &bytes, &control); }));
        worker->start();
        // Cancelled as soon as the first row is in: polling with QTRY_VERIFY (every 50 ms) let a
        // fast encoder, or a slow main thread on a loaded machine, reach the last row first.
        QElapsedTimer waited;
        waited.start();
        while (control.rowsEncoded.load() == 0 && waited.elapsed() < 10000)
            QThread::yieldCurrentThread();
        QVERIFY(control.rowsEncoded.load() > 0);
        control.cancelled = true;
        QVERIFY(worker->wait(10000));
        QVERIFY(!encoded);
        QVERIFY(bytes.isEmpty());
        QVERIFY2(
            control.rowsEncoded.load() < noise.height(),
            qPrintable(u"stopped after %1 of %2 rows"_s.arg(control.rowsEncoded.load()).arg(noise.height())));

        PngEncoder::Control cancelledBefore;
        cancelledBefore.cancelled = true;
        QVERIFY(!PngEncoder::encode(noise, &bytes, &cancelledBefore));
        QCOMPARE(cancelledBefore.rowsEncoded.load(), 0);
    }

    void exportFinishesWithProgress()
    {
        const QString path = m_dir.filePath(u"finished.png"_s);
        QSignalSpy status(m_panel.get(), &ChartPanel::statusMessage);
        ChartExporter::Options options;
        options.size = QSize(2400, 1500);
        QCOMPARE(m_panel->exportCurrentChartWithProgress(path, options), ChartExportJob::Outcome::Exported);
        QCOMPARE(QImage(path).size(), options.size);
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().first().toString().startsWith(u"Exported"_s),
                 qPrintable(status.last().first().toString()));
    }

    void cancellingALargeExportWritesNothing()
    {
        const QString path = m_dir.filePath(u"large.png"_s);
        const QByteArray earlier = "an earlier export of the same name";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(earlier);
        }
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        QSignalSpy status(m_panel.get(), &ChartPanel::statusMessage);
        bool dialogSeen = false;
        QString label;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = m_panel->findChild<QProgressDialog *>(u"chartExportProgress"_s);
            if (!dialog || !dialog->isVisible() || dialogSeen)
                return;
            dialogSeen = true;
            label = dialog->labelText();
            const QString shots = qEnvironmentVariable("ER_SCREENSHOT_DIR");
            if (!shots.isEmpty())
                dialog->window()->grab().save(shots + u"/chart-export-progress.png"_s);
            auto *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        poll.start(20);
        ChartExporter::Options options;
        options.size = QSize(10000, 6000);
        QElapsedTimer timer;
        timer.start();
        const auto outcome = m_panel->exportCurrentChartWithProgress(path, options);
        qInfo("cancelled after %lld ms (the dialog said: %s)", timer.elapsed(), qPrintable(label));
        poll.stop();
        QVERIFY(dialogSeen);
        QCOMPARE(outcome, ChartExportJob::Outcome::Cancelled);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), earlier);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
        QVERIFY2(status.last().first().toString().contains(u"cancelled"_s),
                 qPrintable(status.last().first().toString()));
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_repository.reset();
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
    std::unique_ptr<MetricRepository> m_repository;
    std::unique_ptr<ChartPanel> m_panel;
};

QTEST_MAIN(TestChartExportJob)
#include "tst_chartexportjob.moc"
