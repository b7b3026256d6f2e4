#include "annotations/AnnotationController.h"
#include "annotations/AnnotationDock.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationRepository.h"
#include "annotations/AnnotationsFileController.h"
#include "annotations/CallOutputController.h"
#include "annotations/QuestionMarkModel.h"
#include "charts/ChartPane.h"
#include "charts/ChartPanel.h"
#include "main/MainWindow.h"
#include "options/PutScenarioRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The annotation workflow in the real window, under the offscreen platform.
class TestAnnotationGui : public QObject
{
    Q_OBJECT

private:
    const TurnRecord *turnWhere(int question, const char *role)
    {
        for (const SectionRecord &section : m_call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.question == question && turn.role == QLatin1StringView(role))
                    return &turn;
            }
        }
        return nullptr;
    }

    // The viewport point over a character of a turn.
    static QPoint pointAt(TranscriptView *view, qint64 turnId, int offset)
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(view->turnRange(turnId).start + offset);
        const QRect before = view->cursorRect(cursor);
        cursor.setPosition(cursor.position() + 1);
        const QRect after = view->cursorRect(cursor);
        return QPoint((before.center().x() + after.center().x()) / 2, before.center().y());
    }

    void acceptEditor(AnnotationEditor *editor)
    {
        auto *buttons = editor->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"EarningsReaderAnnotationTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(u"gui.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_store, &error), qPrintable(error));
        m_call = *m_store.call(m_store.calls().first().id);
    }

    void highlightNoteTagUndoRedo()
    {
        // A tag already in the library, for the completion.
        AnnotationRepository seedRepo(&m_store);
        Annotation earlier;
        earlier.turnId = turnWhere(1, Role::Executive)->id;
        earlier.start = 0;
        earlier.end = 4;
        earlier.tags = {u"guidance"_s};
        QString error;
        QVERIFY2(seedRepo.add(earlier, &error), qPrintable(error));

        MainWindow window(&m_store);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AnnotationController *annotations = window.annotations();
        QVERIFY(annotations);
        AnnotationDock *dock = annotations->dock();
        QCOMPARE(dock->objectName(), u"annotationDock"_s);
        QVERIFY(dock->isVisible());
        AnnotationModel *model = annotations->model();
        QCOMPARE(model->rowCount(), 1);

        TranscriptView *view = window.transcriptView();
        const TurnRecord *answer = turnWhere(3, Role::Executive);
        QVERIFY(answer && answer->text.size() > 30);

        // Select a range in Q3's answer and highlight it with the keyboard.
        view->selectSpan({answer->id, 5, 20});
        view->setFocus();
        QVERIFY(annotations->highlightAction()->isEnabled());
        QTest::keyClick(view, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(model->rowCount(), 2);
        const QList<Annotation> inTurn = annotations->repository()->annotations(m_call.summary.id);
        const auto added = std::find_if(inTurn.cbegin(), inTurn.cend(),
                                        [&](const Annotation &a) { return a.turnId == answer->id; });
        QVERIFY(added != inTurn.cend());
        QCOMPARE(added->quote, answer->text.mid(5, 20));
        QCOMPARE(added->question, 3);
        const qint64 id = added->id;
        const int row = model->rowForId(id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, AnnotationModel::QuestionColumn).data().toString(), u"Q3"_s);
        QVERIFY(annotations->annotationAt(view->turnRange(answer->id).start + 10));
        QVERIFY(!view->extraSelections().isEmpty());

        // Click the highlight: the editor shows; add a note and a tag with completion.
        QVERIFY(!view->textCursor().hasSelection());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pointAt(view, answer->id, 12));
        QTRY_VERIFY(annotations->editor() && annotations->editor()->isVisible());
        AnnotationEditor *editor = annotations->editor();
        editor->noteEdit()->setPlainText(u"CFO: margin trough in Q1, mid-70s later in the year"_s);
        QLineEdit *tags = editor->tagsEdit();
        tags->setFocus();
        QTest::keyClicks(tags, u"gui"_s);
        QCompleter *completer = editor->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), u"guidance"_s);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(tags->text(), u"guidance, "_s);
        QTest::keyClicks(tags, u"margin"_s);
        acceptEditor(editor);

        QCOMPARE(window.undoStack()->count(), 2);
        auto stored = annotations->repository()->annotation(id);
        QCOMPARE(stored->note, u"CFO: margin trough in Q1, mid-70s later in the year"_s);
        QCOMPARE(stored->tags, QStringList({u"guidance"_s, u"margin"_s}));
        // ...and the panel shows it.
        QCOMPARE(model->index(model->rowForId(id), AnnotationModel::NoteColumn).data().toString(),
                 stored->note);
        QCOMPARE(model->index(model->rowForId(id), AnnotationModel::TagsColumn).data().toString(),
                 u"guidance, margin"_s);
        dock->searchEdit()->setText(u"trough"_s);
        QCOMPARE(model->rowCount(), 1);
        dock->searchEdit()->clear();
        QCOMPARE(model->rowCount(), 2);

        // Undo the note, then the highlight; redo both.
        QTRY_VERIFY(!annotations->editor());
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(annotations->repository()->annotation(id)->note, QString());
        QCOMPARE(model->index(model->rowForId(id), AnnotationModel::NoteColumn).data().toString(), QString());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!annotations->repository()->annotation(id));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!annotations->annotationAt(view->turnRange(answer->id).start + 10));
        window.undoStack()->redo();
        window.undoStack()->redo();
        stored = annotations->repository()->annotation(id);
        QVERIFY(stored);
        QCOMPARE(stored->tags, QStringList({u"guidance"_s, u"margin"_s}));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(annotations->annotationAt(view->turnRange(answer->id).start + 10));

        // Clicking the row in the panel jumps to the passage.
        view->scrollToQuestion(1);
        const QModelIndex index = model->index(model->rowForId(id), AnnotationModel::QuoteColumn);
        dock->view()->scrollTo(index);
        QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {},
                          dock->view()->visualRect(index).center());
        const auto span = view->selectedSpan();
        QVERIFY(span);
        QCOMPARE(span->turnId, answer->id);
        QCOMPARE(span->start, 5);
        QCOMPARE(span->length, 20);
        QVERIFY(view->isPositionVisible(view->turnRange(answer->id).start + 5));

        // Mark the whole question from the Edit menu.
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(view->turnRange(answer->id).start + 2);
        view->setTextCursor(cursor);
        window.findChild<QAction *>(u"markQuestion_deflected"_s)->trigger();
        QCOMPARE(annotations->repository()->questionMark(m_call.summary.id, 3).label, u"deflected"_s);
        QCOMPARE(annotations->questionModel()
                     ->indexForQuestion(3, QuestionMarkModel::LabelColumn)
                     .data()
                     .toString(),
                 u"deflected"_s);
        window.undoStack()->undo();
        QVERIFY(annotations->repository()->questionMark(m_call.summary.id, 3).isEmpty());

        // Delete through the editor, undo brings it back.
        annotations->editAnnotation(id);
        QTRY_VERIFY(annotations->editor());
        QTest::mouseClick(annotations->editor()->findChild<QPushButton *>(u"deleteAnnotationButton"_s),
                          Qt::LeftButton);
        QVERIFY(!annotations->repository()->annotation(id));
        window.undoStack()->undo();
        QVERIFY(annotations->repository()->annotation(id));
    }

    void linksToFiguresShowOnTheCharts()
    {
        MainWindow window(&m_store);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AnnotationController *annotations = window.annotations();
        auto *charts = window.findChild<ChartPanel *>();
        QVERIFY(charts);
        QCOMPARE(charts->company(), u"NVDA"_s);
        const TurnRecord *answer = turnWhere(2, Role::Executive);
        window.transcriptView()->selectSpan({answer->id, 0, 12});
        QVERIFY(annotations->highlightSelection());
        const auto created =
            annotations->annotationAt(window.transcriptView()->turnRange(answer->id).start + 1);
        QVERIFY(created);
        const qint64 id = created->id;
        auto linked = *annotations->repository()->annotation(id);
        QCOMPARE(linked.turnId, answer->id);

        // Link it through the editor.
        annotations->editAnnotation(id);
        QTRY_VERIFY(annotations->editor());
        AnnotationEditor *editor = annotations->editor();
        Annotation withLink = editor->annotation();
        QVERIFY(withLink.figures.isEmpty());
        editor->reject();
        withLink.figures = {{u"NVDA"_s, u"FY2025Q4"_s, u"revenue"_s}};
        QVERIFY(annotations->model()->editAnnotation(withLink));

        const FiscalQuarter q4 = *FiscalQuarter::parse(u"FY2025Q4");
        for (ChartPane *pane : charts->panes()) {
            const QList<LinkedMarker> markers = pane->linkedMarkers();
            QCOMPARE(markers.size(), 1);
            QCOMPARE(markers.first().quarter, q4);
            QCOMPARE(markers.first().metric, u"revenue"_s);
            QCOMPARE(markers.first().id.toLongLong(), id);
        }
        // A click on a marker jumps to the passage.
        window.transcriptView()->scrollToQuestion(8);
        ChartPane *pane = charts->panes().first();
        emit pane->linkedMarkersClicked(pane->linkedMarkers());
        const auto span = window.transcriptView()->selectedSpan();
        QVERIFY(span);
        QCOMPARE(span->turnId, answer->id);
        QCOMPARE(span->length, 12);

        // "Show on chart" selects the pane plotting the metric and the quarter.
        emit annotations->showOnChartRequested(withLink.figures.first());
        QVERIFY(charts->currentPane()->showsMetric(u"revenue"_s));
        QCOMPARE(charts->currentPane()->highlightedQuarter(), q4);

        // Undoing the link takes the markers away.
        window.undoStack()->undo();
        for (ChartPane *p : charts->panes())
            QVERIFY(p->linkedMarkers().isEmpty());
    }

    void exportsThePdfAndTakesAScreenshot()
    {
        MainWindow window(&m_store);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AnnotationController *annotations = window.annotations();
        TranscriptView *view = window.transcriptView();
        const TurnRecord *answer = turnWhere(3, Role::Executive);
        const TurnRecord *followUp = turnWhere(4, Role::Executive);
        const TurnRecord *asked = turnWhere(3, Role::Analyst);
        QVERIFY(answer && followUp && asked);

        QSet<qint64> before;
        for (const Annotation &a : annotations->repository()->annotations(m_call.summary.id))
            before.insert(a.id);
        const auto highlight = [&](const TurnRecord *turn, int start, int length, const QString &colour) {
            annotations->setHighlightColour(colour);
            view->selectSpan({turn->id, start, length});
            return annotations->highlightSelection();
        };
        const int margin = int(answer->text.indexOf(u"毛利率"_s));
        QVERIFY(highlight(asked, 0, 18, u"blue"_s));
        QVERIFY(highlight(answer, qMax(0, margin), 12, u"green"_s));
        QVERIFY(highlight(followUp, 0, 14, u"pink"_s));
        annotations->markQuestion(3, u"answered"_s);
        const QStringList noteTexts{u"Asks CFO and CEO at once"_s, u"Margin trough in Q1, then mid-70s"_s,
                                    u"Blackwell ramp on track"_s};
        const QList<QStringList> tags{{u"question"_s}, {u"margin"_s, u"guidance"_s}, {u"blackwell"_s}};
        QList<Annotation> made;
        for (const Annotation &a : annotations->repository()->annotations(m_call.summary.id)) {
            if (!before.contains(a.id))
                made.append(a);
        }
        QCOMPARE(made.size(), 3);
        for (int i = 0; i < made.size(); ++i) {
            Annotation withNote = made.at(i);
            withNote.note = noteTexts.at(i);
            withNote.tags = tags.at(i);
            QVERIFY(annotations->model()->editAnnotation(withNote));
        }

        const QString pdf = m_dir.filePath(u"call.pdf"_s);
        QString error;
        QVERIFY2(window.callOutput()->exportCallPdf(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000);

        // A put scenario saved with the call goes along with the panel's notes.
        PutScenario scenario;
        scenario.callId = m_call.summary.id;
        scenario.name = u"Ten days at 110"_s;
        scenario.inputs.price = 131.28;
        scenario.inputs.strike = 110;
        scenario.inputs.premium = 3.725;
        scenario.inputs.tradeDate = QDate(2025, 2, 26);
        scenario.inputs.expiry = QDate(2025, 3, 8);
        const auto saved = PutScenarioRepository(&m_store).add(scenario, &error);
        QVERIFY2(saved, qPrintable(error));
        const QString md = m_dir.filePath(u"notes.md"_s);
        QVERIFY2(window.annotationsFile()->exportAnnotations(md, &error), qPrintable(error));
        QFile notes(md);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        const QString notesText = QString::fromUtf8(notes.readAll());
        QVERIFY(notesText.contains(u"answered"_s));
        QVERIFY2(notesText.contains(u"### Ten days at 110"_s) && notesText.contains(u"$372.50"_s),
                 qPrintable(notesText.right(600)));
        QString removeError;
        QVERIFY2(PutScenarioRepository(&m_store).remove(saved->id, &removeError), qPrintable(removeError));
        QVERIFY(!window.annotationsFile()->exportAnnotations(m_dir.filePath(u"notes.docx"_s), &error));
        QVERIFY(error.contains(u"notes.docx"_s));

        // The picture is about the transcript and the panel: other docks and the charts
        // step aside.
        for (QDockWidget *other : window.findChildren<QDockWidget *>()) {
            if (other != annotations->dock())
                other->hide();
        }
        window.resizeDocks({annotations->dock()}, {620}, Qt::Horizontal);
        if (auto *splitter = window.findChild<QSplitter *>(u"centralSplitter"_s))
            splitter->setSizes({560, 320});
        annotations->dock()->view()->resizeColumnToContents(AnnotationModel::NoteColumn);
        QTest::qWait(50);
        view->scrollToQuestion(3);
        QTest::qWait(50);
        const QString out =
            qEnvironmentVariable("ER_ANNOTATION_SCREENSHOT", m_dir.filePath(u"annotations.png"_s));
        QVERIFY(window.grab().save(out));
        if (qEnvironmentVariableIsSet("ER_ANNOTATION_PDF")) {
            QFile::remove(qEnvironmentVariable("ER_ANNOTATION_PDF"));
            QVERIFY(QFile::copy(pdf, qEnvironmentVariable("ER_ANNOTATION_PDF")));
        }
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
    CallRecord m_call;
};

QTEST_MAIN(TestAnnotationGui)
#include "tst_annotationgui.moc"
