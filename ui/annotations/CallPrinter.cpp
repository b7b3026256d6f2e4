#include "annotations/CallPrinter.h"

#include "annotations/AnnotationStyle.h"
#include "calls/TranscriptDocument.h"
#include "settings/AppSettings.h"
#include "settings/TranscriptFont.h"
#include "text/DisplayScript.h"
#include "util/AtomicFile.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
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

// Whether a family's cmap gives a CJK radical (U+2E80-U+2FDF: ⼀, ⼒) the glyph of a unified
// ideograph (一, 力). Qt's PDF engine writes each glyph's text as the lowest code point that
// maps to it, so with such a font (Noto Sans CJK does this) copied or searched text comes out
// as radicals. A family without Chinese at all fails too.
bool keepsIdeographsApart(const QString &family)
{
    const QRawFont raw = QRawFont::fromFont(QFont(family), QFontDatabase::TraditionalChinese);
    if (!raw.isValid())
        return false;
    QString ideographs;
    for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs.append(QChar(char16_t(c)));
    QString radicals;
    for (char32_t c = 0x2E80; c <= 0x2FDF; ++c)
        radicals.append(QChar(char16_t(c)));
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    // Both scripts must be there: 一 力 營 营.
    for (char32_t c : {U'一', U'力', U'營', U'营'}) {
        if (ideographGlyphs.value(qsizetype(c - 0x4E00)) == 0)
            return false;
    }
    const QList<quint32> radicalGlyphList = raw.glyphIndexesForString(radicals);
    QSet<quint32> radicalGlyphs(radicalGlyphList.cbegin(), radicalGlyphList.cend());
    radicalGlyphs.remove(0);
    for (quint32 glyph : ideographGlyphs) {
        if (radicalGlyphs.contains(glyph))
            return false;
    }
    return true;
}

// The family Chinese is printed in: the one the screen falls back to if its text can be read
// back from a PDF, else the first installed Chinese family that can (Droid Sans Fallback on
// Debian 12). Empty if none can, and the screen's choice stays. Looked for once: the fonts
// installed do not change while the app runs.
QString printableChineseFamily(const QFont &base)
{
    static const QString family = [&base] {
        QStringList candidates{QRawFont::fromFont(base, QFontDatabase::TraditionalChinese).familyName(),
                               QRawFont::fromFont(base, QFontDatabase::SimplifiedChinese).familyName()};
        candidates += QFontDatabase::families(QFontDatabase::TraditionalChinese);
        candidates += QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        candidates.removeDuplicates();
        for (const QString &candidate : std::as_const(candidates)) {
            if (!candidate.isEmpty() && keepsIdeographsApart(candidate))
                return candidate;
        }
        return QString();
    }();
    return family;
}

QString stars(int rating)
{
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

} // namespace

CallPrinter::CallPrinter(const CallRecord &call, const QList<Annotation> &annotations,
                         const QList<QuestionMark> &marks)
    : CallPrinter(call, annotations, marks, DisplayScript::instance().script(),
                  DisplayScript::instance().vocabulary())
{}

CallPrinter::CallPrinter(const CallRecord &call, const QList<Annotation> &annotations,
                         const QList<QuestionMark> &marks, ChineseConverter::Script script,
                         ChineseConverter::Vocabulary vocabulary)
    : m_title(ChineseConverter::toScript(call.summary.title, script, vocabulary))
{
    const auto shown = [script, vocabulary](const QString &text) {
        return ChineseConverter::toScript(text, script, vocabulary);
    };
    const QPalette paper = paperPalette();
    m_document = std::make_unique<QTextDocument>();
    // Paper is read closer than a screen: two points under the reading window's font.
    QFont font = AppSettings::transcriptFont();
    font.setPointSizeF(qMax(4.0, font.pointSizeF() - 2));
    // Chinese from a family whose PDF text reads back as the characters, Latin from the
    // reader's font: after it if it has no Chinese, before it (Droid Sans Fallback has no Latin
    // letters) if it has Chinese of its own.
    const QString latin = font.family();
    const QString chinese = printableChineseFamily(font);
    if (!chinese.isEmpty()) {
        const bool ownChinese = QRawFont::fromFont(QFont(latin)).supportsCharacter(U'一');
        font.setFamilies(ownChinese ? QStringList{chinese, latin} : QStringList{latin, chinese});
    }
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    const TranscriptLayout layout =
        TranscriptDocument::build(m_document.get(), call, paper, script, vocabulary,
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
                where << shown(a.speaker);
            cursor.insertText(where.join(u" · "_s), meta);
            QTextBlockFormat indented;
            indented.setLeftMargin(24);
            cursor.insertBlock(indented, quoteFormat);
            QTextCharFormat quoted = quoteFormat;
            quoted.setBackground(AnnotationStyle::background(a.colour, paper));
            cursor.insertText(u"“%1”"_s.arg(shown(a.quote.simplified())), quoted);
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
                    figures << f.displayText();
                cursor.insertBlock(indented, meta);
                cursor.insertText(tr("Figures: %1").arg(figures.join(u"; "_s)), meta);
            }
        }
    }
    setRunFamilies(m_document.get(), latin,
                   chinese.isEmpty()
                       ? QRawFont::fromFont(font, QFontDatabase::TraditionalChinese).familyName()
                       : chinese);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
}

void CallPrinter::setRunFamilies(QTextDocument *document, const QString &latin, const QString &chinese)
{
    static const QRegularExpression cjk(
        u"[\\p{Han}\\x{2E80}-\\x{2FDF}\\x{3000}-\\x{303F}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]+"_s);
    QTextCharFormat latinRun;
    latinRun.setFontFamilies(QStringList{latin, chinese});
    QTextCharFormat chineseRun;
    chineseRun.setFontFamilies(QStringList{chinese, latin});
    QTextCursor all(document);
    all.select(QTextCursor::Document);
    all.mergeCharFormat(latinRun);
    for (QTextCursor run = document->find(cjk); !run.isNull(); run = document->find(cjk, run))
        run.mergeCharFormat(chineseRun);
}

CallPrinter::~CallPrinter() = default;

void CallPrinter::preparePage(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
}

void CallPrinter::print(QPagedPaintDevice *device) const
{
    // A printer's own default page (often Letter with narrow margins) held 12 pages of the
    // sample where the PDF's held 15.
    if (device != m_prepared) {
        preparePage(device);
        m_prepared = device;
    }
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
