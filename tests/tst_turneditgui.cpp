#include "annotations/ReimportController.h"
#include "calls/CallImporter.h"
#include "calls/CallListModel.h"
#include "calls/NavigatorModel.h"
#include "main/MainWindow.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "transcript/TurnEditController.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

// The window's structure edits (Edit > Fix Turn Structure and the transcript's context menu) on the
// English NVIDIA Q4 FY2025 call: each is one undo step, reaches the library at once, and the
// questions tree follows. With ER_TURN_EDIT_SCREENSHOT set to a file name, the window with the
// context menu open is saved there (docs/screenshots/nvda-q4-fy2025-turn-structure.png).
class TestTurnEditGui : public QObject
{
    Q_OBJECT

private:
    static QString nvdaQ4()
    {
        return QStringLiteral(ER_TEST_DATA_DIR "/transcripts/nvda_fy2025q4_motleyfool.txt");
    }

    struct Open
    {
        std::unique_ptr<LibraryStore> store;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<QAbstractItemModelTester> tester;
        qint64 callId = 0;
        QString path;
    };

    Open openWindow(const QString &name)
    {
        Open open;
        open.path = m_dir.filePath(name);
        open.store = std::make_unique<LibraryStore>();
        QString error;
        if (!open.store->open(open.path, &error))
            qFatal("%s", qPrintable(error));
        CallImporter importer(*open.store);
        const auto outcome = importer.importFile(nvdaQ4());
        if (!outcome.ok)
            qFatal("%s", qPrintable(outcome.error));
        open.callId = outcome.callId;
        open.window = std::make_unique<MainWindow>(open.store.get());
        open.window->resize(1400, 900);
        open.window->show();
        if (!QTest::qWaitForWindowExposed(open.window.get()))
            qFatal("window not exposed");
        open.window->openCall(open.callId);
        open.tester = std::make_unique<QAbstractItemModelTester>(
            open.window->navigatorView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return open;
    }

    static const TurnRecord *turnStarting(const CallRecord &call, const QString &prefix)
    {
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.text.startsWith(prefix))
                    return &turn;
            }
        }
        return nullptr;
    }

    // Rows of the questions tree under the section of that kind ("qa", "prepared").
    static int navigatorRows(MainWindow &window, const QString &kind)
    {
        QAbstractItemModel *model = window.navigatorView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex section = model->index(row, 0);
            if (section.data(NavigatorModel::SectionKindRole).toString() == kind)
                return model->rowCount(section);
        }
        return -1;
    }

    // A left click at that character of the turn, as the reader puts the cursor there.
    static QPoint clickInto(MainWindow &window, qint64 turnId, int offset)
    {
        TranscriptView *view = window.transcriptView();
        view->selectSpan({turnId, offset, 0}); // scrolls it into view
        // With the heading and speaker above it in view, as a reader would have it.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() -
                                            view->viewport()->height() / 3);
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(view->turnRange(turnId).start + offset);
        const QPoint point = view->cursorRect(cursor).center() + QPoint(1, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        return point;
    }

    // Opens the transcript's context menu at point and chooses the action with that object name.
    void chooseFromContextMenu(MainWindow &window, const QPoint &point, const QString &actionName)
    {
        TranscriptView *view = window.transcriptView();
        bool chosen = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->objectName() == actionName && action->isEnabled()) {
                    if (!m_screenshot.isEmpty())
                        saveScreenshot(window, menu);
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                    chosen = true;
                    return;
                }
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(view->viewport(), &event);
        QVERIFY2(chosen, qPrintable(actionName));
    }

    // The window with its open popup drawn where it is on the screen.
    void saveScreenshot(MainWindow &window, QMenu *menu)
    {
        QImage image = window.grab().toImage();
        QPainter painter(&image);
        painter.drawPixmap(window.mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))), menu->grab());
        painter.end();
        image.save(m_screenshot);
        m_screenshot.clear();
    }

    static QAction *editMenuAction(MainWindow &window, const QString &name)
    {
        for (QAction *top : window.menuBar()->actions()) {
            if (!top->menu())
                continue;
            for (QAction *action : top->menu()->actions()) {
                if (action->menu() && action->menu()->objectName() == u"turnStructureMenu"_s) {
                    emit action->menu()->aboutToShow();
                    for (QAction *item : action->menu()->actions()) {
                        if (item->objectName() == name)
                            return item;
                    }
                }
            }
        }
        return nullptr;
    }

    static QStringList outline(const CallRecord &call)
    {
        QStringList lines;
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns)
                lines << u"%1|%2|%3|%4|%5"_s.arg(turn.id)
                             .arg(sectionKindName(section.kind), turn.speaker)
                             .arg(turn.question)
                             .arg(turn.text);
        }
        return lines;
    }

    // What another connection reads from the file: the edit is in the library, not only in memory.
    static QStringList outlineOnDisk(const QString &path, qint64 callId)
    {
        LibraryStore other;
        QString error;
        if (!other.open(path, &error))
            return {error};
        return outline(*other.call(callId));
    }

    // The edit is one step: undo and redo, by their shortcuts, go between the two states,
    // the questions tree following, and each state is on disk.
    static void checkUndoRedo(Open &open, const QString &kind, int rowsBefore, int rowsAfter,
                              const QStringList &before)
    {
        MainWindow &window = *open.window;
        // The text shows what the library holds: its question headings as the questions tree.
        const auto questionsShown = [&] { return int(window.transcriptView()->questions().size()); };
        const int questionsBefore = [&] {
            QSet<QString> questions;
            for (const QString &line : before) {
                if (const QString question = line.section(u'|', 3, 3); question != u"0"_s)
                    questions.insert(question);
            }
            return int(questions.size());
        }();
        const QStringList after = outline(*open.store->call(open.callId));
        QVERIFY(after != before);
        QCOMPARE(navigatorRows(window, kind), rowsAfter);
        QCOMPARE(outlineOnDisk(open.path, open.callId), after);
        const int questionsAfter = int(open.store->call(open.callId)->summary.questions);
        QCOMPARE(questionsShown(), questionsAfter);
        // The library list, read again for the new counts, still has the call chosen.
        auto *library = window.findChild<QListView *>(u"libraryView"_s);
        QVERIFY(library);
        QCOMPARE(library->currentIndex().data(CallListModel::CallIdRole).toLongLong(), open.callId);
        QCOMPARE(window.undoStack()->count(), 1);
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        auto *redo = window.findChild<QAction *>(u"redoAction"_s);
        QVERIFY(undo && redo);
        QVERIFY2(undo->text().contains(window.undoStack()->undoText()), qPrintable(undo->text()));
        QTest::keySequence(&window, undo->shortcut());
        QCOMPARE(outline(*open.store->call(open.callId)), before);
        QCOMPARE(navigatorRows(window, kind), rowsBefore);
        QCOMPARE(outlineOnDisk(open.path, open.callId), before);
        QCOMPARE(questionsShown(), questionsBefore);
        QTest::keySequence(&window, redo->shortcut());
        QCOMPARE(outline(*open.store->call(open.callId)), after);
        QCOMPARE(navigatorRows(window, kind), rowsAfter);
        QCOMPARE(outlineOnDisk(open.path, open.callId), after);
        QCOMPARE(questionsShown(), questionsAfter);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderTurnEditGuiTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        m_screenshot = qEnvironmentVariable("ER_TURN_EDIT_SCREENSHOT");
    }

    void questionStartsFromTheContextMenu()
    {
        Open open = openWindow(u"question.sqlite"_s);
        const CallRecord call = *open.store->call(open.callId);
        const QStringList before = outline(call);
        QCOMPARE(navigatorRows(*open.window, u"qa"_s), 9);
        const TurnRecord *answer = turnStarting(call, u"Yeah, I appreciate that, C.J."_s);
        const QPoint point = clickInto(*open.window, answer->id, 3);
        chooseFromContextMenu(*open.window, point, u"questionStartsAction"_s);
        QCOMPARE(open.store->call(open.callId)->turn(answer->id)->question, 2);
        checkUndoRedo(open, u"qa"_s, 9, 10, before);
    }

    void notQuestionFromTheEditMenu()
    {
        Open open = openWindow(u"notquestion.sqlite"_s);
        const CallRecord call = *open.store->call(open.callId);
        const QStringList before = outline(call);
        clickInto(*open.window, call.questionTurn(3)->id, 2);
        QAction *action = editMenuAction(*open.window, u"notQuestionAction"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger();
        checkUndoRedo(open, u"qa"_s, 9, 8, before);
    }

    void splitAtTheClickedPlace()
    {
        Open open = openWindow(u"split.sqlite"_s);
        const CallRecord call = *open.store->call(open.callId);
        const QStringList before = outline(call);
        const int prepared = navigatorRows(*open.window, u"prepared"_s);
        const TurnRecord *colette = turnStarting(call, u"Thanks, Stewart. Q4 was another record quarter"_s);
        const int at = int(colette->text.indexOf(u"Let's start with Data Center"_s));
        const QPoint point = clickInto(*open.window, colette->id, at);
        chooseFromContextMenu(*open.window, point, u"splitTurnAction"_s);
        const CallRecord after = *open.store->call(open.callId);
        QVERIFY(turnStarting(after, u"Let's start with Data Center"_s));
        QCOMPARE(after.turn(colette->id)->text, colette->text.left(at).trimmed());
        checkUndoRedo(open, u"prepared"_s, prepared, prepared + 1, before);
    }

    void mergeWithThePreviousTurn()
    {
        Open open = openWindow(u"merge.sqlite"_s);
        const CallRecord call = *open.store->call(open.callId);
        const QStringList before = outline(call);
        const int prepared = navigatorRows(*open.window, u"prepared"_s);
        const TurnRecord *stewart = turnStarting(call, u"Thank you. Good afternoon, everyone"_s);
        clickInto(*open.window, stewart->id, 4);
        QAction *action = editMenuAction(*open.window, u"mergeTurnAction"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QVERIFY(!open.store->call(open.callId)->turn(stewart->id));
        checkUndoRedo(open, u"prepared"_s, prepared, prepared - 1, before);
    }

    void qaStartsEarlier()
    {
        Open open = openWindow(u"qa.sqlite"_s);
        const CallRecord call = *open.store->call(open.callId);
        const QStringList before = outline(call);
        const int prepared = navigatorRows(*open.window, u"prepared"_s);
        const TurnRecord *operatorTurn =
            turnStarting(call, u"Thank you. [Operator instructions] And your first"_s);
        const QPoint point = clickInto(*open.window, operatorTurn->id, 5);
        chooseFromContextMenu(*open.window, point, u"qaStartsAction"_s);
        checkUndoRedo(open, u"prepared"_s, prepared, prepared - 1, before);
    }

    void speakerPickedOrTyped()
    {
        Open open = openWindow(u"speaker.sqlite"_s);
        const CallRecord call = *open.store->call(open.callId);
        const QStringList before = outline(call);
        const QModelIndex first = [&] {
            auto *model = qobject_cast<NavigatorModel *>(open.window->navigatorView()->model());
            return model->indexForQuestion(1).siblingAtColumn(NavigatorModel::SpeakerColumn);
        }();
        QCOMPARE(first.data().toString(), u"C.J. Muse"_s);
        const QPoint point = clickInto(*open.window, call.questionTurn(1)->id, 2);
        // The dialog lists the call's participants; a name typed in it is taken as well.
        QStringList offered;
        QTimer poll; // the dialog opens once the menu has closed
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->comboBoxItems();
            dialog->setTextValue(u"Jane Example"_s);
            dialog->accept();
        });
        poll.start(10);
        chooseFromContextMenu(*open.window, point, u"changeSpeakerAction"_s);
        QVERIFY2(offered.contains(u"Colette M. Kress"_s) && offered.contains(u"Vivek Arya"_s),
                 qPrintable(offered.join(u", "_s)));
        auto *model = qobject_cast<NavigatorModel *>(open.window->navigatorView()->model());
        QCOMPARE(model->indexForQuestion(1).siblingAtColumn(NavigatorModel::SpeakerColumn).data().toString(),
                 u"Jane Example"_s);
        checkUndoRedo(open, u"qa"_s, 9, 9, before);
        QCOMPARE(model->indexForQuestion(1).siblingAtColumn(NavigatorModel::SpeakerColumn).data().toString(),
                 u"Jane Example"_s);
    }

    // Re-imported from the window: the edit is made again on the same text and the outline
    // shows it; on a changed text it is dropped and the report says which.
    void reimportInTheWindow()
    {
        Open open = openWindow(u"reimport.sqlite"_s);
        const CallRecord call = *open.store->call(open.callId);
        const TurnRecord *answer = turnStarting(call, u"Yeah, I appreciate that, C.J."_s);
        const QPoint point = clickInto(*open.window, answer->id, 3);
        chooseFromContextMenu(*open.window, point, u"questionStartsAction"_s);
        QCOMPARE(navigatorRows(*open.window, u"qa"_s), 10);

        QFile original(nvdaQ4());
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const auto write = [&](const QString &name, QByteArray text) {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                return QString();
            return path;
        };
        QByteArray corrected = bytes;
        corrected.replace("My name is Krista", "My name is Kristina");
        QVERIFY(open.window->reimport()->reimportFile(write(u"corrected.txt"_s, corrected)));
        QCOMPARE(navigatorRows(*open.window, u"qa"_s), 10);
        QCOMPARE(open.store->turnEdits(open.callId).size(), 1);

        QByteArray changed = corrected;
        changed.replace("Yeah, I appreciate that, C.J.", "Yes, I appreciate that, C.J.");
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        poll.start(10);
        QVERIFY(open.window->reimport()->reimportFile(write(u"changed.txt"_s, changed)));
        QVERIFY2(shown.contains(u"Start a new question here"_s) && shown.contains(u"Yeah, I appreciate"_s),
                 qPrintable(shown));
        QCOMPARE(navigatorRows(*open.window, u"qa"_s), 9);
        QVERIFY(open.store->turnEdits(open.callId).isEmpty());
    }

    // An edit the call does not allow is said, and nothing is pushed or written.
    void refusedEditIsReported()
    {
        Open open = openWindow(u"refused.sqlite"_s);
        const CallRecord call = *open.store->call(open.callId);
        const QStringList before = outline(call);
        clickInto(*open.window, call.questionTurn(1)->id, 2);
        QString shown;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        editMenuAction(*open.window, u"questionStartsAction"_s)->trigger();
        QVERIFY2(shown.contains(u"already"_s), qPrintable(shown));
        QCOMPARE(open.window->undoStack()->count(), 0);
        QCOMPARE(outlineOnDisk(open.path, open.callId), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_screenshot;
};

QTEST_MAIN(TestTurnEditGui)
#include "tst_turneditgui.moc"
