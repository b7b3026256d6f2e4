#include "transcript/TurnEditController.h"

#include "calls/TurnEditCommand.h"
#include "calls/TurnEditPlanner.h"
#include "store/LibraryStore.h"
#include "transcript/TranscriptView.h"
#include "util/UndoHistory.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

using namespace Qt::StringLiterals;

TurnEditController::TurnEditController(LibraryStore *store, TranscriptView *view, QUndoStack *undoStack,
                                       QWidget *window)
    : QObject(window), m_store(store), m_view(view), m_undoStack(undoStack), m_window(window),
      m_menu(new QMenu(window))
{
    m_menu->setObjectName(u"turnStructureMenu"_s);
    m_speakerAction = m_menu->addAction(QString(), this, &TurnEditController::changeSpeaker);
    m_speakerAction->setObjectName(u"changeSpeakerAction"_s);
    m_menu->addSeparator();
    m_splitAction = m_menu->addAction(QString(), this, [this] { edit(TurnEdit::Kind::Split); });
    m_splitAction->setObjectName(u"splitTurnAction"_s);
    m_mergeAction = m_menu->addAction(QString(), this, [this] { edit(TurnEdit::Kind::MergePrevious); });
    m_mergeAction->setObjectName(u"mergeTurnAction"_s);
    m_menu->addSeparator();
    m_questionStartsAction =
        m_menu->addAction(QString(), this, [this] { edit(TurnEdit::Kind::QuestionStarts); });
    m_questionStartsAction->setObjectName(u"questionStartsAction"_s);
    m_notQuestionAction = m_menu->addAction(QString(), this, [this] { edit(TurnEdit::Kind::NotQuestion); });
    m_notQuestionAction->setObjectName(u"notQuestionAction"_s);
    m_qaStartsAction = m_menu->addAction(QString(), this, [this] { edit(TurnEdit::Kind::QaStarts); });
    m_qaStartsAction->setObjectName(u"qaStartsAction"_s);
    // The menu is about the turn under the cursor, wherever it is opened from.
    connect(m_menu, &QMenu::aboutToShow, this, &TurnEditController::updateActions);
    connect(m_view, &TranscriptView::cursorPositionChanged, this, &TurnEditController::updateActions);
    m_view->setContextActions(m_menu->actions());
    retranslate();
    updateActions();
}

void TurnEditController::retranslate()
{
    m_menu->setTitle(tr("Fi&x Turn Structure"));
    m_speakerAction->setText(tr("Change &Speaker…"));
    m_speakerAction->setStatusTip(tr(
        "Give the turn at the cursor another speaker: one of the call's participants, or a name you type"));
    m_splitAction->setText(tr("S&plit Turn at Cursor"));
    m_splitAction->setStatusTip(tr("Make the text from the cursor on a turn of its own"));
    m_mergeAction->setText(tr("&Merge with Previous Turn"));
    m_mergeAction->setStatusTip(tr("Join the turn at the cursor to the turn before it"));
    m_questionStartsAction->setText(tr("New &Question Starts Here"));
    m_questionStartsAction->setStatusTip(tr("A new question starts with the turn at the cursor"));
    m_notQuestionAction->setText(tr("N&ot a Question"));
    m_notQuestionAction->setStatusTip(
        tr("The question that starts at the cursor's turn is none: its turns join the question before"));
    m_qaStartsAction->setText(tr("Q&&A S&tarts Here"));
    m_qaStartsAction->setStatusTip(
        tr("Move the start of the questions and answers to the turn at the cursor"));
}

std::optional<TurnEditController::Place> TurnEditController::placeAtCursor() const
{
    if (!m_view->callId())
        return std::nullopt;
    const int position = m_view->textCursor().position();
    const qint64 turn = m_view->turnAt(position);
    if (!turn)
        return std::nullopt;
    return Place{turn, position - m_view->turnRange(turn).start};
}

void TurnEditController::updateActions()
{
    const bool onTurn = placeAtCursor().has_value() && !m_store->isReadOnly();
    for (QAction *action : m_menu->actions())
        action->setEnabled(onTurn);
}

void TurnEditController::edit(TurnEdit::Kind kind)
{
    const auto place = placeAtCursor();
    if (!place)
        return;
    push(kind, *place, place->offset, {});
}

void TurnEditController::changeSpeaker()
{
    const auto place = placeAtCursor();
    if (!place)
        return;
    const auto call = m_store->call(m_view->callId());
    if (!call)
        return;
    // The participant list first, as the transcript gives it, then whoever else speaks.
    QStringList names;
    for (const Participant &person : call->roster) {
        if (!person.name.isEmpty() && !names.contains(person.name))
            names << person.name;
    }
    for (const SpeakerRecord &speaker : call->speakers) {
        if (!speaker.name.isEmpty() && speaker.role != QLatin1StringView(Role::Furniture) &&
            !names.contains(speaker.name))
            names << speaker.name;
    }
    const TurnRecord *turn = call->turn(place->turnId);
    const int current = turn ? int(names.indexOf(turn->speaker)) : -1;
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Speaker of This Turn"),
                                               tr("Speaker (pick one of the call or type a name):"), names,
                                               std::max(current, 0), true, &ok);
    if (ok && !name.trimmed().isEmpty())
        push(TurnEdit::Kind::Speaker, *place, 0, name);
}

void TurnEditController::push(TurnEdit::Kind kind, const Place &place, int splitAt, const QString &speaker)
{
    const auto call = m_store->call(m_view->callId());
    if (!call)
        return;
    QString why;
    const auto plan = TurnEditPlanner::plan(*call, place.turnId, kind, splitAt, speaker, &why);
    if (!plan) {
        // Refused before anything is written: said as the window says a failed edit.
        UndoHistory::of(m_undoStack)->report(tr("Cannot change the structure of the call: %1").arg(why));
        return;
    }
    if (UndoHistory::of(m_undoStack)->push(new TurnEditCommand(m_store, *plan, UndoHistory::of(m_undoStack))))
        emit statusMessage(plan->description);
}
