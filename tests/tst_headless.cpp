#include "annotations/CallPrinter.h"
#include "cli/CliChartExport.h"
#include "cli/CommandLine.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

// Work that shows nothing must create no widget: exporting a chart from the command line
// and printing a call lay out their content without borrowing a hidden pane or view.
class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.sqlite"_s);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_library, &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
    }

    void init() { QCOMPARE(QApplication::allWidgets().size(), 0); }

    void exportChartCreatesNoWidget_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("suffix");
        for (const char *chart : {"revenue", "margin", "product"}) {
            for (const char *suffix : {"png", "svg", "pdf"})
                QTest::addRow("%s.%s", chart, suffix)
                    << QString::fromLatin1(chart) << QString::fromLatin1(suffix);
        }
    }

    void exportChartCreatesNoWidget()
    {
        QFETCH(QString, chart);
        QFETCH(QString, suffix);
        const QString out = m_dir.filePath(chart + u'.' + suffix);
        QString printed;
        QString errors;
        QTextStream outStream(&printed);
        QTextStream errStream(&errors);
        CommandLine commandLine;
        QVERIFY(commandLine.parse(
            {u"earnings-reader"_s, u"export-chart"_s, chart, u"--out"_s, out, u"--library"_s, m_library},
            errStream));
        QCOMPARE(commandLine.runSubCommand(outStream, errStream, CliChartExport::exportChart), ExitCode::Ok);
        errStream.flush();
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        QVERIFY(QFileInfo(out).size() > 1000);
        QCOMPARE(QApplication::allWidgets().size(), 0);
    }

    void printingCreatesNoWidget()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_library, &error), qPrintable(error));
        const QList<CallSummary> calls = store.calls();
        QVERIFY(!calls.isEmpty());
        const auto call = store.call(calls.first().id);
        QVERIFY(call);
        CallPrinter printer(*call, {}, {});
        const QString pdf = m_dir.filePath(u"call.pdf"_s);
        QVERIFY2(printer.writePdf(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QCOMPARE(QApplication::allWidgets().size(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_library;
};

QTEST_MAIN(TestHeadless)
#include "tst_headless.moc"
