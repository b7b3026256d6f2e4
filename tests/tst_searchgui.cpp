#include "calls/NavigatorModel.h"
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "search/FindBar.h"
#include "search/SearchDock.h"
#include "search/SearchResultModel.h"
#include "store/LibraryStore.h"
#include "text/SearchText.h"
#include "transcript/TranscriptView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestSearchGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderSearchTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"gui.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void activatingTheSecondResultScrollsToIt()
    {
        MainWindow window(&m_store);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        QCOMPARE(view->verticalScrollBar()->value(), 0);

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        SearchDock *dock = window.searchDock();
        QVERIFY(dock->isVisible());
        QTRY_VERIFY(dock->queryField()->hasFocus());
        typeWithInputMethod(dock->queryField(), u"毛利"_s);
        SearchResultModel *model = dock->model();
        QTRY_VERIFY(model->hitCount() >= 2);

        QTreeView *results = dock->resultsView();
        const QModelIndex second = model->indexOfHit(1);
        QVERIFY(second.isValid());
        results->scrollTo(second);
        results->setCurrentIndex(second);
        QTest::keyClick(results, Qt::Key_Return);

        const qint64 turn = second.data(SearchResultModel::TurnIdRole).toLongLong();
        const int offset = second.data(SearchResultModel::OffsetRole).toInt();
        const TranscriptView::Range range = view->turnRange(turn);
        QVERIFY(range.length > offset);
        const int position = range.start + offset;
        QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
        QTextCursor cursor(view->document());
        cursor.setPosition(position);
        QVERIFY(view->viewport()->rect().contains(view->cursorRect(cursor)));
        QCOMPARE(view->document()->toPlainText().mid(position, 2), u"毛利"_s);
        // The hit is highlighted in the view.
        bool highlighted = false;
        for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
            highlighted |= selection.cursor.selectionStart() == position &&
                           selection.cursor.selectionEnd() == position + 2;
        QVERIFY(highlighted);
        saveScreenshot(window, u"search-dock.png"_s);
    }

    void searchHitsStayPutInTheOtherScript()
    {
        MainWindow window(&m_store);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        const QString stored = view->document()->toPlainText();

        SearchDock *dock = window.searchDock();
        dock->focusQuery();
        dock->queryField()->setText(u"营收"_s);
        dock->search();
        QVERIFY(dock->model()->hitCount() > 0);
        const QModelIndex first = dock->model()->indexOfHit(0);
        const qint64 turn = first.data(SearchResultModel::TurnIdRole).toLongLong();
        const int offset = first.data(SearchResultModel::OffsetRole).toInt();
        QCOMPARE(stored.mid(view->turnRange(turn).start + offset, 2), u"營收"_s);

        // Ctrl+Alt+J shows Simplified characters; every turn keeps its place and length.
        auto *simplified = window.findChild<QAction *>(u"simplifiedAction"_s);
        QVERIFY(simplified);
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(simplified->isChecked());
        const QString shown = view->document()->toPlainText();
        QCOMPARE(shown.size(), stored.size());
        QVERIFY(shown.contains(u"黄仁勋"_s));
        QVERIFY(!shown.contains(u"黃仁勳"_s));
        const int position = view->turnRange(turn).start + offset;
        QCOMPARE(shown.mid(position, 2), u"营收"_s);
        bool highlighted = false;
        for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
            highlighted |=
                selection.cursor.selectedText() == u"营收"_s && selection.cursor.selectionStart() == position;
        QVERIFY(highlighted);
        // A selection still maps to the stored text.
        view->selectSpan({turn, offset, 2});
        const auto span = view->selectedSpan();
        QVERIFY(span);
        QCOMPARE(span->start, offset);
        QCOMPARE(view->textCursor().selectedText(), u"营收"_s);
        saveScreenshot(window, u"simplified-view.png"_s);

        // Remembered: the next window starts in Simplified characters.
        window.close();
        MainWindow next(&m_store);
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QVERIFY(next.findChild<QAction *>(u"simplifiedAction"_s)->isChecked());
        QCOMPARE(next.transcriptView()->script(), ChineseConverter::Script::Simplified);
        QVERIFY(next.transcriptView()->document()->toPlainText().contains(u"黄仁勋"_s));

        // Ctrl+Alt+F shows Traditional instead, with Taiwan vocabulary.
        QTest::keyClick(&next, Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!next.findChild<QAction *>(u"simplifiedAction"_s)->isChecked());
        QCOMPARE(next.transcriptView()->script(), ChineseConverter::Script::Traditional);
        QCOMPARE(next.transcriptView()->document()->toPlainText().size(), stored.size());
    }

    void findBarCountsStepsAndCloses()
    {
        MainWindow window(&m_store);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        FindBar *bar = window.findBar();
        QVERIFY(!bar->isVisible());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->field()->hasFocus());
        QTest::keyClicks(bar->field(), u"blackwell"_s);
        const int expected =
            int(SearchText::normalise(view->document()->toPlainText()).count(u"blackwell"_s));
        QVERIFY(expected > 5);
        QCOMPARE(bar->matchCount(), expected);
        auto *count = bar->findChild<QLabel *>(u"findCount"_s);
        QCOMPARE(count->text(), u"1 of %1"_s.arg(expected));
        QCOMPARE(view->textCursor().selectedText(), u"Blackwell"_s);

        QTest::keyClick(bar->field(), Qt::Key_F3);
        QCOMPARE(bar->currentMatch(), 1);
        QCOMPARE(count->text(), u"2 of %1"_s.arg(expected));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QCOMPARE(bar->currentMatch(), 2);
        QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->currentMatch(), 1);
        QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
        QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->currentMatch(), expected - 1);            // wraps around
        QCOMPARE(view->extraSelections().size(), expected - 1); // the current one is the selection
        saveScreenshot(window, u"find-bar.png"_s);

        // Either script finds the stored one.
        bar->field()->setText(u"营收"_s);
        QVERIFY(bar->matchCount() > 0);
        QCOMPARE(view->textCursor().selectedText(), u"營收"_s);

        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(view->extraSelections().isEmpty());
    }

    // A hit in an answer selects its question in the navigator, and the text stays on the hit.
    void searchHitSelectsItsQuestionInTheNavigator()
    {
        MainWindow window(&m_store);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        SearchDock *dock = window.searchDock();
        dock->focusQuery();
        dock->setScope(SearchDock::Scope::ThisCall);
        dock->queryField()->setText(u"毛利"_s);
        dock->search();
        const auto call = m_store.call(window.currentCallId());
        QVERIFY(call);
        int checked = 0;
        for (int i = 0; i < dock->model()->hitCount(); ++i) {
            const QModelIndex hit = dock->model()->indexOfHit(i);
            const qint64 turnId = hit.data(SearchResultModel::TurnIdRole).toLongLong();
            const TurnRecord *turn = call->turn(turnId);
            QVERIFY(turn);
            if (turn->question == 0 || questionSelected(window) == turn->question)
                continue;
            dock->resultsView()->scrollTo(hit);
            dock->resultsView()->setCurrentIndex(hit);
            QTest::keyClick(dock->resultsView(), Qt::Key_Return);
            QCOMPARE(questionSelected(window), turn->question);
            QVERIFY(hitIsInView(view, turnId, hit.data(SearchResultModel::OffsetRole).toInt()));
            ++checked;
        }
        QVERIFY2(checked >= 2, qPrintable(QString::number(checked)));
    }

    void findBarMatchSelectsItsQuestionInTheNavigator()
    {
        MainWindow window(&m_store);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        const auto call = m_store.call(window.currentCallId());
        QVERIFY(call);
        FindBar *bar = window.findBar();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(bar->field(), u"blackwell"_s);
        QSet<int> questions;
        for (int i = 0; i < bar->matchCount(); ++i) {
            QTest::keyClick(bar->field(), Qt::Key_F3);
            const auto span = view->selectedSpan();
            QVERIFY(span);
            const TurnRecord *turn = call->turn(span->turnId);
            QVERIFY(turn);
            if (turn->question == 0)
                continue;
            QCOMPARE(questionSelected(window), turn->question);
            QVERIFY(hitIsInView(view, span->turnId, span->start));
            questions.insert(turn->question);
        }
        QVERIFY2(questions.size() >= 2, qPrintable(QString::number(questions.size())));
    }

    void thisCallScopeAndFilters()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SearchDock *dock = window.searchDock();
        dock->queryField()->setText(u"毛利"_s);
        dock->setScope(SearchDock::Scope::ThisCall);
        dock->search();
        const int all = dock->model()->hitCount();
        QVERIFY(all > 0);
        auto *role = dock->findChild<QComboBox *>(u"searchRole"_s);
        role->setCurrentIndex(role->findData(u"analyst"_s));
        const int analysts = dock->model()->hitCount();
        QVERIFY(analysts > 0 && analysts < all);
        for (int i = 0; i < analysts; ++i)
            QCOMPARE(dock->model()->indexOfHit(i).data(SearchResultModel::SpeakerKindRole).toString(),
                     u"analyst"_s);
    }

private:
    static int questionSelected(MainWindow &window)
    {
        const QModelIndex current = window.navigatorView()->currentIndex();
        if (current.data(NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>() !=
            NavigatorModel::EntryKind::Question)
            return 0;
        return current.data(NavigatorModel::QuestionRole).toInt();
    }

    static bool hitIsInView(TranscriptView *view, qint64 turnId, int offset)
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(view->turnRange(turnId).start + offset);
        return view->viewport()->rect().contains(view->cursorRect(cursor));
    }

    // Chinese is typed through an input method, which commits whole words.
    static void typeWithInputMethod(QWidget *widget, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
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

QTEST_MAIN(TestSearchGui)
#include "tst_searchgui.moc"
