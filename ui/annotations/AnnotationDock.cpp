#include "annotations/AnnotationDock.h"

#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationStyle.h"
#include "annotations/QuestionMarkModel.h"
#include "transcript/ScriptDelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A bar in the annotation's colour before the quote, so the list reads like the page; the
// quote in the reader's script, as the transcript shows it.
class ColourBarDelegate : public ScriptDelegate
{
public:
    using ScriptDelegate::ScriptDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem shifted = option;
        shifted.rect.adjust(kBar + 4, 0, 0, 0);
        if (!index.data(AnnotationModel::PlacedRole).toBool())
            shifted.font.setItalic(true);
        ScriptDelegate::paint(painter, shifted, index);
        const QRect bar(option.rect.left() + 1, option.rect.top() + 2, kBar, option.rect.height() - 4);
        painter->fillRect(bar, AnnotationStyle::background(index.data(AnnotationModel::ColourRole).toString(),
                                                           option.palette));
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return ScriptDelegate::sizeHint(option, index) + QSize(kBar + 4, 0);
    }

private:
    static constexpr int kBar = 5;
};

} // namespace

AnnotationDock::AnnotationDock(AnnotationModel *model, QuestionMarkModel *questions, QWidget *parent)
    : QDockWidget(parent), m_model(model), m_questions(questions), m_tabs(new QTabWidget(this)),
      m_scope(new QComboBox(this)), m_search(new QLineEdit(this)), m_tag(new QComboBox(this)),
      m_colour(new QComboBox(this)), m_speaker(new QComboBox(this)), m_question(new QComboBox(this)),
      m_export(new QToolButton(this)), m_view(new QTreeView(this)), m_count(new QLabel(this)),
      m_questionView(new QTableView(this))
{
    setObjectName(u"annotationDock"_s);
    m_scope->setObjectName(u"annotationScope"_s);
    m_search->setObjectName(u"annotationSearch"_s);
    m_tag->setObjectName(u"annotationTagFilter"_s);
    m_colour->setObjectName(u"annotationColourFilter"_s);
    m_speaker->setObjectName(u"annotationSpeakerFilter"_s);
    m_question->setObjectName(u"annotationQuestionFilter"_s);
    m_view->setObjectName(u"annotationView"_s);
    m_count->setObjectName(u"annotationCount"_s);
    m_questionView->setObjectName(u"questionMarkView"_s);
    m_questionView->setTabKeyNavigation(false);
    m_export->setObjectName(u"annotationExportButton"_s);

    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_search->setClearButtonEnabled(true);
    m_export->setIcon(QIcon::fromTheme(u"document-export"_s));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setItemDelegateForColumn(AnnotationModel::QuoteColumn, new ColourBarDelegate(m_view));
    // The call's words in the reader's script; notes and tags are the reader's own, as typed.
    m_view->setItemDelegateForColumn(AnnotationModel::SpeakerColumn, new ScriptDelegate(m_view));
    m_view->setItemDelegateForColumn(AnnotationModel::CallColumn, new ScriptDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(AnnotationModel::QuoteColumn, 260);
    m_view->header()->resizeSection(AnnotationModel::NoteColumn, 180);
    m_view->setColumnHidden(AnnotationModel::CallColumn, true);

    m_questionView->setModel(questions);
    m_questionView->setItemDelegateForColumn(QuestionMarkModel::QuestionColumn,
                                             new ScriptDelegate(m_questionView));
    m_questionView->setItemDelegateForColumn(QuestionMarkModel::AskerColumn,
                                             new ScriptDelegate(m_questionView));
    m_questionView->verticalHeader()->hide();
    m_questionView->horizontalHeader()->setStretchLastSection(true);
    m_questionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_questionView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_questionView->setAlternatingRowColors(true);

    auto *filters = new QGridLayout;
    filters->addWidget(m_scope, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 2);
    filters->addWidget(m_export, 0, 3);
    filters->addWidget(m_tag, 1, 0);
    filters->addWidget(m_colour, 1, 1);
    filters->addWidget(m_speaker, 1, 2);
    filters->addWidget(m_question, 1, 3);
    auto *annotationsPage = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(annotationsPage);
    pageLayout->setContentsMargins(4, 4, 4, 4);
    pageLayout->addLayout(filters);
    pageLayout->addWidget(m_view, 1);
    pageLayout->addWidget(m_count);
    m_tabs->addTab(annotationsPage, QString());
    m_tabs->addTab(m_questionView, QString());
    setWidget(m_tabs);

    connect(m_scope, &QComboBox::activated, this, [this](int index) { emit libraryScopeChosen(index == 1); });
    connect(m_search, &QLineEdit::textChanged, this, &AnnotationDock::applyFilter);
    for (QComboBox *combo : {m_tag, m_colour, m_speaker, m_question})
        connect(combo, &QComboBox::activated, this, &AnnotationDock::applyFilter);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        emit annotationActivated(m_model->annotationAt(index.row()));
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit annotationActivated(m_model->annotationAt(index.row()));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &AnnotationDock::showContextMenu);
    connect(m_questionView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit questionActivated(index.data(QuestionMarkModel::QuestionRole).toInt(),
                               index.data(QuestionMarkModel::TurnIdRole).toLongLong());
    });
    connect(m_export, &QToolButton::clicked, this, &AnnotationDock::exportRequested);
    connect(model, &QAbstractItemModel::modelReset, this, &AnnotationDock::refreshChoices);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AnnotationDock::refreshChoices);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AnnotationDock::refreshChoices);
    connect(model, &QAbstractItemModel::dataChanged, this, &AnnotationDock::refreshChoices);

    retranslate();
    refreshChoices();
}

