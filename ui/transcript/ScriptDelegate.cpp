#include "transcript/ScriptDelegate.h"

#include "text/DisplayScript.h"

#include <QAbstractItemView>

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
