#include "AppRunner.h"

#include "annotations/AnnotationRepository.h"
#include "annotations/CallPrinter.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using Script = ChineseConverter::Script;

namespace {

// The text a reader gets by copying from or searching the PDF: poppler's pdftotext
// (poppler-utils, installed by scripts/setup-debian.sh).
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return u"(pdftotext not found: install poppler-utils, see scripts/setup-debian.sh)"_s;
    QProcess process;
    process.start(tool, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!process.waitForFinished(60000))
        return u"(pdftotext did not finish)"_s;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Code points in the Kangxi radicals and CJK radicals supplement blocks, e.g. "U+2F00 U+2F12".
QString radicalsIn(const QString &text)
{
    QStringList found;
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x2E80 && c <= 0x2FDF && found.size() < 10)
            found << u"U+%1"_s.arg(uint(c), 4, 16, u'0').toUpper();
    }
    return found.join(u' ');
}

int pdfPages(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdfinfo"_s);
    QProcess process;
    process.start(tool, {pdf});
    if (tool.isEmpty() || !process.waitForFinished(60000))
        return -1;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// The white page inside a preview's grey surround, a few pixels in from its edge.
QImage pageOf(const QImage &image)
{
    int top = -1, bottom = -1, left = image.width(), right = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == qRgb(255, 255, 255)) {
                top = top < 0 ? y : top;
                bottom = y;
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    if (top < 0)
        return {};
    return image.copy(QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(8, 8, -8, -8));
}

// The glyphs of one line, H... then 口...: how far the 口's bottom is under the H's (the
// baseline), as a share of the 口's height. Nothing if there are not two kinds of glyph.
std::optional<double> baselineOffset(const QImage &image)
{
    struct Glyph
    {
        int top = std::numeric_limits<int>::max();
        int bottom = -1;
    };
    QList<Glyph> glyphs;
    bool inGlyph = false;
    for (int x = 0; x < image.width(); ++x) {
        Glyph column;
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 110) {
                column.top = std::min(column.top, y);
                column.bottom = y;
            }
        }
        if (column.bottom < 0) {
            inGlyph = false;
            continue;
        }
        if (!inGlyph)
            glyphs.append(column);
        inGlyph = true;
        glyphs.last().top = std::min(glyphs.last().top, column.top);
        glyphs.last().bottom = std::max(glyphs.last().bottom, column.bottom);
    }
    if (glyphs.size() != 16)
        return std::nullopt;
    const Glyph latin = glyphs.at(2);
    const Glyph chinese = glyphs.at(12);
    const int height = chinese.bottom - chinese.top + 1;
    return double(chinese.bottom - latin.bottom) / height;
}

} // namespace

