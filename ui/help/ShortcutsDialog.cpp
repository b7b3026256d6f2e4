#include "help/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// "&Find in Call…" -> "Find in Call…"; "设置(&S)…" -> "设置…"; "&&" stays one ampersand.
QString withoutMnemonic(QString text)
{
    static const QRegularExpression cjkMnemonic(u"\\(&[^)]\\)"_s);
    text.remove(cjkMnemonic);
    text.replace(u"&&"_s, QChar(0xE000));
    text.remove(u'&');
    text.replace(QChar(0xE000), u'&');
    return text.trimmed();
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Row> *rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, path + u" > "_s + withoutMnemonic(sub->title()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows->append({path, withoutMnemonic(action->text()), keys.join(u", "_s)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(u"keyboardShortcuts"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    QTreeWidgetItem *group = nullptr;
    for (const Row &row : rows(menus)) {
        if (!group || group->text(0) != row.menu) {
            group = new QTreeWidgetItem(m_list, {row.menu});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {row.command, row.shortcut});
    }
    m_list->expandAll();
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int columns = m_list->columnWidth(0) + m_list->columnWidth(1);
    resize(qMax(36 * em, columns + 6 * em), 30 * fontMetrics().lineSpacing());
}

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(const QMenuBar *menus)
{
    QList<Row> rows;
    for (const QAction *action : menus->actions())
        if (const QMenu *menu = action->menu())
            collect(menu, withoutMnemonic(menu->title()), &rows);
    return rows;
}
