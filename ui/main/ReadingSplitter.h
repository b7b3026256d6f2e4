#pragma once

#include <QSplitter>

// The transcript and the chart side by side. When the room shrinks (a panel opens, the
// window narrows) the chart gives way first, down to its minimum, then the transcript down
// to its own minimum (a readable line), and then the chart folds away until there is room
// for it again. QSplitter alone shares the loss between both and asks the window for the
// sum of both minimums, so opening a panel left the transcript a few characters a line.
class ReadingSplitter : public QSplitter
{
public:
    explicit ReadingSplitter(QWidget *parent = nullptr);

    // Only the transcript's minimum: the chart folds away rather than push the docks.
    QSize minimumSizeHint() const override;
    // True while the chart is folded for want of room (not by the reader's drag).
    bool chartFolded() const { return m_folded; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int minimumWidthOf(int index) const;

    bool m_folded = false;
    int m_chartWidth = 0; // the chart's width before it was folded
};
