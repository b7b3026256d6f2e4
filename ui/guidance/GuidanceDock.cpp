#include "guidance/GuidanceDock.h"

#include "figures/MetricRepository.h"
#include "guidance/GuidanceEditDialog.h"
#include "guidance/GuidanceLedger.h"
#include "guidance/GuidanceMetrics.h"
#include "guidance/GuidanceReviews.h"
#include "guidance/GuidanceTableModel.h"
#include "guidance/NumberCheck.h"
#include "guidance/NumberClaimModel.h"
#include "guidance/ReviewGuidanceCommand.h"
#include "store/LibraryStore.h"
#include "util/UndoHistory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRestore = -1;

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

GuidanceDock::GuidanceDock(LibraryStore *store, MetricRepository *metrics, QUndoStack *undoStack,
                           QWidget *parent)
    : QDockWidget(parent), m_store(store), m_metrics(metrics), m_undoStack(undoStack),
      m_reviews(new GuidanceReviews(store, this)), m_ledger(new GuidanceTableModel(this)),
      m_numbers(new NumberClaimModel(this)), m_tabs(new QTabWidget(this)), m_summary(new QLabel(this)),
      m_metricFilter(new QComboBox(this)), m_periodFilter(new QComboBox(this)),
      m_showDismissed(new QCheckBox(this)), m_ledgerView(tableView(m_ledger, u"guidanceTable"_s, this)),
      m_numbersView(tableView(m_numbers, u"numbersTable"_s, this)), m_numbersSummary(new QLabel(this)),
      m_confirm(new QPushButton(this)), m_edit(new QPushButton(this)), m_dismiss(new QPushButton(this)),
      m_restore(new QPushButton(this))
{
    setObjectName(u"guidanceDock"_s);
    m_metricFilter->setObjectName(u"guidanceMetricFilter"_s);
    m_periodFilter->setObjectName(u"guidancePeriodFilter"_s);
    m_summary->setWordWrap(true);
    m_numbersSummary->setWordWrap(true);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(GuidanceTableModel::OutcomeColumn,
                                                           QHeaderView::Stretch);

    auto *ledgerPage = new QWidget(this);
    auto *ledgerLayout = new QVBoxLayout(ledgerPage);
    ledgerLayout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_metricFilter, 1);
    filters->addWidget(m_periodFilter, 1);
    filters->addWidget(m_showDismissed);
    ledgerLayout->addLayout(filters);
    ledgerLayout->addWidget(m_summary);
    ledgerLayout->addWidget(m_ledgerView, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_confirm, m_edit, m_dismiss, m_restore})
        buttons->addWidget(button);
    buttons->addStretch(1);
    ledgerLayout->addLayout(buttons);

    auto *numbersPage = new QWidget(this);
    auto *numbersLayout = new QVBoxLayout(numbersPage);
    numbersLayout->setContentsMargins(4, 4, 4, 4);
    numbersLayout->addWidget(m_numbersSummary);
    numbersLayout->addWidget(m_numbersView, 1);

    m_tabs->addTab(ledgerPage, QString());
    m_tabs->addTab(numbersPage, QString());
    setWidget(m_tabs);

    connect(m_ledgerView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit passageRequested(index.data(GuidanceTableModel::CallIdRole).toLongLong(),
                              index.data(GuidanceTableModel::TurnIdRole).toLongLong(),
                              index.data(GuidanceTableModel::StartRole).toInt(),
                              index.data(GuidanceTableModel::EndRole).toInt());
    });
    connect(m_numbersView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit passageRequested(m_callId, index.data(NumberClaimModel::TurnIdRole).toLongLong(),
                              index.data(NumberClaimModel::StartRole).toInt(),
                              index.data(NumberClaimModel::EndRole).toInt());
    });
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GuidanceDock::updateButtons);
    connect(m_ledger, &QAbstractItemModel::modelReset, this, &GuidanceDock::updateButtons);
    connect(m_metricFilter, &QComboBox::currentIndexChanged, this, &GuidanceDock::applyFilter);
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this, &GuidanceDock::applyFilter);
    connect(m_showDismissed, &QCheckBox::toggled, this, &GuidanceDock::applyFilter);
    connect(m_confirm, &QPushButton::clicked, this, [this] { review(int(GuidanceStatus::Confirmed)); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { review(int(GuidanceStatus::Dismissed)); });
    connect(m_restore, &QPushButton::clicked, this, [this] { review(kRestore); });
    connect(m_edit, &QPushButton::clicked, this, &GuidanceDock::editCurrent);
    const auto stale = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
        emit guidanceChanged();
    };
    connect(m_reviews, &GuidanceReviews::reviewsChanged, this, stale);
    connect(m_store, &LibraryStore::callsChanged, this, stale);
    connect(m_metrics, &MetricRepository::figuresChanged, this, stale);
    retranslate();
    updateButtons();
}

void GuidanceDock::setCall(qint64 callId)
{
    if (callId == m_callId)
        return;
    m_callId = callId;
    m_stale = true;
    if (isVisible())
        refresh();
}

QList<TranscriptView::Highlight> GuidanceDock::highlightsForCall(qint64 callId) const
{
    const auto call = m_store->call(callId);
    if (!call)
        return {};
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    format.setUnderlineColor(QColor(0x2b, 0x6c, 0xb0));
    QList<TranscriptView::Highlight> highlights;
    QSet<std::pair<qint64, int>> marked;
    for (const LedgerEntry &row : GuidanceLedger::forCall(m_store, *call)) {
        const GuidanceEntry &e = row.entry;
        if (e.status == GuidanceStatus::Dismissed || marked.contains({e.turnId, e.start}))
            continue;
        marked.insert({e.turnId, e.start});
        highlights.append({{e.turnId, e.start, e.end - e.start}, format});
    }
    return highlights;
}

void GuidanceDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    refresh();
}

void GuidanceDock::refresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    const auto call = m_callId ? m_store->call(m_callId) : std::nullopt;
    if (!call) {
        m_ledger->setEntries({});
        m_numbers->setClaims({});
        m_summary->setText(tr("No call is open."));
        m_numbersSummary->clear();
        return;
    }
    const QString company = call->summary.companyTicker;
    const QList<LedgerEntry> entries =
        company.isEmpty() ? GuidanceLedger::forCall(m_store, *call) : GuidanceLedger::build(m_store, company);
    m_ledger->setEntries(entries);
    refillFilters();
    int disagreements = 0;
    for (const LedgerEntry &e : entries)
        disagreements += e.releaseDisagrees ? 1 : 0;
    QString summary =
        company.isEmpty()
            ? tr("Guidance statements in this call: %1.").arg(entries.size())
            : tr("Guidance statements in the calls of %1: %2.").arg(company).arg(entries.size());
    if (disagreements > 0)
        summary +=
            u' ' +
            tr("Statements that differ from the outlook in the company's release: %1.").arg(disagreements);
    m_summary->setText(summary);

    const FigureSet figures = company.isEmpty() ? FigureSet() : m_metrics->figureSet(company);
    const QList<NumberClaim> claims =
        NumberCheck::check(*call, figures, GuidanceLedger::quarterEndMonth(*call, figures));
    m_numbers->setClaims(claims);
    int differs = 0;
    int matches = 0;
    for (const NumberClaim &claim : claims) {
        differs += claim.result == NumberClaim::Result::Differs ? 1 : 0;
        matches += claim.result == NumberClaim::Result::Match ? 1 : 0;
    }
    m_numbersSummary->setText(
        tr("%1 numbers about reported figures: %2 match, %3 differ, %4 cannot be checked.")
            .arg(claims.size())
            .arg(matches)
            .arg(differs)
            .arg(claims.size() - matches - differs));
}

void GuidanceDock::refillFilters()
{
    const QString metric = m_metricFilter->currentData().toString();
    const QString period = m_periodFilter->currentData().toString();
    const QSignalBlocker blockMetric(m_metricFilter);
    const QSignalBlocker blockPeriod(m_periodFilter);
    m_metricFilter->clear();
    m_metricFilter->addItem(tr("All metrics"), QString());
    for (const QString &key : m_ledger->metrics())
        m_metricFilter->addItem(GuidanceMetrics::displayName(key), key);
    m_periodFilter->clear();
    m_periodFilter->addItem(tr("All periods"), QString());
    for (const QString &label : m_ledger->targets())
        m_periodFilter->addItem(label, label);
    m_metricFilter->setCurrentIndex(std::max(0, m_metricFilter->findData(metric)));
    m_periodFilter->setCurrentIndex(std::max(0, m_periodFilter->findData(period)));
    applyFilter();
}

void GuidanceDock::applyFilter()
{
    m_ledger->setFilter(m_metricFilter->currentData().toString(), m_periodFilter->currentData().toString(),
                        m_showDismissed->isChecked());
}

void GuidanceDock::updateButtons()
{
    const QModelIndex current = m_ledgerView->currentIndex();
    const bool has = current.isValid();
    const QString status = has ? current.data(GuidanceTableModel::StatusRole).toString() : QString();
    m_confirm->setEnabled(has && status != u"confirmed"_s);
    m_dismiss->setEnabled(has && status != u"dismissed"_s);
    m_edit->setEnabled(has);
    m_restore->setEnabled(has && status != u"extracted"_s);
}

void GuidanceDock::review(int statusOrRestore)
{
    const QModelIndex current = m_ledgerView->currentIndex();
    if (!current.isValid())
        return;
    const GuidanceEntry entry = m_ledger->entryAt(current.row()).entry;
    std::optional<GuidanceReview> after;
    if (statusOrRestore != kRestore)
        after = GuidanceReview{GuidanceStatus(statusOrRestore), entry.low, entry.high, entry.target};
    m_undoStack->push(new ReviewGuidanceCommand(m_reviews, entry, after, UndoHistory::of(m_undoStack)));
}

void GuidanceDock::editCurrent()
{
    const QModelIndex current = m_ledgerView->currentIndex();
    if (!current.isValid())
        return;
    const GuidanceEntry entry = m_ledger->entryAt(current.row()).entry;
    GuidanceEditDialog dialog(entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto edited = dialog.review())
        m_undoStack->push(new ReviewGuidanceCommand(m_reviews, entry, edited, UndoHistory::of(m_undoStack)));
}

void GuidanceDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void GuidanceDock::retranslate()
{
    setWindowTitle(tr("Guidance"));
    m_tabs->setTabText(0, tr("Ledger"));
    m_tabs->setTabText(1, tr("Numbers in This Call"));
    m_showDismissed->setText(tr("Show dismissed"));
    m_confirm->setText(tr("Confirm"));
    m_edit->setText(tr("Edit…"));
    m_dismiss->setText(tr("Dismiss"));
    m_restore->setText(tr("As Found"));
    m_confirm->setToolTip(tr("Mark the selected entry as checked against the call"));
    m_dismiss->setToolTip(tr("The selected sentence is not guidance; keep it out of the ledger"));
    m_restore->setToolTip(tr("Take back the decision on the selected entry"));
    m_ledgerView->setAccessibleName(tr("Guidance ledger"));
    m_numbersView->setAccessibleName(tr("Numbers of the open call, checked against the figures"));
    m_metricFilter->setAccessibleName(tr("Show the guidance on this metric"));
    m_periodFilter->setAccessibleName(tr("Show the guidance for this period"));
    m_stale = true;
    if (isVisible())
        refresh();
}
