#include "annotations/AnnotationController.h"

#include "settings/AppSettings.h"

#include "annotations/AnnotationDock.h"
#include "annotations/AnnotationEditor.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationRepository.h"
#include "annotations/AnnotationStyle.h"
#include "annotations/QuestionMarkModel.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

bool sameContent(const Annotation &a, const Annotation &b)
{
    return a.note == b.note && a.tags == b.tags && a.colour == b.colour && a.figures == b.figures;
}
} // namespace

AnnotationController::AnnotationController(LibraryStore *store, TranscriptView *view, QUndoStack *undoStack,
                                           QWidget *window)
    : QObject(window), m_store(store), m_view(view), m_window(window),
      m_repository(new AnnotationRepository(store, this)),
      m_model(new AnnotationModel(m_repository, undoStack, this)),
      m_questions(new QuestionMarkModel(m_repository, undoStack, this)),
      m_dock(new AnnotationDock(m_model, m_questions, window))
{
    const QString saved = AppSettings::highlightColour();
    m_colour = AnnotationColour::isKnown(saved) ? saved : QString::fromLatin1(AnnotationColour::Yellow);
    createActions();
    retranslate();

    connect(m_repository, &AnnotationRepository::annotationAdded, this,
            [this](qint64, qint64 callId) { onRepositoryChanged(callId); });
    connect(m_repository, &AnnotationRepository::annotationChanged, this,
            [this](qint64, qint64 callId) { onRepositoryChanged(callId); });
    connect(m_repository, &AnnotationRepository::annotationRemoved, this,
            [this](qint64, qint64 callId) { onRepositoryChanged(callId); });
    connect(m_repository, &AnnotationRepository::annotationsReset, this,
            [this] { onRepositoryChanged(callId()); });

    connect(m_dock, &AnnotationDock::annotationActivated, this, &AnnotationController::showAnnotation);
    connect(m_dock, &AnnotationDock::editRequested, this, &AnnotationController::editAnnotation);
    connect(m_dock, &AnnotationDock::deleteRequested, this, &AnnotationController::deleteAnnotation);
    connect(m_dock, &AnnotationDock::showOnChartRequested, this, &AnnotationController::showOnChartRequested);
    connect(m_dock, &AnnotationDock::questionActivated, this,
            [this](int question, qint64) { m_view->scrollToQuestion(question); });
    connect(m_dock, &AnnotationDock::libraryScopeChosen, this, [this](bool library) {
        if (library)
            m_model->showLibrary();
        else
            m_model->showCall(callId());
        m_dock->setLibraryScope(library);
    });

    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_view, &QTextEdit::selectionChanged, this, &AnnotationController::updateActions);
    connect(m_view, &QTextEdit::cursorPositionChanged, this, &AnnotationController::updateActions);
    updateActions();
}

AnnotationController::~AnnotationController() = default;

QString AnnotationController::exportFolder()
{
    const QString folder = AppSettings::folder(AppSettings::Folder::Annotations);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

AnnotationEditor *AnnotationController::editor() const
{
    return m_editor;
}

void AnnotationController::createActions()
{
    m_highlightAction = new QAction(QIcon::fromTheme(u"format-text-highlight"_s), QString(), this);
    m_highlightAction->setObjectName(u"highlightAction"_s);
    m_highlightAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    connect(m_highlightAction, &QAction::triggered, this, &AnnotationController::highlightSelection);

    m_colourMenu = new QMenu(m_window);
    m_colourMenu->setObjectName(u"highlightColourMenu"_s);
    m_colourGroup = new QActionGroup(this);
    for (const QString &name : AnnotationColour::names()) {
        QAction *action =
            m_colourMenu->addAction(AnnotationStyle::swatch(name, m_view->palette()), QString());
        action->setObjectName(u"highlightColour_%1"_s.arg(name));
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(name == m_colour);
        m_colourGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { setHighlightColour(name); });
    }

    m_editAction = new QAction(QIcon::fromTheme(u"document-edit"_s), QString(), this);
    m_editAction->setObjectName(u"editAnnotationAction"_s);
    m_editAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    connect(m_editAction, &QAction::triggered, this, [this] {
        // With a fresh selection this highlights it first, so one shortcut takes a note.
        if (!annotationAtCursor() && m_view->selectedSpan() && !highlightSelection())
            return;
        editAnnotation(0);
    });

    m_deleteAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), QString(), this);
    m_deleteAction->setObjectName(u"deleteAnnotationAction"_s);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteAnnotation(0); });

    m_markMenu = new QMenu(m_window);
    m_markMenu->setObjectName(u"markQuestionMenu"_s);
    for (const QString &label : QuestionLabel::suggestions() + QStringList{QString()}) {
        if (label.isEmpty())
            m_markMenu->addSeparator();
        QAction *action = m_markMenu->addAction(QString());
        action->setObjectName(label.isEmpty() ? u"clearQuestionMarkAction"_s
                                              : u"markQuestion_%1"_s.arg(label));
        action->setData(label);
        connect(action, &QAction::triggered, this,
                [this, label] { markQuestion(questionAtCursor(), label); });
        m_markActions.append(action);
    }
}

