#pragma once

#include <QObject>

class AnnotationController;
class LibraryStore;
class QAction;
class QWidget;

// The annotations as a file: File > Export Annotations (the panel's list as Markdown, CSV
// or JSON) and File > Import Annotations (a JSON export from another library).
class AnnotationsFileController : public QObject
{
    Q_OBJECT
public:
    AnnotationsFileController(LibraryStore *store, AnnotationController *annotations, QWidget *window);

    // Export, import.
    QList<QAction *> actions() const;
    // Writes what the panel lists to path, in the format its suffix names.
    bool exportAnnotations(const QString &path, QString *error);
    void retranslate();

signals:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

private:
    void chooseExport();
    void chooseImport();

    LibraryStore *m_store;
    AnnotationController *m_annotations;
    QWidget *m_window;
    QAction *m_exportAction;
    QAction *m_importAction;
};
