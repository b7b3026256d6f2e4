#pragma once

#include <QObject>

class AnnotationController;
class QAction;
class QWidget;

// The open call on paper: File > Export Call as PDF and File > Print, both with its
// highlights, notes and question marks (CallPrinter lays it out).
class CallOutputController : public QObject
{
    Q_OBJECT
public:
    CallOutputController(AnnotationController *annotations, QWidget *window);

    // Export PDF, print.
    QList<QAction *> actions() const;
    bool exportCallPdf(const QString &path, QString *error);
    void retranslate();

signals:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

private:
    void choosePdf();
    void print();
    void updateActions();

    AnnotationController *m_annotations;
    QWidget *m_window;
    QAction *m_pdfAction;
    QAction *m_printAction;
};
