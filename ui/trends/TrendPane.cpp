#include "trends/TrendPane.h"

#include "charts/ChartLegend.h"
#include "charts/ChartPanel.h"
#include "charts/ChartRenderer.h"
#include "search/SearchDock.h"
#include "search/SearchIndex.h"
#include "search/SearchResultModel.h"
#include "search/SnippetDelegate.h"
#include "store/LibraryStore.h"
#include "trends/TrendTableModel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Enough to read through; a cell with more says so.
constexpr int kMaxHits = 500;

QModelIndex firstHit(const QModelIndex &index)
{
    QModelIndex current = index;
    while (current.isValid() && current.model()->hasChildren(current))
        current = current.model()->index(0, 0, current);
    return current;
}

} // namespace

TrendPane::TrendPane(LibraryStore *store, QWidget *parent)
    : QDockWidget(parent), m_store(store), m_table(new TrendTableModel(this)),
      m_hits(new SearchResultModel(this)), m_terms(new QLineEdit(this)), m_countButton(new QPushButton(this)),
      m_company(new QComboBox(this)), m_split(new QComboBox(this)), m_shape(new QComboBox(this)),
      m_rate(new QCheckBox(this)), m_noAnalysts(new QCheckBox(this)), m_exportButton(new QToolButton(this)),
      m_rule(new QLabel(this)), m_view(new QChartView(this)), m_legend(new ChartLegend(this)),
      m_tableView(new QTableView(this)), m_hitsTitle(new QLabel(this)), m_hitsView(new QTreeView(this))
{
    setObjectName(u"trendDock"_s);
    m_terms->setObjectName(u"trendTerms"_s);
    m_terms->setClearButtonEnabled(true);
    m_countButton->setObjectName(u"trendCount"_s);
    m_company->setObjectName(u"trendCompany"_s);
    m_split->setObjectName(u"trendSplit"_s);
    m_shape->setObjectName(u"trendShape"_s);
    m_rate->setObjectName(u"trendRate"_s);
    m_noAnalysts->setObjectName(u"trendNoAnalysts"_s);
    m_exportButton->setObjectName(u"trendExport"_s);
    m_rule->setObjectName(u"trendRule"_s);
    m_view->setObjectName(u"trendChartView"_s);
    m_tableView->setObjectName(u"trendTable"_s);
    m_hitsView->setObjectName(u"trendHits"_s);

    m_split->addItem(QString(), int(TrendOptions::SplitBy::Speaker));
    m_split->addItem(QString(), int(TrendOptions::SplitBy::Role));
    m_shape->addItem(QString(), int(TrendChart::Shape::Lines));
    m_shape->addItem(QString(), int(TrendChart::Shape::Bars));
    fillCompanies();
    // Their texts change with the language and the library; each stays as wide as its longest.
    for (QComboBox *combo : {m_company, m_split, m_shape})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_rule->setWordWrap(true);
    // Every term's rule stays readable however little room the chart leaves: a dock does not
    // lay its content out by height for width, so the label takes its wrapped height.
    m_rule->installEventFilter(this);
    m_rule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rule->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    m_tableView->setModel(m_table);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->setWordWrap(false);
    m_hitsView->setModel(m_hits);
    m_hitsView->setHeaderHidden(true);
    m_hitsView->setUniformRowHeights(false);
    m_hitsView->setWordWrap(true);
    m_hitsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hitsView->setItemDelegate(new SnippetDelegate(m_hitsView));
    m_hitsView->viewport()->installEventFilter(this);
    m_hitsTitle->setWordWrap(true);

    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(QString(), this, &TrendPane::exportChart)->setObjectName(u"trendExportChart"_s);
    exportMenu->addAction(QString(), this, &TrendPane::copyChart)->setObjectName(u"trendCopyChart"_s);
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setIcon(QIcon::fromTheme(u"document-save-as"_s));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *termRow = new QHBoxLayout;
    termRow->setContentsMargins(0, 0, 0, 0);
    termRow->addWidget(m_terms, 1);
    termRow->addWidget(m_countButton);
    auto *optionRow = new QHBoxLayout;
    optionRow->setContentsMargins(0, 0, 0, 0);
    optionRow->addWidget(m_company);
    optionRow->addWidget(m_split);
    optionRow->addWidget(m_shape);
    optionRow->addWidget(m_rate);
    optionRow->addWidget(m_noAnalysts);
    optionRow->addStretch();
    optionRow->addWidget(m_exportButton);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_view, 1);
    // Many speakers make many legend rows; they scroll rather than squeeze the plot, and the
    // table beside names each series in its colour too.
    auto *legendScroll = new QScrollArea(this);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    legendScroll->setFocusPolicy(Qt::NoFocus); // its buttons take the focus
    legendScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    legendScroll->setMaximumHeight(m_legend->fontMetrics().height() * 5);
    chartLayout->addWidget(legendScroll);
    auto *beside = new QSplitter(Qt::Horizontal, this);
    beside->setObjectName(u"trendChartAndTable"_s);
    beside->addWidget(chartBox);
    beside->addWidget(m_tableView);
    beside->setStretchFactor(0, 3);
    beside->setStretchFactor(1, 2);
    auto *hitsBox = new QWidget(this);
    auto *hitsLayout = new QVBoxLayout(hitsBox);
    hitsLayout->setContentsMargins(0, 0, 0, 0);
    hitsLayout->addWidget(m_hitsTitle);
    hitsLayout->addWidget(m_hitsView, 1);
    auto *below = new QSplitter(Qt::Vertical, this);
    below->setObjectName(u"trendChartAndHits"_s);
    below->addWidget(beside);
    below->addWidget(hitsBox);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(termRow);
    layout->addLayout(optionRow);
    layout->addWidget(m_rule);
    layout->addWidget(below, 1);
    setWidget(content);

    connect(m_terms, &QLineEdit::returnPressed, this, &TrendPane::count);
    connect(m_countButton, &QPushButton::clicked, this, &TrendPane::count);
    for (QComboBox *combo : {m_company, m_split})
        connect(combo, &QComboBox::currentIndexChanged, this, &TrendPane::count);
    connect(m_shape, &QComboBox::currentIndexChanged, this, &TrendPane::redraw);
    // Rates need the words spoken, which only a recount reads.
    connect(m_rate, &QCheckBox::toggled, this, &TrendPane::count);
    connect(m_noAnalysts, &QCheckBox::toggled, this, &TrendPane::count);
    connect(m_tableView, &QTableView::clicked, this, &TrendPane::onCellClicked);
    connect(m_tableView, &QTableView::activated, this, &TrendPane::onCellClicked);
    connect(m_hitsView, &QTreeView::activated, this, &TrendPane::activateHit);
    connect(m_hitsView, &QTreeView::clicked, this, &TrendPane::activateHit);
    // Queued: a toggle redraws the chart and its legend, including the button that was clicked.
    connect(
        m_legend, &ChartLegend::seriesToggled, this,
        [this](const QString &id, bool visible) {
            if (visible)
                m_hidden.remove(id);
            else
                m_hidden.insert(id);
            redraw();
        },
        Qt::QueuedConnection);
    connect(m_store, &LibraryStore::callsChanged, this, [this] {
        fillCompanies();
        if (!m_chart.rows().isEmpty())
            count();
    });
    retranslate();
}

