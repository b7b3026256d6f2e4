#include "transcript/ScriptDelegate.h"

#include "text/DisplayScript.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QStyle>

using namespace Qt::StringLiterals;

ScriptDelegate::ScriptDelegate(QAbstractItemView *view) : QStyledItemDelegate(view)
{
    // Converted text may need other widths, so the rows are laid out again, not just redrawn.
    connect(&DisplayScript::instance(), &DisplayScript::changed, view, [view] {
        view->doItemsLayout();
        view->viewport()->update();
    });
}

QString ScriptDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return DisplayScript::instance().shown(QStyledItemDelegate::displayText(value, locale));
}

QSize ScriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // What a row of Chinese in the same font and style measures, once per font.
    static QHash<QString, int> chineseHeights;
    auto it = chineseHeights.constFind(option.font.key());
    if (it == chineseHeights.cend()) {
        QStyleOptionViewItem chinese(option);
        initStyleOption(&chinese, index);
        chinese.features |= QStyleOptionViewItem::HasDisplay;
        chinese.text = u"中文"_s;
        chinese.icon = {};
        chinese.features &= ~QStyleOptionViewItem::HasDecoration;
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        it = chineseHeights.insert(
            option.font.key(),
            style->sizeFromContents(QStyle::CT_ItemViewItem, &chinese, QSize(), option.widget).height());
    }
    size.setHeight(std::max(size.height(), *it));
    return size;
}
