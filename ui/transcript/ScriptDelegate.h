#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

// Shows an item view's text in the script the reader chose for the call (DisplayScript),
// redrawing when the choice changes. Only what is drawn changes: the model, its edit text and
// every offset stay those of the stored text, so editing a speaker edits the stored name.
class ScriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ScriptDelegate(QAbstractItemView *view);

    // What an item's text is drawn and measured as.
    QString displayText(const QVariant &value, const QLocale &locale) const override;
    // At least as tall as a row of Chinese: views with uniform row heights measure their first
    // row, often Latin only ("Article"), and the Chinese fallback (Noto Sans CJK) is taller
    // than a Latin interface font, so in the English interface Chinese rows were tight.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
