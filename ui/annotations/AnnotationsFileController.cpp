#include "annotations/AnnotationsFileController.h"

#include "annotations/AnnotationController.h"
#include "annotations/AnnotationDock.h"
#include "annotations/AnnotationExport.h"
#include "annotations/AnnotationModel.h"
#include "options/PutScenarioRepository.h"
#include "settings/AppSettings.h"
#include "store/LibraryStore.h"
#include "util/AtomicFile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

AnnotationsFileController::AnnotationsFileController(LibraryStore *store, AnnotationController *annotations,
                                                     QWidget *window)
    : QObject(window), m_store(store), m_annotations(annotations), m_window(window),
      m_exportAction(new QAction(QIcon::fromTheme(u"document-export"_s), QString(), this)),
      m_importAction(new QAction(QIcon::fromTheme(u"document-import"_s), QString(), this))
{
    m_exportAction->setObjectName(u"exportAnnotationsAction"_s);
    connect(m_exportAction, &QAction::triggered, this, &AnnotationsFileController::chooseExport);
    m_importAction->setObjectName(u"importAnnotationsAction"_s);
    m_importAction->setEnabled(!store->isReadOnly());
    connect(m_importAction, &QAction::triggered, this, &AnnotationsFileController::chooseImport);
    connect(annotations->dock(), &AnnotationDock::exportRequested, this,
            &AnnotationsFileController::chooseExport);
    retranslate();
}

QList<QAction *> AnnotationsFileController::actions() const
{
    return {m_exportAction, m_importAction};
}

void AnnotationsFileController::retranslate()
{
    m_exportAction->setText(tr("Export &Annotations…"));
    m_exportAction->setStatusTip(tr("Save the annotations listed in the panel as Markdown, CSV or JSON"));
    m_importAction->setText(tr("Import A&nnotations…"));
    m_importAction->setStatusTip(tr("Add annotations from a JSON export; ones already here are skipped"));
}

bool AnnotationsFileController::exportAnnotations(const QString &path, QString *error)
{
    const auto format = AnnotationExport::formatFromName(QFileInfo(path).suffix());
    if (!format) {
        *error = tr("Cannot export to %1: use a name ending in .md, .csv or .json")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // The put scenarios of what the panel shows go along, unless a filter narrows it: they
    // carry no tags, speakers or text to filter by.
    QList<PutScenario> scenarios;
    const AnnotationModel *model = m_annotations->model();
    if (model->filter().isEmpty()) {
        const PutScenarioRepository saved(m_store);
        if (model->isLibraryScope())
            scenarios = saved.allScenarios();
        else if (const auto &call = m_annotations->call())
            scenarios = saved.scenarios(call->summary.id);
    }
    const QByteArray bytes = AnnotationExport::write(*format, *m_store, *m_annotations->repository(),
                                                     model->visibleAnnotations(), scenarios);
    QString why;
    if (!AtomicFile::write(path, bytes, &why)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

void AnnotationsFileController::chooseExport()
{
    const auto &call = m_annotations->call();
    const QString base =
        call && !m_annotations->model()->isLibraryScope() ? call->summary.title : tr("annotations");
    QString safe = base;
    safe.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Annotations"),
        QDir(AnnotationController::exportFolder()).filePath(safe + u".md"_s),
        tr("Markdown (*.md);;CSV (*.csv);;JSON, for another library (*.json)"), &filter);
    if (path.isEmpty())
        return;
    AppSettings::setFolder(AppSettings::Folder::Annotations, QFileInfo(path).absolutePath());
    QString target = path;
    if (!AnnotationExport::formatFromName(QFileInfo(path).suffix())) {
        const QRegularExpressionMatch m = QRegularExpression(u"\\*\\.(\\w+)"_s).match(filter);
        target += u"."_s + (m.hasMatch() ? m.captured(1) : u"md"_s);
    }
    QString error;
    if (!exportAnnotations(target, &error)) {
        emit errorOccurred(error);
        return;
    }
    emit statusMessage(
        tr("%n annotation(s) exported to %1", "", int(m_annotations->model()->visibleAnnotations().size()))
            .arg(QDir::toNativeSeparators(target)));
}

void AnnotationsFileController::chooseImport()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import Annotations"), AnnotationController::exportFolder(),
                                     tr("Annotation exports (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit errorOccurred(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QString error;
    const auto report = AnnotationExport::importJson(*m_store, *m_annotations->repository(), file.readAll(),
                                                     QDir::toNativeSeparators(path), &error);
    if (!report) {
        emit errorOccurred(error);
        return;
    }
    QString summary = tr("%1: %2 annotations added, %3 already in this library, %4 calls imported.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(report->added)
                          .arg(report->duplicates)
                          .arg(report->callsImported);
    if (report->unplaced > 0)
        summary += u" "_s + tr("%n could not be placed in the call's text; they are listed in the panel.", "",
                               report->unplaced);
    if (!report->problems.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Annotations"),
                             summary + u"\n\n"_s + report->problems.join(u'\n'));
        return;
    }
    emit statusMessage(summary);
}
