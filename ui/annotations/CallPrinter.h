#pragma once

#include "annotations/Annotation.h"
#include "store/LibraryRecords.h"

#include <QCoreApplication>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// A call as paper: the transcript as the reading window lays it out, on a light palette
// whatever the screen uses, with each highlight in its colour and a numbered reference
// after it, and the notes, tags and question marks listed at the end.
class CallPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CallPrinter)
public:
    CallPrinter(const CallRecord &call, const QList<Annotation> &annotations,
                const QList<QuestionMark> &marks);
    ~CallPrinter();

    QTextDocument *document() const { return m_document.get(); }
    void print(QPagedPaintDevice *device) const;
    // Writes a PDF; false and *error naming the file if it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

private:
    std::unique_ptr<QTextDocument> m_document;
    QString m_title;
};
