#include "TranscriptView.h"

#include "NavigatorModel.h"
#include "RoleStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMinZoom = -5;
constexpr int kMaxZoom = 14;

QTextBlockFormat paragraphFormat()
{
    QTextBlockFormat format;
    format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    format.setLeftMargin(18);
    format.setRightMargin(12);
    format.setBottomMargin(6);
    return format;
}
} // namespace

TranscriptView::TranscriptView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"transcriptView"_s);
    setOpenLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(24);
    setZoomSteps(0);
}

void TranscriptView::showCall(const CallRecord &call)
{
    m_call = call;
    m_callId = call.summary.id;
    render();
}

void TranscriptView::clearCall()
{
    m_call.reset();
    m_callId = 0;
    render();
}

void TranscriptView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Role colours and headings are chosen for the palette, so a palette or language
    // change redraws the document while keeping the reader's place.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        const qint64 turn = firstVisibleTurn();
        render();
        if (turn)
            scrollToTurn(turn);
    }
}

void TranscriptView::render()
{
    m_turnRanges.clear();
    m_turnStarts.clear();
    m_questionHeaders.clear();
    m_questionOrder.clear();
    m_turnQuestion.clear();
    QTextDocument *doc = document();
    doc->clear();
    if (!m_call)
        return;

    const QPalette pal = palette();
    const auto shown = [this](const QString &text) { return ChineseConverter::toScript(text, m_script); };
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    bool firstBlock = true;
    const auto newBlock = [&](const QTextBlockFormat &format, const QTextCharFormat &charFormat) {
        if (firstBlock) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(charFormat);
            cursor.setCharFormat(charFormat);
            firstBlock = false;
        } else {
            cursor.insertBlock(format, charFormat);
        }
    };

    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setProperty(QTextFormat::FontSizeAdjustment, 2);
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(4);
    newBlock(titleBlock, titleFormat);
    cursor.insertText(shown(m_call->summary.title), titleFormat);

    QTextCharFormat metaFormat;
    metaFormat.setForeground(pal.color(QPalette::PlaceholderText));
    QStringList meta;
    if (!m_call->summary.companyName.isEmpty())
        meta << m_call->summary.companyName;
    if (!m_call->summary.fiscalPeriod.isEmpty())
        meta << m_call->summary.fiscalPeriod;
    if (m_call->summary.callDate.isValid())
        meta << QLocale().toString(m_call->summary.callDate, QLocale::LongFormat);
    if (!m_call->source.isEmpty())
        meta << tr("Source: %1").arg(m_call->source);
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(12);
    newBlock(metaBlock, metaFormat);
    cursor.insertText(shown(meta.join(u"  ·  "_s)), metaFormat);

    QTextCharFormat bodyFormat;
    bodyFormat.setForeground(pal.color(QPalette::Text));
    QTextCharFormat headingFormat;
    headingFormat.setFontWeight(QFont::Bold);
    headingFormat.setProperty(QTextFormat::FontSizeAdjustment, 1);
    headingFormat.setForeground(pal.color(QPalette::Text));
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(18);
    headingBlock.setBottomMargin(8);
    headingBlock.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                             QTextLength(QTextLength::PercentageLength, 100));

    for (const SectionRecord &section : m_call->sections) {
        newBlock(headingBlock, headingFormat);
        cursor.insertText(NavigatorModel::sectionTitle(section.kind), headingFormat);

        int question = 0;
        qint64 lastSpeaker = -1;
        for (const TurnRecord &turn : section.turns) {
            if (turn.question > 0 && turn.question != question) {
                question = turn.question;
                const SpeakerRecord *asker = m_call->speaker(turn.speakerId);
                QTextBlockFormat questionBlock;
                questionBlock.setTopMargin(16);
                questionBlock.setBottomMargin(4);
                questionBlock.setBackground(pal.color(QPalette::AlternateBase));
                QTextCharFormat questionFormat = headingFormat;
                questionFormat.setForeground(RoleStyle::color(QString::fromLatin1(Role::Analyst), pal));
                newBlock(questionBlock, questionFormat);
                m_questionHeaders.insert(question, cursor.position());
                m_questionOrder.append(question);
                QString header = u"Q%1"_s.arg(question);
                if (asker && !asker->name.isEmpty())
                    header +=
                        u"  ·  "_s +
                        (asker->firm.isEmpty() ? asker->name : u"%1, %2"_s.arg(asker->name, asker->firm));
                cursor.insertText(shown(header), questionFormat);
                lastSpeaker = -1;
            }
            if (turn.speakerId != 0 && turn.speakerId != lastSpeaker) {
                const SpeakerRecord *speaker = m_call->speaker(turn.speakerId);
                QTextBlockFormat speakerBlock;
                speakerBlock.setTopMargin(10);
                speakerBlock.setBottomMargin(2);
                QTextCharFormat nameFormat;
                nameFormat.setFontWeight(QFont::Bold);
                nameFormat.setForeground(RoleStyle::color(turn.role, pal));
                newBlock(speakerBlock, nameFormat);
                const QString name =
                    turn.speaker.isEmpty() ? RoleStyle::displayName(turn.role) : turn.speaker;
                cursor.insertText(shown(name), nameFormat);
                QStringList detail;
                if (speaker && !speaker->title.isEmpty())
                    detail << speaker->title;
                if (speaker && !speaker->firm.isEmpty())
                    detail << speaker->firm;
                if (detail.isEmpty() && !turn.speaker.isEmpty())
                    detail << RoleStyle::displayName(turn.role);
                if (!detail.isEmpty())
                    cursor.insertText(shown(u"   "_s + detail.join(u", "_s)), metaFormat);
            }
            lastSpeaker = turn.speakerId;

            newBlock(paragraphFormat(), bodyFormat);
            const int start = cursor.position();
            const QString text = shown(turn.text);
            Q_ASSERT(text.size() == turn.text.size());
            cursor.insertText(text, bodyFormat);
            m_turnRanges.insert(turn.id, {start, int(turn.text.size())});
            m_turnStarts.append({start, turn.id});
            m_turnQuestion.insert(turn.id, turn.question);
        }
    }
    cursor.endEditBlock();
    // The view's own cursor was pushed to the end by the insertions; leave it at the top
    // so the view does not scroll there.
    setTextCursor(QTextCursor(doc));
    verticalScrollBar()->setValue(0);
    applyHighlights();
}

