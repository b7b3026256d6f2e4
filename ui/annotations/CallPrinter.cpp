#include "annotations/CallPrinter.h"

#include "annotations/AnnotationStyle.h"
#include "calls/TranscriptDocument.h"
#include "settings/AppSettings.h"
#include "util/AtomicFile.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;

namespace {

QPalette paperPalette()
{
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::AlternateBase, QColor(0xf0f0f0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x555555));
    return palette;
}

QString stars(int rating)
{
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

} // namespace

CallPrinter::CallPrinter(const CallRecord &call, const QList<Annotation> &annotations,
                         const QList<QuestionMark> &marks)
    : m_title(call.summary.title)
{
    const QPalette paper = paperPalette();
    m_document = std::make_unique<QTextDocument>();
    // Paper is read closer than a screen: two points under the reading window's font.
    QFont font = AppSettings::transcriptFont();
    font.setPointSizeF(qMax(4.0, font.pointSizeF() - 2));
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    const TranscriptLayout layout =
        TranscriptDocument::build(m_document.get(), call, paper, ChineseConverter::Script::AsStored,
                                  AppSettings::showPageFurniture() ? TranscriptDocument::Furniture::Shown
                                                                   : TranscriptDocument::Furniture::Hidden);

    // Highlights in reading order get numbers; markers are inserted from the end so that
    // earlier positions stay valid.
    struct Placed
    {
        Annotation annotation;
        int start;
        int end;
    };
    QList<Placed> placed;
    for (const Annotation &a : annotations) {
        const TranscriptLayout::Range range = layout.turnRanges.value(a.turnId);
        if (!a.isPlaced() || range.length == 0 || a.end > range.length)
            continue;
        placed.append({a, range.start + a.start, range.start + a.end});
    }
    std::sort(placed.begin(), placed.end(),
              [](const Placed &x, const Placed &y) { return x.start < y.start; });
    for (qsizetype i = placed.size() - 1; i >= 0; --i) {
        const Placed &p = placed.at(i);
        QTextCursor cursor(m_document.get());
        cursor.setPosition(p.start);
        cursor.setPosition(p.end, QTextCursor::KeepAnchor);
        QTextCharFormat highlight;
        highlight.setBackground(AnnotationStyle::background(p.annotation.colour, paper));
        cursor.mergeCharFormat(highlight);
        cursor.setPosition(p.end);
        QTextCharFormat marker;
        marker.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        marker.setFontWeight(QFont::Bold);
        marker.setForeground(QColor(0x8a1c1c));
        cursor.insertText(u"[%1]"_s.arg(i + 1), marker);
    }

    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setProperty(QTextFormat::FontSizeAdjustment, 1);
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(24);
    headingBlock.setBottomMargin(8);
    headingBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat body;
    body.setForeground(Qt::black);
    QTextCharFormat quoteFormat = body;
    quoteFormat.setFontItalic(true);
    QTextCharFormat meta = body;
    meta.setForeground(QColor(0x555555));

    if (!marks.isEmpty()) {
        cursor.insertBlock(headingBlock, heading);
        cursor.insertText(tr("Question marks"), heading);
        for (const QuestionMark &m : marks) {
            QTextBlockFormat line;
            line.setBottomMargin(2);
            cursor.insertBlock(line, body);
            QStringList parts;
            if (!m.label.isEmpty())
                parts << m.label;
            if (m.rating > 0)
                parts << stars(m.rating);
            cursor.insertText(u"Q%1: %2"_s.arg(m.question).arg(parts.join(u", "_s)), body);
        }
        headingBlock.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    }
    if (!placed.isEmpty()) {
        cursor.insertBlock(headingBlock, heading);
        cursor.insertText(tr("Notes"), heading);
        for (int i = 0; i < placed.size(); ++i) {
            const Annotation &a = placed.at(i).annotation;
            QTextBlockFormat entry;
            entry.setTopMargin(8);
            entry.setLeftMargin(12);
            cursor.insertBlock(entry, body);
            cursor.insertText(u"[%1] "_s.arg(i + 1), heading);
            QStringList where;
            if (a.question > 0)
                where << u"Q%1"_s.arg(a.question);
            if (!a.speaker.isEmpty())
                where << a.speaker;
            cursor.insertText(where.join(u" · "_s), meta);
            QTextBlockFormat indented;
            indented.setLeftMargin(24);
            cursor.insertBlock(indented, quoteFormat);
            QTextCharFormat quoted = quoteFormat;
            quoted.setBackground(AnnotationStyle::background(a.colour, paper));
            cursor.insertText(u"“%1”"_s.arg(a.quote.simplified()), quoted);
            if (!a.note.isEmpty()) {
                cursor.insertBlock(indented, body);
                cursor.insertText(a.note, body);
            }
            if (!a.tags.isEmpty()) {
                cursor.insertBlock(indented, meta);
                cursor.insertText(tr("Tags: %1").arg(a.tags.join(u", "_s)), meta);
            }
            if (!a.figures.isEmpty()) {
                QStringList figures;
                for (const FigureLink &f : a.figures)
                    figures << u"%1 %2 %3"_s.arg(f.ticker, f.quarter, f.metric);
                cursor.insertBlock(indented, meta);
                cursor.insertText(tr("Figures: %1").arg(figures.join(u"; "_s)), meta);
            }
        }
    }
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
}

CallPrinter::~CallPrinter() = default;

void CallPrinter::print(QPagedPaintDevice *device) const
{
    m_document->print(device);
}

bool CallPrinter::writePdf(const QString &path, QString *error) const
{
    // Laid out in memory first, so a full disk never leaves half a PDF behind.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(m_title);
        writer.setCreator(QApplication::applicationName());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        print(&writer);
    }
    if (bytes.isEmpty()) {
        *error = tr("Cannot write %1: the PDF came out empty").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString why;
    if (!AtomicFile::write(path, bytes, &why)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}