TrendPane::~TrendPane()
{
    // The view does not own the chart it shows.
    delete m_view->chart();
}

QStringList TrendPane::splitTerms(const QString &text)
{
    // Commas of either width and the enumeration comma: a phrase keeps its spaces.
    static const QRegularExpression separators(u"[,\uFF0C\u3001;\uFF1B]"_s);
    QStringList terms;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString term = part.simplified();
        if (!term.isEmpty() && !terms.contains(term))
            terms << term;
    }
    return terms;
}

void TrendPane::setTerms(const QString &terms)
{
    m_terms->setText(terms);
    count();
}

void TrendPane::showTrend(const QString &term, const QString &companyTicker)
{
    {
        const QSignalBlocker blocker(m_company);
        m_company->setCurrentIndex(qMax(0, m_company->findData(companyTicker)));
    }
    show();
    raise();
    setTerms(term);
}

TrendOptions TrendPane::options() const
{
    TrendOptions options;
    options.companyTicker = m_company->currentData().toString();
    options.by = TrendOptions::SplitBy(m_split->currentData().toInt());
    options.includeAnalysts = !m_noAnalysts->isChecked();
    options.countWords = m_rate->isChecked();
    return options;
}

TrendChart::Measure TrendPane::measure() const
{
    return m_rate->isChecked() ? TrendChart::Measure::RatePer10kWords : TrendChart::Measure::Count;
}

TrendChart::Shape TrendPane::shape() const
{
    return TrendChart::Shape(m_shape->currentData().toInt());
}

void TrendPane::fillCompanies()
{
    const QString current = m_company->currentData().toString();
    const QSignalBlocker blocker(m_company);
    m_company->clear();
    m_company->addItem(tr("Whole library"), QString());
    for (const QString &ticker : m_store->tickersByNewestCall()) {
        if (!ticker.isEmpty())
            m_company->addItem(ticker, ticker);
    }
    m_company->setCurrentIndex(qMax(0, m_company->findData(current)));
}

