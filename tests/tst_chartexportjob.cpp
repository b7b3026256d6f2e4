// Exporting a chart from the window: encoding stops when cancelled, and Cancel in the
// progress dialog writes nothing.
#include "ChartExportJob.h"
#include "ChartExporter.h"
#include "ChartPanel.h"
#include "LibraryStore.h"
#include "MetricRepository.h"
#include "SampleLibrary.h"
#include "charts/ChartPane.h"

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

    void encodingStopsWhenCancelled()
    {
        ChartExporter::Options options;
        const QImage image = ChartExporter::renderImage(m_panel->currentPane()->exportSpec(), {}, options);
        QByteArray bytes;
        std::atomic_bool cancelled = false;
        QVERIFY(ChartExporter::encodePng(image, &bytes, &cancelled));
        QImage decoded;
        QVERIFY(decoded.loadFromData(bytes, "PNG"));
        QCOMPARE(decoded.size(), options.size);

        cancelled = true;
        QVERIFY(!ChartExporter::encodePng(image, &bytes, &cancelled));
        QVERIFY(bytes.isEmpty());
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
