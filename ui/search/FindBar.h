#pragma once

#include "store/LibraryRecords.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class TranscriptView;

// Find in the open call, under the transcript: every match highlighted, next and previous,
// a count. Matching is search's (SearchQuery): either script, any case.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(TranscriptView *view, QWidget *parent = nullptr);

    void setCall(const CallRecord &call);
    // Shows the bar with the cursor in its field, the text selected.
    void activate();
    void findNext();
    void findPrevious();
    void dismiss();

    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // -1: none chosen yet
    QLineEdit *field() const { return m_field; }

signals:
    // The match now shown, so the window can follow it (the navigator's selection).
    void matchShown(qint64 turnId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Match
    {
        qint64 turnId = 0;
        int offset = 0;
        int length = 0;
    };
    void retranslate();
    void updateMatches(bool jumpToNearest);
    void step(int direction);
    void showCurrent();
    void updateHighlightsAndCount();

    TranscriptView *m_view;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QList<QPair<qint64, QString>> m_turns; // in reading order
    QList<Match> m_matches;
    int m_current = -1;
};