void AnnotationController::retranslate()
{
    m_highlightAction->setText(tr("&Highlight Selection"));
    m_highlightAction->setStatusTip(tr("Highlight the selected text in the highlight colour"));
    m_colourMenu->setTitle(tr("Highlight &Colour"));
    for (QAction *action : m_colourGroup->actions())
        action->setText(AnnotationStyle::displayName(action->data().toString()));
    m_colourMenu->menuAction()->setStatusTip(tr("Choose the colour of new highlights"));
    m_editAction->setText(tr("Annotation &Note and Tags…"));
    m_editAction->setStatusTip(
        tr("See or edit the note, tags and figure links of the highlight at the cursor "
           "(highlights the selection first)"));
    m_deleteAction->setText(tr("&Delete Annotation"));
    m_deleteAction->setStatusTip(tr("Delete the highlight at the cursor with its note and tags"));
    m_markMenu->setTitle(tr("&Mark Question"));
    m_markMenu->menuAction()->setStatusTip(
        tr("Mark the question at the cursor as answered, deflected or guidance"));
    const QStringList markTexts{tr("&Answered"), tr("&Deflected"), tr("&Guidance"), tr("&Clear Mark")};
    for (int i = 0; i < m_markActions.size(); ++i)
        m_markActions.at(i)->setText(markTexts.value(i));
}

QList<QAction *> AnnotationController::editActions() const
{
    return {m_highlightAction, m_colourMenu->menuAction(), m_editAction, m_deleteAction,
            m_markMenu->menuAction()};
}

void AnnotationController::updateActions()
{
    const bool open = m_call.has_value();
    const bool writable = !m_store->isReadOnly();
    m_highlightAction->setEnabled(open && writable && m_view->selectedSpan().has_value());
    m_editAction->setEnabled(open && writable);
    m_deleteAction->setEnabled(open && writable);
    m_markMenu->menuAction()->setEnabled(open && writable);
}

void AnnotationController::setHighlightColour(const QString &colour)
{
    if (!AnnotationColour::isKnown(colour))
        return;
    m_colour = colour;
    AppSettings::setHighlightColour(colour);
    for (QAction *action : m_colourGroup->actions())
        action->setChecked(action->data().toString() == colour);
}

void AnnotationController::setCall(const std::optional<CallRecord> &call)
{
    m_call = call;
    m_questions->setCall(call);
    if (!m_model->isLibraryScope())
        m_model->showCall(callId());
    refreshHighlights();
    updateActions();
    emit callChanged();
    emit linkedMarkersChanged();
}

void AnnotationController::onRepositoryChanged(qint64 changedCall)
{
    if (m_call && changedCall == callId())
        refreshHighlights();
    emit linkedMarkersChanged();
}

