#pragma once

#include "text/ChineseConverter.h"

#include <QMainWindow>
#include <QPointer>

class AnnotationController;
class AnnotationsFileController;
class CallOutputController;
struct FigureLink;
class CallListModel;
class ChartPanel;
class FiguresDock;
class FindBar;
class LibraryStore;
class MetricRepository;
class NavigatorModel;
class PairingController;
class PutCalculatorPane;
class QAction;
class QActionGroup;
class QDockWidget;
class QListView;
class QSplitter;
class QTreeView;
class QUndoStack;
class UserGuideDialog;
class ReimportController;
class TurnEditController;
class SearchDock;
class TranscriptView;
class TrendPane;
class ChangesDock;
class GuidanceDock;

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
    AnnotationController *annotations() const { return m_annotations; }
    AnnotationsFileController *annotationsFile() const { return m_annotationsFile; }
    CallOutputController *callOutput() const { return m_callOutput; }
    ReimportController *reimport() const { return m_reimport; }
    TurnEditController *turnEdits() const { return m_turnEdits; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    FiguresDock *figuresDock() const { return m_figuresDock; }
    SearchDock *searchDock() const { return m_searchDock; }
    TrendPane *trendPane() const { return m_trendPane; }
    ChangesDock *changesDock() const { return m_changesDock; }
    GuidanceDock *guidanceDock() const { return m_guidanceDock; }
    FindBar *findBar() const { return m_findBar; }
    PutCalculatorPane *putCalculator() const { return m_putCalculator; }
    PairingController *pairing() const { return m_pairing; }

    QMenu *recentLibrariesMenu() const { return m_recentMenu; }

signals:
    // The user chose another library file; it opens in a window of its own, so this one
    // keeps its undo history and open call.
    void libraryOpenRequested(const QString &path);

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
    void showSettings();
    void editCallDetails();
    void applySettings();
    void createDocks();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    // The open call's structure was edited: shown again where the reader is.
    void onCallStructureChanged(qint64 callId);
    void chooseFilesToImport();
    void chooseLibraryToOpen();
    void fillRecentLibrariesMenu();
    void navigateTo(const QModelIndex &index);
    // The navigator's selection moves to where a search hit took the text, without scrolling.
    void followInNavigator(qint64 turnId);
    void selectCallInLibrary(qint64 callId);
    void onSpeakerChanged(qint64 callId);
    void onCallTextReplaced(qint64 callId);
    void updateLinkedMarkers();
    void showFigureOnChart(const FigureLink &link);
    void showError(const QString &message);
    void showStatus(const QString &message);
    void showSearchHit(qint64 callId, qint64 turnId, int offset, int length);
    void showTrendHit(qint64 callId, qint64 turnId, int offset);
    void showPassage(qint64 callId, qint64 turnId, int start, int end);
    // The ranges the open company's calls guided, for the charts; read again when the
    // company changes or `changed` says the guidance did.
    void updateGuidedRanges(bool changed);
    void applyScriptChoice();
    void showScriptChoice(ChineseConverter::Script script);
    void updateUndoTexts();
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
    AnnotationController *m_annotations = nullptr;
    AnnotationsFileController *m_annotationsFile = nullptr;
    CallOutputController *m_callOutput = nullptr;
    ReimportController *m_reimport = nullptr;
    TurnEditController *m_turnEdits = nullptr;
    MetricRepository *m_metrics = nullptr;
    ChartPanel *m_chartPanel = nullptr;
    FiguresDock *m_figuresDock = nullptr;
    SearchDock *m_searchDock = nullptr;
    TrendPane *m_trendPane = nullptr;
    ChangesDock *m_changesDock = nullptr;
    GuidanceDock *m_guidanceDock = nullptr;
    QString m_guidedCompany; // whose guided ranges the charts show
    FindBar *m_findBar = nullptr;
    PutCalculatorPane *m_putCalculator = nullptr;
    PairingController *m_pairing = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_readBesideAction = nullptr;
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
    QAction *m_userGuideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QPointer<UserGuideDialog> m_userGuide;
    QAction *m_settingsAction = nullptr;
    QAction *m_callDetailsAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_copyChartAction = nullptr;
    QAction *m_importFinancialsAction = nullptr;
    QAction *m_exportFinancialsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_searchLibraryAction = nullptr;
    QActionGroup *m_scriptGroup = nullptr;
    QAction *m_simplifiedAction = nullptr;
    QAction *m_traditionalAction = nullptr;
    QAction *m_showFurnitureAction = nullptr;
    bool m_followingText = false;
};
