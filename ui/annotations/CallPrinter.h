#pragma once

#include "annotations/Annotation.h"
#include "store/LibraryRecords.h"
#include "text/ChineseConverter.h"

#include <QCoreApplication>
#include <QString>

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
    // In the script the reader chose for the window (DisplayScript).
    CallPrinter(const CallRecord &call, const QList<Annotation> &annotations,
                const QList<QuestionMark> &marks);
    // In the given script, for the command line.
    CallPrinter(const CallRecord &call, const QList<Annotation> &annotations,
                const QList<QuestionMark> &marks, ChineseConverter::Script script,
                ChineseConverter::Vocabulary vocabulary);
    ~CallPrinter();

    QTextDocument *document() const { return m_document.get(); }
    // Lays the call out on the device's pages. The first time on a device, its page is made
    // the PDF's (A4, 18 mm margins), so Print gives the pages Export Call as PDF gives; the
    // print preview asks again on the same printer after the reader changes its page setup,
    // and that choice is kept.
    void print(QPagedPaintDevice *device) const;
    static void preparePage(QPagedPaintDevice *device);
    // Gives each run of Chinese the Chinese family first and every other run the Latin one.
    // The print preview replays a page from a recording (QPicture) that places each run by
    // the ascent of its font's first family, then lays it out again in the family that has
    // its glyphs: where the two differ (Noto Sans CJK is taller than DejaVu Sans) the Chinese
    // sat under the Latin letters' baseline on screen while the PDF was right.
    static void setRunFamilies(QTextDocument *document, const QString &latin, const QString &chinese);
    // Writes a PDF; false and *error naming the file if it cannot be written.
    bool writePdf(const QString &path, QString *error) const;

private:
    std::unique_ptr<QTextDocument> m_document;
    QString m_title;
    mutable const QPagedPaintDevice *m_prepared = nullptr;
};
