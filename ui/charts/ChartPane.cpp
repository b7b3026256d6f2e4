#include "charts/ChartPane.h"

#include "charts/ChartLegend.h"
#include "charts/ChartRenderer.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString kLinkedSeries = u"linked"_s;
} // namespace

ChartPane::ChartPane(std::unique_ptr<ChartBuilder> builder, QWidget *parent)
    : QWidget(parent), m_builder(std::move(builder)), m_choiceLabel(new QLabel(this)),
      m_choiceBox(new QComboBox(this)), m_rangeLabel(new QLabel(this)), m_fromBox(new QComboBox(this)),
      m_toLabel(new QLabel(this)), m_toBox(new QComboBox(this)), m_resetButton(new QToolButton(this)),
      m_view(new QChartView(this)), m_legend(new ChartLegend(this))
{
    setObjectName(m_builder->id() + u"Chart"_s);
    m_choiceBox->setObjectName(u"choiceSelector"_s);
    m_choiceLabel->setBuddy(m_choiceBox);
    m_fromBox->setObjectName(u"rangeFrom"_s);
    m_toBox->setObjectName(u"rangeTo"_s);
    m_resetButton->setObjectName(u"rangeReset"_s);
    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 240);
    // A quarter ("FY2025Q4") always shows whole, however narrow the pane.
    for (QComboBox *box : {m_fromBox, m_toBox}) {
        box->setMinimumContentsLength(int(QStringLiteral("FY2025Q4").size()));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_rangeLabel->setBuddy(m_fromBox);
    m_toLabel->setBuddy(m_toBox);

    // The product on a row of its own: beside the range it would widen the pane's minimum
    // past what the reading splitter leaves the chart at 1280 pixels, and fold it away.
    auto *choice = new QHBoxLayout;
    choice->setContentsMargins(6, 4, 6, 0);
    choice->addWidget(m_choiceLabel);
    choice->addWidget(m_choiceBox, 1);
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 4, 6, 0);
    controls->addWidget(m_rangeLabel);
    controls->addWidget(m_fromBox);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_toBox);
    controls->addWidget(m_resetButton);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(choice);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    connect(m_fromBox, &QComboBox::currentIndexChanged, this, &ChartPane::onSelectorChanged);
    connect(m_toBox, &QComboBox::currentIndexChanged, this, &ChartPane::onSelectorChanged);
    connect(m_resetButton, &QToolButton::clicked, this, &ChartPane::resetRange);
    connect(m_choiceBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingSelectors)
            setChoice(m_choiceBox->currentText());
    });
    // Queued: a toggle rebuilds the chart and its legend, including the button that was clicked.
    connect(m_legend, &ChartLegend::seriesToggled, this, &ChartPane::setSeriesVisible, Qt::QueuedConnection);
    retranslate();
}

ChartPane::~ChartPane()
{
    // The view does not own the chart it shows.
    delete m_view->chart();
}

ChartPane *ChartPane::create(const QString &paneId, QWidget *parent)
{
    auto builder = ChartBuilder::create(paneId);
    return builder ? new ChartPane(std::move(builder), parent) : nullptr;
}

void ChartPane::retranslate()
{
    m_choiceLabel->setText(tr("&Product:"));
    m_choiceBox->setAccessibleName(tr("Product shown"));
    m_rangeLabel->setText(tr("&Quarters from"));
    m_toLabel->setText(tr("&to"));
    m_resetButton->setText(tr("Reset"));
    m_resetButton->setToolTip(tr("Show every quarter this chart has figures for"));
    m_fromBox->setAccessibleName(tr("First quarter shown"));
    m_toBox->setAccessibleName(tr("Last quarter shown"));
}

void ChartPane::setFigures(const FigureSet &figures, const QString &sourceDescription, const QString &company)
{
    const QString ticker = company.isEmpty() ? figures.company() : company;
    const bool sameCompany = ticker == m_input.company && m_from.isValid();
    // The product picked stays while it is still there, for this company.
    m_input = {figures, ticker, sourceDescription, sameCompany ? m_input.product : QString(),
               sameCompany ? m_input.guided : QList<GuidedRange>()};
    fillChoiceSelector();
    const QList<FiscalQuarter> quarters = availableQuarters();
    if (!sameCompany || !quarters.contains(m_from) || !quarters.contains(m_to)) {
        const auto [from, to] = defaultRange();
        m_from = from;
        m_to = to;
    }
    fillRangeSelectors();
    rebuild();
}

QString ChartPane::choice() const
{
    const QStringList all = choices();
    return all.contains(m_input.product) ? m_input.product : all.value(0);
}

void ChartPane::setChoice(const QString &choice)
{
    if (!choices().contains(choice) || choice == this->choice())
        return;
    m_input.product = choice;
    fillChoiceSelector();
    const auto [from, to] = defaultRange();
    m_from = from;
    m_to = to;
    fillRangeSelectors();
    rebuild();
    emit rangeChanged(m_from, m_to);
}

