#include "annotations/AnnotationController.h"
#include "annotations/AnnotationModel.h"
#include "annotations/ReimportController.h"
#include "calls/NavigatorModel.h"
#include "figures/FigureTableModel.h"
#include "figures/FiguresDock.h"
#include "figures/MetricRepository.h"
#include "main/MainWindow.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "util/UndoHistory.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The window's undo history: re-import keeps the edits it does not touch, and every
// command that fails to write the library reports through one path.
class TestUndoHistory : public QObject
{
    Q_OBJECT

private:
    static FigureKey revenueKey() { return {u"NVDA"_s, {2025, 4}, u"revenue"_s, FigureKind::Actual}; }

    // A fresh library with the sample call, for each test.
    void openLibrary(LibraryStore &store, const QString &name)
    {
        QString error;
        QVERIFY2(store.open(m_dir.filePath(name), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
    }

    static bool highlightStart(MainWindow &window, int length)
    {
        const auto &call = window.annotations()->call();
        for (const SectionRecord &section : call->sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.text.size() > length) {
                    window.transcriptView()->selectSpan({turn.id, 0, length});
                    return window.annotations()->highlightSelection();
                }
            }
        }
        return false;
    }

    // The first cell of the speaker column that can be edited, in the questions tree.
    static QModelIndex editableSpeaker(QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex speaker = model->index(row, NavigatorModel::SpeakerColumn, parent);
            if (speaker.flags() & Qt::ItemIsEditable)
                return speaker;
            const QModelIndex found = editableSpeaker(model, model->index(row, 0, parent));
            if (found.isValid())
                return found;
        }
        return {};
    }

    QString editedTranscript()
    {
        QFile seed(QStringLiteral(ER_SEED_FILE));
        if (!seed.open(QIODevice::ReadOnly))
            return {};
        const QString path = m_dir.filePath(u"corrected-%1.txt"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(seed.readAll() + "\n評論區:修訂稿\n");
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderUndoHistoryTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
    }

    // A highlight, a figure edit, another highlight; re-importing the call drops the two
    // highlights from the history (they refer to the old turns) and keeps the figure edit,
    // which still undoes and redoes.
    void reimportKeepsUnrelatedEdits()
    {
        LibraryStore store;
        openLibrary(store, u"reimport.sqlite"_s);
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.currentCallId() > 0);
        QUndoStack *stack = window.undoStack();

        QVERIFY(highlightStart(window, 6));
        FigureTableModel *figures = window.figuresDock()->model();
        figures->setCompany(u"NVDA"_s);
        const int row = figures->rowFor(revenueKey());
        QVERIFY(row >= 0);
        const MetricRepository repository(&store);
        const double before = *repository.figure(revenueKey())->value;
        QVERIFY(figures->setData(figures->index(row, FigureTableModel::ValueColumn), before + 1000));
        const QString figureEdit = stack->undoText();
        QVERIFY2(figureEdit.contains(u"figure"_s), qPrintable(figureEdit));
        QVERIFY(highlightStart(window, 9));
        QCOMPARE(stack->count(), 3);
        QVERIFY(stack->undoText().startsWith(u"Highlight"_s));

        // A report of quotes no longer placed would wait for a click.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        poll.start(10);
        const QString corrected = editedTranscript();
        QVERIFY(!corrected.isEmpty());
        QVERIFY(window.reimport()->reimportFile(corrected));

        QCOMPARE(stack->index(), 2);
        QCOMPARE(stack->undoText(), figureEdit);
        QVERIFY(!stack->canRedo());
        stack->undo();
        QCOMPARE(*repository.figure(revenueKey())->value, before);
        // The first highlight, retired, leaves as soon as it is next: nothing else to undo.
        QVERIFY(!stack->canUndo());
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->redoText(), figureEdit);
        stack->redo();
        QCOMPARE(*repository.figure(revenueKey())->value, before + 1000);
        QCOMPARE(stack->count(), 1);
    }

    // A speaker edit and a highlight whose writes fail both report through the history,
    // and the window shows each the same way: the status bar and a message box, in words
    // that name the edit.
    void failedWritesReportThroughOnePath()
    {
        LibraryStore store;
        openLibrary(store, u"failing.sqlite"_s);
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy reported(UndoHistory::of(window.undoStack()), &UndoHistory::commandFailed);
        QStringList boxes;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                boxes << box->text();
                box->accept();
            }
        });
        poll.start(10);

        const QModelIndex speaker = editableSpeaker(window.navigatorView()->model());
        QVERIFY(speaker.isValid());
        const QString name = speaker.data().toString();
        QVERIFY(!name.isEmpty());
        // The library's connection goes away under the window: every write now fails.
        store.database().close();

        QVERIFY(!window.navigatorView()->model()->setData(speaker, u"Someone Else"_s));
        QCOMPARE(reported.count(), 1);
        const QString speakerFailure = reported.at(0).at(0).toString();
        QVERIFY2(speakerFailure.startsWith(u"Could not rename the speaker %1 to Someone Else: "_s.arg(name)),
                 qPrintable(speakerFailure));
        QCOMPARE(window.statusBar()->currentMessage(), speakerFailure);
        QCOMPARE(boxes, QStringList{speakerFailure});

        Annotation a;
        a.callId = window.currentCallId();
        a.turnId = window.annotations()->call()->sections.first().turns.first().id;
        a.start = 0;
        a.end = 4;
        QVERIFY(!window.annotations()->model()->addAnnotation(a));
        QCOMPARE(reported.count(), 2);
        const QString highlightFailure = reported.at(1).at(0).toString();
        QVERIFY2(highlightFailure.startsWith(u"Could not highlight"_s), qPrintable(highlightFailure));
        QCOMPARE(window.statusBar()->currentMessage(), highlightFailure);
        QCOMPARE(boxes, (QStringList{speakerFailure, highlightFailure}));
        QCOMPARE(window.undoStack()->count(), 0);
        poll.stop();
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
