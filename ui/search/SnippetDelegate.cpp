#include "search/SnippetDelegate.h"

#include "search/SearchResultModel.h"
#include "text/DisplayScript.h"
#include "transcript/RoleStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

bool isHit(const QModelIndex &index)
{
    const auto kind = index.data(SearchResultModel::NodeKindRole).value<SearchResultModel::NodeKind>();
    return kind == SearchResultModel::NodeKind::Hit || kind == SearchResultModel::NodeKind::NoteHit;
}

// The snippet as rich text: the speaker in their role's colour, the hit on a marker colour.
void layOut(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const DisplayScript &script = DisplayScript::instance();
    const QString snippet = SnippetDelegate::shownSnippet(index);
    const int at = index.data(SearchResultModel::SnippetHitOffsetRole).toInt();
    const int length = index.data(SearchResultModel::SnippetHitLengthRole).toInt();
    const QString speaker = script.shown(index.data(SearchResultModel::SpeakerRole).toString());
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);

    QString html;
    if (!speaker.isEmpty()) {
        const QColor colour =
            selected ? text
                     : RoleStyle::color(index.data(SearchResultModel::SpeakerKindRole).toString(), pal);
        html += u"<b style=\"color:%1\">%2</b>: "_s.arg(colour.name(), speaker.toHtmlEscaped());
    }
    html += snippet.left(at).toHtmlEscaped();
    html += u"<span style=\"background-color:%1; color:#000000\">%2</span>"_s.arg(
        SnippetDelegate::hitColour().name(), snippet.mid(at, length).toHtmlEscaped());
    html += snippet.mid(at + length).toHtmlEscaped();

    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(2);
    doc.setDefaultStyleSheet(u"body { color: %1; }"_s.arg(text.name()));
    doc.setHtml(u"<body>"_s + html + u"</body>"_s);
    doc.setTextWidth(qMax(60, option.rect.width()));
}

} // namespace

QString SnippetDelegate::shownSnippet(const QModelIndex &index)
{
    const auto kind = index.data(SearchResultModel::NodeKindRole).value<SearchResultModel::NodeKind>();
    const QString stored = index.data(SearchResultModel::SnippetRole).toString();
    return kind == SearchResultModel::NodeKind::Hit ? DisplayScript::instance().shown(stored) : stored;
}

QColor SnippetDelegate::hitColour()
{
    return QColor(0xff, 0xe0, 0x82);
}

QColor SnippetDelegate::activeHitColour()
{
    return QColor(0xff, 0xa7, 0x26);
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (!isHit(index)) {
        ScriptDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    layOut(doc, opt, index);
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isHit(index))
        return ScriptDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Wrap to what the tree leaves of the viewport's width at this depth.
    if (const auto *view = qobject_cast<const QTreeView *>(opt.widget)) {
        int depth = 1;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        opt.rect.setWidth(view->viewport()->width() - depth * view->indentation());
    }
    QTextDocument doc;
    layOut(doc, opt, index);
    return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
}
