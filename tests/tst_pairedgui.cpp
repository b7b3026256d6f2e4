#include "annotations/AnnotationController.h"
#include "annotations/AnnotationRepository.h"
#include "calls/CallImporter.h"
#include "calls/CallListModel.h"
#include "calls/NavigatorModel.h"
#include "main/MainWindow.h"
#include "pairing/PairNumbersModel.h"
#include "pairing/PairRepository.h"
#include "pairing/PairedNavigatorModel.h"
#include "pairing/PairedReadingPane.h"
#include "pairing/PairedReadingView.h"
#include "pairing/PairingController.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "util/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Reading the built-in Chinese write-up beside NVIDIA's English Q4 FY2025 call in the real
// window, under the offscreen platform: reaching the view from the View menu, synchronised
// navigation, counterpart highlighting, re-pairing with undo, the badges and the numbers panel.
class TestPairedGui : public QObject
{
    Q_OBJECT

private:
    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }

    // The navigator's label of a question, as the reader sees it.
    static QString navigatorLabel(MainWindow &window, int question)
    {
        QAbstractItemModel *model = window.navigatorView()->model();
        for (int section = 0; section < model->rowCount(); ++section) {
            const QModelIndex parent = model->index(section, 0);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, NavigatorModel::LabelColumn, parent);
                if (index.data(NavigatorModel::QuestionRole).toInt() == question &&
                    index.data(NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>() ==
                        NavigatorModel::EntryKind::Question)
                    return index.data().toString();
            }
        }
        return {};
    }

    static QModelIndex navigatorIndex(MainWindow &window, int question)
    {
        QAbstractItemModel *model = window.navigatorView()->model();
        for (int section = 0; section < model->rowCount(); ++section) {
            const QModelIndex parent = model->index(section, 0);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, NavigatorModel::LabelColumn, parent);
                if (index.data(NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>() ==
                        NavigatorModel::EntryKind::Question &&
                    index.data(NavigatorModel::QuestionRole).toInt() == question)
                    return index;
            }
        }
        return {};
    }

    // Opens the write-up, then View > Read Side by Side… and the first suggestion; checks that
    // the suggestion is the English call.
    void openPairedFromMenu(MainWindow &window)
    {
        window.openCall(m_writeUp);
        QAction *read = action(window, "readSideBySideAction");
        QVERIFY(read);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *list =
                QApplication::activeModalWidget()
                    ? QApplication::activeModalWidget()->findChild<QListWidget *>(u"pairChooserList"_s)
                    : nullptr;
            QVERIFY(list);
            // Under "Suggested", the English call of the same quarter; the Q3 call among the others.
            const auto rowOf = [list](const QString &text) {
                for (int row = 0; row < list->count(); ++row) {
                    if (list->item(row)->text().startsWith(text))
                        return row;
                }
                return -1;
            };
            const int suggested = rowOf(u"Suggested"_s);
            const int others = rowOf(u"Other calls"_s);
            const int english = rowOf(m_store.call(m_english)->summary.title + u'\n');
            const int unrelated = rowOf(m_store.call(m_unrelated)->summary.title + u'\n');
            QCOMPARE(suggested, 0);
            QCOMPARE(list->item(suggested)->flags(), Qt::NoItemFlags);
            QVERIFY(english > suggested && english < others);
            QVERIFY(unrelated > others);
            QVERIFY2(list->item(english)->text().contains(u"NVDA · FY2025Q4"_s),
                     qPrintable(list->item(english)->text()));
            QVERIFY(list->item(english)->text().contains(u"same period"_s));
            list->setCurrentRow(english);
            const auto buttons = list->window()->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            checked = true;
        });
        read->trigger();
        QVERIFY(checked);
        QVERIFY(window.pairing()->isPaired());
    }

    static bool waitForLayout(QWidget *widget) { return QTest::qWaitForWindowExposed(widget); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderPairedGuiTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"paired.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
        m_writeUp = m_store.calls().first().id;
        CallImporter importer(m_store);
        const QString transcripts = QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/"_s;
        m_english = importer.importFile(transcripts + u"nvda_fy2025q4_motleyfool.txt"_s).callId;
        m_unrelated = importer.importFile(transcripts + u"nvda_fy2025q3_motleyfool.txt"_s).callId;
        QVERIFY(m_english && m_unrelated);

        // The write-up with one number changed on purpose: Q9's 200 basis points made 300.
        QFile seed(QStringLiteral(ER_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QString changed = QString::fromUtf8(seed.readAll());
        QCOMPARE(changed.count(u"200個基點"_s), 1);
        changed.replace(u"200個基點"_s, u"300個基點"_s);
        CallMetadata meta;
        meta.companyTicker = u"NVDA"_s;
        meta.fiscalPeriod = u"FY2025Q4"_s;
        meta.title = u"Changed write-up"_s;
        m_changed = importer.importBytes(changed.toUtf8(), u"changed.txt"_s, meta).callId;
        QVERIFY(m_changed);
    }

    void init() { QSettings().remove(u"Session"_s); }

    // View > Read Side by Side…: the suggested English call, paired as one undoable step, shown
    // in the reading area with each question's pairing in the navigator; back to one call.
    void readSideBySideFromTheViewMenu()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(waitForLayout(&window));
        openPairedFromMenu(window);
        if (QTest::currentTestFailed())
            return;
        auto *stack = window.findChild<QStackedWidget *>(u"readingStack"_s);
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), window.pairing()->pane());
        QVERIFY(window.pairing()->pane()->isVisible());
        QVERIFY(!window.transcriptView()->isVisible());
        QCOMPARE(window.undoStack()->undoText(), u"Pair Calls"_s);
        // The nine analysts in order: every question pairs with the same number.
        for (int q = 1; q <= 9; ++q)
            QVERIFY2(navigatorLabel(window, q).startsWith(u"Q%1 ↔ Q%1  "_s.arg(q)),
                     qPrintable(navigatorLabel(window, q)));

        QTest::mouseClick(window.pairing()->pane()->findChild<QPushButton *>(u"singleReadingButton"_s),
                          Qt::LeftButton);
        QVERIFY(!window.pairing()->isPaired());
        QVERIFY(window.transcriptView()->isVisible());
        QVERIFY(navigatorLabel(window, 3).startsWith(u"Q3  "_s));
        QVERIFY(!navigatorLabel(window, 3).contains(u"↔"_s));
        // The navigator still drives the single reading.
        window.navigatorView()->setCurrentIndex(navigatorIndex(window, 4));
        QCOMPARE(window.transcriptView()->currentQuestion(), 4);

        // Undoing the pairing removes it from the library.
        window.undoStack()->undo();
        QVERIFY(!window.pairing()->repository()->findPair(m_writeUp, m_english));
        window.undoStack()->redo();
        QVERIFY(window.pairing()->repository()->findPair(m_writeUp, m_english));
    }

    void synchronisedNavigation_data()
    {
        QTest::addColumn<bool>("fromNavigator");
        QTest::newRow("click Q5 in the navigator") << true;
        QTest::newRow("scroll the right column to Q5") << false;
    }

    void synchronisedNavigation()
    {
        QFETCH(bool, fromNavigator);
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitForLayout(&window));
        openPairedFromMenu(window);
        if (QTest::currentTestFailed())
            return;
        PairedReadingView *view = window.pairing()->pane()->view();
        if (fromNavigator) {
            QTreeView *navigator = window.navigatorView();
            const QModelIndex q5 = navigatorIndex(window, 5);
            navigator->scrollTo(q5);
            QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, navigator->visualRect(q5).center());
            QTRY_COMPARE(view->viewA()->currentQuestion(), 5);
        } else {
            view->viewB()->scrollToQuestion(5);
            QCOMPARE(view->viewB()->currentQuestion(), 5);
        }
        QTRY_COMPARE(view->viewA()->currentQuestion(), 5);
        QTRY_COMPARE(view->viewB()->currentQuestion(), 5);
        QTRY_VERIFY(window.pairing()->pane()->pairingLabel()->text().startsWith(u"Q5 ↔ Q5"_s));

        // View > Next Question (F8) goes on from there in both columns.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F8);
        QTRY_COMPARE(view->currentQuestionA(), 6);
        QTRY_COMPARE(view->viewB()->currentQuestion(), 6);
    }

    // Selecting Colette Kress's answer in the write-up's Q3 highlights hers in the call's Q3.
    void selectionHighlightsTheCounterpart()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitForLayout(&window));
        openPairedFromMenu(window);
        if (QTest::currentTestFailed())
            return;
        const CallRecord writeUp = *m_store.call(m_writeUp);
        const CallRecord english = *m_store.call(m_english);
        const TurnRecord *answer = nullptr;
        for (const SectionRecord &section : writeUp.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (!answer && turn.question == 3 && turn.speaker.contains(u"科萊特"_s))
                    answer = &turn;
            }
        }
        QVERIFY(answer);
        PairedReadingView *view = window.pairing()->pane()->view();
        view->viewA()->selectSpan({answer->id, 0, 4});
        const qint64 counterpart = view->counterpartTurn();
        QVERIFY(counterpart);
        const TurnRecord *hers = english.turn(counterpart);
        QVERIFY(hers);
        QCOMPARE(hers->question, 3);
        QVERIFY2(hers->speaker.startsWith(u"Colette"_s), qPrintable(hers->speaker));
        QVERIFY(view->viewB()->isPositionVisible(view->viewB()->turnRange(counterpart).start));
    }

    // Q6 re-paired with Q7 from the strip's menu; Ctrl+Z gives Q6 back to Q6.
    void repairAndUndoWithCtrlZ()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitForLayout(&window));
        openPairedFromMenu(window);
        if (QTest::currentTestFailed())
            return;
        PairedReadingPane *pane = window.pairing()->pane();
        pane->view()->showQuestionA(6);
        QTRY_COMPARE(pane->view()->currentQuestionA(), 6);
        QMenu *menu = pane->repairMenu();
        emit menu->aboutToShow();
        QAction *toSeven = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == u"Pair Q6 with Q7"_s)
                toSeven = a;
        }
        QVERIFY(toSeven);
        QVERIFY(!toSeven->isChecked());
        QSignalSpy repairs(window.pairing()->repository(), &PairRepository::repairsChanged);
        toSeven->trigger();
        QCOMPARE(repairs.count(), 1);
        QCOMPARE(window.undoStack()->undoText(), u"Pair Q6 with Q7"_s);
        QVERIFY2(navigatorLabel(window, 6).startsWith(u"Q6 ↔ Q7"_s), qPrintable(navigatorLabel(window, 6)));
        // The reader stays at Q6, now beside Q7, and the strip says it was made by hand.
        QTRY_COMPARE(pane->view()->currentQuestionA(), 6);
        QTRY_COMPARE(pane->view()->viewB()->currentQuestion(), 7);
        QVERIFY(pane->pairingLabel()->text().contains(u"by hand"_s));
        // The call's Q6 has lost its counterpart.
        QVERIFY(pane->unpairedLabel()->isVisible());
        QVERIFY2(pane->unpairedLabel()->text().contains(u"right Q6"_s),
                 qPrintable(pane->unpairedLabel()->text()));

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(repairs.count(), 2);
        QVERIFY2(navigatorLabel(window, 6).startsWith(u"Q6 ↔ Q6"_s), qPrintable(navigatorLabel(window, 6)));
        pane->view()->showQuestionA(6);
        QTRY_COMPARE(pane->view()->viewB()->currentQuestion(), 6);

        // No counterpart: the navigator and the badges say so.
        emit menu->aboutToShow();
        menu->findChild<QAction *>(u"repairNoneAction"_s)->trigger();
        QVERIFY(navigatorLabel(window, 6).startsWith(u"Q6 — no counterpart"_s));
        // The call's Q6 is left without one too; both are listed.
        QVERIFY(pane->unpairedLabel()->isVisible());
        QCOMPARE(pane->unpairedLabel()->text(), u"No counterpart: left Q6; right Q6"_s);
        pane->view()->showQuestionA(6);
        QTRY_VERIFY(pane->badgeTexts().contains(u"Not in the original"_s));
        window.undoStack()->undo();
        QVERIFY(navigatorLabel(window, 6).startsWith(u"Q6 ↔ Q6"_s));
        QVERIFY(!pane->unpairedLabel()->isVisible());
    }

    // Q9 of the write-up: "大約 200個基點" is "200 basis points" on the other side. In the copy whose
    // 200 was made 300, the numbers panel flags it as different and the strip says numbers differ.
    void numbersPanelAndBadges_data()
    {
        QTest::addColumn<bool>("changed");
        QTest::addColumn<QString>("written");
        QTest::addColumn<int>("status");
        QTest::newRow("built-in write-up: the same")
            << false << u"大約 200個基點"_s << int(NumberMatch::Status::Same);
        QTest::newRow("300 for 200: different")
            << true << u"大約 300個基點"_s << int(NumberMatch::Status::Different);
    }

    void numbersPanelAndBadges()
    {
        QFETCH(bool, changed);
        QFETCH(QString, written);
        QFETCH(int, status);
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitForLayout(&window));
        window.openCall(changed ? m_changed : m_writeUp);
        QVERIFY(window.pairing()->readBeside(m_english));
        PairedReadingPane *pane = window.pairing()->pane();
        pane->view()->showQuestionA(9);
        QTRY_COMPARE(pane->view()->currentQuestionB(), 9);
        PairNumbersModel *numbers = pane->numbersModel();
        int row = -1;
        for (int r = 0; r < numbers->rowCount(); ++r) {
            if (numbers->index(r, PairNumbersModel::AColumn).data().toString() == written)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(written));
        QCOMPARE(numbers->index(row, PairNumbersModel::BColumn).data().toString(), u"200 basis points"_s);
        QCOMPARE(numbers->index(row, 0).data(PairNumbersModel::StatusRole).toInt(), status);
        QCOMPARE(numbers->index(row, 0).data(PairNumbersModel::KindRole).toString(), u"basis_points"_s);
        QCOMPARE(numbers->index(row, PairNumbersModel::AColumn).data(PairNumbersModel::ValueRole).toDouble(),
                 changed ? 300.0 : 200.0);
        QCOMPARE(numbers->index(row, PairNumbersModel::StatusColumn).data().toString(),
                 changed ? u"Different"_s : u"Same"_s);
        QCOMPARE(pane->numbersTable()->model(), numbers);

        const QStringList badges = pane->badgeTexts();
        QVERIFY2(badges.contains(u"Numbers differ (1)"_s) == changed, qPrintable(badges.join(u" | "_s)));
        // The write-up is the translation: its questions are shorter than the call's.
        const auto ratio = std::find_if(badges.cbegin(), badges.cend(),
                                        [](const QString &b) { return b.startsWith(u"Translation is "_s); });
        QVERIFY2(ratio != badges.cend(), qPrintable(badges.join(u" | "_s)));
        QVERIFY(pane->numbersTable()->isVisible());
    }

    // View > Show Simplified Characters and Zoom In reach both columns.
    void scriptAndZoomReachBothColumns()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitForLayout(&window));
        window.openCall(m_writeUp);
        QVERIFY(window.pairing()->readBeside(m_english));
        PairedReadingView *view = window.pairing()->pane()->view();
        QVERIFY(view->viewA()->toPlainText().contains(u"我有一個關於毛利率"_s));
        action(window, "simplifiedAction")->trigger();
        QVERIFY(view->viewA()->toPlainText().contains(u"我有一个关于毛利率"_s));
        action(window, "simplifiedAction")->trigger();
        QVERIFY(view->viewA()->toPlainText().contains(u"我有一個關於毛利率"_s));
        const int before = view->viewB()->zoomSteps();
        window.transcriptView()->zoomInOneStep();
        QCOMPARE(view->viewA()->zoomSteps(), before + 1);
        QCOMPARE(view->viewB()->zoomSteps(), before + 1);
        window.transcriptView()->resetZoom();
        QCOMPARE(view->viewB()->zoomSteps(), 0);
    }

    // Two calls of different quarters look unrelated and are not paired without the reader's word.
    // The library list's context menu reads the call a right click made current beside the open
    // one; the open call stays open and selected.
    void readBesideFromTheLibraryList()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(waitForLayout(&window));
        window.openCall(m_writeUp);
        auto *list = window.findChild<QListView *>(u"libraryView"_s);
        auto *readBeside = window.findChild<QAction *>(u"readBesideAction"_s);
        QVERIFY(list && readBeside);
        QCOMPARE(list->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(list->actions().contains(readBeside));
        QVERIFY(!readBeside->text().isEmpty());
        QVERIFY(!readBeside->isEnabled()); // the open call is the list's current one

        const auto *calls = static_cast<const CallListModel *>(list->model());
        list->setCurrentIndex(calls->index(calls->rowForCall(m_english)));
        QVERIFY(readBeside->isEnabled());
        readBeside->trigger();
        QVERIFY(window.pairing()->isPaired());
        const auto pair = window.pairing()->repository()->findPair(m_writeUp, m_english);
        QVERIFY(pair);
        QCOMPARE(window.pairing()->pairId(), pair->id);
        QCOMPARE(window.currentCallId(), m_writeUp);
        QCOMPARE(list->currentIndex().data(CallListModel::CallIdRole).toLongLong(), m_writeUp);
        QVERIFY(!readBeside->isEnabled());
    }

    void unrelatedCallsAreRefused()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(waitForLayout(&window));
        window.openCall(m_writeUp);
        QSignalSpy status(window.pairing(), &PairingController::statusMessage);
        QVERIFY(!window.pairing()->readBeside(m_unrelated, PairingController::Unrelated::Refuse));
        QVERIFY(!window.pairing()->repository()->findPair(m_writeUp, m_unrelated));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(u"look like different events"_s));
        QVERIFY(!window.pairing()->isPaired());
    }

    // A passage of the English side's Q2 highlighted from its column's context menu is marked on
    // the strip of the write-up's Q2; Ctrl+Z takes it away.
    void notesOfTheOtherSideAreShown()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitForLayout(&window));
        window.openCall(m_writeUp);
        QVERIFY(window.pairing()->readBeside(m_english));
        const CallRecord english = *m_store.call(m_english);
        const TurnRecord *asked = english.questionTurn(2);
        QVERIFY(asked);
        PairedReadingPane *pane = window.pairing()->pane();
        pane->view()->showQuestionA(2);
        QTRY_COMPARE(pane->view()->currentQuestionB(), 2);
        QVERIFY(!pane->notesLabel()->isVisible());
        pane->view()->viewB()->selectSpan({asked->id, 0, 10});
        AnnotationRepository *notes = window.annotations()->repository();
        QSignalSpy added(notes, &AnnotationRepository::annotationAdded);
        pane->highlightActionB()->trigger();
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().at(1).toLongLong(), m_english);
        const QList<Annotation> made = notes->annotations(m_english);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().quote, asked->text.left(10).trimmed());
        QTRY_VERIFY(pane->notesLabel()->isVisible());
        QCOMPARE(pane->notesLabel()->text(), u"✎ Notes: 0 left, 1 right"_s);
        QVERIFY(pane->notesLabel()->toolTip().contains(made.first().quote));

        // File > Export Notes of Both Calls… carries the note's passage and the write-up's Q2.
        QVERIFY(action(window, "exportPairedNotesAction")->isEnabled());
        const QString path = m_dir.filePath(u"paired-notes.md"_s);
        QVERIFY(window.pairing()->exportNotes(path));
        QFile exported(path);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(exported.readAll());
        // The record is kept: the turn pointer points into it.
        const std::optional<CallRecord> writeUp = m_store.call(m_writeUp);
        QVERIFY(writeUp);
        const TurnRecord *askedInWriteUp = writeUp->questionTurn(2);
        QVERIFY(askedInWriteUp);
        QVERIFY2(markdown.contains(u"## Q2 ↔ Q2"_s), qPrintable(markdown));
        QVERIFY(markdown.contains(u"> "_s + made.first().quote));
        QVERIFY(markdown.contains(u"> "_s + askedInWriteUp->text.section(u'\n', 0, 0)));

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(notes->annotations(m_english).isEmpty());
        QTRY_VERIFY(!pane->notesLabel()->isVisible());
    }

    // The window opens again where it was left: side by side.
    void theLastPairedViewIsRestored()
    {
        {
            MainWindow window(&m_store);
            window.show();
            QVERIFY(waitForLayout(&window));
            window.openCall(m_writeUp);
            QVERIFY(window.pairing()->readBeside(m_english));
            window.close();
        }
        MainWindow again(&m_store);
        again.show();
        QVERIFY(waitForLayout(&again));
        QVERIFY(again.pairing()->isPaired());
        QCOMPARE(again.currentCallId(), m_writeUp);
        QCOMPARE(again.pairing()->pane()->callB(), m_english);
    }

    // Pictures for the docs in each UI language, when ER_SCREENSHOT_DIR names a folder.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        const QString shots = qEnvironmentVariable("ER_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("ER_SCREENSHOT_DIR is not set");
        // A library of the two calls only, as a reader would have it.
        LibraryStore store;
        QString error;
        const QString path = m_dir.filePath(u"screenshots.sqlite"_s);
        const bool fresh = !QFile::exists(path);
        QVERIFY2(store.open(path, &error), qPrintable(error));
        if (fresh) {
            QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
            QVERIFY(CallImporter(store)
                        .importFile(QStringLiteral(ER_TEST_DATA_DIR) +
                                    u"/transcripts/nvda_fy2025q4_motleyfool.txt"_s)
                        .ok);
        }
        const QList<CallSummary> calls = store.calls();
        QCOMPARE(calls.size(), 2);
        const qint64 writeUp = std::min(calls.at(0).id, calls.at(1).id);
        const qint64 english = std::max(calls.at(0).id, calls.at(1).id);
        LanguageManager::instance().apply(language);
        MainWindow window(&store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitForLayout(&window));
        window.openCall(writeUp);
        // The library list's context menu on the English call, as a right click shows it.
        auto *list = window.findChild<QListView *>(u"libraryView"_s);
        const auto *listed = static_cast<const CallListModel *>(list->model());
        const QModelIndex englishRow = listed->index(listed->rowForCall(english));
        list->setCurrentIndex(englishRow);
        QMenu menu;
        menu.addActions(list->actions());
        menu.popup(list->viewport()->mapToGlobal(list->visualRect(englishRow).center()));
        QVERIFY(QTest::qWaitForWindowExposed(&menu));
        QVERIFY(menu.grab().save(shots + u"/library-menu-%1.png"_s.arg(language)));
        menu.close();
        QVERIFY(window.pairing()->readBeside(english));
        // The single reading's chart holds the window taller than 800 before the pair is shown.
        window.resize(1280, 800);
        QTRY_COMPARE(window.size(), QSize(1280, 800));
        PairedReadingPane *pane = window.pairing()->pane();
        pane->view()->showQuestionA(9);
        QTRY_COMPARE(pane->view()->currentQuestionB(), 9);
        QTest::qWait(50);
        // Laid out to the end, the last question is still the one shown.
        QCOMPARE(pane->view()->currentQuestionA(), 9);
        QVERIFY(pane->pairingLabel()->text().startsWith(u"Q9 ↔ Q9"_s));
        QVERIFY(!pane->badgeTexts().isEmpty());
        QVERIFY(window.grab().save(shots + u"/paired-%1.png"_s.arg(language)));
        LanguageManager::instance().apply(u"en"_s);
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
    qint64 m_writeUp = 0;
    qint64 m_english = 0;
    qint64 m_unrelated = 0;
    qint64 m_changed = 0;
};

QTEST_MAIN(TestPairedGui)
#include "tst_pairedgui.moc"