void TrendPane::count()
{
    const QStringList terms = splitTerms(m_terms->text());
    m_hits->clear();
    m_activeHit = {};
    m_hitsTitle->setText(tr("Click a point or a cell to list its hits."));
    if (terms.isEmpty()) {
        m_chart = TrendChart();
        setRule(tr("Type one or more terms, separated by commas, and press Enter."));
        redraw();
        return;
    }
    m_counted = options();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TrendResult result = TermTrendCounter(*m_store).compute(terms, m_counted);
    QApplication::restoreOverrideCursor();
    if (!result.error.isEmpty()) {
        m_chart = TrendChart();
        setRule(result.error);
        redraw();
        return;
    }
    m_chart = TrendChart(result, m_counted);
    QStringList rules{m_chart.ruleText()};
    if (m_chart.rows().isEmpty())
        rules << tr("No speaker in scope says it.");
    setRule(rules.join(u'\n'));
    redraw();
    emit statusMessage(tr("Counted %n term(s) in %1", nullptr, int(terms.size()))
                           .arg(tr("%n call(s)", nullptr, int(result.calls.size()))));
}

ChartSpec TrendPane::exportSpec() const
{
    return m_chart.spec(shape(), measure());
}

void TrendPane::redraw()
{
    const ChartSpec spec = exportSpec();
    ChartRenderer::Options options;
    options.palette = ChartPalette::forPalette(palette());
    m_table->setChart(m_chart, measure(), options.palette);
    options.hiddenSeries = m_hidden;
    // Deferred: showing the hits must not replace the chart inside its own click handler.
    options.pointClicked = [this](const QString &id, int slot) {
        QMetaObject::invokeMethod(
            this,
            [this, id, slot] {
                const QModelIndex cell = m_table->indexOf(id, slot);
                if (cell.isValid())
                    m_tableView->setCurrentIndex(cell);
                showHits(id, slot);
            },
            Qt::QueuedConnection);
    };
    QChart *fresh = ChartRenderer::render(spec, options);
    QChart *old = m_view->chart();
    m_view->setChart(fresh);
    m_view->setBackgroundBrush(options.palette.background);
    delete old;
    fresh->legend()->setVisible(false);
    for (QWidget *view : {static_cast<QWidget *>(m_view), m_view->viewport()}) {
        view->setAccessibleName(spec.hasData() ? spec.title : tr("Term trend chart"));
        view->setAccessibleDescription(spec.hasData() ? spec.sourceLine : QString());
    }
    m_legend->setChart(fresh, m_hidden);
    m_exportButton->setEnabled(spec.hasData());
}

void TrendPane::setRule(const QString &text)
{
    m_rule->setText(text);
    fitRule();
}

void TrendPane::fitRule()
{
    const int height = m_rule->heightForWidth(m_rule->width());
    if (height > 0 && height != m_rule->height())
        m_rule->setFixedHeight(height);
}

void TrendPane::onCellClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    showHits(index.data(TrendTableModel::RowIdRole).toString(),
             index.data(TrendTableModel::SlotRole).toInt());
}

void TrendPane::showHits(const QString &rowId, int slot)
{
    const TrendChart::Row *row = m_chart.row(rowId);
    if (!row || slot >= m_chart.quarters().size())
        return;
    QList<qint64> calls;
    if (slot >= 0) {
        calls = m_chart.callsAt(slot);
    } else {
        for (int s = 0; s < m_chart.quarters().size(); ++s)
            calls += m_chart.callsAt(s);
    }
    SearchResults results =
        TermTrendCounter(*m_store).hits(m_chart.termOf(*row), m_counted, calls, row->seriesKey);
    const auto total = int(results.hits.size());
    if (total > kMaxHits) {
        results.hits.resize(kMaxHits);
        results.truncated = true;
    }
    m_hits->setResults(results);
    m_activeHit = {};
    m_hitsView->expandAll();
    const QString where = slot >= 0 ? m_chart.quarters().at(slot).toString() : tr("every quarter");
    QString title = results.error.isEmpty() ? tr("%n hit(s) of \u201c%1\u201d, %2, %3", nullptr, total)
                                                  .arg(m_chart.termOf(*row), row->label, where)
                                            : tr("The hits could not be read: %1").arg(results.error);
    if (results.truncated)
        title += u"; "_s + tr("only the first %1 are shown").arg(kMaxHits);
    m_hitsTitle->setText(title);
}

void TrendPane::activateHit(const QModelIndex &index)
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

QList<TranscriptView::Highlight> TrendPane::highlightsForCall(qint64 callId) const
{
    return SearchDock::highlights(m_hits->hitsInCall(callId), m_activeHit);
}

