#include "annotations/ReimportController.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationDock.h"
#include "annotations/CallReimporter.h"
#include "calls/TurnEditPlanner.h"
#include "settings/AppSettings.h"
#include "store/LibraryStore.h"
#include "util/UndoHistory.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

ReimportController::ReimportController(LibraryStore *store, AnnotationController *annotations,
                                       QUndoStack *undoStack, QWidget *window)
    : QObject(window), m_store(store), m_annotations(annotations), m_undoStack(undoStack), m_window(window),
      m_action(new QAction(QIcon::fromTheme(u"view-refresh"_s), QString(), this))
{
    m_action->setObjectName(u"reimportTranscriptAction"_s);
    connect(m_action, &QAction::triggered, this, &ReimportController::chooseFile);
    connect(annotations, &AnnotationController::callChanged, this, &ReimportController::updateAction);
    retranslate();
    updateAction();
}

void ReimportController::retranslate()
{
    m_action->setText(tr("&Re-import Transcript…"));
    m_action->setStatusTip(tr(
        "Replace the open call's text with a corrected file; annotations are placed again by their quotes"));
}

void ReimportController::updateAction()
{
    m_action->setEnabled(m_annotations->call().has_value() && !m_store->isReadOnly());
}

void ReimportController::chooseFile()
{
    const auto &call = m_annotations->call();
    if (!call)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Re-import Transcript of \"%1\"").arg(call->summary.title),
        AppSettings::folder(AppSettings::Folder::Transcripts), tr("Transcripts (*.txt);;All files (*)"));
    if (!path.isEmpty())
        reimportFile(path);
}

bool ReimportController::reimportFile(const QString &path)
{
    const auto &call = m_annotations->call();
    if (!call)
        return false;
    const qint64 callId = call->summary.id;
    CallReimporter reimporter(*m_store, *m_annotations->repository());
    const CallReimporter::Outcome outcome = reimporter.reimportFile(callId, path);
    if (!outcome.ok) {
        emit errorOccurred(outcome.error);
        return false;
    }
    if (outcome.unchanged) {
        emit statusMessage(
            tr("%1 has the same text as the call; nothing changed.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // The commands that refer to the old text (its turns, speakers, annotations and question
    // marks) can no longer be undone or redone; they are retired. Edits of figures, put
    // scenarios and other calls stay undoable. Making the re-import itself undoable was
    // the other way, but undoing it would have to bring back the old turns and speakers
    // under their old ids for those commands to mean anything again.
    UndoHistory::of(m_undoStack)->retireCall(callId);
    QString summary = tr("Text replaced: %1 annotations in place, %2 moved, %3 not placed.")
                          .arg(outcome.anchoring.kept)
                          .arg(outcome.anchoring.moved)
                          .arg(outcome.anchoring.unplaced.size());
    if (outcome.editsKept || !outcome.editsDropped.isEmpty())
        summary += u' ' + tr("Structure edits: %1 made again, %2 dropped.")
                              .arg(outcome.editsKept)
                              .arg(outcome.editsDropped.size());
    if (outcome.anchoring.unplaced.isEmpty() && outcome.editsDropped.isEmpty()) {
        emit statusMessage(summary);
        return true;
    }
    QString details = summary;
    if (!outcome.anchoring.unplaced.isEmpty()) {
        QStringList quotes;
        for (const Annotation &a : outcome.anchoring.unplaced)
            quotes << u"• “%1”"_s.arg(a.quote.simplified().left(80));
        m_annotations->dock()->show();
        m_annotations->dock()->raise();
        details += u"\n\n"_s +
                   tr("These quotes are no longer in the text. Their annotations are kept and "
                      "listed in the Annotations panel as \"not placed\":") +
                   u"\n"_s + quotes.join(u'\n');
    }
    if (!outcome.editsDropped.isEmpty()) {
        QStringList edits;
        for (const TurnEdit &edit : outcome.editsDropped)
            edits << u"• %1: “%2”"_s.arg(TurnEditPlanner::describe(edit),
                                         edit.turnText.simplified().left(80));
        details += u"\n\n"_s +
                   tr("These corrections of the structure were made on text that is no longer in "
                      "the call, and were dropped:") +
                   u"\n"_s + edits.join(u'\n');
    }
    QMessageBox::information(m_window, tr("Re-import Transcript"), details);
    return true;
}
