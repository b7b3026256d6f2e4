#pragma once

#include "calls/TranscriptDocument.h"
#include "settings/TranscriptFont.h"
#include "store/LibraryRecords.h"
#include "text/ChineseConverter.h"

#include <QHash>
#include <QTextBrowser>

#include <array>
#include <optional>

// Shows one call as a readable document: section headings, a header per question with
// the analyst and firm, each turn under its speaker. Turn text is laid out verbatim, so
// a character offset into a stored turn is the same offset into the document range the
// view reports for it (annotations and search hits rely on that).
class TranscriptView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    // Features that mark up the text (annotations, search hits, the find bar) each own one
    // layer; spans are in turn coordinates, so they survive re-rendering.
    enum class HighlightLayer { Annotations, SearchHits, Find, Guidance, LayerCount };
    struct TurnSpan
    {
        qint64 turnId = 0;
        int start = 0; // character offset into the turn's stored text
        int length = 0;
    };
    struct Highlight
    {
        TurnSpan span;
        QTextCharFormat format;
    };
    void setHighlights(HighlightLayer layer, const QList<Highlight> &highlights);
    // The selection, if it lies inside one turn's text.
    std::optional<TurnSpan> selectedSpan() const;
    void selectSpan(const TurnSpan &span);

    void showCall(const CallRecord &call);
    qint64 callId() const { return m_callId; }

    using Range = TranscriptLayout::Range;
    // Where a turn's text lies in the document; length 0 if the turn is not shown.
    Range turnRange(qint64 turnId) const;
    // The turn under a document position, or 0.
    qint64 turnAt(int position) const;

    void scrollToTurn(qint64 turnId);
    void scrollToQuestion(int question);
    // The first turn whose text is visible at the top of the viewport, or 0.
    qint64 firstVisibleTurn() const;
    // The question the reader is in (that of the first visible turn), 0 before the Q&A.
    int currentQuestion() const;
    QList<int> questions() const { return m_layout.questionOrder; }
    // True if the document position is inside the visible part of the viewport.
    bool isPositionVisible(int position) const;

    // Where the reader is: the text at the top of the viewport, as a turn and an offset into
    // its stored text (or a document position for headings outside any turn), and how far
    // that line is scrolled past. It survives anything that lays the text out again.
    struct ReadingPosition
    {
        qint64 turnId = 0;
        int offset = 0;     // into the turn's text, or a document position when turnId is 0
        int pixelsInto = 0; // of the line holding that text, scrolled above the viewport
    };
    ReadingPosition readingPosition() const { return m_reading; }
    void setReadingPosition(const ReadingPosition &position);
    // The narrowest width at which a line still holds a readable phrase at this zoom.
    int readableWidth() const;

    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);

    // Shows Chinese in Traditional or Simplified characters, or as stored. Each turn keeps
    // its length, so offsets into the stored text (highlights, selections) still apply.
    void setScript(ChineseConverter::Script script,
                   ChineseConverter::Vocabulary vocabulary = ChineseConverter::Vocabulary::Characters);
    // The transcript's font at zoom 0 (family and point size, from the settings).
    void setBaseFont(const QFont &font);
    ChineseConverter::Script script() const { return m_script; }
    // Shows or hides page furniture (contents, rosters, page headers, advertisements),
    // keeping the reader's place.
    void setFurniture(TranscriptDocument::Furniture furniture);
    TranscriptDocument::Furniture furniture() const { return m_furniture; }

    // Actions added to the text's context menu, after the standard ones. The menu is about
    // the place clicked: the cursor moves there first, unless it is inside the selection.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

public slots:
    void zoomInOneStep();
    void zoomOutOneStep();
    void resetZoom();

signals:
    void zoomChanged(int steps);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void render();
    void applyHighlights();
    void scrollToPosition(int position);
    // The reading position of the viewport's top now, and the scroll value that puts a
    // reading position back there under the current layout.
    ReadingPosition positionAtTop() const;
    int scrollValueFor(const ReadingPosition &position) const;
    void rememberReadingPosition();
    void restoreReadingPosition();

    QList<QAction *> m_contextActions;
    ReadingPosition m_reading;
    // Set while the text is laid out again, when the scroll bar moves without the reader.
    bool m_relayingOut = false;
    bool m_rendering = false; // the document is being rebuilt: no place to keep yet

    std::array<QList<Highlight>, size_t(HighlightLayer::LayerCount)> m_highlights;

    std::optional<CallRecord> m_call;
    qint64 m_callId = 0;
    TranscriptLayout m_layout;
    int m_zoomSteps = 0;
    QFont m_baseFont = AppSettings::transcriptFont();
    ChineseConverter::Script m_script = ChineseConverter::Script::AsStored;
    ChineseConverter::Vocabulary m_vocabulary = ChineseConverter::Vocabulary::Characters;
    TranscriptDocument::Furniture m_furniture = TranscriptDocument::Furniture::Hidden;
};