void ChartPane::fillChoiceSelector()
{
    const QStringList all = choices();
    m_updatingSelectors = true;
    m_choiceBox->clear();
    m_choiceBox->addItems(all);
    m_choiceBox->setCurrentIndex(int(all.indexOf(choice())));
    m_updatingSelectors = false;
    m_choiceLabel->setVisible(!all.isEmpty());
    m_choiceBox->setVisible(!all.isEmpty());
}

QList<FiscalQuarter> ChartPane::visibleQuarters() const
{
    return ChartBuilder::quartersBetween(m_input.figures, m_from, m_to);
}

bool ChartPane::setRange(const FiscalQuarter &from, const FiscalQuarter &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return false;
    const QList<FiscalQuarter> quarters = ChartBuilder::quartersBetween(m_input.figures, from, to);
    if (quarters.isEmpty() || !m_builder->build(m_input, quarters).hasData())
        return false;
    // Snap to quarters that exist, so the selectors can show the range.
    m_from = quarters.first();
    m_to = quarters.last();
    fillRangeSelectors();
    rebuild();
    emit rangeChanged(m_from, m_to);
    return true;
}

void ChartPane::resetRange()
{
    const auto [from, to] = defaultRange();
    if (from.isValid())
        setRange(from, to);
}

void ChartPane::fillRangeSelectors()
{
    m_updatingSelectors = true;
    m_fromBox->clear();
    m_toBox->clear();
    // A company the library has by fiscal year only: its years, as the chart labels them.
    const bool annual = m_input.figures.chartView().isAnnual();
    for (const FiscalQuarter &q : availableQuarters()) {
        const QString label = annual ? q.yearLabel() : q.toString();
        m_fromBox->addItem(label, q.ordinal());
        m_toBox->addItem(label, q.ordinal());
    }
    m_fromBox->setCurrentIndex(m_fromBox->findData(m_from.ordinal()));
    m_toBox->setCurrentIndex(m_toBox->findData(m_to.ordinal()));
    m_updatingSelectors = false;
}

void ChartPane::onSelectorChanged()
{
    if (m_updatingSelectors || m_fromBox->currentIndex() < 0 || m_toBox->currentIndex() < 0)
        return;
    const QList<FiscalQuarter> all = availableQuarters();
    FiscalQuarter from = all.value(m_fromBox->currentIndex());
    FiscalQuarter to = all.value(m_toBox->currentIndex());
    // Moving one end past the other drags the other along.
    if (from > to) {
        if (sender() == m_fromBox)
            to = from;
        else
            from = to;
    }
    if (!setRange(from, to))
        fillRangeSelectors(); // a range with nothing to show is refused; put the selectors back
}

QStringList ChartPane::seriesIds() const
{
    QStringList ids;
    for (const ChartSeriesSpec &s : m_spec.series) {
        if (s.id != kLinkedSeries)
            ids.append(s.id);
    }
    return ids;
}

void ChartPane::setSeriesVisible(const QString &seriesId, bool visible)
{
    if (visible == isSeriesVisible(seriesId))
        return;
    if (visible)
        m_hidden.remove(seriesId);
    else
        m_hidden.insert(seriesId);
    rebuild();
    emit seriesVisibilityChanged(seriesId, visible);
}

void ChartPane::setChartPalette(const ChartPalette &palette)
{
    m_forcedPalette = palette;
    rebuild();
}

ChartPalette ChartPane::chartPalette() const
{
    return m_forcedPalette.value_or(ChartPalette::forPalette(palette()));
}

void ChartPane::highlightQuarter(const FiscalQuarter &quarter)
{
    m_highlight = quarter;
    rebuild();
}

void ChartPane::setLinkedQuarters(const QList<LinkedMarker> &markers)
{
    m_linked = markers;
    rebuild();
}

ChartSpec ChartPane::exportSpec() const
{
    return m_builder->build(m_input, visibleQuarters());
}

QChart *ChartPane::chart()
{
    if (m_chartStale)
        renderChart();
    return m_view->chart();
}

