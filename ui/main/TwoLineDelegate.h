#pragma once

#include <QStyledItemDelegate>

// Items two lines high, whatever their text: with the view's uniform item sizes, a list
// of hundreds of calls is laid out without measuring each item. Longer text is elided at
// the end of the second line; the item's tooltip holds all of it.
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