void TranscriptView::setHighlights(HighlightLayer layer, const QList<Highlight> &highlights)
{
    m_highlights[size_t(layer)] = highlights;
    applyHighlights();
}

void TranscriptView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const QList<Highlight> &layer : m_highlights) {
        for (const Highlight &h : layer) {
            const auto it = m_turnRanges.constFind(h.span.turnId);
            if (it == m_turnRanges.cend() || h.span.start < 0 || h.span.start + h.span.length > it->length)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(it->start + h.span.start);
            selection.cursor.setPosition(it->start + h.span.start + h.span.length, QTextCursor::KeepAnchor);
            selection.format = h.format;
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
}

std::optional<TranscriptView::TurnSpan> TranscriptView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    const qint64 turn = turnAt(cursor.selectionStart());
    if (!turn || turnAt(cursor.selectionEnd()) != turn)
        return std::nullopt;
    const Range range = m_turnRanges.value(turn);
    return TurnSpan{turn, cursor.selectionStart() - range.start,
                    cursor.selectionEnd() - cursor.selectionStart()};
}

void TranscriptView::selectSpan(const TurnSpan &span)
{
    const auto it = m_turnRanges.constFind(span.turnId);
    if (it == m_turnRanges.cend())
        return;
    scrollToPosition(it->start + span.start);
    QTextCursor cursor(document());
    cursor.setPosition(it->start + span.start);
    cursor.setPosition(it->start + qMin(span.start + span.length, it->length), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

TranscriptView::Range TranscriptView::turnRange(qint64 turnId) const
{
    return m_turnRanges.value(turnId);
}

qint64 TranscriptView::turnAt(int position) const
{
    const auto it =
        std::upper_bound(m_turnStarts.cbegin(), m_turnStarts.cend(), position,
                         [](int pos, const QPair<int, qint64> &entry) { return pos < entry.first; });
    if (it == m_turnStarts.cbegin())
        return 0;
    const qint64 turn = std::prev(it)->second;
    const Range range = m_turnRanges.value(turn);
    return position <= range.start + range.length ? turn : 0;
}

void TranscriptView::scrollToPosition(int position)
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    verticalScrollBar()->setValue(int(rect.top()));
    QTextCursor cursor(document());
    cursor.setPosition(position);
    setTextCursor(cursor);
}

void TranscriptView::scrollToTurn(qint64 turnId)
{
    const auto it = m_turnRanges.constFind(turnId);
    if (it == m_turnRanges.cend())
        return;
    // Show the speaker line above the text as well when it belongs to this turn.
    const QTextBlock previous = document()->findBlock(it->start).previous();
    scrollToPosition(previous.isValid() && turnAt(previous.position()) == 0 ? previous.position()
                                                                            : it->start);
}

void TranscriptView::scrollToQuestion(int question)
{
    const auto it = m_questionHeaders.constFind(question);
    if (it != m_questionHeaders.cend())
        scrollToPosition(*it);
}

bool TranscriptView::isPositionVisible(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return false;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    const int top = verticalScrollBar()->value();
    return rect.top() >= top - 1 && rect.top() < top + viewport()->height();
}

qint64 TranscriptView::firstVisibleTurn() const
{
    const int top = verticalScrollBar()->value();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
        if (rect.bottom() <= top)
            continue;
        if (const qint64 turn = turnAt(block.position()))
            return turn;
        if (rect.top() > top + viewport()->height())
            break;
    }
    return 0;
}

int TranscriptView::currentQuestion() const
{
    // The text under the first line of the viewport decides; a question header scrolled to
    // the top counts even before its first turn is in view.
    const int topLine = fontMetrics().height() * 2;
    const int position = cursorForPosition(QPoint(viewport()->width() / 2, topLine)).position();
    int best = 0;
    int bestPosition = -1;
    for (auto it = m_questionHeaders.cbegin(); it != m_questionHeaders.cend(); ++it) {
        if (it.value() <= position && it.value() > bestPosition) {
            best = it.key();
            bestPosition = it.value();
        }
    }
    return best;
}

void TranscriptView::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    setZoomSteps(m_zoomSteps);
}

void TranscriptView::setScript(ChineseConverter::Script script)
{
    if (script == m_script)
        return;
    m_script = script;
    const qint64 turn = firstVisibleTurn();
    render();
    if (turn)
        scrollToTurn(turn);
}

void TranscriptView::setZoomSteps(int steps)
{
    m_zoomSteps = std::clamp(steps, kMinZoom, kMaxZoom);
    QFont font = m_baseFont;
    font.setPointSizeF(qMax(4.0, m_baseFont.pointSizeF() + m_zoomSteps));
    document()->setDefaultFont(font);
    emit zoomChanged(m_zoomSteps);
}

void TranscriptView::zoomInOneStep()
{
    setZoomSteps(m_zoomSteps + 1);
}

void TranscriptView::zoomOutOneStep()
{
    setZoomSteps(m_zoomSteps - 1);
}

void TranscriptView::resetZoom()
{
    setZoomSteps(0);
}
