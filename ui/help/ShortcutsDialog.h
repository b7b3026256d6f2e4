#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help > Keyboard Shortcuts: every shortcut of the window's menus, read from the actions
// themselves (so the list cannot drift from what the keys do), grouped by menu.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);

    // Rows of (menu, command, shortcut), in menu order, as the dialog lists them.
    struct Row
    {
        QString menu;
        QString command;
        QString shortcut;
    };
    static QList<Row> rows(const QMenuBar *menus);

private:
    QTreeWidget *m_list;
};
