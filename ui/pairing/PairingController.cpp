#include "pairing/PairingController.h"

#include "annotations/AnnotationCommands.h"
#include "annotations/AnnotationController.h"
#include "annotations/AnnotationRepository.h"
#include "calls/NavigatorModel.h"
#include "pairing/CallEvidence.h"
#include "pairing/PairCallsCommand.h"
#include "pairing/PairChooserDialog.h"
#include "pairing/PairedNavigatorModel.h"
#include "pairing/PairedNotes.h"
#include "pairing/PairedReadingPane.h"
#include "pairing/PairedReadingView.h"
#include "pairing/QuestionAligner.h"
#include "pairing/RepairQuestionCommand.h"
#include "settings/AppSettings.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "util/AtomicFile.h"
#include "util/UndoHistory.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QMessageBox>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

PairingController::PairingController(LibraryStore *store, QUndoStack *undoStack,
                                     AnnotationController *annotations, QTreeView *navigator,
                                     TranscriptView *single, std::function<qint64()> currentCall,
                                     std::function<void(qint64)> openCall, QMainWindow *window)
    : QObject(window), m_store(store), m_undoStack(undoStack), m_annotations(annotations),
      m_navigator(navigator), m_single(single), m_currentCall(std::move(currentCall)),
      m_openCall(std::move(openCall)), m_window(window), m_repository(new PairRepository(store, this)),
      m_pane(new PairedReadingPane(window)), m_navigatorPairing(new PairedNavigatorModel(this)),
      m_readAction(new QAction(this)), m_singleAction(new QAction(this)), m_unpairAction(new QAction(this)),
      m_exportNotesAction(new QAction(this))
{
    QString error;
    m_names = NameMap::standard(&error);
    if (!error.isEmpty())
        emit errorOccurred(error);
    m_pane->hide();

    m_readAction->setObjectName(u"readSideBySideAction"_s);
    m_readAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    connect(m_readAction, &QAction::triggered, this, &PairingController::chooseCallToPair);
    m_singleAction->setObjectName(u"singleReadingAction"_s);
    connect(m_singleAction, &QAction::triggered, this, &PairingController::showSingle);
    m_unpairAction->setObjectName(u"unpairCallsAction"_s);
    connect(m_unpairAction, &QAction::triggered, this, &PairingController::unpair);
    m_exportNotesAction->setObjectName(u"exportPairedNotesAction"_s);
    connect(m_exportNotesAction, &QAction::triggered, this, &PairingController::chooseFileToExportNotes);

    connect(m_pane, &PairedReadingPane::repairRequested, this, &PairingController::repairQuestion);
    connect(m_pane, &PairedReadingPane::singleReadingRequested, this, &PairingController::showSingle);
    connect(m_pane, &PairedReadingPane::highlightRequested, this, [this](const Annotation &note) {
        m_undoStack->push(
            new AddAnnotationCommand(m_annotations->repository(), note, UndoHistory::of(m_undoStack)));
    });
    connect(m_repository, &PairRepository::repairsChanged, this, [this](qint64 pairId) {
        if (pairId == m_pairId)
            refresh();
    });
    // An undone pairing, or an unpairing redone, takes the view back to one call.
    connect(m_repository, &PairRepository::pairsChanged, this, [this] {
        if (m_pairId && !m_repository->calls(m_pairId))
            showSingle();
    });
    const auto ifShown = [this](qint64 callId) {
        if (m_pairId && (callId == m_pane->callA() || callId == m_pane->callB()))
            refresh();
    };
    connect(m_store, &LibraryStore::callStructureChanged, this, ifShown);
    connect(m_store, &LibraryStore::callTextReplaced, this, ifShown);
    connect(m_store, &LibraryStore::speakerChanged, this,
            [ifShown](qint64 callId, qint64) { ifShown(callId); });
    // Another call opened in the window ends the side-by-side reading.
    connect(m_annotations, &AnnotationController::callChanged, this, [this] {
        if (m_pairId && m_annotations->callId() != m_pane->callA())
            showSingle();
    });
    AnnotationRepository *notes = m_annotations->repository();
    const auto notesOf = [this](qint64, qint64 callId) {
        if (m_pairId && (callId == m_pane->callA() || callId == m_pane->callB()))
            refreshNotes();
    };
    connect(notes, &AnnotationRepository::annotationAdded, this, notesOf);
    connect(notes, &AnnotationRepository::annotationChanged, this, notesOf);
    connect(notes, &AnnotationRepository::annotationRemoved, this, notesOf);
    connect(notes, &AnnotationRepository::annotationsReset, this, [this] {
        if (m_pairId)
            refreshNotes();
    });
    connect(m_single->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_pairId || m_movingSingle)
            return;
        // Laid out again, the hidden view moves by itself; while side A's question is still in
        // its sight it was not sent anywhere.
        PairedReadingView *view = m_pane->view();
        const qint64 opening = view->openingTurnA(view->currentQuestionA());
        if (opening && m_single->isPositionVisible(m_single->turnRange(opening).start))
            return;
        if (const int question = m_single->currentQuestion();
            question && question != view->currentQuestionA())
            view->showQuestionA(question);
    });
    // ...and the single view keeps up with side A, so that the next question is the next from here.
    connect(m_pane->view(), &PairedReadingView::currentQuestionChanged, this, [this](int questionA) {
        if (!m_pairId || !questionA || m_single->currentQuestion() == questionA)
            return;
        m_movingSingle = true;
        m_single->scrollToQuestion(questionA);
        m_movingSingle = false;
    });
    // View > Zoom In and Out act on the single reading view; the columns take its zoom.
    connect(m_single, &TranscriptView::zoomChanged, this, [this](int steps) {
        m_pane->view()->viewA()->setZoomSteps(steps);
        m_pane->view()->viewB()->setZoomSteps(steps);
    });
    connect(m_navigator, &QTreeView::clicked, this, &PairingController::navigate);
    connect(m_navigator, &QTreeView::activated, this, &PairingController::navigate);
    updateActions();
    retranslate();
}

