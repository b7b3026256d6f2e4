#include "transcript/TranscriptView.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMinZoom = -5;
constexpr int kMaxZoom = 14;
// A line of about this many Latin characters (half as many Chinese) still reads as a
// phrase; narrower and every sentence breaks after a word or two.
constexpr int kReadableColumns = 44;

} // namespace

TranscriptView::TranscriptView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"transcriptView"_s);
    setOpenLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(24);
    setZoomSteps(0);
    // The reader's place is what the reader scrolled to; anything that lays the text out
    // again (a panel opening, zoom, a resize, the rest of a lazy layout arriving) puts it back.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TranscriptView::rememberReadingPosition);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] {
        if (!m_rendering)
            restoreReadingPosition();
    });
}

void TranscriptView::showCall(const CallRecord &call)
{
    m_call = call;
    m_callId = call.summary.id;
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

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    m_relayingOut = true;
    QTextBrowser::resizeEvent(event);
    m_relayingOut = false;
    restoreReadingPosition();
}

TranscriptView::ReadingPosition TranscriptView::positionAtTop() const
{
    const int top = verticalScrollBar()->value();
    // The very top, margin and all: kept as such, not as the first line less the margin.
    if (top <= 0)
        return {};
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    // Start from the layout's guess and walk to the first block reaching below the top.
    QTextBlock block =
        document()->findBlock(layout->hitTest(QPointF(document()->documentMargin() + 1, top), Qt::FuzzyHit));
    if (!block.isValid())
        block = document()->begin();
    while (block.previous().isValid() && layout->blockBoundingRect(block.previous()).bottom() > top)
        block = block.previous();
    while (block.next().isValid() && layout->blockBoundingRect(block).bottom() <= top)
        block = block.next();
    if (!block.isValid())
        return {};
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    const qreal linesTop = rect.top() - lines->boundingRect().top();
    int position = block.position();
    int pixelsInto = top - int(rect.top());
    for (int i = 0; i < lines->lineCount(); ++i) {
        const QTextLine line = lines->lineAt(i);
        if (linesTop + line.y() + line.height() > top || i == lines->lineCount() - 1) {
            position = block.position() + line.textStart();
            pixelsInto = top - int(linesTop + line.y());
            break;
        }
    }
    ReadingPosition reading;
    reading.pixelsInto = pixelsInto;
    if (const qint64 turn = turnAt(position)) {
        reading.turnId = turn;
        reading.offset = position - m_layout.turnRanges.value(turn).start;
    } else {
        reading.offset = position;
    }
    return reading;
}

int TranscriptView::scrollValueFor(const ReadingPosition &reading) const
{
    if (reading.turnId == 0 && reading.offset == 0 && reading.pixelsInto == 0)
        return 0;
    int position = reading.offset;
    if (reading.turnId) {
        const Range range = m_layout.turnRanges.value(reading.turnId);
        position = range.start + std::clamp(reading.offset, 0, range.length);
    }
    const QTextBlock block = document()->findBlock(std::clamp(position, 0, document()->characterCount() - 1));
    if (!block.isValid())
        return 0;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    const QTextLine line = lines->lineForTextPosition(position - block.position());
    if (!line.isValid())
        return int(rect.top()) + reading.pixelsInto;
    const qreal lineTop = rect.top() - lines->boundingRect().top() + line.y();
    // The part of the line scrolled past; after a zoom the line is a different height.
    const int lineHeight = int(line.height());
    return int(lineTop) + std::clamp(reading.pixelsInto, -lineHeight, qMax(0, lineHeight - 1));
}

void TranscriptView::rememberReadingPosition()
{
    if (!m_relayingOut && !m_rendering)
        m_reading = positionAtTop();
}

void TranscriptView::restoreReadingPosition()
{
    if (!m_call || m_relayingOut)
        return;
    m_relayingOut = true;
    verticalScrollBar()->setValue(scrollValueFor(m_reading));
    m_relayingOut = false;
}

void TranscriptView::setReadingPosition(const ReadingPosition &position)
{
    m_reading = position;
    restoreReadingPosition();
}

int TranscriptView::readableWidth() const
{
    const QFontMetricsF metrics(document()->defaultFont());
    return int(metrics.averageCharWidth() * kReadableColumns + 2 * document()->documentMargin() +
               verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
}

void TranscriptView::render()
{
    m_rendering = true;
    if (m_call) {
        m_layout =
            TranscriptDocument::build(document(), *m_call, palette(), m_script, m_vocabulary, m_furniture);
    } else {
        m_layout = {};
        document()->clear();
    }
    // The view's own cursor was pushed to the end by the insertions; leave it at the top
    // so the view does not scroll there.
    setTextCursor(QTextCursor(document()));
    verticalScrollBar()->setValue(0);
    m_rendering = false;
    m_reading = positionAtTop();
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
            const auto it = m_layout.turnRanges.constFind(h.span.turnId);
            if (it == m_layout.turnRanges.cend() || h.span.start < 0 ||
                h.span.start + h.span.length > it->length)
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
    const Range range = m_layout.turnRanges.value(turn);
    return TurnSpan{turn, cursor.selectionStart() - range.start,
                    cursor.selectionEnd() - cursor.selectionStart()};
}

void TranscriptView::selectSpan(const TurnSpan &span)
{
    const auto it = m_layout.turnRanges.constFind(span.turnId);
    if (it == m_layout.turnRanges.cend())
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
    return m_layout.turnRanges.value(turnId);
}

qint64 TranscriptView::turnAt(int position) const
{
    const auto it =
        std::upper_bound(m_layout.turnStarts.cbegin(), m_layout.turnStarts.cend(), position,
                         [](int pos, const QPair<int, qint64> &entry) { return pos < entry.first; });
    if (it == m_layout.turnStarts.cbegin())
        return 0;
    const qint64 turn = std::prev(it)->second;
    const Range range = m_layout.turnRanges.value(turn);
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
    const auto it = m_layout.turnRanges.constFind(turnId);
    if (it == m_layout.turnRanges.cend())
        return;
    // Show the speaker line above the text as well when it belongs to this turn.
    const QTextBlock previous = document()->findBlock(it->start).previous();
    scrollToPosition(previous.isValid() && turnAt(previous.position()) == 0 ? previous.position()
                                                                            : it->start);
}

void TranscriptView::scrollToQuestion(int question)
{
    const auto it = m_layout.questionHeaders.constFind(question);
    if (it != m_layout.questionHeaders.cend())
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
    for (auto it = m_layout.questionHeaders.cbegin(); it != m_layout.questionHeaders.cend(); ++it) {
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

void TranscriptView::setScript(ChineseConverter::Script script, ChineseConverter::Vocabulary vocabulary)
{
    if (script == m_script && vocabulary == m_vocabulary)
        return;
    m_script = script;
    m_vocabulary = vocabulary;
    const qint64 turn = firstVisibleTurn();
    render();
    if (turn)
        scrollToTurn(turn);
}

void TranscriptView::setFurniture(TranscriptDocument::Furniture furniture)
{
    if (furniture == m_furniture)
        return;
    m_furniture = furniture;
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
    m_relayingOut = true;
    document()->setDefaultFont(font);
    m_relayingOut = false;
    restoreReadingPosition();
    // Larger text needs a wider column for the same words a line.
    setMinimumWidth(readableWidth());
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

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    const QTextCursor clicked = cursorForPosition(event->pos());
    const QTextCursor current = textCursor();
    if (!current.hasSelection() || clicked.position() < current.selectionStart() ||
        clicked.position() > current.selectionEnd())
        setTextCursor(clicked);
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->exec(event->globalPos());
}
