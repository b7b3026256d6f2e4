#include "main/MainWindow.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationDock.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationsFileController.h"
#include "annotations/CallOutputController.h"
#include "annotations/ReimportController.h"
#include "calls/CallListModel.h"
#include "calls/EditCallDetailsCommand.h"
#include "calls/NavigatorModel.h"
#include "charts/ChartPanel.h"
#include "charts/GuidedRanges.h"
#include "figures/FiguresDock.h"
#include "figures/MetricRepository.h"
#include "guidance/GuidanceDock.h"
#include "guidance/GuidanceLedger.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "main/AboutDialog.h"
#include "main/CallDetailsDialog.h"
#include "main/ColourScheme.h"
#include "main/IconTheme.h"
#include "main/ImportController.h"
#include "main/ReadingSplitter.h"
#include "main/SettingsDialog.h"
#include "main/TwoLineDelegate.h"
#include "options/PutCalculatorPane.h"
#include "options/PutScenarioRepository.h"
#include "pairing/PairingController.h"
#include "search/FindBar.h"
#include "search/SearchDock.h"
#include "settings/AppSettings.h"
#include "settings/TranscriptFont.h"
#include "store/LibraryStore.h"
#include "text/DisplayScript.h"
#include "transcript/ScriptDelegate.h"
#include "transcript/TranscriptView.h"
#include "transcript/TurnEditController.h"
#include "trends/ChangesDock.h"
#include "trends/TrendPane.h"
#include "util/LanguageManager.h"
#include "util/UndoHistory.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(LibraryStore *store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_undoStack(new QUndoStack(this)),
      m_callModel(new CallListModel(store, this)),
      m_navigatorModel(new NavigatorModel(store, m_undoStack, this)), m_transcript(new TranscriptView(this)),
      m_splitter(new ReadingSplitter(this)), m_navigatorView(new QTreeView(this)),
      m_libraryView(new QListView(this)), m_navigatorDock(new QDockWidget(this)),
      m_libraryDock(new QDockWidget(this))
{
    IconTheme::installFallback();
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_splitter->setObjectName(u"centralSplitter"_s);
    // The find bar sits under the transcript, hidden until asked for.
    m_findBar = new FindBar(m_transcript, this);
    auto *readingPane = new QWidget(this);
    readingPane->setObjectName(u"readingPane"_s);
    auto *readingLayout = new QVBoxLayout(readingPane);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(0);
    readingLayout->addWidget(m_transcript, 1);
    readingLayout->addWidget(m_findBar);
    m_splitter->addWidget(readingPane);
    // The figures the call talks about, beside it; one repository so every view hears edits.
    m_metrics = new MetricRepository(m_store, this);
    m_chartPanel = new ChartPanel(m_metrics, this);
    m_splitter->addWidget(m_chartPanel);
    m_splitter->setChildrenCollapsible(false);
    // The chart folds away when the transcript would be left less than a readable line.
    m_splitter->setCollapsible(1, true);
    setCentralWidget(m_splitter);

    createDocks();
    m_pairing = new PairingController(
        m_store, m_undoStack, m_annotations, m_navigatorView, m_transcript,
        [this] { return currentCallId(); }, [this](qint64 callId) { openCall(callId); }, this);
    createActions();
    retranslate();

    connect(m_store, &LibraryStore::speakerChanged, this,
            [this](qint64 callId, qint64) { onSpeakerChanged(callId); });
    connect(m_store, &LibraryStore::callTextReplaced, this, &MainWindow::onCallTextReplaced);
    connect(m_store, &LibraryStore::callStructureChanged, this, &MainWindow::onCallStructureChanged);
    connect(m_turnEdits, &TurnEditController::statusMessage, this, &MainWindow::showStatus);
    // Every undo command that fails to write the library reports here, and only here.
    connect(UndoHistory::of(m_undoStack), &UndoHistory::commandFailed, this, &MainWindow::showError);
    const auto reportsFrom = [this](auto *source) {
        using Source = std::remove_pointer_t<decltype(source)>;
        connect(source, &Source::statusMessage, this, &MainWindow::showStatus);
        connect(source, &Source::errorOccurred, this, &MainWindow::showError);
    };
    reportsFrom(m_chartPanel);
    reportsFrom(m_annotations);
    reportsFrom(m_annotationsFile);
    reportsFrom(m_callOutput);
    reportsFrom(m_reimport);
    reportsFrom(m_figuresDock);
    reportsFrom(m_trendPane);
    reportsFrom(m_pairing);
    connect(m_annotations, &AnnotationController::openCallRequested, this, &MainWindow::openCall);
    // Passages linked to figures: markers on the charts, and back from a marker to the text.
    connect(m_annotations, &AnnotationController::linkedMarkersChanged, this,
            &MainWindow::updateLinkedMarkers);
    connect(m_chartPanel, &ChartPanel::linkedMarkersClicked, m_annotations,
            &AnnotationController::showLinkedPassages);
    connect(m_annotations, &AnnotationController::showOnChartRequested, this, &MainWindow::showFigureOnChart);
    connect(m_transcript, &TranscriptView::zoomChanged, this, [this](int steps) {
        statusBar()->showMessage(tr("Zoom: %1%").arg(100 + steps * 100 / 12), 2000);
    });
    restoreSettings();
    m_pairing->restore();
    if (m_store->isReadOnly()) {
        auto *badge = new QLabel(tr("Read-only library: changes cannot be saved"), this);
        badge->setObjectName(u"readOnlyBadge"_s);
        statusBar()->addPermanentWidget(badge);
    }
}

