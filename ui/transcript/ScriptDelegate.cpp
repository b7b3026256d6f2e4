#include "transcript/ScriptDelegate.h"

#include "text/DisplayScript.h"

#include <QAbstractItemView>
#include <QFontMetrics>
#include <QHash>
#include <QRawFont>

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
    const int padding = std::max(0, size.height() - QFontMetrics(option.font).height());
    size.setHeight(std::max(size.height(), chineseLineHeight(option.font) + padding));
    return size;
}

int ScriptDelegate::chineseLineHeight(const QFont &font)
{
    // Finding the fallback lays text out; views without uniform rows ask for every row.
    static QHash<QString, int> known;
    if (const auto it = known.constFind(font.key()); it != known.cend())
        return *it;
    int height = 0;
    for (const auto script : {QFontDatabase::TraditionalChinese, QFontDatabase::SimplifiedChinese}) {
        const QRawFont raw = QRawFont::fromFont(font, script);
        if (!raw.isValid())
            continue;
        QFont chinese(font);
        chinese.setFamilies({raw.familyName()});
        height = std::max(height, QFontMetrics(chinese).height());
    }
    known.insert(font.key(), height);
    return height;
}
