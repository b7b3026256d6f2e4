#pragma once

#include "store/CallStructure.h"

#include <QObject>

#include <optional>

class LibraryStore;
class QAction;
class QMenu;
class QUndoStack;
class QWidget;
class TranscriptView;

// Fixing what the parser made of the open call, at the transcript's cursor: the turn's
// speaker, a split, a merge with the previous turn, where a question or the Q&A starts. The
// actions are in Edit > Fix Turn Structure and in the transcript's context menu; each edit is one
// TurnEditCommand on the window's undo stack, and an edit refused before it is made is
// reported through the stack's UndoHistory too, so the window says both as it says any failure.
class TurnEditController : public QObject
{
    Q_OBJECT
public:
    TurnEditController(LibraryStore *store, TranscriptView *view, QUndoStack *undoStack, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *speakerAction() const { return m_speakerAction; }
    QAction *splitAction() const { return m_splitAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QAction *questionStartsAction() const { return m_questionStartsAction; }
    QAction *notQuestionAction() const { return m_notQuestionAction; }
    QAction *qaStartsAction() const { return m_qaStartsAction; }

    void retranslate();
    // Enables what makes sense at the cursor.
    void updateActions();

signals:
    void statusMessage(const QString &message);

private:
    struct Place
    {
        qint64 turnId = 0;
        int offset = 0; // into the turn's stored text
    };
    std::optional<Place> placeAtCursor() const;
    void edit(TurnEdit::Kind kind);
    void changeSpeaker();
    void push(TurnEdit::Kind kind, const Place &place, int splitAt, const QString &speaker);

    LibraryStore *m_store;
    TranscriptView *m_view;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_speakerAction;
    QAction *m_splitAction;
    QAction *m_mergeAction;
    QAction *m_questionStartsAction;
    QAction *m_notQuestionAction;
    QAction *m_qaStartsAction;
};