void AnnotationDock::retranslate()
{
    setWindowTitle(tr("Annotations"));
    m_tabs->setTabText(0, tr("Annotations"));
    m_tabs->setTabText(1, tr("Questions"));
    m_tabs->setAccessibleName(tr("Annotations and question marks"));
    m_search->setAccessibleName(tr("Search annotations"));
    m_scope->setItemText(0, tr("This call"));
    m_scope->setItemText(1, tr("Whole library"));
    m_scope->setToolTip(tr("List the annotations of the open call or of every call"));
    m_search->setPlaceholderText(tr("Search quotes, notes, tags…"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the annotations listed, as Markdown, CSV or JSON"));
    m_view->setAccessibleName(tr("Annotations"));
    m_questionView->setAccessibleName(tr("Questions and their marks"));
    refreshChoices();
}

void AnnotationDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AnnotationDock::setLibraryScope(bool library)
{
    m_scope->setCurrentIndex(library ? 1 : 0);
    m_view->setColumnHidden(AnnotationModel::CallColumn, !library);
}

void AnnotationDock::fillCombo(QComboBox *combo, const QString &anyText,
                               const QList<QPair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QVariant());
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(qMax(0, index));
}

void AnnotationDock::refreshChoices()
{
    QStringList tags;
    QStringList speakers;
    QList<int> questions;
    for (const Annotation &a : m_model->scopeAnnotations()) {
        for (const QString &t : a.tags) {
            if (!tags.contains(t, Qt::CaseInsensitive))
                tags << t;
        }
        if (!a.speaker.isEmpty() && !speakers.contains(a.speaker))
            speakers << a.speaker;
        if (a.question > 0 && !questions.contains(a.question))
            questions << a.question;
    }
    tags.sort(Qt::CaseInsensitive);
    speakers.sort();
    std::sort(questions.begin(), questions.end());

    QList<QPair<QString, QVariant>> items;
    for (const QString &t : std::as_const(tags))
        items.append({t, t});
    fillCombo(m_tag, tr("Any tag"), items);
    items.clear();
    for (const QString &c : AnnotationColour::names())
        items.append({AnnotationStyle::displayName(c), c});
    fillCombo(m_colour, tr("Any colour"), items);
    for (int i = 1; i < m_colour->count(); ++i)
        m_colour->setItemIcon(i, AnnotationStyle::swatch(m_colour->itemData(i).toString(), palette()));
    items.clear();
    for (const QString &s : std::as_const(speakers))
        items.append({s, s});
    fillCombo(m_speaker, tr("Any speaker"), items);
    items.clear();
    for (int q : std::as_const(questions))
        items.append({u"Q%1"_s.arg(q), q});
    fillCombo(m_question, tr("Any question"), items);
    updateCount();
}

void AnnotationDock::applyFilter()
{
    AnnotationFilter filter;
    filter.tag = m_tag->currentData().toString();
    filter.colour = m_colour->currentData().toString();
    filter.speaker = m_speaker->currentData().toString();
    filter.question = m_question->currentData().toInt();
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
    updateCount();
}

void AnnotationDock::updateCount()
{
    const qsizetype shown = m_model->visibleAnnotations().size();
    const qsizetype all = m_model->scopeAnnotations().size();
    qsizetype unplaced = 0;
    for (const Annotation &a : m_model->scopeAnnotations())
        unplaced += a.isPlaced() ? 0 : 1;
    QString text = shown == all ? tr("%n annotation(s)", "", int(all))
                                : tr("%1 of %n annotation(s)", "", int(all)).arg(shown);
    if (unplaced > 0)
        text += u" · "_s + tr("%n not placed (the call's text changed)", "", int(unplaced));
    m_count->setText(text);
}

std::optional<Annotation> AnnotationDock::currentAnnotation() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->annotationAt(index.row());
}

void AnnotationDock::selectAnnotation(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, AnnotationModel::QuoteColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void AnnotationDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const Annotation a = m_model->annotationAt(index.row());
    QMenu menu(this);
    menu.addAction(tr("&Go to Passage"), this, [this, a] { emit annotationActivated(a); })
        ->setEnabled(a.isPlaced());
    menu.addAction(tr("&Edit…"), this, [this, a] { emit editRequested(a.id); });
    menu.addAction(tr("&Delete"), this, [this, a] { emit deleteRequested(a.id); });
    if (!a.figures.isEmpty()) {
        QMenu *charts = menu.addMenu(tr("Show on &Chart"));
        for (const FigureLink &f : a.figures)
            charts->addAction(f.displayText(), this, [this, f] { emit showOnChartRequested(f); });
    }
    menu.addSeparator();
    menu.addAction(tr("E&xport Listed Annotations…"), this, &AnnotationDock::exportRequested);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