PairingController::~PairingController() = default;

QList<QAction *> PairingController::actions() const
{
    return {m_readAction, m_singleAction, m_unpairAction};
}

void PairingController::chooseCallToPair()
{
    const std::optional<CallRecord> call = m_store->call(m_currentCall());
    if (!call) {
        emit statusMessage(tr("Open a call to read it beside another."));
        return;
    }
    QList<qint64> paired;
    for (const PairRepository::Pair &pair : m_repository->pairsOf(call->summary.id))
        paired << (pair.callA == call->summary.id ? pair.callB : pair.callA);
    PairChooserDialog dialog(call->summary, suggestPairs(call->summary, m_store->calls()), paired, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenCall())
        readBeside(dialog.chosenCall());
}

bool PairingController::readBeside(qint64 otherCall, Unrelated unrelated)
{
    const qint64 current = m_currentCall();
    if (!current || otherCall == current)
        return false;
    if (const auto pair = m_repository->findPair(current, otherCall))
        return showPair(pair->id);
    const std::optional<CallRecord> a = m_store->call(current);
    const std::optional<CallRecord> b = m_store->call(otherCall);
    if (!a || !b) {
        emit errorOccurred(tr("Call %1 is not in the library.").arg(a ? otherCall : current));
        return false;
    }
    const CallAlignment alignment = QuestionAligner(m_names).align(*a, *b);
    if (alignment.looksUnrelated) {
        const QString why =
            tr("“%1” and “%2” look like different events: their questions share little "
               "(confidence %3%)%4.")
                .arg(a->summary.title, b->summary.title)
                .arg(std::lround(alignment.confidence * 100))
                .arg(a->summary.companyTicker != b->summary.companyTicker &&
                             !a->summary.companyTicker.isEmpty() && !b->summary.companyTicker.isEmpty()
                         ? tr(", and they are calls of different companies")
                         : QString());
        if (unrelated == Unrelated::Refuse) {
            emit statusMessage(why);
            return false;
        }
        if (QMessageBox::question(m_window, tr("Read Side by Side"),
                                  why + u"\n\n"_s + tr("Pair them anyway?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return false;
    }
    m_undoStack->push(new PairCallsCommand(m_repository, PairCallsCommand::Action::Pair, current, otherCall,
                                           UndoHistory::of(m_undoStack)));
    const auto made = m_repository->findPair(current, otherCall);
    return made && showPair(made->id);
}

bool PairingController::showPair(qint64 pairId)
{
    const auto calls = m_repository->calls(pairId);
    if (!calls)
        return false;
    if (m_currentCall() != calls->first)
        m_openCall(calls->first);
    if (m_currentCall() != calls->first)
        return false;
    m_pairId = pairId;
    installStack();
    m_pane->view()->viewA()->setZoomSteps(m_single->zoomSteps());
    m_pane->view()->viewB()->setZoomSteps(m_single->zoomSteps());
    refresh();
    if (!m_pairId)
        return false;
    m_stack->setCurrentWidget(m_pane);
    AppSettings::setLastPair(m_store->path(), m_pairId);
    updateActions();
    return true;
}

void PairingController::showSingle()
{
    if (!m_pairId)
        return;
    m_pairId = 0;
    if (m_stack)
        m_stack->setCurrentIndex(0);
    showNavigatorSingle();
    AppSettings::setLastPair(m_store->path(), 0);
    updateActions();
}

void PairingController::restore()
{
    if (const qint64 pair = AppSettings::lastPair(m_store->path()))
        showPair(pair);
}

void PairingController::unpair()
{
    if (!m_pairId)
        return;
    const qint64 a = m_pane->callA();
    const qint64 b = m_pane->callB();
    m_undoStack->push(new PairCallsCommand(m_repository, PairCallsCommand::Action::Unpair, a, b,
                                           UndoHistory::of(m_undoStack)));
}

void PairingController::repairQuestion(int aQuestion, std::optional<int> bQuestion)
{
    if (!m_pairId)
        return;
    m_undoStack->push(new RepairQuestionCommand(m_repository, m_pairId, aQuestion, bQuestion,
                                                UndoHistory::of(m_undoStack)));
}

void PairingController::refresh()
{
    const auto calls = m_repository->calls(m_pairId);
    const std::optional<CallRecord> a = calls ? m_store->call(calls->first) : std::nullopt;
    const std::optional<CallRecord> b = calls ? m_store->call(calls->second) : std::nullopt;
    if (!a || !b) {
        showSingle();
        return;
    }
    const CallAlignment alignment = QuestionAligner(m_names).align(*a, *b, m_repository->repairs(m_pairId));
    m_pane->setPair(*a, *b, alignment);
    QHash<int, int> counterparts;
    for (const QuestionPair &pair : alignment.pairs)
        counterparts.insert(pair.aQuestion, pair.bQuestion);
    showNavigatorPairing(counterparts);
    refreshNotes();
}

void PairingController::refreshNotes()
{
    AnnotationRepository *notes = m_annotations->repository();
    m_pane->setNotes(notes->annotations(m_pane->callA()), notes->annotations(m_pane->callB()));
}

void PairingController::showNavigatorPairing(const QHash<int, int> &counterparts)
{
    if (m_navigator->model() != m_navigatorPairing) {
        // The header keeps its columns' widths and modes across the change of model.
        const QByteArray header = m_navigator->header()->saveState();
        m_navigatorSource = m_navigator->model();
        m_singleSelection = m_navigator->selectionModel();
        m_navigatorPairing->setSourceModel(m_navigatorSource);
        m_navigator->setModel(m_navigatorPairing);
        m_navigator->header()->restoreState(header);
        connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &PairingController::navigate);
        m_navigator->expandAll();
    }
    m_navigatorPairing->setCounterparts(counterparts);
}

void PairingController::showNavigatorSingle()
{
    if (m_navigator->model() != m_navigatorPairing || !m_navigatorSource)
        return;
    const QByteArray header = m_navigator->header()->saveState();
    QItemSelectionModel *paired = m_navigator->selectionModel();
    m_navigator->setModel(m_navigatorSource);
    QItemSelectionModel *made = m_navigator->selectionModel();
    // The window listens to its own selection model: it is given back rather than a new one.
    if (m_singleSelection && m_singleSelection->model() == m_navigatorSource) {
        m_navigator->setSelectionModel(m_singleSelection);
        made->deleteLater();
    }
    paired->deleteLater();
    m_navigator->header()->restoreState(header);
    m_navigatorPairing->setSourceModel(nullptr);
    m_navigator->expandAll();
}

void PairingController::navigate(const QModelIndex &index)
{
    if (!m_pairId || !index.isValid() || index.model() != m_navigatorPairing)
        return;
    const QModelIndex label = index.siblingAtColumn(NavigatorModel::LabelColumn);
    if (label.data(NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>() ==
        NavigatorModel::EntryKind::Question)
        m_pane->view()->showQuestionA(label.data(NavigatorModel::QuestionRole).toInt());
    else if (const qint64 turn = label.data(NavigatorModel::TurnIdRole).toLongLong())
        m_pane->view()->viewA()->scrollToTurn(turn);
}

void PairingController::installStack()
{
    if (m_stack)
        return;
    m_stack = new QStackedWidget(m_window);
    m_stack->setObjectName(u"readingStack"_s);
    QWidget *single = m_window->takeCentralWidget();
    m_stack->addWidget(single);
    m_stack->addWidget(m_pane);
    m_window->setCentralWidget(m_stack);
    // A widget given a new parent is hidden, and the window shows a new central widget only
    // later: both are shown now, so that the columns have their size when first scrolled.
    single->show();
    m_stack->show();
}

void PairingController::chooseFileToExportNotes()
{
    if (!m_pairId)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Notes of Both Calls"),
        QDir(AnnotationController::exportFolder()).filePath(u"paired-notes.md"_s), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    AppSettings::setFolder(AppSettings::Folder::Annotations, QFileInfo(path).absolutePath());
    exportNotes(path);
}

bool PairingController::exportNotes(const QString &path)
{
    const auto calls = m_pairId ? m_repository->calls(m_pairId) : std::nullopt;
    const std::optional<CallRecord> a = calls ? m_store->call(calls->first) : std::nullopt;
    const std::optional<CallRecord> b = calls ? m_store->call(calls->second) : std::nullopt;
    if (!a || !b)
        return false;
    const CallAlignment alignment = QuestionAligner(m_names).align(*a, *b, m_repository->repairs(m_pairId));
    AnnotationRepository *notes = m_annotations->repository();
    const QString text = PairedNotes::markdown(*a, *b, alignment, notes->annotations(a->summary.id),
                                               notes->annotations(b->summary.id));
    QString why;
    if (!AtomicFile::write(path, text.toUtf8(), &why)) {
        emit errorOccurred(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why));
        return false;
    }
    emit statusMessage(tr("Notes of both calls written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void PairingController::updateActions()
{
    m_exportNotesAction->setEnabled(m_pairId != 0);
    m_singleAction->setEnabled(m_pairId != 0);
    m_unpairAction->setEnabled(m_pairId != 0);
}

void PairingController::retranslate()
{
    m_readAction->setText(tr("Read Side &by Side…"));
    m_readAction->setStatusTip(
        tr("Read the open call beside another version of it, such as a translation, question by question"));
    m_singleAction->setText(tr("Back to Single Rea&ding"));
    m_singleAction->setStatusTip(tr("Read the open call alone again"));
    m_unpairAction->setText(tr("&Unpair Calls"));
    m_exportNotesAction->setText(tr("Export Notes of &Both Calls…"));
    m_exportNotesAction->setStatusTip(tr(
        "Save the notes of the two calls read side by side as Markdown, each with its counterpart's text"));
    m_unpairAction->setStatusTip(
        tr("Stop treating the two calls read side by side as versions of one event"));
    m_pane->retranslate();
}
