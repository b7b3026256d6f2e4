#pragma once

#include "store/LibraryRecords.h"
#include "text/ChineseConverter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>

class QPalette;
class QTextDocument;

// Where each part of a call lies in its laid-out document.
struct TranscriptLayout
{
    struct Range
    {
        int start = 0;
        int length = 0;
    };
    QHash<qint64, Range> turnRanges;      // turn -> its text in the document
    QList<QPair<int, qint64>> turnStarts; // document position -> turn, ascending
    QHash<int, int> questionHeaders;      // question -> position of its header
    QList<int> questionOrder;             // questions in reading order
    QHash<qint64, int> turnQuestion;      // turn -> its question, 0 outside the Q&A
};

// Lays a call out as a readable document: section headings, a header per question with
// the analyst and firm, each turn under its speaker. Turn text is laid out verbatim (in
// the chosen script, which keeps every length), so a character offset into a stored turn
// is the same offset into the document range of that turn: annotations, search hits and
// printed highlights rely on it. The reading window, the printer and the PDF export all
// lay a call out with this, so they agree.
class TranscriptDocument
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptDocument)
public:
    // Page furniture (tables of contents, rosters, page headers, advertisements) is kept in the
    // library but is no one's speech; left out, such a turn has no range in the layout.
    enum class Furniture { Hidden, Shown };

    // Replaces doc's content with the call, coloured for palette.
    static TranscriptLayout
    build(QTextDocument *doc, const CallRecord &call, const QPalette &palette,
          ChineseConverter::Script script,
          ChineseConverter::Vocabulary vocabulary = ChineseConverter::Vocabulary::Characters,
          Furniture furniture = Furniture::Hidden);
    static bool isFurniture(const TurnRecord &turn);
};
