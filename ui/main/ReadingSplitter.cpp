#include "main/ReadingSplitter.h"

#include <QResizeEvent>

ReadingSplitter::ReadingSplitter(QWidget *parent) : QSplitter(Qt::Horizontal, parent) {}

int ReadingSplitter::minimumWidthOf(int index) const
{
    const QWidget *w = widget(index);
    return w->minimumWidth() > 0 ? w->minimumWidth() : w->minimumSizeHint().width();
}

QSize ReadingSplitter::minimumSizeHint() const
{
    QSize hint = QSplitter::minimumSizeHint();
    if (count() == 2 && !widget(1)->isHidden())
        hint.setWidth(minimumWidthOf(0));
    return hint;
}

void ReadingSplitter::resizeEvent(QResizeEvent *event)
{
    const QList<int> before = sizes();
    QSplitter::resizeEvent(event);
    if (count() != 2 || before.size() != 2 || widget(1)->isHidden())
        return;
    const int total = width() - handleWidth();
    const int readingMin = minimumWidthOf(0);
    const int chartMin = minimumWidthOf(1);
    if (total < readingMin + chartMin) {
        if (!m_folded) {
            m_chartWidth = before[1];
            m_folded = true;
        }
        setSizes({total, 0});
        return;
    }
    if (m_folded) {
        m_folded = false;
        const int chart = std::clamp(m_chartWidth, chartMin, total - readingMin);
        setSizes({total - chart, chart});
        return;
    }
    if (event->size().width() >= event->oldSize().width())
        return;
    // Narrower: the transcript keeps the width it had while the chart can give some up.
    const QList<int> after = sizes();
    const int reading = std::clamp(qMin(before[0], total - chartMin), readingMin, total - chartMin);
    if (reading != after[0])
        setSizes({reading, total - reading});
}
