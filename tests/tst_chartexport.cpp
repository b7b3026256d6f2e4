#include "AppRunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every piece of text in an SVG file, joined, and whether it parsed as XML.
bool svgText(const QByteArray &svg, QString *text, int *textElements)
{
    QXmlStreamReader reader(svg);
    *textElements = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"text"_s)
            ++*textElements;
        if (reader.isCharacters())
            *text += reader.text().toString() + u' ';
    }
    return !reader.hasError();
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"charts.sqlite"_s);
        const AppRun installed = runApp({u"--library"_s, m_library, u"install-sample"_s});
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.err));
    }

    void exportsEveryPaneInEveryFormat_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("title");
        const QList<std::pair<QString, QString>> charts = {
            {u"revenue"_s, u"NVDA quarterly revenue"_s},
            {u"margin"_s, u"NVDA gross and net margin"_s},
            {u"product"_s, u"NVDA Blackwell ramp"_s},
        };
        for (const auto &[chart, title] : charts) {
            for (const QString &format : {u"png"_s, u"svg"_s, u"pdf"_s})
                QTest::addRow("%s.%s", qPrintable(chart), qPrintable(format)) << chart << format << title;
        }
    }
    void exportsEveryPaneInEveryFormat()
    {
        QFETCH(QString, chart);
        QFETCH(QString, format);
        QFETCH(QString, title);
        const QString out = m_dir.filePath(chart + u'.' + format);
        const AppRun result = runApp({u"--library"_s, m_library, u"export-chart"_s, chart, u"--out"_s, out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QByteArray data = readFile(out);
        QVERIFY(!data.isEmpty());
        if (format == u"png"_s) {
            const QImage image = QImage::fromData(data, "PNG");
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(1600, 1000)); // the default
            // Not a blank canvas: the chart drew in more than a handful of colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        } else if (format == u"svg"_s) {
            QString text;
            int textElements = 0;
            QVERIFY(svgText(data, &text, &textElements));
            QVERIFY2(text.contains(title), qPrintable(text.left(400)));
            QVERIFY(text.contains(u"Fiscal quarter"_s)); // axis title, as text
            QVERIFY(text.contains(u"Source:"_s));        // source line, as text
            QVERIFY(textElements > 20);
            // The legend names whole, never elided, even where they need two rows.
            if (chart == u"margin"_s) {
                for (const QString &name :
                     {u"Non-GAAP gross margin"_s, u"Net margin (computed)"_s, u"GAAP gross margin outlook"_s,
                      u"Non-GAAP gross margin outlook"_s})
                    QVERIFY2(text.contains(name), qPrintable(name));
                QVERIFY(!text.contains(u"…"_s));
            }
        } else {
            QVERIFY(data.startsWith("%PDF"));
            QVERIFY(data.contains("/Font")); // text is text, not an image of it
            QVERIFY(data.trimmed().endsWith("%%EOF"));
        }
    }

    void pngHasTheRequestedSize()
    {
        const QString out = m_dir.filePath(u"small.png"_s);
        const AppRun result =
            runApp({u"--library"_s, m_library, u"export-chart"_s, u"margin"_s, u"--out"_s, out, u"--size"_s,
                    u"900x600"_s, u"--scale"_s, u"1.5"_s, u"--from"_s, u"FY2024Q1"_s, u"--to"_s,
                    u"FY2026Q4"_s, u"--company"_s, u"NVDA"_s, u"--theme"_s, u"dark"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY(qGray(image.pixel(5, 5)) < 80); // dark background
        QVERIFY(result.out.contains(u"FY2024Q1"_s));
    }

    void errorsAreClearAndExitCodesTell_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown chart")
            << QStringList{u"export-chart"_s, u"pie"_s, u"--out"_s, u"x.png"_s} << 2 << u"pie"_s;
        QTest::newRow("unknown extension")
            << QStringList{u"export-chart"_s, u"revenue"_s, u"--out"_s, u"chart.gif"_s} << 2
            << u"chart.gif"_s;
        QTest::newRow("no --out") << QStringList{u"export-chart"_s, u"revenue"_s} << 2 << u"--out"_s;
        QTest::newRow("bad size") << QStringList{u"export-chart"_s, u"revenue"_s, u"--out"_s,
                                                 u"x.png"_s,        u"--size"_s,  u"big"_s}
                                  << 2 << u"--size"_s;
        for (const QString &scale : {u"nan"_s, u"inf"_s, u"0.1"_s, u"9"_s})
            QTest::newRow(qPrintable(u"scale "_s + scale))
                << QStringList{u"export-chart"_s, u"revenue"_s, u"--out"_s, u"x.png"_s, u"--scale"_s, scale}
                << 2 << u"--scale must be a number between 0.5 and 8, not %1"_s.arg(scale);
        QTest::newRow("bad quarter") << QStringList{u"export-chart"_s, u"revenue"_s, u"--out"_s,
                                                    u"x.png"_s,        u"--from"_s,  u"2024Q1"_s}
                                     << 2 << u"2024Q1"_s;
        QTest::newRow("empty range, no figures there")
            << QStringList{u"export-chart"_s, u"revenue"_s,  u"--out"_s, u"x.png"_s,
                           u"--from"_s,       u"FY2030Q1"_s, u"--to"_s,  u"FY2030Q4"_s}
            << 1 << u"empty"_s;
        QTest::newRow("empty range, reversed")
            << QStringList{u"export-chart"_s, u"margin"_s,   u"--out"_s, u"x.png"_s,
                           u"--from"_s,       u"FY2026Q1"_s, u"--to"_s,  u"FY2025Q1"_s}
            << 1 << u"empty"_s;
        QTest::newRow("company without figures")
            << QStringList{u"export-chart"_s, u"revenue"_s, u"--out"_s, u"x.png"_s, u"--company"_s, u"ACME"_s}
            << 1 << u"ACME"_s;
    }
    void errorsAreClearAndExitCodesTell()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QDir before(m_dir.path());
        const QStringList files = before.entryList(QDir::Files);
        QStringList fullArgs{u"--library"_s, m_library};
        for (const QString &arg : std::as_const(args))
            fullArgs << (arg == u"x.png"_s || arg == u"chart.gif"_s ? m_dir.filePath(arg) : arg);
        const AppRun result = runApp(fullArgs);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        // Nothing was written.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), files);
    }

    // --product names the product whose ramp is drawn; one the company never disclosed is
    // refused with the ones it did, and nothing is written.
    void productIsChosenByName()
    {
        const QString out = m_dir.filePath(u"ramp.svg"_s);
        const AppRun unknown = runApp({u"--library"_s, m_library, u"export-chart"_s, u"product"_s,
                                       u"--product"_s, u"Rubin"_s, u"--out"_s, out});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"NVDA discloses no product \"Rubin\"; choose one of Blackwell"_s),
                 qPrintable(unknown.err));
        QVERIFY(!QFile::exists(out));
        const AppRun named = runApp({u"--library"_s, m_library, u"export-chart"_s, u"product"_s,
                                     u"--product"_s, u"Blackwell"_s, u"--out"_s, out});
        QCOMPARE(named.exitCode, 0);
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("NVDA Blackwell ramp"));
    }

    void aFailedWriteLeavesNothingBehind()
    {
        const QString folder = m_dir.filePath(u"missing-folder"_s);
        const AppRun result = runApp({u"--library"_s, m_library, u"export-chart"_s, u"product"_s, u"--out"_s,
                                      folder + u"/chart.svg"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"chart.svg"_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(folder));
        // And a successful export leaves only the file, no temporary beside it.
        const QString out = m_dir.filePath(u"only/chart.pdf"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"only"_s)));
        QCOMPARE(
            runApp({u"--library"_s, m_library, u"export-chart"_s, u"product"_s, u"--out"_s, out}).exitCode,
            0);
        QCOMPARE(QDir(m_dir.filePath(u"only"_s)).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"chart.pdf"_s});
    }

    void financialsRoundTripThroughTheCommandLine()
    {
        const QString csv = m_dir.filePath(u"nvda.csv"_s);
        const AppRun exported =
            runApp({u"--library"_s, m_library, u"export-financials"_s, csv, u"--company"_s, u"NVDA"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        const AppRun imported = runApp({u"--library"_s, other, u"import-financials"_s, csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString again = m_dir.filePath(u"again.csv"_s);
        QCOMPARE(runApp({u"--library"_s, other, u"export-financials"_s, again}).exitCode, 0);
        QCOMPARE(readFile(again), readFile(csv));

        // A bad row: nothing imported, the row's line named, exit code 1.
        QByteArray data = readFile(csv);
        QList<QByteArray> lines = data.split('\n');
        qsizetype badLine = -1;
        for (qsizetype i = 3; i < lines.size() && badLine < 0; ++i) {
            if (lines.at(i).contains(",revenue,"))
                badLine = i;
        }
        QVERIFY(badLine > 0);
        lines[badLine].replace(",revenue,", ",revnue,");
        const QString bad = m_dir.filePath(u"bad.csv"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join('\n'));
        file.close();
        const QString empty = m_dir.filePath(u"empty.sqlite"_s);
        const AppRun refused = runApp({u"--library"_s, empty, u"import-financials"_s, bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"bad.csv:%1:"_s.arg(badLine + 1)), qPrintable(refused.err));
        const QString after = m_dir.filePath(u"after.csv"_s);
        QCOMPARE(runApp({u"--library"_s, empty, u"export-financials"_s, after}).exitCode, 0);
        QCOMPARE(readFile(after).count('\n'), 1); // the header only
    }

private:
    QTemporaryDir m_dir;
    QString m_library;
};

QTEST_GUILESS_MAIN(TestChartExport)
#include "tst_chartexport.moc"
