#pragma once

#include "pairing/QuestionAlignment.h"
#include "store/LibraryRecords.h"

#include <QHash>
#include <QSplitter>

class TranscriptView;

// Two versions of one call side by side, scrolling together by paired question: the reader
// scrolls either column and the other follows to the counterpart question. Selecting text in
// a turn highlights its counterpart turn on the other side.
class PairedReadingView : public QSplitter
{
    Q_OBJECT
public:
    explicit PairedReadingView(QWidget *parent = nullptr);

    void setCalls(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment);
    TranscriptView *viewA() const { return m_a; }
    TranscriptView *viewB() const { return m_b; }
    // The turn of the other side highlighted for the last selection, or 0.
    qint64 counterpartTurn() const { return m_counterpart; }
    // The question the reader is at: that of the side scrolled last, with its counterpart on
    // the other (0: none, or before the Q&A).
    int currentQuestionA() const { return m_currentA; }
    int currentQuestionB() const { return m_currentB; }
    // The first turn of a question of side A, or 0.
    qint64 openingTurnA(int question) const { return m_openingA.value(question); }
    // Scrolls side A to a question, and side B with it.
    void showQuestionA(int question);

signals:
    void currentQuestionChanged(int questionA, int questionB);

private:
    void follow(TranscriptView *from, TranscriptView *to, const QHash<int, int> &questions);
    int questionAt(TranscriptView *view) const;
    void updateCurrent(TranscriptView *from);
    void showCounterpart(TranscriptView *from, TranscriptView *to, const QHash<qint64, qint64> &turns);

    TranscriptView *m_a;
    TranscriptView *m_b;
    QHash<int, int> m_questionAToB;
    QHash<int, int> m_questionBToA;
    QHash<qint64, qint64> m_turnAToB;
    QHash<qint64, qint64> m_turnBToA;
    QHash<int, qint64> m_openingA; // question -> its first turn
    QHash<int, qint64> m_openingB;
    bool m_following = false;
    qint64 m_counterpart = 0;
    int m_currentA = 0;
    int m_currentB = 0;
};
