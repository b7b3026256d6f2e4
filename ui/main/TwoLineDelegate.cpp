#include "main/TwoLineDelegate.h"

#include <QApplication>
#include <QStyle>

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem single = option;
    initStyleOption(&single, index);
    // The style's own measure of a one-line item gives the margins; a second line is added.
    single.text = QStringLiteral("X");
    single.features &= ~QStyleOptionViewItem::WrapText;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &single, QSize(), widget);
    size.rheight() += option.fontMetrics.lineSpacing();
    return size;
}
