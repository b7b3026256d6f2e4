#pragma once

#include <QObject>

class AnnotationController;
class LibraryStore;
class QAction;
class QUndoStack;
class QWidget;

// File > Re-import Transcript: a corrected file replaces the open call's text, its
// annotations are placed again by their quotes (CallReimporter), and the undo history
// loses only the edits that referred to the old text (UndoHistory::retireCall).
class ReimportController : public QObject
{
    Q_OBJECT
public:
    ReimportController(LibraryStore *store, AnnotationController *annotations, QUndoStack *undoStack,
                       QWidget *window);

    QAction *action() const { return m_action; }
    // Replaces the open call's text with the file's; false if nothing was replaced.
    bool reimportFile(const QString &path);
    void retranslate();

signals:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

private:
    void chooseFile();
    void updateAction();

    LibraryStore *m_store;
    AnnotationController *m_annotations;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QAction *m_action;
};