MainWindow::~MainWindow()
{
    // The stack is one of our children and is destroyed after this body, when it still
    // announces its texts; nothing of the window may hear it then.
    m_undoStack->disconnect(this);
    // Docks are hidden as the window's widgets are destroyed, after this body: the guidance
    // dock's visibilityChanged must not reach the window then.
    m_guidanceDock->disconnect(this);
}

void MainWindow::createDocks()
{
    m_navigatorDock->setObjectName(u"navigatorDock"_s);
    m_navigatorView->setObjectName(u"navigatorView"_s);
    m_navigatorView->setModel(m_navigatorModel);
    m_navigatorView->setItemDelegate(new ScriptDelegate(m_navigatorView));
    m_navigatorView->setUniformRowHeights(true);
    m_navigatorView->setAlternatingRowColors(true);
    m_navigatorView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_navigatorView->header()->setStretchLastSection(false);
    // The question's words are what a reader scans for; the reader can drag the column wider.
    m_navigatorView->header()->setSectionResizeMode(NavigatorModel::LabelColumn, QHeaderView::Interactive);
    // At 16 ems less the two levels of indentation a Chinese question showed seven characters.
    const int em = m_navigatorView->fontMetrics().horizontalAdvance(u'M');
    m_navigatorView->setIndentation(em + em / 2);
    m_navigatorView->header()->resizeSection(NavigatorModel::LabelColumn, em * 18);
    m_navigatorView->header()->setSectionResizeMode(NavigatorModel::SpeakerColumn,
                                                    QHeaderView::ResizeToContents);
    // Firms share the room with the question's words: sized to their contents, a long firm
    // ("JPMorgan Chase and Company") left the question labels a few pixels wide.
    m_navigatorView->header()->setSectionResizeMode(NavigatorModel::FirmColumn, QHeaderView::Stretch);
    m_navigatorDock->setWidget(m_navigatorView);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    connect(m_navigatorView, &QTreeView::clicked, this, &MainWindow::navigateTo);
    connect(m_navigatorView, &QTreeView::activated, this, &MainWindow::navigateTo);
    connect(m_navigatorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_followingText)
                    navigateTo(current);
            });
    connect(m_findBar, &FindBar::matchShown, this, &MainWindow::followInNavigator);

    m_libraryDock->setObjectName(u"libraryDock"_s);
    m_libraryView->setObjectName(u"libraryView"_s);
    m_libraryView->setModel(m_callModel);
    m_libraryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraryView->setWordWrap(true);
    // Measuring hundreds of wrapped items one by one held up the first paint.
    m_libraryView->setItemDelegate(new TwoLineDelegate(m_libraryView));
    m_libraryView->setUniformItemSizes(true);
    m_libraryView->setTextElideMode(Qt::ElideRight);
    m_libraryDock->setWidget(m_libraryView);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    splitDockWidget(m_navigatorDock, m_libraryDock, Qt::Vertical);
    resizeDocks({m_navigatorDock, m_libraryDock}, {3, 1}, Qt::Vertical);
    resizeDocks({m_navigatorDock}, {420}, Qt::Horizontal);

    m_annotations = new AnnotationController(m_store, m_transcript, m_undoStack, this);
    m_annotationsFile = new AnnotationsFileController(m_store, m_annotations, this);
    m_callOutput = new CallOutputController(m_annotations, this);
    m_reimport = new ReimportController(m_store, m_annotations, m_undoStack, this);
    m_turnEdits = new TurnEditController(m_store, m_transcript, m_undoStack, this);
    addDockWidget(Qt::RightDockWidgetArea, m_annotations->dock());
    m_figuresDock = new FiguresDock(m_metrics, m_undoStack, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_figuresDock);
    resizeDocks({m_figuresDock}, {180}, Qt::Vertical);
    m_searchDock = new SearchDock(m_store, this);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    tabifyDockWidget(m_annotations->dock(), m_searchDock);
    m_annotations->dock()->raise();
    // The article's trade, worked out beside the call; shown from the View menu.
    m_putCalculator = new PutCalculatorPane(this);
    auto *putScenarios = new PutScenarioRepository(m_store, this);
    m_putCalculator->setScenarioStore(putScenarios, m_undoStack);
    m_putCalculator->setFigures(m_metrics);
    addDockWidget(Qt::RightDockWidgetArea, m_putCalculator);
    tabifyDockWidget(m_searchDock, m_putCalculator);
    m_putCalculator->hide();
    // Who said a term, quarter by quarter; under the transcript beside the figures.
    m_trendPane = new TrendPane(m_store, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_trendPane);
    tabifyDockWidget(m_figuresDock, m_trendPane);
    connect(m_trendPane, &TrendPane::hitActivated, this,
            [this](qint64 callId, qint64 turnId, int offset, int) { showTrendHit(callId, turnId, offset); });
    // What changed since the company's previous call; a term leads to its trend.
    m_changesDock = new ChangesDock(m_store, this);
    addDockWidget(Qt::RightDockWidgetArea, m_changesDock);
    tabifyDockWidget(m_searchDock, m_changesDock);
    connect(m_changesDock, &ChangesDock::trendRequested, m_trendPane, &TrendPane::showTrend);
    // What management guided and how it turned out; beside the figures it is checked against.
    m_guidanceDock = new GuidanceDock(m_store, m_metrics, m_undoStack, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_guidanceDock);
    tabifyDockWidget(m_figuresDock, m_guidanceDock);
    connect(m_guidanceDock, &GuidanceDock::passageRequested, this, &MainWindow::showPassage);
    // A range the calls guided, clicked on a chart: its sentence, the open call's if it has one.
    connect(m_chartPanel, &ChartPanel::guidedRangesClicked, this, [this](const QList<GuidedRange> &ranges) {
        const auto own = std::find_if(ranges.cbegin(), ranges.cend(),
                                      [this](const GuidedRange &r) { return r.callId == currentCallId(); });
        const GuidedRange &range = own != ranges.cend() ? *own : ranges.first();
        showPassage(range.callId, range.turnId, range.start, range.end);
    });
    // The transcript marks guidance sentences while the ledger is in view.
    const auto markGuidance = [this] {
        m_transcript->setHighlights(TranscriptView::HighlightLayer::Guidance,
                                    m_guidanceDock->isVisible()
                                        ? m_guidanceDock->highlightsForCall(currentCallId())
                                        : QList<TranscriptView::Highlight>{});
    };
    connect(m_guidanceDock, &GuidanceDock::guidanceChanged, this, markGuidance);
    connect(m_guidanceDock, &GuidanceDock::guidanceChanged, this, [this] { updateGuidedRanges(true); });
    connect(m_guidanceDock, &QDockWidget::visibilityChanged, this, markGuidance);
    connect(m_searchDock, &SearchDock::hitActivated, this, &MainWindow::showSearchHit);
    connect(m_searchDock, &SearchDock::resultsChanged, this, [this] {
        m_transcript->setHighlights(TranscriptView::HighlightLayer::SearchHits,
                                    m_searchDock->highlightsForCall(currentCallId()));
    });
    connect(m_libraryView, &QListView::activated, this, [this](const QModelIndex &index) {
        openCall(index.data(CallListModel::CallIdRole).toLongLong());
    });
    connect(m_libraryView, &QListView::clicked, this, [this](const QModelIndex &index) {
        openCall(index.data(CallListModel::CallIdRole).toLongLong());
    });
    // The library list's context menu reads the call clicked (which a right click makes the list's
    // current one without opening it) beside the open call, paired as View > Read Side by Side…
    // pairs them.
    m_readBesideAction = new QAction(this);
    m_readBesideAction->setObjectName(u"readBesideAction"_s);
    m_libraryView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_libraryView->addAction(m_readBesideAction);
    const auto listedCall = [this] {
        return m_libraryView->currentIndex().data(CallListModel::CallIdRole).toLongLong();
    };
    connect(m_readBesideAction, &QAction::triggered, this, [this, listedCall] {
        const qint64 other = listedCall();
        const qint64 open = currentCallId();
        if (other != 0 && open != 0 && other != open)
            m_pairing->readBeside(other);
        selectCallInLibrary(currentCallId());
    });
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, listedCall] {
        const qint64 other = listedCall();
        m_readBesideAction->setEnabled(other != 0 && currentCallId() != 0 && other != currentCallId());
    });
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openLibraryAction = m_fileMenu->addAction(QIcon::fromTheme(u"document-open"_s), QString(), this,
                                                &MainWindow::chooseLibraryToOpen);
    m_openLibraryAction->setObjectName(u"openLibraryAction"_s);
    m_openLibraryAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QIcon::fromTheme(u"document-open-recent"_s), QString());
    m_recentMenu->setObjectName(u"recentLibrariesMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentLibrariesMenu);
    fillRecentLibrariesMenu();
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QIcon::fromTheme(u"document-import"_s), QString(), this,
                                           &MainWindow::chooseFilesToImport);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_callOutput->actions());
    m_fileMenu->addActions(m_annotationsFile->actions());
    m_fileMenu->addAction(m_pairing->exportNotesAction());
    m_fileMenu->addAction(m_reimport->action());
    m_fileMenu->addSeparator();
    m_exportChartAction = m_fileMenu->addAction(QIcon::fromTheme(u"document-export"_s), QString(),
                                                m_chartPanel, &ChartPanel::exportCurrentChart);
    m_exportChartAction->setObjectName(u"exportChartAction"_s);
    m_exportChartAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_copyChartAction = m_fileMenu->addAction(QIcon::fromTheme(u"edit-copy"_s), QString(), m_chartPanel,
                                              &ChartPanel::copyCurrentChart);
    m_copyChartAction->setObjectName(u"copyChartAction"_s);
    m_copyChartAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_importFinancialsAction = m_fileMenu->addAction(QIcon::fromTheme(u"document-import"_s), QString(),
                                                     m_figuresDock, &FiguresDock::importFinancials);
    m_importFinancialsAction->setObjectName(u"importFinancialsAction"_s);
    m_exportFinancialsAction = m_fileMenu->addAction(QIcon::fromTheme(u"document-export"_s), QString(),
                                                     m_figuresDock, &FiguresDock::exportFinancials);
    m_exportFinancialsAction->setObjectName(u"exportFinancialsAction"_s);
    m_fileMenu->addSeparator();
    m_quitAction =
        m_fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    // Our own actions rather than QUndoStack's: theirs get their "Undo %1" from Qt's catalogue
    // once, so a language change either kept the old language or, retitled, lost the command.
    m_undoAction = new QAction(QIcon::fromTheme(u"edit-undo"_s), QString(), this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    m_redoAction = new QAction(QIcon::fromTheme(u"edit-redo"_s), QString(), this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_annotations->editActions());
    m_editMenu->addMenu(m_turnEdits->menu());
    m_callDetailsAction = m_editMenu->addAction(QString(), this, &MainWindow::editCallDetails);
    m_callDetailsAction->setObjectName(u"callDetailsAction"_s);
    m_editMenu->addSeparator();
    m_settingsAction = m_editMenu->addAction(QIcon::fromTheme(u"preferences-system"_s), QString(), this,
                                             &MainWindow::showSettings);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcuts(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_editMenu->addSeparator();
    m_findAction =
        m_editMenu->addAction(QIcon::fromTheme(u"edit-find"_s), QString(), m_findBar, &FindBar::activate);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findNextAction = m_editMenu->addAction(QString(), m_findBar, &FindBar::findNext);
    m_findNextAction->setObjectName(u"findNextAction"_s);
    m_findNextAction->setShortcuts(QKeySequence::FindNext);
    m_findPreviousAction = m_editMenu->addAction(QString(), m_findBar, &FindBar::findPrevious);
    m_findPreviousAction->setObjectName(u"findPreviousAction"_s);
    m_findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    m_searchLibraryAction = m_editMenu->addAction(QIcon::fromTheme(u"system-search"_s), QString(),
                                                  m_searchDock, &SearchDock::focusQuery);
    m_searchLibraryAction->setObjectName(u"searchLibraryAction"_s);
    m_searchLibraryAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);

    m_viewMenu = menuBar()->addMenu(QString());
    m_nextQuestionAction =
        m_viewMenu->addAction(QIcon::fromTheme(u"go-down"_s), QString(), this, &MainWindow::nextQuestion);
    m_nextQuestionAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_F8)});
    m_previousQuestionAction =
        m_viewMenu->addAction(QIcon::fromTheme(u"go-up"_s), QString(), this, &MainWindow::previousQuestion);
    m_previousQuestionAction->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    m_viewMenu->addSeparator();
    m_zoomInAction = m_viewMenu->addAction(QIcon::fromTheme(u"zoom-in"_s), QString(), m_transcript,
                                           &TranscriptView::zoomInOneStep);
    m_zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    m_zoomOutAction = m_viewMenu->addAction(QIcon::fromTheme(u"zoom-out"_s), QString(), m_transcript,
                                            &TranscriptView::zoomOutOneStep);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_resetZoomAction = m_viewMenu->addAction(QIcon::fromTheme(u"zoom-original"_s), QString(), m_transcript,
                                              &TranscriptView::resetZoom);
    m_resetZoomAction->setShortcut(Qt::CTRL | Qt::Key_0);
    m_viewMenu->addSeparator();
    // Either script or neither (as stored): offsets stay those of the stored text.
    m_scriptGroup = new QActionGroup(this);
    m_scriptGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_simplifiedAction = m_viewMenu->addAction(QString());
    m_simplifiedAction->setObjectName(u"simplifiedAction"_s);
    m_simplifiedAction->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_J);
    m_traditionalAction = m_viewMenu->addAction(QString());
    m_traditionalAction->setObjectName(u"traditionalAction"_s);
    m_traditionalAction->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_F);
    for (QAction *action : {m_simplifiedAction, m_traditionalAction}) {
        action->setCheckable(true);
        m_scriptGroup->addAction(action);
    }
    connect(m_scriptGroup, &QActionGroup::triggered, this, &MainWindow::applyScriptChoice);
    m_showFurnitureAction = m_viewMenu->addAction(QString());
    m_showFurnitureAction->setObjectName(u"showFurnitureAction"_s);
    m_showFurnitureAction->setCheckable(true);
    m_showFurnitureAction->setChecked(AppSettings::showPageFurniture());
    m_transcript->setFurniture(m_showFurnitureAction->isChecked() ? TranscriptDocument::Furniture::Shown
                                                                  : TranscriptDocument::Furniture::Hidden);
    connect(m_showFurnitureAction, &QAction::toggled, this, [this](bool show) {
        m_transcript->setFurniture(show ? TranscriptDocument::Furniture::Shown
                                        : TranscriptDocument::Furniture::Hidden);
        AppSettings::setShowPageFurniture(show);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->addAction(m_libraryDock->toggleViewAction());
    m_viewMenu->addAction(m_annotations->dock()->toggleViewAction());
    m_viewMenu->addAction(m_figuresDock->toggleViewAction());
    m_viewMenu->addAction(m_searchDock->toggleViewAction());
    QAction *putCalculatorAction = m_putCalculator->toggleViewAction();
    putCalculatorAction->setObjectName(u"putCalculatorAction"_s);
    putCalculatorAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_viewMenu->addAction(putCalculatorAction);
    QAction *trendAction = m_trendPane->toggleViewAction();
    trendAction->setObjectName(u"trendPaneAction"_s);
    trendAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    connect(trendAction, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            m_trendPane->raise();
            m_trendPane->termsField()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    m_viewMenu->addAction(trendAction);
    QAction *changesAction = m_changesDock->toggleViewAction();
    changesAction->setObjectName(u"changesDockAction"_s);
    m_viewMenu->addAction(changesAction);
    QAction *guidanceAction = m_guidanceDock->toggleViewAction();
    guidanceAction->setObjectName(u"guidanceDockAction"_s);
    guidanceAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    connect(guidanceAction, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_guidanceDock->raise();
    });
    m_viewMenu->addAction(guidanceAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_pairing->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_userGuideAction = m_helpMenu->addAction(QIcon::fromTheme(u"help-contents"_s), QString(), this, [this] {
        if (!m_userGuide)
            m_userGuide = new UserGuideDialog(this);
        m_userGuide->show();
        m_userGuide->raise();
        m_userGuide->activateWindow();
    });
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QIcon::fromTheme(u"help-about"_s), QString(), this,
                                          [this] { AboutDialog::show(this); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Only a changed choice is applied, so that saving other settings keeps a `--dark` run dark.
    const QString scheme = AppSettings::colourScheme();
    dialog.save();
    applySettings();
    if (AppSettings::colourScheme() != scheme)
        ColourScheme::apply(AppSettings::colourScheme());
}

void MainWindow::applySettings()
{
    LanguageManager::instance().apply(AppSettings::language());
    m_transcript->setBaseFont(AppSettings::transcriptFont());
    showScriptChoice(AppSettings::script());
}

void MainWindow::chooseLibraryToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Library"), QFileInfo(m_store->path()).absolutePath(),
                                     tr("Earnings Reader libraries (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit libraryOpenRequested(path);
}

void MainWindow::fillRecentLibrariesMenu()
{
    m_recentMenu->clear();
    const QString current = QFileInfo(m_store->path()).absoluteFilePath();
    int number = 0;
    for (const QString &path : AppSettings::recentLibraries()) {
        if (path == current)
            continue;
        ++number;
        // Numbered mnemonics, as desktop applications do; a name's own '&' is not one.
        const QString name = QFileInfo(path).fileName().replace(u'&', u"&&"_s);
        QAction *action = m_recentMenu->addAction(number < 10 ? u"&%1 %2"_s.arg(number).arg(name) : name);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit libraryOpenRequested(path); });
    }
    if (number == 0)
        m_recentMenu->addAction(tr("No other library opened yet"))->setEnabled(false);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openLibraryAction->setText(tr("&Open Library…"));
    m_openLibraryAction->setStatusTip(tr("Open another library file in a new window"));
    m_recentMenu->setTitle(tr("Open &Recent Library"));
    m_importAction->setText(tr("&Import Transcript…"));
    m_importAction->setStatusTip(tr("Import one or more transcript text files into the library"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    m_viewMenu->setTitle(tr("&View"));
    m_nextQuestionAction->setText(tr("&Next Question"));
    m_nextQuestionAction->setStatusTip(tr("Scroll to the next analyst question"));
    m_previousQuestionAction->setText(tr("&Previous Question"));
    m_previousQuestionAction->setStatusTip(tr("Scroll to the previous analyst question"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_resetZoomAction->setText(tr("&Actual Size"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Earnings Reader"));
    m_userGuideAction->setText(tr("&User Guide"));
    m_userGuideAction->setStatusTip(tr("Read how to import, read, annotate and chart calls"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_shortcutsAction->setStatusTip(tr("List the keys of every command"));
    m_settingsAction->setText(tr("&Settings…"));
    m_callDetailsAction->setText(tr("Call Deta&ils…"));
    m_callDetailsAction->setStatusTip(tr("Correct the open call's company, fiscal period, date or title"));
    m_settingsAction->setStatusTip(tr("Language, transcript font and script, chart export, library file"));
    m_exportChartAction->setText(tr("&Export Chart…"));
    m_exportChartAction->setStatusTip(tr("Save the chart shown beside the transcript as PNG, SVG or PDF"));
    m_copyChartAction->setText(tr("Copy C&hart as Image"));
    m_copyChartAction->setStatusTip(tr("Copy the chart shown beside the transcript to the clipboard"));
    m_importFinancialsAction->setText(tr("Import &Financials…"));
    m_importFinancialsAction->setStatusTip(
        tr("Import figures from a CSV file; a file with a bad row imports nothing"));
    m_exportFinancialsAction->setText(tr("Export Fi&nancials…"));
    m_exportFinancialsAction->setStatusTip(tr("Export the figures of the open call's company to a CSV file"));
    m_findAction->setText(tr("&Find in Call…"));
    m_findAction->setStatusTip(tr("Find text in the open call, in either script"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findNextAction->setStatusTip(tr("Go to the next match in the open call"));
    m_findPreviousAction->setText(tr("Find Pre&vious"));
    m_findPreviousAction->setStatusTip(tr("Go to the previous match in the open call"));
    m_searchLibraryAction->setText(tr("&Search Library…"));
    m_searchLibraryAction->setStatusTip(tr("Search all calls in Chinese (either script) or English"));
    m_simplifiedAction->setText(tr("Show &Simplified Characters"));
    m_simplifiedAction->setStatusTip(
        tr("Show the call in Simplified characters (mainland vocabulary too if chosen in Settings)"));
    m_traditionalAction->setText(tr("Show &Traditional Characters"));
    m_traditionalAction->setStatusTip(
        tr("Show the call in Traditional characters (Taiwan vocabulary too if chosen in Settings)"));
    m_showFurnitureAction->setText(tr("Show Page &Furniture"));
    m_showFurnitureAction->setStatusTip(tr(
        "Show tables of contents, participant lists, page headers and advertisements with the transcript"));
    m_navigatorDock->setWindowTitle(tr("Questions"));
    m_libraryDock->setWindowTitle(tr("Library"));
    m_navigatorView->setAccessibleName(tr("Questions of the open call"));
    m_libraryView->setAccessibleName(tr("Calls in the library"));
    m_readBesideAction->setText(tr("Read Side by Side with the Open Call"));
    m_readBesideAction->setStatusTip(
        tr("Pair this call with the open one and read both, question by question"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_annotations->retranslate();
    m_annotationsFile->retranslate();
    m_callOutput->retranslate();
    m_reimport->retranslate();
    m_turnEdits->retranslate();
    m_pairing->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    const bool firstRun = !restoreState(AppSettings::windowState());
    if (firstRun) {
        // The questions, the transcript and the revenue pane get the room; figures and
        // search are one click away in the View menu.
        m_figuresDock->hide();
        m_searchDock->hide();
        m_trendPane->hide();
        m_changesDock->hide();
        m_guidanceDock->hide();
    }
    // The layout set the window's minimum while every dock was shown (848x906); the docks
    // hidden need less, but until the layout ran again a window made 1280x800 stayed 906 tall.
    layout()->activate();
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1280, 800);
    if (firstRun)
        resizeDocks({m_navigatorDock}, {330}, Qt::Horizontal);
    if (!m_splitter->restoreState(AppSettings::splitterState()))
        m_splitter->setSizes({560, 390});
    m_transcript->setZoomSteps(AppSettings::zoomSteps());
    showScriptChoice(AppSettings::script());

    qint64 call = AppSettings::lastCall(m_store->path());
    if (m_callModel->rowForCall(call) < 0)
        call = m_callModel->rowCount() > 0
                   ? m_callModel->index(0).data(CallListModel::CallIdRole).toLongLong()
                   : 0;
    if (call)
        openCall(call);
    // The annotations panel opens with the first highlight; until then it only takes room.
    if (firstRun && m_annotations->model()->rowCount() == 0)
        m_annotations->dock()->hide();
}

void MainWindow::saveSettings() const
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    AppSettings::setSplitterState(m_splitter->saveState());
    AppSettings::setZoomSteps(m_transcript->zoomSteps());
    AppSettings::setLastCall(m_store->path(), currentCallId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::editCallDetails()
{
    const std::optional<CallRecord> call = m_store->call(currentCallId());
    if (!call)
        return;
    CallMetadata shown;
    shown.companyTicker = call->summary.companyTicker;
    shown.companyName = call->summary.companyName;
    shown.fiscalPeriod = call->summary.fiscalPeriod;
    shown.callDate = call->summary.callDate;
    shown.title = call->summary.title;
    CallDetailsDialog dialog(CallDetailsDialog::Purpose::Edit, call->fileName, shown, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CallMetadata edited = dialog.metadata();
    CallSummary after = call->summary;
    after.companyTicker = edited.companyTicker;
    after.companyName = edited.companyName;
    after.fiscalPeriod = edited.fiscalPeriod;
    after.callDate = edited.callDate;
    after.title = edited.title;
    if (after.companyTicker == call->summary.companyTicker &&
        after.companyName == call->summary.companyName && after.fiscalPeriod == call->summary.fiscalPeriod &&
        after.callDate == call->summary.callDate && after.title == call->summary.title)
        return;
    m_undoStack->push(
        new EditCallDetailsCommand(m_store, call->summary, after, UndoHistory::of(m_undoStack)));
}

qint64 MainWindow::currentCallId() const
{
    return m_transcript->callId();
}

void MainWindow::openCall(qint64 callId)
{
    if (callId == currentCallId())
        return;
    const auto call = m_store->call(callId);
    if (!call) {
        showError(tr("Call %1 is not in the library.").arg(callId));
        return;
    }
    m_navigatorModel->setCall(call);
    m_navigatorView->expandAll();
    m_transcript->showCall(*call);
    m_findBar->setCall(*call);
    m_searchDock->setCurrentCall(callId);
    m_transcript->setHighlights(TranscriptView::HighlightLayer::SearchHits,
                                m_searchDock->highlightsForCall(callId));
    m_annotations->setCall(call);
    m_chartPanel->setCompany(call->summary.companyTicker);
    updateGuidedRanges(false);
    m_figuresDock->setCompany(call->summary.companyTicker);
    m_putCalculator->setCompany(call->summary.companyTicker);
    m_putCalculator->setCurrentCall(callId);
    m_changesDock->setCall(callId);
    m_guidanceDock->setCall(callId);
    if (m_guidanceDock->isVisible())
        m_transcript->setHighlights(TranscriptView::HighlightLayer::Guidance,
                                    m_guidanceDock->highlightsForCall(callId));
    updateLinkedMarkers();
    setWindowTitle(call->summary.title);
    selectCallInLibrary(callId);
}

void MainWindow::selectCallInLibrary(qint64 callId)
{
    const int row = m_callModel->rowForCall(callId);
    if (row >= 0)
        m_libraryView->setCurrentIndex(m_callModel->index(row));
}

void MainWindow::onSpeakerChanged(qint64 callId)
{
    if (callId != currentCallId())
        return;
    const auto call = m_store->call(callId);
    if (!call)
        return;
    const qint64 turn = m_transcript->firstVisibleTurn();
    m_transcript->showCall(*call);
    if (turn)
        m_transcript->scrollToTurn(turn);
}

void MainWindow::updateLinkedMarkers()
{
    m_chartPanel->setLinkedMarkers(m_annotations->linkedMarkers(m_chartPanel->company()));
}

void MainWindow::showFigureOnChart(const FigureLink &link)
{
    const auto quarter = FiscalQuarter::parse(link.quarter);
    if (!quarter) {
        showError(tr("%1 is not a fiscal quarter like FY2025Q4.").arg(link.quarter));
        return;
    }
    if (link.ticker != m_chartPanel->company()) {
        m_chartPanel->setCompany(link.ticker);
        updateLinkedMarkers();
    }
    m_chartPanel->showFigure(*quarter, link.metric);
}

void MainWindow::onCallTextReplaced(qint64 callId)
{
    if (callId != currentCallId())
        return;
    const auto call = m_store->call(callId);
    if (!call)
        return;
    m_navigatorModel->setCall(call);
    m_navigatorView->expandAll();
    m_transcript->showCall(*call);
    m_findBar->setCall(*call);
    m_annotations->setCall(call);
}

void MainWindow::onCallStructureChanged(qint64 callId)
{
    if (callId != currentCallId())
        return;
    const auto call = m_store->call(callId);
    if (!call)
        return;
    // The navigator reads the call again by itself; the text keeps the reader's place.
    const TranscriptView::ReadingPosition reading = m_transcript->readingPosition();
    m_navigatorView->expandAll();
    m_transcript->showCall(*call);
    m_transcript->setReadingPosition(reading);
    m_findBar->setCall(*call);
    m_annotations->setCall(call);
    m_turnEdits->updateActions();
    // The library list was read again for the call's new counts.
    selectCallInLibrary(callId);
}

void MainWindow::navigateTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex label = index.siblingAtColumn(NavigatorModel::LabelColumn);
    if (label.data(NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>() ==
        NavigatorModel::EntryKind::Question)
        m_transcript->scrollToQuestion(label.data(NavigatorModel::QuestionRole).toInt());
    else if (const qint64 turn = label.data(NavigatorModel::TurnIdRole).toLongLong())
        m_transcript->scrollToTurn(turn);
}

void MainWindow::nextQuestion()
{
    const QList<int> questions = m_transcript->questions();
    const int current = m_transcript->currentQuestion();
    for (int q : questions) {
        if (q > current) {
            m_navigatorView->setCurrentIndex(m_navigatorModel->indexForQuestion(q));
            m_transcript->scrollToQuestion(q);
            return;
        }
    }
    statusBar()->showMessage(tr("This is the last question."), 2000);
}

void MainWindow::previousQuestion()
{
    const QList<int> questions = m_transcript->questions();
    const int current = m_transcript->currentQuestion();
    for (auto it = questions.crbegin(); it != questions.crend(); ++it) {
        if (*it < current) {
            m_navigatorView->setCurrentIndex(m_navigatorModel->indexForQuestion(*it));
            m_transcript->scrollToQuestion(*it);
            return;
        }
    }
    statusBar()->showMessage(tr("This is the first question."), 2000);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Transcripts"), AppSettings::folder(AppSettings::Folder::Transcripts),
        tr("Transcripts (*.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    AppSettings::setFolder(AppSettings::Folder::Transcripts, QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &paths)
{
    ImportController controller(m_store, this);
    connect(&controller, &ImportController::statusMessage, this, &MainWindow::showStatus);
    controller.importFiles(paths);
    if (controller.lastImportedCall())
        openCall(controller.lastImportedCall());
}

QStringList MainWindow::transcriptFiles(const QList<QUrl> &urls)
{
    QStringList files;
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".txt"_s, Qt::CaseInsensitive))
            files << url.toLocalFile();
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !transcriptFiles(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = transcriptFiles(event->mimeData()->urls());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::showSearchHit(qint64 callId, qint64 turnId, int offset, int)
{
    openCall(callId);
    if (callId != currentCallId())
        return;
    m_transcript->setHighlights(TranscriptView::HighlightLayer::SearchHits,
                                m_searchDock->highlightsForCall(callId));
    // A hit in hidden page furniture is still a hit: show the furniture to show it.
    if (const TurnRecord *turn =
            turnId && m_navigatorModel->call() ? m_navigatorModel->call()->turn(turnId) : nullptr;
        turn && TranscriptDocument::isFurniture(*turn))
        m_showFurnitureAction->setChecked(true);
    if (turnId) {
        // Scroll to the hit and leave the cursor there; the highlight marks it.
        m_transcript->selectSpan({turnId, offset, 0});
        followInNavigator(turnId);
    }
}

void MainWindow::showPassage(qint64 callId, qint64 turnId, int start, int end)
{
    openCall(callId);
    if (callId == currentCallId())
        m_transcript->selectSpan({turnId, start, end - start});
}

void MainWindow::updateGuidedRanges(bool changed)
{
    const auto call = m_store->call(currentCallId());
    const QString company = call ? call->summary.companyTicker : QString();
    if (company == m_guidedCompany && !changed)
        return;
    m_guidedCompany = company;
    m_chartPanel->setGuidedRanges(company.isEmpty() ? QList<GuidedRange>()
                                                    : guidedRanges(GuidanceLedger::build(m_store, company)));
}

void MainWindow::followInNavigator(qint64 turnId)
{
    const QModelIndex row = m_navigatorModel->indexContaining(turnId);
    if (!row.isValid())
        return;
    // Selecting the row would scroll the text to the row's start, away from the hit.
    const QScopedValueRollback following(m_followingText, true);
    m_navigatorView->setCurrentIndex(row);
    m_navigatorView->scrollTo(row);
}

void MainWindow::showTrendHit(qint64 callId, qint64 turnId, int offset)
{
    openCall(callId);
    if (callId != currentCallId())
        return;
    m_transcript->setHighlights(TranscriptView::HighlightLayer::SearchHits,
                                m_trendPane->highlightsForCall(callId));
    // Scroll to the hit and leave the cursor there; the highlight marks it.
    m_transcript->selectSpan({turnId, offset, 0});
}

void MainWindow::applyScriptChoice()
{
    using Script = ChineseConverter::Script;
    const Script script = m_simplifiedAction->isChecked()    ? Script::Simplified
                          : m_traditionalAction->isChecked() ? Script::Traditional
                                                             : Script::AsStored;
    const ChineseConverter::Vocabulary vocabulary = AppSettings::vocabulary();
    m_transcript->setScript(script, vocabulary);
    DisplayScript::instance().set(script, vocabulary);
    AppSettings::setScript(script);
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoStack->undoText();
    const QString redo = m_undoStack->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::showScriptChoice(ChineseConverter::Script script)
{
    m_simplifiedAction->setChecked(script == ChineseConverter::Script::Simplified);
    m_traditionalAction->setChecked(script == ChineseConverter::Script::Traditional);
    applyScriptChoice();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    QMessageBox::warning(this, tr("Earnings Reader"), message);
}