void TrendPane::exportChart()
{
    if (!exportSpec().hasData()) {
        emit errorOccurred(tr("There is no trend to export: count a term first."));
        return;
    }
    QStringList terms = splitTerms(m_terms->text());
    QString base = u"trend-"_s + terms.join(u'-').toLower();
    base.replace(QRegularExpression(u"[\\s/\\\\:*?\"<>|]+"_s), u"_"_s);
    const auto target = ChartPanel::askExportTarget(
        this, ChartPanel::suggestedPath(base), ChartPanel::savedOptions(ChartPalette::forPalette(palette())));
    if (target)
        exportChartTo(target->first, target->second);
}

ChartExportJob::Outcome TrendPane::exportChartTo(const QString &path, const ChartExporter::Options &options)
{
    const ChartSpec spec = exportSpec();
    if (!spec.hasData()) {
        emit errorOccurred(tr("There is no trend to export: count a term first."));
        return ChartExportJob::Outcome::Failed;
    }
    QString error;
    const auto outcome = ChartExportJob::run(this, spec, m_hidden, path, options, &error);
    switch (outcome) {
    case ChartExportJob::Outcome::Exported:
        emit statusMessage(tr("Exported the trend chart to %1").arg(QDir::toNativeSeparators(path)));
        break;
    case ChartExportJob::Outcome::Cancelled:
        emit statusMessage(tr("Export cancelled: %1 was not written").arg(QDir::toNativeSeparators(path)));
        break;
    case ChartExportJob::Outcome::Failed:
        emit errorOccurred(error);
        break;
    }
    return outcome;
}

void TrendPane::copyChart()
{
    const ChartSpec spec = exportSpec();
    if (!spec.hasData()) {
        emit errorOccurred(tr("There is no trend to copy: count a term first."));
        return;
    }
    ChartExporter::copyToClipboard(spec, m_hidden,
                                   ChartPanel::savedOptions(ChartPalette::forPalette(palette())));
    emit statusMessage(tr("Copied the trend chart as an image"));
}

void TrendPane::retranslate()
{
    setWindowTitle(tr("Term Trends"));
    m_terms->setPlaceholderText(tr("Terms, separated by commas: Blackwell, Blackwell Ultra, 营收…"));
    m_terms->setToolTip(tr("Each term is counted per speaker and quarter; a phrase counts as one term"));
    m_terms->setAccessibleName(tr("Terms to count"));
    m_countButton->setText(tr("Count"));
    m_company->setItemText(0, tr("Whole library"));
    m_company->setToolTip(tr("One company's calls, or the whole library"));
    m_split->setItemText(0, tr("By speaker"));
    m_split->setItemText(1, tr("By role"));
    m_split->setToolTip(tr("One series per person, or one per role (executive, analyst, operator…)"));
    m_shape->setItemText(0, tr("Lines"));
    m_shape->setItemText(1, tr("Bars"));
    m_shape->setToolTip(tr("How the series are drawn"));
    m_rate->setText(tr("Per 10,000 words"));
    m_rate->setToolTip(tr("Mentions per 10,000 words the series spoke in the quarter, instead of counts"));
    m_noAnalysts->setText(tr("Leave analysts out"));
    m_noAnalysts->setToolTip(tr("Count only what the company's speakers and the operator said"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export or copy the trend chart, as the other charts"));
    const QList<QAction *> actions = m_exportButton->menu()->actions();
    actions.at(0)->setText(tr("Export Chart…"));
    actions.at(1)->setText(tr("Copy Chart as Image"));
    m_tableView->setAccessibleName(tr("Mentions per quarter"));
    if (!exportSpec().hasData()) {
        m_view->setAccessibleName(tr("Term trend chart"));
        m_view->viewport()->setAccessibleName(tr("Term trend chart"));
    }
    m_hitsView->setAccessibleName(tr("Hits of the chosen point"));
    if (m_chart.rows().isEmpty() && splitTerms(m_terms->text()).isEmpty())
        setRule(tr("Type one or more terms, separated by commas, and press Enter."));
    if (m_hits->hitCount() == 0)
        m_hitsTitle->setText(tr("Click a point or a cell to list its hits."));
}

void TrendPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The rules and the chart's texts come translated from the models.
        if (!splitTerms(m_terms->text()).isEmpty())
            count();
    } else if (event->type() == QEvent::PaletteChange) {
        redraw();
    }
    QDockWidget::changeEvent(event);
}

bool TrendPane::eventFilter(QObject *watched, QEvent *event)
{
    // Snippets wrap to the width, so their heights change with it.
    if (watched == m_hitsView->viewport() && event->type() == QEvent::Resize)
        m_hitsView->doItemsLayout();
    if (watched == m_rule && event->type() == QEvent::Resize)
        fitRule();
    return QDockWidget::eventFilter(watched, event);
}
