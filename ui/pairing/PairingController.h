#pragma once

#include "pairing/NameMap.h"
#include "pairing/PairRepository.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AnnotationController;
class LibraryStore;
class PairedNavigatorModel;
class PairedReadingPane;
class QAbstractItemModel;
class QAction;
class QItemSelectionModel;
class QMainWindow;
class QStackedWidget;
class QTreeView;
class QUndoStack;
class TranscriptView;

// Reading two calls side by side in the window: View > Read Side by Side… chooses the other
// call (suggested versions of the same event first) and pairs the two as an undoable command,
// the paired view takes the window's reading area, the navigator shows each question's
// pairing, and a question re-paired in the view's strip is an undoable command too. The window
// creates one, puts its actions in the View menu and calls restore() once its call is open.
class PairingController : public QObject
{
    Q_OBJECT
public:
    // currentCall: the call open in the window's single reading; openCall opens one there (the
    // navigator follows the window's call, so side A is always the window's call).
    // single: the window's own reading view of that call, which View > Next Question and the
    // navigator still scroll while it is hidden; side A follows it.
    PairingController(LibraryStore *store, QUndoStack *undoStack, AnnotationController *annotations,
                      QTreeView *navigator, TranscriptView *single, std::function<qint64()> currentCall,
                      std::function<void(qint64)> openCall, QMainWindow *window);
    ~PairingController() override;

    QList<QAction *> actions() const;
    // File menu: the notes of both calls of the pair read side by side, each with its counterpart.
    QAction *exportNotesAction() const { return m_exportNotesAction; }
    bool exportNotes(const QString &path);
    PairRepository *repository() const { return m_repository; }
    PairedReadingPane *pane() const { return m_pane; }
    bool isPaired() const { return m_pairId != 0; }
    qint64 pairId() const { return m_pairId; }

    // Reads the open call beside `otherCall`, pairing the two (undoable) if they are not yet;
    // two calls that look unrelated are paired only if the reader confirms (ask) or not at all.
    enum class Unrelated { Ask, Refuse };
    bool readBeside(qint64 otherCall, Unrelated unrelated = Unrelated::Ask);
    // Shows a stored pair side by side; false if there is no such pair.
    bool showPair(qint64 pairId);
    void showSingle();
    // The pair last read side by side on this library, if the window was left so.
    void restore();
    void chooseCallToPair();
    void unpair();
    void repairQuestion(int aQuestion, std::optional<int> bQuestion);

    void retranslate();

signals:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

private:
    void refresh();
    void refreshNotes();
    void showNavigatorPairing(const QHash<int, int> &counterparts);
    void showNavigatorSingle();
    void navigate(const QModelIndex &index);
    void installStack();
    void updateActions();
    void chooseFileToExportNotes();

    LibraryStore *m_store;
    QUndoStack *m_undoStack;
    AnnotationController *m_annotations;
    QTreeView *m_navigator;
    TranscriptView *m_single;
    std::function<qint64()> m_currentCall;
    std::function<void(qint64)> m_openCall;
    QMainWindow *m_window;
    PairRepository *m_repository;
    NameMap m_names;
    PairedReadingPane *m_pane;
    QStackedWidget *m_stack = nullptr;
    PairedNavigatorModel *m_navigatorPairing;
    QAbstractItemModel *m_navigatorSource = nullptr;
    QPointer<QItemSelectionModel> m_singleSelection;
    qint64 m_pairId = 0;
    bool m_movingSingle = false; // the single view is scrolled to follow side A

    QAction *m_readAction;
    QAction *m_singleAction;
    QAction *m_unpairAction;
    QAction *m_exportNotesAction;
};