// A call exported as PDF, from the window's printer and from the command line: its text
// reads back as the characters shown (一 and 力, not the radicals ⼀ and ⼒), in the script
// asked for, with or without a display.
class TestCallPdf : public QObject
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
        m_callId = store.calls().first().id;
        const auto call = store.call(m_callId);
        QVERIFY(call);
        m_stored = CallPrinter(*call, {}, {}, Script::AsStored, ChineseConverter::Vocabulary::Characters)
                       .document()
                       ->toPlainText();
        // The sample has both characters that the radicals used to replace.
        QVERIFY(m_stored.contains(u'一'));
        QVERIFY(m_stored.contains(u'力'));
    }

    void pdfTextIsTheCharacters()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_library, &error), qPrintable(error));
        const auto call = store.call(m_callId);
        const CallPrinter printer(*call, {}, {}, Script::AsStored, ChineseConverter::Vocabulary::Characters);
        const QString pdf = m_dir.filePath(u"window.pdf"_s);
        QVERIFY2(printer.writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
        QVERIFY2(text.contains(u'一') && text.contains(u'力'), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"第一季度"_s));
        QVERIFY(text.contains(u"黃仁勳"_s));
        // Latin letters and digits are still there, from the reader's font.
        QVERIFY(text.contains(u"Blackwell"_s));
    }

    void showPrintsTheScriptAskedFor_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        QTest::newRow("simplified") << u"simplified"_s << u"英伟达执行副总裁"_s << u"英偉達"_s;
        QTest::newRow("traditional") << u"traditional"_s << u"英偉達執行副總裁"_s << u"英伟达"_s;
        QTest::newRow("original") << u"original"_s << u"英偉達執行副總裁"_s << u"英伟达"_s;
    }

    void showPrintsTheScriptAskedFor()
    {
        QFETCH(QString, script);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        const AppRun run =
            runApp({u"--library"_s, m_library, u"show"_s, QString::number(m_callId), u"--script"_s, script});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(present), qPrintable(run.err));
        QVERIFY(!run.out.contains(absent));
        // Characters only: 执行 is not turned into 运行, 指标 not into 指针.
        QVERIFY(!run.out.contains(u"运行副总裁"_s));
        QVERIFY(!run.out.contains(u"指针"_s));
        const AppRun json = runApp({u"--library"_s, m_library, u"show"_s, QString::number(m_callId),
                                    u"--script"_s, script, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(present));
    }

    void unknownScriptIsAUsageError()
    {
        const AppRun run = runApp(
            {u"--library"_s, m_library, u"show"_s, QString::number(m_callId), u"--script"_s, u"klingon"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--script"_s));
        const AppRun pdf = runApp({u"--library"_s, m_library, u"export-call"_s, QString::number(m_callId),
                                   u"--out"_s, m_dir.filePath(u"x.txt"_s)});
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.txt"_s)));
    }

    // No display at all (AppRunner clears DISPLAY and QT_QPA_PLATFORM): the command line
    // loads the window's module on the offscreen platform, as export-chart does.
    void exportCallWritesTheWindowsPdfHeadless()
    {
        const QString pdf = m_dir.filePath(u"cli-simplified.pdf"_s);
        const AppRun run = runApp({u"--library"_s, m_library, u"export-call"_s, QString::number(m_callId),
                                   u"--out"_s, pdf, u"--script"_s, u"simplified"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(u"xcb"_s), qPrintable(run.err));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        const QString text = pdfText(pdf);
        QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
        QVERIFY(text.contains(u"执行副总裁"_s));
        QVERIFY(text.contains(u"黄仁勋"_s));
        QVERIFY(!text.contains(u"黃仁勳"_s));
        QVERIFY(text.contains(u'一'));

        // The same PDF the window writes for the same script: same pages, same text.
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_library, &error), qPrintable(error));
        const QString window = m_dir.filePath(u"window-simplified.pdf"_s);
        const AnnotationRepository repository(&store);
        QVERIFY(CallPrinter(*store.call(m_callId), repository.annotations(m_callId),
                            repository.questionMarks(m_callId), Script::Simplified,
                            ChineseConverter::Vocabulary::Characters)
                    .writePdf(window, &error));
        QCOMPARE(pdfPages(pdf), pdfPages(window));
        QVERIFY(pdfText(window).contains(u"执行副总裁"_s));
    }

    // Print preview and Export Call as PDF lay the call out on the same page: A4 with the
    // same margins unless the reader picks other paper in the print dialog.
    void printAndPdfHaveTheSamePages()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_library, &error), qPrintable(error));
        const CallPrinter printer(*store.call(m_callId), {}, {}, Script::AsStored,
                                  ChineseConverter::Vocabulary::Characters);
        const QString pdf = m_dir.filePath(u"pages.pdf"_s);
        QVERIFY2(printer.writePdf(pdf, &error), qPrintable(error));

        QPrinter paper(QPrinter::HighResolution);
        const QString printed = m_dir.filePath(u"printed.pdf"_s);
        paper.setOutputFormat(QPrinter::PdfFormat);
        paper.setOutputFileName(printed);
        // A printer's default page is not the PDF's: Letter here, and narrower margins.
        paper.setPageSize(QPageSize(QPageSize::Letter));
        paper.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
        printer.print(&paper);
        QVERIFY(QFileInfo(printed).size() > 10000);
        const int pages = pdfPages(pdf);
        QVERIFY(pages > 1);
        QCOMPARE(pdfPages(printed), pages);

        // A page the reader then sets up in the preview is kept when it asks again.
        paper.setPageOrientation(QPageLayout::Landscape);
        const QString landscape = m_dir.filePath(u"landscape.pdf"_s);
        paper.setOutputFileName(landscape);
        printer.print(&paper);
        QCOMPARE(paper.pageLayout().orientation(), QPageLayout::Landscape);
        QVERIFY(pdfPages(landscape) != pages);
    }

    // The preview paints each page from a recording at screen resolution; Latin letters
    // stood above the Chinese baseline there while the PDF was right. A line of H and 口 in
    // the print font: the bottom of the H (the baseline) against the bottom of the 口, as a
    // share of the 口's height, must be what the same line drawn directly gives.
    void printPreviewKeepsLatinOnTheChineseBaseline_data()
    {
        QTest::addColumn<QString>("latin");
        QTest::addColumn<QString>("chinese");
        // The family print chooses here, and Noto Sans CJK, the screen's, whose taller ascent
        // showed the fault.
        QTest::newRow("Droid Sans Fallback") << u"DejaVu Sans"_s << u"Droid Sans Fallback"_s;
        QTest::newRow("Noto Sans CJK TC") << u"DejaVu Sans"_s << u"Noto Sans CJK TC"_s;
    }

    void printPreviewKeepsLatinOnTheChineseBaseline()
    {
        QFETCH(QString, latin);
        QFETCH(QString, chinese);
        if (!QFontDatabase::families().contains(latin) || !QFontDatabase::families().contains(chinese))
            QSKIP(qPrintable(latin + u" or "_s + chinese + u" is not installed"_s));
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_library, &error), qPrintable(error));
        const CallPrinter printer(*store.call(m_callId), {}, {}, Script::AsStored,
                                  ChineseConverter::Vocabulary::Characters);
        QTextDocument probe;
        QFont font = printer.document()->defaultFont();
        font.setFamilies({latin, chinese});
        probe.setDefaultFont(font);
        probe.setPlainText(u"HHHHHHHH口口口口口口口口"_s);
        CallPrinter::setRunFamilies(&probe, latin, chinese);

        QImage direct(1600, 300, QImage::Format_RGB32);
        direct.fill(Qt::white);
        {
            QPainter painter(&direct);
            painter.scale(3, 3);
            probe.drawContents(&painter);
        }
        const auto reference = baselineOffset(direct);
        QVERIFY2(reference, "no glyphs drawn");

        QPrinter paper(QPrinter::HighResolution);
        CallPrinter::preparePage(&paper);
        QPrintPreviewWidget preview(&paper);
        connect(&preview, &QPrintPreviewWidget::paintRequested, this,
                [&probe](QPrinter *target) { probe.print(target); });
        preview.resize(1400, 900);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.updatePreview();
        preview.setZoomFactor(3);
        for (auto *bar : preview.findChildren<QScrollBar *>())
            bar->setValue(bar->minimum());
        const QImage shown = preview.grab().toImage();
        const QString shots = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            shown.save(shots + u"/print-preview-baseline-%1.png"_s.arg(chinese));
        const auto previewed = baselineOffset(pageOf(shown));
        QVERIFY2(previewed, "no glyphs in the preview");
        QVERIFY2(std::abs(*previewed - *reference) < 0.05,
                 qPrintable(u"preview %1, drawn %2"_s.arg(*previewed).arg(*reference)));
    }

private:
    QTemporaryDir m_dir;
    QString m_library;
    qint64 m_callId = 0;
    QString m_stored;
};

QTEST_MAIN(TestCallPdf)
#include "tst_callpdf.moc"
