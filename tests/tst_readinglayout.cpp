// The reader's place and a readable column survive what the window does around them:
// panels opening and closing, zoom, resizing (issue 15).
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationDock.h"
#include "calls/NavigatorModel.h"
#include "charts/ChartPanel.h"
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "search/SearchDock.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"

#include <QDockWidget>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestReadingLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderReadingTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"reading.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void panelsOpeningAndClosingKeepThePlace()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        goToQuestion(window, 2);
        const Place before = place(view);
        QString why;

        const int width = view->width();
        window.annotations()->dock()->show();
        window.searchDock()->show();
        QTRY_VERIFY(view->width() != width);
        settle();
        QVERIFY2(showsAtTop(view, before, &why), qPrintable(why));
        QCOMPARE(view->currentQuestion(), 2);

        window.annotations()->dock()->hide();
        window.searchDock()->hide();
        QTRY_VERIFY(!window.searchDock()->isVisible());
        settle();
        QVERIFY2(showsAtTop(view, before, &why), qPrintable(why));
        QCOMPARE(view->currentQuestion(), 2);
    }

    void zoomingKeepsThePlace()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        view->resetZoom();
        // As the issue found it: Alt+Up back to Q2, then Ctrl++ twice showed Q1's answer.
        goToQuestion(window, 3);
        QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(view->currentQuestion(), 2);
        const Place before = place(view);
        QString why;

        view->setFocus();
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view->zoomSteps(), 2);
        settle();
        QVERIFY2(showsAtTop(view, before, &why), qPrintable(why));
        QCOMPARE(view->currentQuestion(), 2);

        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        settle();
        QVERIFY2(showsAtTop(view, before, &why), qPrintable(why));
        view->resetZoom();
    }

    void resizingKeepsThePlace()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        goToQuestion(window, 5);
        // Scrolled a little into the question, not just to its heading.
        QTest::keyClick(view->viewport(), Qt::Key_Down);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + 90);
        // The place the reader sees once the text's layout has caught up with the scroll.
        settle();
        const Place before = place(view);
        QString why;

        for (const QSize size : {QSize(900, 600), QSize(1600, 1000), QSize(1280, 800)}) {
            const int width = view->width();
            window.resize(size);
            QTRY_VERIFY(view->width() != width);
            settle();
            QVERIFY2(showsAtTop(view, before, &why), qPrintable(why));
        }
    }

    // On a first start at 1280x800 the chart stands beside the transcript: a pane control that
    // widened the chart's minimum once folded it away there.
    void theChartIsShownAtFirstStart()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();
        auto *charts = window.findChild<ChartPanel *>();
        QVERIFY(charts);
        QVERIFY(charts->isVisible());
        QVERIFY2(charts->width() >= 300, qPrintable(QString::number(charts->width())));
        QVERIFY(window.transcriptView()->width() >= window.transcriptView()->readableWidth());
    }

    void theTranscriptKeepsAReadableWidth()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        const int width = view->width();
        window.annotations()->dock()->show();
        window.searchDock()->show();
        // Side by side, as a reader may drag them, both take room from the centre.
        window.splitDockWidget(window.annotations()->dock(), window.searchDock(), Qt::Horizontal);
        QTRY_VERIFY(view->width() < width);
        settle();
        QCOMPARE(window.width(), 1280);
        QVERIFY2(view->width() >= view->readableWidth(),
                 qPrintable(u"%1 < %2"_s.arg(view->width()).arg(view->readableWidth())));
        // About 40 characters a line or more, not five.
        QVERIFY(view->viewport()->width() >= view->fontMetrics().averageCharWidth() * 40);
        saveScreenshot(window, u"reading-width-both-docks.png"_s);
    }

private:
    // The first character of the viewport's top line, measured from the widget rather than
    // taken from the view's own record of it, so a view that scrolled away fails.
    struct Place
    {
        int position = 0;
        int question = 0;
    };
    static QTextCursor topLine(TranscriptView *view)
    {
        QTextCursor cursor = view->cursorForPosition(QPoint(view->viewport()->width() / 2, 2));
        cursor.movePosition(QTextCursor::StartOfLine);
        cursor.movePosition(QTextCursor::EndOfLine, QTextCursor::KeepAnchor);
        return cursor;
    }
    static Place place(TranscriptView *view)
    {
        return {topLine(view).selectionStart(), view->currentQuestion()};
    }
    // Lines wrap differently after a resize, so the character need only still be on the top line.
    static bool showsAtTop(TranscriptView *view, const Place &place, QString *why)
    {
        const QTextCursor line = topLine(view);
        *why =
            u"character %1 of question %2 should be on the top line, which holds %3-%4 of question %5: %6"_s
                .arg(place.position)
                .arg(place.question)
                .arg(line.selectionStart())
                .arg(line.selectionEnd())
                .arg(view->currentQuestion())
                .arg(line.selectedText().left(40));
        return line.selectionStart() <= place.position && place.position <= line.selectionEnd() &&
               view->currentQuestion() == place.question;
    }

    static void goToQuestion(MainWindow &window, int question)
    {
        for (int i = 0; i < 20 && window.transcriptView()->currentQuestion() < question; ++i)
            window.nextQuestion();
        QCOMPARE(window.transcriptView()->currentQuestion(), question);
    }

    // Posted layout requests and the text layout's own steps, until nothing is left.
    static void settle()
    {
        for (int i = 0; i < 10; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        QTest::qWait(50);
        QCoreApplication::processEvents();
    }

    void saveScreenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget.grab().save(dir + u'/' + name));
    }

    QTemporaryDir m_dir;
    LibraryStore m_store;
};

QTEST_MAIN(TestReadingLayout)
#include "tst_readinglayout.moc"
