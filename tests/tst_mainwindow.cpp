#include "calls/CallImporter.h"
#include "calls/NavigatorModel.h"
#include "main/MainWindow.h"
#include "main/SettingsDialog.h"
#include "sample/SampleLibrary.h"
#include "settings/AppSettings.h"
#include "settings/TranscriptFont.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "util/LanguageManager.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"gui.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
    }

    void opensTheSampleCall()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.currentCallId() != 0);
        QCOMPARE(window.navigatorView()->model()->rowCount(), 3);
        QVERIFY(window.transcriptView()->toPlainText().contains(u"黃仁勳"_s));
        saveScreenshot(window, u"main-window-seed.png"_s);
    }

    // The question column shows a readable start of the question and can be dragged wider.
    void navigatorQuestionColumnIsReadableAndResizable()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.navigatorView()->header();
        const int em = window.navigatorView()->fontMetrics().horizontalAdvance(u'M');
        QVERIFY2(header->sectionSize(NavigatorModel::LabelColumn) >= 12 * em,
                 qPrintable(QString::number(header->sectionSize(NavigatorModel::LabelColumn))));
        QCOMPARE(header->sectionResizeMode(NavigatorModel::LabelColumn), QHeaderView::Interactive);
        const int wider = header->sectionSize(NavigatorModel::LabelColumn) + 5 * em;
        header->resizeSection(NavigatorModel::LabelColumn, wider);
        QCOMPARE(header->sectionSize(NavigatorModel::LabelColumn), wider);
    }

    void windowTakesTheSizeAsked_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("900x600") << QSize(900, 600);
    }

    // A laptop's window: the size asked for, not the minimum of docks hidden at first start.
    void windowTakesTheSizeAsked()
    {
        QFETCH(QSize, size);
        MainWindow window(&m_store);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
    }

    // What a reader does: drags the boundary after the question column to the right.
    void navigatorQuestionColumnWidensByDragging()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.navigatorView()->header();
        const int before = header->sectionSize(NavigatorModel::LabelColumn);
        const int y = header->height() / 2;
        const QPoint edge(header->sectionViewportPosition(NavigatorModel::LabelColumn) + before - 1, y);
        const QPoint dragged = edge + QPoint(60, 0);
        QWidget *target = header->viewport();
        QMouseEvent press(QEvent::MouseButtonPress, edge, target->mapToGlobal(edge), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &press);
        QMouseEvent move(QEvent::MouseMove, dragged, target->mapToGlobal(dragged), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QMouseEvent release(QEvent::MouseButtonRelease, dragged, target->mapToGlobal(dragged), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(target, &release);
        QCOMPARE(header->sectionSize(NavigatorModel::LabelColumn), before + 60);
        // The column shows a question's opening words, not five characters of them.
        const QModelIndex question = firstQuestion(window.navigatorView()->model());
        QVERIFY(question.isValid());
        const QString label = question.data().toString();
        QVERIFY(window.navigatorView()->visualRect(question).width() >=
                window.navigatorView()->fontMetrics().horizontalAdvance(label.left(10)));
    }

    // In the English interface the rows were measured on Latin text ("Article") and Chinese
    // rows were tighter than in the Chinese interfaces; they must be as tall as there.
    void navigatorChineseRowsFitTheChineseFont()
    {
        const auto english = qScopeGuard([] { LanguageManager::instance().apply(u"en"_s); });
        QHash<QString, int> heights;
        for (const QString &language : {u"zh_TW"_s, u"en"_s}) {
            LanguageManager::instance().apply(language);
            MainWindow window(&m_store);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QModelIndex question = firstQuestion(window.navigatorView()->model());
            QVERIFY(question.isValid());
            QVERIFY(question.data().toString().contains(QRegularExpression(u"\\p{Han}"_s)));
            heights.insert(language, window.navigatorView()->visualRect(question).height());
        }
        QVERIFY2(heights.value(u"en"_s) >= heights.value(u"zh_TW"_s),
                 qPrintable(u"en %1, zh_TW %2"_s.arg(heights.value(u"en"_s)).arg(heights.value(u"zh_TW"_s))));
    }

    void clickingAQuestionScrollsToIt()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TranscriptView *view = window.transcriptView();
        QCOMPARE(view->currentQuestion(), 0);

        QTreeView *tree = window.navigatorView();
        auto *model = qobject_cast<NavigatorModel *>(tree->model());
        const QModelIndex q5 = model->indexForQuestion(5);
        QVERIFY(q5.isValid());
        tree->scrollTo(q5);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(q5).center());

        const qint64 questionTurn = q5.data(NavigatorModel::TurnIdRole).toLongLong();
        const TranscriptView::Range range = view->turnRange(questionTurn);
        QVERIFY(range.length > 0);
        QTRY_VERIFY(view->isPositionVisible(range.start));
        QCOMPARE(view->currentQuestion(), 5);
        saveScreenshot(window, u"main-window-q5.png"_s);
        QVERIFY(view->document()
                    ->toPlainText()
                    .mid(range.start, range.length)
                    .startsWith(u"我們聽說了很多關於"_s));

        // Keyboard: next and previous question.
        QTest::keyClick(&window, Qt::Key_F8);
        QCOMPARE(view->currentQuestion(), 6);
        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(view->currentQuestion(), 7);
        QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(view->currentQuestion(), 6);
        QCOMPARE(tree->currentIndex(), model->indexForQuestion(6));
    }

    void zoomAndCallAreRestored()
    {
        qint64 call = 0;
        {
            MainWindow window(&m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.transcriptView()->setFocus();
            QTest::keyClick(window.transcriptView(), Qt::Key_Plus, Qt::ControlModifier);
            QTest::keyClick(window.transcriptView(), Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(window.transcriptView()->zoomSteps(), 2);
            call = window.currentCallId();
            window.close();
        }
        MainWindow again(&m_store);
        QCOMPARE(again.transcriptView()->zoomSteps(), 2);
        QCOMPARE(again.currentCallId(), call);
        again.transcriptView()->resetZoom();
        again.close();
    }

    void editingTheAnalystInTheNavigatorIsSavedAndUndoable()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *tree = window.navigatorView();
        auto *model = qobject_cast<NavigatorModel *>(tree->model());
        const QModelIndex name = model->indexForQuestion(2).siblingAtColumn(NavigatorModel::SpeakerColumn);
        const qint64 speakerId = name.data(NavigatorModel::SpeakerIdRole).toLongLong();
        tree->scrollTo(name);
        tree->setCurrentIndex(name);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_F2);
        auto *editor = tree->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"Joseph Moore"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_store.speaker(speakerId)->name, u"Joseph Moore"_s);
        QVERIFY(window.transcriptView()->toPlainText().contains(u"Joseph Moore, Morgan Stanley"_s));

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store.speaker(speakerId)->name, u"Joe Moore"_s);
        QCOMPARE(name.data().toString(), u"Joe Moore"_s);
        QVERIFY(window.transcriptView()->toPlainText().contains(u"Joe Moore, Morgan Stanley"_s));
    }

    void importReportsEachFile()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString bad = m_dir.filePath(u"binary.txt"_s);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x00\x01\x02\x03garbage", 11));
        }
        const QString good = m_dir.filePath(u"call.txt"_s);
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Q1:How is gross margin?\nCFO Jane:It improves.\n");
        }
        QString reported;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                reported = box->text() + u'\n' + box->informativeText();
                box->accept();
            }
        });
        const int before = int(m_store.calls().size());
        window.importFiles({bad, good});
        QVERIFY2(reported.contains(u"Imported 1 of 2"_s), qPrintable(reported));
        QVERIFY(reported.contains(u"binary.txt"_s));
        QCOMPARE(m_store.calls().size(), before + 1);
        // The new call is opened.
        QVERIFY(window.transcriptView()->toPlainText().contains(u"It improves."_s));
    }

    void cancellingAMultiFileImportKeepsWhatIsDone()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QFile seed(QStringLiteral(ER_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        // Three calls' worth of text per file, so the import runs long enough for the dialog.
        const QByteArray text = seed.readAll().repeated(3);
        QStringList files;
        for (int i = 0; i < 40; ++i) {
            const QString path = m_dir.filePath(u"batch-%1.txt"_s.arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // Distinct content, so none is taken for a duplicate of another.
            f.write(text + "\n評論區:第 " + QByteArray::number(i) + " 份\n");
            files << path;
        }
        // Once the progress dialog shows a few files done, press its Cancel button; then
        // read and close the report.
        QString reported;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *progress = window.findChild<QProgressDialog *>();
            if (progress && progress->isVisible() && progress->value() >= 3 && !progress->wasCanceled()) {
                if (auto *cancel = progress->findChild<QPushButton *>())
                    QTest::mouseClick(cancel, Qt::LeftButton);
            }
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                reported = box->text();
                box->accept();
            }
        });
        poll.start(10);
        const QList<CallSummary> before = m_store.calls();
        window.importFiles(files);
        poll.stop();
        const QList<CallSummary> after = m_store.calls();
        const qsizetype imported = after.size() - before.size();
        QVERIFY2(imported >= 3 && imported < files.size(), qPrintable(QString::number(imported)));
        QVERIFY2(reported.contains(u"Imported %1 of 40 file"_s.arg(imported)) &&
                     reported.contains(u"Cancelled: %1 file"_s.arg(40 - imported)),
                 qPrintable(reported));
        // Every call that went in is whole: the same turns as the seed, plus the extra comment.
        const auto turnsOf = [this](qint64 id) {
            int turns = 0;
            const std::optional<CallRecord> call = m_store.call(id);
            for (const SectionRecord &section : call->sections)
                turns += int(section.turns.size());
            return turns;
        };
        QSet<qint64> earlier;
        for (const CallSummary &call : before)
            earlier.insert(call.id);
        QList<qint64> added;
        for (const CallSummary &call : after) {
            if (!earlier.contains(call.id))
                added << call.id;
        }
        QCOMPARE(added.size(), imported);
        const int expected = turnsOf(added.first());
        QVERIFY(expected > 30);
        for (qint64 id : std::as_const(added))
            QCOMPARE(turnsOf(id), expected);
    }

    void droppingTranscriptFilesImportsThem()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString file = m_dir.filePath(u"dropped.txt"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Q1:Dropped question about NVL72?\nJensen Huang:Dropped answer.\n");
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file), QUrl::fromLocalFile(m_dir.filePath(u"picture.png"_s))});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        const int before = int(m_store.calls().size());
        acceptImportDialog();
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(m_store.calls().size(), before + 1);
        QVERIFY(window.transcriptView()->toPlainText().contains(u"Dropped answer."_s));

        // Only .txt files are taken; a drop of anything else is refused.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"picture.png"_s))});
        QDragEnterEvent refused(at, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void settingsRoundTrip()
    {
        AppSettings::setLanguage(u"zh_CN"_s);
        QCOMPARE(AppSettings::language(), u"zh_CN"_s);
        AppSettings::setLanguage(u"klingon"_s);
        QCOMPARE(AppSettings::language(), QString());
        QFont font(u"Noto Serif CJK TC"_s);
        font.setPointSize(15);
        AppSettings::setTranscriptFont(font);
        QCOMPARE(AppSettings::transcriptFont().family(), u"Noto Serif CJK TC"_s);
        QCOMPARE(AppSettings::transcriptFont().pointSize(), 15);
        AppSettings::setScript(ChineseConverter::Script::Simplified);
        QCOMPARE(AppSettings::script(), ChineseConverter::Script::Simplified);
        AppSettings::setExportSize({2000, 1200});
        QCOMPARE(AppSettings::exportSize(), QSize(2000, 1200));
        AppSettings::setExportFormat(u"svg"_s);
        QCOMPARE(AppSettings::exportFormat(), u"svg"_s);
        AppSettings::setExportFormat(u"bmp"_s);
        QCOMPARE(AppSettings::exportFormat(), u"png"_s);
        AppSettings::setLibraryPath(u"/tmp/x.sqlite"_s);
        QCOMPARE(AppSettings::libraryPath(), u"/tmp/x.sqlite"_s);
        // The settings dialog shows what is stored and writes back what it shows.
        SettingsDialog dialog;
        dialog.save();
        QCOMPARE(AppSettings::transcriptFont().pointSize(), 15);
        QCOMPARE(AppSettings::script(), ChineseConverter::Script::Simplified);
        QCOMPARE(AppSettings::exportSize(), QSize(2000, 1200));
        QCOMPARE(AppSettings::libraryPath(), u"/tmp/x.sqlite"_s);
        QSettings().clear();
    }

    void languageSwitchKeepsTheOpenCall()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigatorView()->setFocus();
        QTest::keyClick(&window, Qt::Key_F8);
        QTest::keyClick(&window, Qt::Key_F8);
        const qint64 call = window.currentCallId();
        const int question = window.transcriptView()->currentQuestion();
        QVERIFY(question > 0);
        const QString english = window.menuBar()->actions().first()->text();
        LanguageManager::instance().apply(u"zh_TW"_s);
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"檔案(&F)"_s);
        QCOMPARE(window.currentCallId(), call);
        QCOMPARE(window.transcriptView()->currentQuestion(), question);
        LanguageManager::instance().apply(u"zh_CN"_s);
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), u"文件(&F)"_s);
        LanguageManager::instance().apply(u"en"_s);
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), english);
        QCOMPARE(window.currentCallId(), call);
    }

    // The Edit menu's Undo and Redo name the command and keep their mnemonic in every language,
    // also after switching language with a command on the stack.
    void undoActionsKeepTheCommandAcrossLanguages()
    {
        MainWindow window(&m_store);
        auto *stack = window.findChild<QUndoStack *>();
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        auto *redo = window.findChild<QAction *>(u"redoAction"_s);
        QVERIFY(stack && undo && redo);
        QCOMPARE(undo->text(), u"&Undo"_s);
        QVERIFY(!undo->isEnabled());
        auto *command = new QUndoCommand(u"Highlight “Blackwell”"_s);
        stack->push(command);
        QCOMPARE(undo->text(), u"&Undo Highlight “Blackwell”"_s);
        QVERIFY(undo->isEnabled());
        LanguageManager::instance().apply(u"zh_TW"_s);
        QTRY_COMPARE(undo->text(), u"復原 Highlight “Blackwell”(&U)"_s);
        stack->undo();
        QCOMPARE(redo->text(), u"重做 Highlight “Blackwell”(&R)"_s);
        QCOMPARE(undo->text(), u"復原(&U)"_s);
        LanguageManager::instance().apply(u"en"_s);
        QTRY_COMPARE(redo->text(), u"&Redo Highlight “Blackwell”"_s);
        redo->trigger();
        QCOMPARE(stack->index(), 1);
    }

    // Every control a user can Tab to, in every dock and pane on screen, says what it is to a
    // screen reader, and Tab visits each of them before coming back round.
    void everyControlIsReachableByTabAndNamed()
    {
        MainWindow window(&m_store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show(); // the docks first start hides
        QApplication::processEvents();

        QList<QWidget *> focusable;
        for (QWidget *w = window.nextInFocusChain(); w != &window; w = w->nextInFocusChain()) {
            // A widget with a focus proxy (a tab widget, a view's viewport) hands focus on to it.
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->isWindow() &&
                !w->focusProxy())
                focusable.append(w);
        }
        QVERIFY2(focusable.size() > 15, qPrintable(QString::number(focusable.size())));
        QStringList unnamed;
        for (QWidget *w : std::as_const(focusable)) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(w);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        // Tab itself goes round every one of them.
        focusable.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> reached;
        for (int i = 0; i < 500 && reached.size() < focusable.size(); ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QStringList missed;
        for (QWidget *w : std::as_const(focusable)) {
            if (!reached.contains(w))
                missed << describe(w);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u", "_s)));
    }

    void menuActionsHaveIcons()
    {
        // Offscreen there is no desktop icon theme, so every icon drawn here comes from the
        // app's fallback set.
        MainWindow window(&m_store);
        const QStringList withIcons{u"openLibraryAction"_s,   u"exportChartAction"_s,
                                    u"copyChartAction"_s,     u"importFinancialsAction"_s,
                                    u"settingsAction"_s,      u"findAction"_s,
                                    u"searchLibraryAction"_s, u"exportCallPdfAction"_s};
        for (const QString &name : withIcons) {
            const QAction *action = window.findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            const QImage image = action->icon().pixmap(QSize(24, 24)).toImage();
            QVERIFY2(!image.isNull(), qPrintable(name));
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    drawn += qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(drawn > 20, qPrintable(name));
        }
    }

    void recentLibrariesMenu()
    {
        const QString other = m_dir.filePath(u"other & more.sqlite"_s);
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(other, &error), qPrintable(error));
        }
        AppSettings::addRecentLibrary(m_dir.filePath(u"gone.sqlite"_s)); // no longer there
        AppSettings::addRecentLibrary(other);
        AppSettings::addRecentLibrary(m_store.path()); // the open one is not offered

        MainWindow window(&m_store);
        QMenu *menu = window.recentLibrariesMenu();
        emit menu->aboutToShow();
        const QList<QAction *> entries = menu->actions();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()->text(), u"&1 other && more.sqlite"_s);
        QSignalSpy requested(&window, &MainWindow::libraryOpenRequested);
        entries.first()->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QFileInfo(other).absoluteFilePath());

        QSettings().remove(u"recentLibraries"_s);
        QSettings().clear();
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(!menu->actions().first()->isEnabled());
    }

    void importingOneFileShowsWhatItsHeaderSays()
    {
        MainWindow window(&m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString file = QStringLiteral(ER_TEST_DATA_DIR "/transcripts/nvda_fy2025q4_motleyfool.txt");
        const qsizetype before = m_store.calls().size();

        // Cancelled: nothing is written.
        QStringList shown;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog && dialog->objectName() == u"importMetadataDialog"_s);
            for (const char *name :
                 {"importTicker", "importCompany", "importPeriod", "importDate", "importTitle"})
                shown << dialog->findChild<QLineEdit *>(QString::fromLatin1(name))->text();
            dialog->reject();
        });
        window.importFiles({file});
        QCOMPARE(shown, (QStringList{u"NVDA"_s, u"Nvidia"_s, u"FY2025Q4"_s, u"2025-02-26"_s,
                                     u"Nvidia Q4 2025 Earnings Call"_s}));
        QCOMPARE(m_store.calls().size(), before);

        // Edited and accepted: the call is stored as the dialog said, and opened.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *title = dialog->findChild<QLineEdit *>(u"importTitle"_s);
            auto *date = dialog->findChild<QLineEdit *>(u"importDate"_s);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            date->setText(u"26 Feb"_s);
            QVERIFY(!ok->isEnabled()); // not a date
            date->setText(u"2025-02-27"_s);
            title->setText(u"NVIDIA Q4 FY2025 (edited)"_s);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        window.importFiles({file});
        QCOMPARE(m_store.calls().size(), before + 1);
        const CallSummary call = m_store.call(window.currentCallId())->summary;
        QCOMPARE(call.title, u"NVIDIA Q4 FY2025 (edited)"_s);
        QCOMPARE(call.companyTicker, u"NVDA"_s);
        QCOMPARE(call.fiscalPeriod, u"FY2025Q4"_s);
        QCOMPARE(call.callDate, QDate(2025, 2, 27));
    }

    void pageFurnitureIsHiddenUntilAskedFor()
    {
        const QString file = QStringLiteral(ER_TEST_DATA_DIR "/transcripts/nvda_fy2025q3_motleyfool.txt");
        CallImporter importer(m_store);
        const CallImporter::Outcome imported = importer.importFile(file);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        AppSettings::setLastCall(m_store.path(), imported.callId);
        {
            MainWindow window(&m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.currentCallId(), imported.callId);
            auto *toggle = window.findChild<QAction *>(u"showFurnitureAction"_s);
            QVERIFY(toggle && toggle->isCheckable() && !toggle->isChecked());
            QCOMPARE(toggle->text(), u"Show Page &Furniture"_s);
            QVERIFY(!window.transcriptView()->toPlainText().contains(u"Call participants:"_s));
            toggle->trigger();
            QVERIFY(window.transcriptView()->toPlainText().contains(u"Call participants:"_s));
            QVERIFY(window.transcriptView()->toPlainText().contains(u"Page furniture"_s));
            QVERIFY(AppSettings::showPageFurniture());
        }
        // Remembered by the next window, and turned off again.
        MainWindow again(&m_store);
        auto *toggle = again.findChild<QAction *>(u"showFurnitureAction"_s);
        QVERIFY(toggle->isChecked());
        QVERIFY(again.transcriptView()->toPlainText().contains(u"Call participants:"_s));
        toggle->trigger();
        QVERIFY(!again.transcriptView()->toPlainText().contains(u"Call participants:"_s));
        QVERIFY(!AppSettings::showPageFurniture());
    }

private:
    static QModelIndex firstQuestion(const QAbstractItemModel *model)
    {
        for (int s = 0; s < model->rowCount(); ++s) {
            const QModelIndex section = model->index(s, 0);
            for (int row = 0; row < model->rowCount(section); ++row) {
                const QModelIndex entry = model->index(row, 0, section);
                if (entry.data(NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>() ==
                    NavigatorModel::EntryKind::Question)
                    return entry;
            }
        }
        return {};
    }

    // The import of a single file asks first; take what its header says.
    void acceptImportDialog()
    {
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
    }

    static QString describe(const QWidget *w)
    {
        const QWidget *parent = w->parentWidget();
        return u"%1 %2 in %3 %4"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                       parent ? QString::fromLatin1(parent->metaObject()->className())
                                              : QString(),
                                       parent ? parent->objectName() : QString());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
