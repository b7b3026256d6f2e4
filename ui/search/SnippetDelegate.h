#pragma once

#include <QStyledItemDelegate>

// Draws a search hit as "speaker: …snippet…" with the hit itself marked, wrapped to the
// view's width; other rows are drawn as usual.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour a hit is marked with, here and in the transcript.
    static QColor hitColour();
    static QColor activeHitColour();
};
