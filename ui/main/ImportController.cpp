#include "main/ImportController.h"

#include "main/CallDetailsDialog.h"
#include "store/LibraryStore.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

ImportController::ImportController(LibraryStore *store, QWidget *dialogParent)
    : QObject(dialogParent), m_store(store), m_dialogParent(dialogParent)
{}

QList<CallImporter::Outcome> ImportController::importFiles(const QStringList &paths)
{
    QList<CallImporter::Outcome> outcomes;
    if (paths.isEmpty())
        return outcomes;
    CallImporter importer(*m_store);
    // One file: show what its header says before anything is written. Several: take what each
    // says, as the command line does; a file that cannot be read is reported below either way.
    CallMetadata chosen;
    CallImporter::Header header = CallImporter::Header::FillsGaps;
    if (paths.size() == 1) {
        QString unused;
        if (const auto found = CallImporter::inspectFile(paths.first(), &unused)) {
            CallDetailsDialog dialog(CallDetailsDialog::Purpose::Import, paths.first(), *found,
                                     m_dialogParent);
            if (dialog.exec() != QDialog::Accepted) {
                emit statusMessage(tr("Import cancelled."));
                return outcomes;
            }
            chosen = dialog.metadata();
            header = CallImporter::Header::Ignored;
        }
    }
    QProgressDialog progress(tr("Importing transcripts…"), tr("Cancel"), 0, int(paths.size()),
                             m_dialogParent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(paths.size() > 1 ? 300 : 100000);
    for (int i = 0; i < paths.size(); ++i) {
        progress.setValue(i);
        progress.setLabelText(tr("Importing %1 (%2 of %3)…").arg(paths.at(i)).arg(i + 1).arg(paths.size()));
        if (progress.wasCanceled())
            break;
        const CallImporter::Outcome outcome = importer.importFile(paths.at(i), chosen, header);
        if (outcome.ok)
            m_lastImported = outcome.callId;
        outcomes.append(outcome);
    }
    progress.setValue(int(paths.size()));

    const QString text = summary(outcomes, int(paths.size() - outcomes.size()));
    emit statusMessage(text.section(u'\n', 0, 0));
    const bool allOk = std::all_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o.ok; });
    if (!allOk || paths.size() > 1) {
        QMessageBox box(allOk ? QMessageBox::Information : QMessageBox::Warning, tr("Import transcripts"),
                        text.section(u'\n', 0, 0), QMessageBox::Ok, m_dialogParent);
        box.setInformativeText(text.section(u'\n', 1));
        box.setObjectName(u"importReport"_s);
        box.exec();
    }
    return outcomes;
}

QString ImportController::summary(const QList<CallImporter::Outcome> &outcomes, int notStarted)
{
    int ok = 0;
    QStringList lines;
    for (const CallImporter::Outcome &o : outcomes) {
        if (o.ok) {
            ++ok;
            lines << tr("✓ %1: %2 (%n question(s))", nullptr, o.questions).arg(o.fileName, o.title);
        } else {
            lines << u"✗ "_s + o.error;
        }
    }
    QString head = tr("Imported %1 of %n file(s).", nullptr, int(outcomes.size()) + notStarted).arg(ok);
    if (notStarted > 0)
        head += u' ' + tr("Cancelled: %n file(s) not imported.", nullptr, notStarted);
    return head + u'\n' + lines.join(u'\n');
}
