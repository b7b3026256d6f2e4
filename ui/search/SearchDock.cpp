#include "search/SearchDock.h"

#include "calls/NavigatorModel.h"
#include "search/SearchResultModel.h"
#include "search/SnippetDelegate.h"
#include "store/LibraryStore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Enough for any reading session; a search with more hits says so and shows these.
constexpr int kMaxHits = 500;
constexpr int kTypingPauseMs = 250;

// The first hit at or under an index: activating a call or a question goes to its first hit.
QModelIndex firstHit(const QModelIndex &index)
{
    QModelIndex current = index;
    while (current.isValid() && current.model()->hasChildren(current))
        current = current.model()->index(0, 0, current);
    return current;
}

} // namespace

SearchDock::SearchDock(LibraryStore *store, QWidget *parent)
    : QDockWidget(parent), m_store(store), m_index(*store), m_model(new SearchResultModel(this)),
      m_query(new QLineEdit(this)), m_scope(new QComboBox(this)), m_role(new QComboBox(this)),
      m_section(new QComboBox(this)), m_results(new QTreeView(this)), m_status(new QLabel(this))
{
    setObjectName(u"searchDock"_s);
    m_query->setObjectName(u"searchField"_s);
    m_query->setClearButtonEnabled(true);
    m_scope->setObjectName(u"searchScope"_s);
    m_role->setObjectName(u"searchRole"_s);
    m_section->setObjectName(u"searchSection"_s);
    m_results->setObjectName(u"searchResults"_s);
    m_status->setObjectName(u"searchStatus"_s);

    m_scope->addItem(QString(), int(Scope::Library));
    m_scope->addItem(QString(), int(Scope::ThisCall));
    m_role->addItem(QString(), QString());
    for (const char *role : {Role::Analyst, Role::Executive, Role::Investor})
        m_role->addItem(QString(), QString::fromLatin1(role));
    m_section->addItem(QString(), -1);
    for (SectionKind kind :
         {SectionKind::Article, SectionKind::Commentary, SectionKind::Prepared, SectionKind::QA})
        m_section->addItem(QString(), int(kind));

    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setUniformRowHeights(false);
    m_results->setWordWrap(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_results->viewport()->installEventFilter(this);
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_scope);
    filters->addWidget(m_role);
    filters->addWidget(m_section);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    setWidget(content);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &SearchDock::search);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDock::search);
    for (QComboBox *combo : {m_scope, m_role, m_section})
        connect(combo, &QComboBox::currentIndexChanged, this, &SearchDock::search);
    connect(m_results, &QTreeView::activated, this, &SearchDock::activate);
    connect(m_results, &QTreeView::clicked, this, &SearchDock::activate);
    connect(m_store, &LibraryStore::callsChanged, this, &SearchDock::search);

    QString error;
    if (!m_index.ensureCurrent(&error))
        m_status->setText(tr("The search index could not be brought up to date: %1").arg(error));
    retranslate();
}

void SearchDock::retranslate()
{
    setWindowTitle(tr("Search"));
    m_query->setPlaceholderText(tr("Search in Chinese or English (毛利, 营收, Blackwell…)"));
    m_query->setToolTip(
        tr("Finds the text as typed, in Traditional or Simplified characters, ignoring case"));
    m_scope->setItemText(0, tr("Whole library"));
    m_scope->setItemText(1, tr("This call"));
    m_scope->setToolTip(tr("Where to search"));
    m_role->setItemText(0, tr("All speakers"));
    m_role->setItemText(1, tr("Analysts"));
    m_role->setItemText(2, tr("Executives"));
    m_role->setItemText(3, tr("Investors"));
    m_role->setToolTip(tr("Only what speakers in this role said"));
    m_section->setItemText(0, tr("All sections"));
    for (int i = 1; i < m_section->count(); ++i)
        m_section->setItemText(i, NavigatorModel::sectionTitle(SectionKind(m_section->itemData(i).toInt())));
    m_section->setToolTip(tr("Only this part of each call"));
    m_results->setAccessibleName(tr("Search results"));
    m_query->setAccessibleName(tr("Search text"));
}

void SearchDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

bool SearchDock::eventFilter(QObject *watched, QEvent *event)
{
    // Snippets wrap to the width, so their heights change with it.
    if (watched == m_results->viewport() && event->type() == QEvent::Resize)
        m_results->doItemsLayout();
    return QDockWidget::eventFilter(watched, event);
}

void SearchDock::setCurrentCall(qint64 callId)
{
    if (callId == m_callId)
        return;
    m_callId = callId;
    if (Scope(m_scope->currentData().toInt()) == Scope::ThisCall)
        search();
}

void SearchDock::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void SearchDock::focusQuery()
{
    show();
    raise();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchDock::search()
{
    m_typingPause.stop();
    const SearchQuery query(m_query->text());
    const bool thisCall = Scope(m_scope->currentData().toInt()) == Scope::ThisCall;
    if (query.isEmpty() || (thisCall && !m_callId)) {
        m_model->clear();
        m_status->setText(query.isEmpty() ? QString() : tr("No call is open."));
        emit resultsChanged();
        return;
    }
    SearchOptions options;
    options.callId = thisCall ? m_callId : 0;
    if (const QString role = m_role->currentData().toString(); !role.isEmpty())
        options.roles = {role};
    if (const int section = m_section->currentData().toInt(); section >= 0)
        options.section = SectionKind(section);
    options.limit = kMaxHits;
    const SearchResults results = m_index.search(query, options);
    // Notes have no speaker or section, so they are left out when those filters are set.
    QList<NoteHit> notes;
    if (options.roles.isEmpty() && !options.section)
        notes = m_index.searchNotes(query, options);
    m_model->setResults(results, notes);
    m_activeHit = {};
    m_results->expandAll();

    if (!results.error.isEmpty()) {
        m_status->setText(tr("Search failed: %1").arg(results.error));
    } else if (m_model->hitCount() + m_model->noteHitCount() == 0) {
        m_status->setText(tr("No hits."));
    } else {
        QString status = tr("%n hit(s)", nullptr, m_model->hitCount() + m_model->noteHitCount()) + u' ' +
                         tr("in %n call(s)", nullptr, m_model->callCount());
        if (results.truncated)
            status += u"; "_s + tr("only the first %1 are shown").arg(kMaxHits);
        m_status->setText(status);
    }
    emit resultsChanged();
}

void SearchDock::activate(const QModelIndex &index)
{
    const QModelIndex hit = firstHit(index);
    if (!hit.isValid())
        return;
    m_activeHit = {hit.data(SearchResultModel::TurnIdRole).toLongLong(),
                   hit.data(SearchResultModel::OffsetRole).toInt(),
                   hit.data(SearchResultModel::LengthRole).toInt()};
    emit hitActivated(hit.data(SearchResultModel::CallIdRole).toLongLong(), m_activeHit.turnId,
                      m_activeHit.start, m_activeHit.length);
}

QList<TranscriptView::Highlight> SearchDock::highlightsForCall(qint64 callId) const
{
    return highlights(m_model->hitsInCall(callId), m_activeHit);
}

QList<TranscriptView::Highlight> SearchDock::highlights(const QList<SearchHit> &hits,
                                                        const TranscriptView::TurnSpan &active)
{
    QTextCharFormat hitFormat;
    hitFormat.setBackground(SnippetDelegate::hitColour());
    hitFormat.setForeground(Qt::black);
    QTextCharFormat activeFormat = hitFormat;
    activeFormat.setBackground(SnippetDelegate::activeHitColour());

    QList<TranscriptView::Highlight> highlights;
    for (const SearchHit &hit : hits) {
        const bool isActive = hit.turnId == active.turnId && hit.offset == active.start;
        highlights.append({{hit.turnId, hit.offset, hit.length}, isActive ? activeFormat : hitFormat});
    }
    return highlights;
}
