#pragma once

#include <QMainWindow>

class CallListModel;
class LibraryStore;
class NavigatorModel;
class QAction;
class QDockWidget;
class QListView;
class QSplitter;
class QTreeView;
class QUndoStack;
class TranscriptView;

// The reading window: the library's calls and the open call's questions in docks on the
// left, the transcript in the centre.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LibraryStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openCall(qint64 callId);
    qint64 currentCallId() const;
    void importFiles(const QStringList &paths);

    TranscriptView *transcriptView() const { return m_transcript; }
    QTreeView *navigatorView() const { return m_navigatorView; }
    QUndoStack *undoStack() const { return m_undoStack; }

public slots:
    void nextQuestion();
    void previousQuestion();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createDocks();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    void chooseFilesToImport();
    void navigateTo(const QModelIndex &index);
    void selectCallInLibrary(qint64 callId);
    void onSpeakerChanged(qint64 callId);
    void showError(const QString &message);
    static QStringList transcriptFiles(const QList<QUrl> &urls);

    LibraryStore *m_store;
    QUndoStack *m_undoStack;
    CallListModel *m_callModel;
    NavigatorModel *m_navigatorModel;
    TranscriptView *m_transcript;
    QSplitter *m_splitter;
    QTreeView *m_navigatorView;
    QListView *m_libraryView;
    QDockWidget *m_navigatorDock;
    QDockWidget *m_libraryDock;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_nextQuestionAction = nullptr;
    QAction *m_previousQuestionAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
