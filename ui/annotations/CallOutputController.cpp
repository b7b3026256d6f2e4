#include "annotations/CallOutputController.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationRepository.h"
#include "annotations/CallPrinter.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

CallOutputController::CallOutputController(AnnotationController *annotations, QWidget *window)
    : QObject(window), m_annotations(annotations), m_window(window),
      m_pdfAction(new QAction(QIcon::fromTheme(u"application-pdf"_s), QString(), this)),
      m_printAction(new QAction(QIcon::fromTheme(u"document-print"_s), QString(), this))
{
    m_pdfAction->setObjectName(u"exportCallPdfAction"_s);
    connect(m_pdfAction, &QAction::triggered, this, &CallOutputController::choosePdf);
    m_printAction->setObjectName(u"printCallAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &CallOutputController::print);
    connect(annotations, &AnnotationController::callChanged, this, &CallOutputController::updateActions);
    retranslate();
    updateActions();
}

QList<QAction *> CallOutputController::actions() const
{
    return {m_pdfAction, m_printAction};
}

void CallOutputController::retranslate()
{
    m_pdfAction->setText(tr("Export Call as &PDF…"));
    m_pdfAction->setStatusTip(tr("Save the open call with its highlights and notes as a PDF"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setStatusTip(tr("Print the open call with its highlights and notes"));
}

void CallOutputController::updateActions()
{
    const bool open = m_annotations->call().has_value();
    m_pdfAction->setEnabled(open);
    m_printAction->setEnabled(open);
}

bool CallOutputController::exportCallPdf(const QString &path, QString *error)
{
    const auto &call = m_annotations->call();
    if (!call) {
        *error = tr("No call is open.");
        return false;
    }
    const AnnotationRepository *repository = m_annotations->repository();
    const CallPrinter printer(*call, repository->annotations(call->summary.id),
                              repository->questionMarks(call->summary.id));
    return printer.writePdf(path, error);
}

void CallOutputController::choosePdf()
{
    const auto &call = m_annotations->call();
    if (!call)
        return;
    QString name = call->summary.title;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Call as PDF"),
        QDir(AnnotationController::exportFolder()).filePath(name + u".pdf"_s), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    AppSettings::setFolder(AppSettings::Folder::Annotations, QFileInfo(path).absolutePath());
    QString error;
    if (!exportCallPdf(path, &error)) {
        emit errorOccurred(error);
        return;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void CallOutputController::print()
{
    const auto &call = m_annotations->call();
    if (!call)
        return;
    const AnnotationRepository *repository = m_annotations->repository();
    const CallPrinter document(*call, repository->annotations(call->summary.id),
                               repository->questionMarks(call->summary.id));
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(call->summary.title);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(u"printPreview"_s);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *target) { document.print(target); });
    preview.exec();
}