void AnnotationController::refreshHighlights()
{
    m_annotations = m_call ? m_repository->annotations(callId()) : QList<Annotation>();
    QList<TranscriptView::Highlight> highlights;
    const QPalette palette = m_view->palette();
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.isPlaced())
            highlights.append({{a.turnId, a.start, a.length()}, AnnotationStyle::format(a, palette)});
    }
    m_view->setHighlights(TranscriptView::HighlightLayer::Annotations, highlights);
}

std::optional<Annotation> AnnotationController::annotationAt(int position) const
{
    const qint64 turn = m_view->turnAt(position);
    if (!turn)
        return std::nullopt;
    const int offset = position - m_view->turnRange(turn).start;
    // The innermost highlight wins where they overlap.
    std::optional<Annotation> best;
    for (const Annotation &a : m_annotations) {
        if (a.turnId == turn && a.start <= offset && offset < a.end && (!best || a.length() < best->length()))
            best = a;
    }
    return best;
}

std::optional<Annotation> AnnotationController::annotationAtCursor() const
{
    const QTextCursor cursor = m_view->textCursor();
    if (auto a = annotationAt(cursor.selectionStart()))
        return a;
    // A cursor just after a highlight's last character still means that highlight.
    return cursor.hasSelection() ? std::nullopt : annotationAt(cursor.position() - 1);
}

int AnnotationController::questionAtCursor() const
{
    if (m_call) {
        if (const TurnRecord *turn = m_call->turn(m_view->turnAt(m_view->textCursor().position())))
            return turn->question;
    }
    return m_view->currentQuestion();
}

