#pragma once

#include "annotations/Annotation.h"
#include "charts/LinkedMarker.h"
#include "store/LibraryRecords.h"

#include <QObject>
#include <QPointer>

#include <optional>

class AnnotationDock;
class AnnotationEditor;
class AnnotationModel;
class AnnotationRepository;
class LibraryStore;
class QAction;
class QActionGroup;
class QMenu;
class QUndoStack;
class QuestionMarkModel;
class TranscriptView;

// Annotating the open call in the reading window: highlights painted on the transcript,
// clicks on them, the Edit menu's annotation actions, the annotations dock, the editor
// popup, and the links to the chart panes. The main window creates one, puts its actions in
// the Edit menu and tells it which call is open. The File menu's jobs on annotations are
// their own classes that use this one: AnnotationsFileController (export and import of
// notes), CallOutputController (PDF and printing), ReimportController (re-import).
class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(LibraryStore *store, TranscriptView *view, QUndoStack *undoStack, QWidget *window);
    ~AnnotationController() override;

    AnnotationRepository *repository() const { return m_repository; }
    AnnotationModel *model() const { return m_model; }
    QuestionMarkModel *questionModel() const { return m_questions; }
    AnnotationDock *dock() const { return m_dock; }
    // The open editor popup, if any.
    AnnotationEditor *editor() const;

    // Edit menu: highlight, colour, edit, delete, mark question.
    QList<QAction *> editActions() const;
    QAction *highlightAction() const { return m_highlightAction; }

    // The call shown in the transcript (nullopt: none).
    void setCall(const std::optional<CallRecord> &call);
    const std::optional<CallRecord> &call() const { return m_call; }
    qint64 callId() const { return m_call ? m_call->summary.id : 0; }
    QString highlightColour() const { return m_colour; }
    void setHighlightColour(const QString &colour);

    // Creates an annotation from the transcript's selection; false if there is none.
    bool highlightSelection();
    // Opens the editor on an annotation (the one at the text cursor when id is 0).
    void editAnnotation(qint64 id = 0);
    void deleteAnnotation(qint64 id = 0);
    void markQuestion(int question, const QString &label);
    // Scrolls to an annotation and selects its text; opens its call first if needed.
    void showAnnotation(const Annotation &annotation);
    // The annotation under a document position of the transcript, if any.
    std::optional<Annotation> annotationAt(int position) const;

    // Where exports of notes and calls go, and imports come from: the last folder used, or home.
    static QString exportFolder();

    // The chart side: a marker for each passage linked to a figure of `ticker`, and the
    // passages behind clicked markers.
    QList<LinkedMarker> linkedMarkers(const QString &ticker) const;
    void showLinkedPassages(const QList<LinkedMarker> &markers);

    void retranslate();

signals:
    void callChanged();
    void openCallRequested(qint64 callId);
    void showOnChartRequested(const FigureLink &link);
    void linkedMarkersChanged();
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void refreshHighlights();
    void onRepositoryChanged(qint64 callId);
    void openEditor(const Annotation &annotation);
    std::optional<Annotation> annotationAtCursor() const;
    int questionAtCursor() const;
    void updateActions();
    QStringList metricKeys() const;

    LibraryStore *m_store;
    TranscriptView *m_view;
    QWidget *m_window;
    AnnotationRepository *m_repository;
    AnnotationModel *m_model;
    QuestionMarkModel *m_questions;
    AnnotationDock *m_dock;
    QPointer<AnnotationEditor> m_editor;
    std::optional<CallRecord> m_call;
    QList<Annotation> m_annotations; // of the open call, for painting and hit tests
    QString m_colour;

    QAction *m_highlightAction = nullptr;
    QMenu *m_colourMenu = nullptr;
    QActionGroup *m_colourGroup = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QMenu *m_markMenu = nullptr;
    QList<QAction *> m_markActions; // answered, deflected, guidance, clear
};
