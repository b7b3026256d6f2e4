#pragma once

#include "calls/CallImporter.h"

#include <QObject>
#include <QStringList>

class LibraryStore;
class QWidget;

// Imports files chosen in a dialog or dropped on the window: a cancellable progress
// dialog for several files, then one report listing each file's result or error.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(LibraryStore *store, QWidget *dialogParent);

    // Returns the outcomes; the last successfully imported call is in lastImportedCall().
    QList<CallImporter::Outcome> importFiles(const QStringList &paths);
    qint64 lastImportedCall() const { return m_lastImported; }

    // The report's text; notStarted counts the files left when the user cancelled.
    static QString summary(const QList<CallImporter::Outcome> &outcomes, int notStarted = 0);

signals:
    void statusMessage(const QString &message);

private:
    LibraryStore *m_store;
    QWidget *m_dialogParent;
    qint64 m_lastImported = 0;
};