bool AnnotationController::highlightSelection()
{
    const auto span = m_view->selectedSpan();
    const TurnRecord *turn = span && m_call ? m_call->turn(span->turnId) : nullptr;
    if (!turn) {
        emit statusMessage(tr("Select some text inside one speaker's turn to highlight it."));
        return false;
    }
    // White space at either end of a mouse selection is not part of what was meant.
    int start = span->start;
    int end = span->start + span->length;
    while (start < end && turn->text.at(start).isSpace())
        ++start;
    while (end > start && turn->text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return false;
    Annotation a;
    a.callId = callId();
    a.turnId = turn->id;
    a.start = start;
    a.end = end;
    a.colour = m_colour;
    if (!m_model->addAnnotation(a))
        return false;
    QTextCursor cursor = m_view->textCursor();
    cursor.setPosition(m_view->turnRange(turn->id).start + end);
    m_view->setTextCursor(cursor);
    m_dock->show();
    if (const auto added = annotationAt(m_view->turnRange(turn->id).start + start))
        m_dock->selectAnnotation(added->id);
    emit statusMessage(tr("Highlighted. %1 opens its note and tags.")
                           .arg(m_editAction->shortcut().toString(QKeySequence::NativeText)));
    return true;
}

void AnnotationController::editAnnotation(qint64 id)
{
    std::optional<Annotation> annotation = id ? m_repository->annotation(id) : annotationAtCursor();
    if (!annotation && !id) {
        if (const auto selected = m_dock->currentAnnotation())
            annotation = m_repository->annotation(selected->id);
    }
    if (!annotation) {
        emit statusMessage(tr("Put the cursor in a highlight, or select text, to edit its note and tags."));
        return;
    }
    openEditor(*annotation);
}

void AnnotationController::openEditor(const Annotation &annotation)
{
    if (m_editor)
        m_editor->close();
    const auto call = m_store->call(annotation.callId);
    m_editor = new AnnotationEditor(annotation, m_repository->tags(), metricKeys(), m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    if (call)
        m_editor->setFigureDefaults(call->summary.companyTicker, call->summary.fiscalPeriod);
    AnnotationEditor *editor = m_editor;
    connect(editor, &QDialog::accepted, this, [this, editor, annotation] {
        const Annotation after = editor->annotation();
        if (!sameContent(after, annotation))
            m_model->editAnnotation(after);
    });
    connect(editor, &AnnotationEditor::deleteRequested, this, &AnnotationController::deleteAnnotation);
    connect(editor, &AnnotationEditor::showOnChartRequested, this,
            &AnnotationController::showOnChartRequested);
    editor->open();
}

void AnnotationController::deleteAnnotation(qint64 id)
{
    std::optional<Annotation> annotation = id ? m_repository->annotation(id) : annotationAtCursor();
    if (!annotation && !id)
        annotation = m_dock->currentAnnotation();
    if (!annotation) {
        emit statusMessage(tr("Put the cursor in a highlight to delete it."));
        return;
    }
    if (m_model->removeAnnotation(annotation->id))
        emit statusMessage(tr("Annotation deleted. Undo brings it back."));
}

void AnnotationController::markQuestion(int question, const QString &label)
{
    if (!m_call || question <= 0) {
        emit statusMessage(tr("Put the cursor in an analyst question, or scroll to one, to mark it."));
        return;
    }
    QuestionMark mark = m_questions->mark(question);
    mark.label = label;
    if (label.isEmpty())
        mark.rating = 0;
    if (m_questions->setMark(mark))
        emit statusMessage(label.isEmpty() ? tr("Q%1: mark cleared").arg(question)
                                           : tr("Q%1 marked \"%2\"").arg(question).arg(label));
}

void AnnotationController::showAnnotation(const Annotation &annotation)
{
    if (annotation.callId != callId())
        emit openCallRequested(annotation.callId);
    if (annotation.callId != callId())
        return;
    if (!annotation.isPlaced()) {
        emit statusMessage(tr("This annotation is not placed: its quote is no longer in the call's text."));
        return;
    }
    m_view->selectSpan({annotation.turnId, annotation.start, annotation.length()});
    m_view->setFocus();
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::PaletteChange) {
        refreshHighlights();
    } else if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !m_view->textCursor().hasSelection()) {
            const QPointF documentPoint = mouse->position() + QPointF(m_view->horizontalScrollBar()->value(),
                                                                      m_view->verticalScrollBar()->value());
            const int position = m_view->document()->documentLayout()->hitTest(documentPoint, Qt::ExactHit);
            if (position >= 0) {
                if (const auto hit = annotationAt(position)) {
                    const Annotation annotation = *hit;
                    // After the view has finished with the click, so the popup keeps focus.
                    QTimer::singleShot(0, this, [this, annotation] {
                        m_dock->selectAnnotation(annotation.id);
                        openEditor(annotation);
                    });
                }
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

QStringList AnnotationController::metricKeys() const
{
    QStringList keys;
    for (const MetricDefinition &metric : MetricCatalog::all())
        keys << QString(metric.key);
    return keys;
}

QList<LinkedMarker> AnnotationController::linkedMarkers(const QString &ticker) const
{
    QList<LinkedMarker> markers;
    for (const Annotation &a : m_repository->annotations()) {
        for (const FigureLink &f : a.figures) {
            const auto quarter = FiscalQuarter::parse(f.quarter);
            if (f.ticker != ticker || !quarter)
                continue;
            const QString quote = a.quote.simplified();
            markers.append(
                {*quarter, f.metric, quote.size() > 60 ? quote.left(60) + QChar(0x2026) : quote, a.id});
        }
    }
    return markers;
}

void AnnotationController::showLinkedPassages(const QList<LinkedMarker> &markers)
{
    QList<Annotation> passages;
    for (const LinkedMarker &marker : markers) {
        const auto a = m_repository->annotation(marker.id.toLongLong());
        if (a && std::none_of(passages.cbegin(), passages.cend(),
                              [&](const Annotation &p) { return p.id == a->id; }))
            passages.append(*a);
    }
    if (passages.isEmpty())
        return;
    if (passages.size() == 1) {
        showAnnotation(passages.first());
        return;
    }
    QMenu menu(m_window);
    menu.setObjectName(u"linkedPassagesMenu"_s);
    for (const Annotation &a : std::as_const(passages)) {
        const QString quote = a.quote.simplified();
        const QString where = a.question > 0 ? u"Q%1 · "_s.arg(a.question) : QString();
        menu.addAction(where + (quote.size() > 50 ? quote.left(50) + QChar(0x2026) : quote), this,
                       [this, a] { showAnnotation(a); });
    }
    menu.exec(QCursor::pos());
}