void ChartPane::rebuild()
{
    m_spec = exportSpec();
    if (!m_spec.hasData() && !company().isEmpty() && m_input.figures.quarters().isEmpty())
        m_spec.title =
            tr("%1: no figures for %2 yet; File > Import Financials… adds them").arg(paneTitle(), company());
    else if (!m_spec.hasData() && !company().isEmpty() && !m_builder->hasFiguresFor(m_input.figures))
        m_spec.title = tr("%1: %2").arg(paneTitle(), m_builder->missingFigures(company()));
    else if (!m_spec.hasData() && !company().isEmpty())
        m_spec.title = tr("%1: no figures for %2 in this range").arg(paneTitle(), company());
    else if (company().isEmpty())
        m_spec.title = tr("%1: open a call of a company with figures").arg(paneTitle());
    if (m_highlight.isValid() && m_spec.slotOf(m_highlight) >= 0)
        m_spec.highlightSlot = m_spec.slotOf(m_highlight);
    if (!m_linked.isEmpty()) {
        ChartSeriesSpec linked;
        linked.id = kLinkedSeries;
        linked.name = tr("Linked passages");
        linked.shape = SeriesShape::Marker;
        linked.color = ChartPalette::Role::Linked;
        linked.marker = MarkerStyle::Diamond;
        linked.topRow = 0;
        QHash<int, QStringList> labels;
        for (const LinkedMarker &marker : std::as_const(m_linked)) {
            const int slot = m_spec.slotOf(marker.quarter);
            if (slot >= 0)
                labels[slot].append(marker.label.isEmpty() ? marker.quarter.toString() : marker.label);
        }
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            linked.points.append({it.key(),
                                  0,
                                  tr("%n linked passage(s) about %1 (click to list them):\n%2", nullptr,
                                     int(it.value().size()))
                                      .arg(m_spec.quarters.at(it.key()).toString(), it.value().join(u'\n')),
                                  {},
                                  false});
        }
        std::sort(linked.points.begin(), linked.points.end(),
                  [](const ChartPoint &a, const ChartPoint &b) { return a.slot < b.slot; });
        m_spec.series.append(linked);
    }

    // Drawing a chart costs far more than describing it: a pane that is not on screen (another
    // tab, a window not shown yet) draws when it is shown, once however often it changed.
    m_chartStale = true;
    if (isVisible())
        renderChart();
}

void ChartPane::renderChart()
{
    m_chartStale = false;
    ChartRenderer::Options options;
    options.palette = chartPalette();
    options.hiddenSeries = m_hidden;
    options.pointClicked = [this](const QString &id, int slot) { onPointClicked(id, slot); };
    QChart *fresh = ChartRenderer::render(m_spec, options);
    QChart *old = m_view->chart();
    m_view->setChart(fresh);
    m_view->setBackgroundBrush(options.palette.background);
    delete old;
    fresh->legend()->setVisible(false);
    // A screen reader hears what the chart shows and where its figures come from.
    for (QWidget *view : {static_cast<QWidget *>(m_view), m_view->viewport()}) {
        view->setAccessibleName(m_spec.title);
        view->setAccessibleDescription(m_spec.sourceLine);
    }
    m_legend->setChart(fresh, m_hidden);
    // New buttons join the end of the focus chain; Tab should reach them right after the chart.
    QWidget *previous = m_view;
    for (const QString &id : m_legend->seriesIds()) {
        QWidget::setTabOrder(previous, m_legend->button(id));
        previous = m_legend->button(id);
    }
}

void ChartPane::setGuidedRanges(const QList<GuidedRange> &ranges)
{
    m_input.guided = ranges;
    rebuild();
}

void ChartPane::onPointClicked(const QString &seriesId, int slot)
{
    if (slot < 0 || slot >= m_spec.quarters.size())
        return;
    const FiscalQuarter quarter = m_spec.quarters.at(slot);
    if (const QString group = GuidedRange::groupOfSeries(seriesId); !group.isEmpty()) {
        QList<GuidedRange> clicked;
        for (const GuidedRange &range : std::as_const(m_input.guided)) {
            if (range.quarter == quarter && GuidedRange::groupOf(range.metric) == group)
                clicked.append(range);
        }
        if (!clicked.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, clicked] { emit guidedRangesClicked(clicked); }, Qt::QueuedConnection);
        return;
    }
    if (seriesId != kLinkedSeries)
        return;
    QList<LinkedMarker> clicked;
    for (const LinkedMarker &marker : std::as_const(m_linked)) {
        if (marker.quarter == quarter)
            clicked.append(marker);
    }
    // Deferred: a receiver may change the markers, which replaces the clicked chart.
    if (!clicked.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, clicked] { emit linkedMarkersClicked(clicked); }, Qt::QueuedConnection);
}

void ChartPane::showEvent(QShowEvent *event)
{
    if (m_chartStale)
        renderChart();
    QWidget::showEvent(event);
}

void ChartPane::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *exportAction = menu.addAction(tr("&Export Chart…"), this, &ChartPane::exportRequested);
    exportAction->setObjectName(u"paneExportAction"_s);
    QAction *copyAction = menu.addAction(tr("&Copy Chart as Image"), this, &ChartPane::copyRequested);
    copyAction->setObjectName(u"paneCopyAction"_s);
    menu.addSeparator();
    menu.addAction(tr("Show &All Quarters"), this, &ChartPane::resetRange);
    if (!m_hidden.isEmpty()) {
        menu.addAction(tr("Show All &Series"), this, [this] {
            const QSet<QString> hidden = m_hidden;
            for (const QString &id : hidden)
                setSeriesVisible(id, true);
        });
    }
    menu.exec(event->globalPos());
}

void ChartPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    } else if (event->type() == QEvent::PaletteChange && !m_forcedPalette) {
        rebuild();
    }
    QWidget::changeEvent(event);
}
