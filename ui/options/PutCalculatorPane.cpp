#include "options/PutCalculatorPane.h"

#include "charts/ChartExporter.h"
#include "figures/MetricRepository.h"
#include "options/ArticleQuote.h"
#include "options/PutExplanation.h"
#include "options/PutPayoff.h"
#include "options/PutPayoffChartView.h"
#include "options/PutScenarioBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDoubleSpinBox *moneyBox(QWidget *parent, const QString &name, int decimals, double maximum)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(decimals);
    box->setRange(0, maximum);
    box->setPrefix(u"$"_s);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    return box;
}

QDateEdit *dateBox(QWidget *parent, const QString &name)
{
    auto *box = new QDateEdit(parent);
    box->setObjectName(name);
    box->setCalendarPopup(true);
    box->setDisplayFormat(u"yyyy-MM-dd"_s);
    return box;
}

void setFieldLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

PutCalculatorPane::PutCalculatorPane(QWidget *parent) : QDockWidget(parent), m_content(new QWidget(this))
{
    setObjectName(u"putCalculatorDock"_s);
    m_content->setObjectName(u"putCalculatorContent"_s);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(6, 6, 6, 6);
    m_scenarios = new PutScenarioBar(m_content);
    connect(m_scenarios, &PutScenarioBar::scenarioChosen, this, &PutCalculatorPane::setInputs);
    layout->addWidget(m_scenarios);
    layout->addWidget(createInputs());
    m_refusal = new QLabel(m_content);
    m_refusal->setObjectName(u"putRefusal"_s);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(u"color: #c0392b; font-weight: bold;"_s);
    m_refusal->hide();
    layout->addWidget(m_refusal);
    layout->addWidget(createOutputs());

    m_chart = new PutPayoffChartView(m_content);
    layout->addWidget(m_chart);
    // Under the chart and wrapped, so no series name is cut short as in Qt's one-row legend.
    m_legend = new QLabel(m_content);
    m_legend->setObjectName(u"putChartLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    layout->addWidget(m_legend);
    m_exportChart = new QPushButton(m_content);
    m_exportChart->setObjectName(u"putExportChart"_s);
    layout->addWidget(m_exportChart, 0, Qt::AlignRight);
    connect(m_exportChart, &QPushButton::clicked, this, &PutCalculatorPane::exportChart);
    connect(m_chart, &PutPayoffChartView::markerMoved, m_tryPrice, &QDoubleSpinBox::setValue);

    m_meaningBox = new QGroupBox(m_content);
    auto *meaning = new QVBoxLayout(m_meaningBox);
    m_explanation = new QLabel(m_meaningBox);
    m_explanation->setObjectName(u"putExplanation"_s);
    m_parity = new QLabel(m_meaningBox);
    m_parity->setObjectName(u"putCallParity"_s);
    for (QLabel *label : {m_explanation, m_parity}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        meaning->addWidget(label);
    }
    layout->addWidget(m_meaningBox);
    m_assumptionsBox = new QGroupBox(m_content);
    auto *assumptions = new QVBoxLayout(m_assumptionsBox);
    m_assumptions = new QLabel(m_assumptionsBox);
    m_assumptions->setObjectName(u"putAssumptions"_s);
    m_assumptions->setWordWrap(true);
    m_assumptions->setTextFormat(Qt::PlainText);
    assumptions->addWidget(m_assumptions);
    layout->addWidget(m_assumptionsBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // No Tab stop of its own: it scrolls to whichever field Tab reaches.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_content);
    setWidget(scroll);

    // The article's trade as its readers wrote it up: the 110 put on the close it gives. A
    // worked example to start from; "fill from the library" reads the stored figure.
    PutInputs start;
    start.strike = 110;
    start.premium = 3.725;
    start.expiry = QDate(2025, 3, 7);
    start.price = 131.28;
    start.tradeDate = QDate(2025, 2, 26);
    setInputs(start);
    retranslate();
}

void PutCalculatorPane::setScenarioStore(PutScenarioRepository *repository, QUndoStack *undoStack)
{
    m_scenarios->setStore(repository, undoStack);
}

void PutCalculatorPane::setFigures(MetricRepository *figures)
{
    if (m_figures)
        disconnect(m_figures, nullptr, this, nullptr);
    m_figures = figures;
    if (m_figures) {
        // A figure edited or removed in the figures dock changes what the button offers.
        connect(m_figures, &MetricRepository::figuresChanged, this, [this](const QString &company) {
            if (company.isEmpty() || company == m_company)
                setCompany(m_company);
        });
    }
    setCompany(m_company);
}

void PutCalculatorPane::setCompany(const QString &ticker)
{
    m_company = ticker;
    m_close = m_figures && !ticker.isEmpty() ? ArticleQuotes::latestClose(*m_figures, ticker) : std::nullopt;
    retranslate();
}

void PutCalculatorPane::setCurrentCall(qint64 callId)
{
    m_scenarios->setCurrentCall(callId);
}

QWidget *PutCalculatorPane::createInputs()
{
    m_tradeBox = new QGroupBox(m_content);
    m_inputForm = new QFormLayout(m_tradeBox);
    m_inputForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a label goes above its field rather than pushing it out of sight.
    m_inputForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_price = moneyBox(m_tradeBox, u"putPrice"_s, 2, 1e6);
    m_fromArticle = new QPushButton(m_tradeBox);
    m_fromArticle->setObjectName(u"putPriceFromArticle"_s);
    connect(m_fromArticle, &QPushButton::clicked, this, &PutCalculatorPane::fillFromArticle);
    m_strike = moneyBox(m_tradeBox, u"putStrike"_s, 2, 1e6);
    m_premium = moneyBox(m_tradeBox, u"putPremium"_s, 3, 1e6);
    m_tradeDate = dateBox(m_tradeBox, u"putTradeDate"_s);
    m_expiry = dateBox(m_tradeBox, u"putExpiry"_s);
    m_contracts = new QSpinBox(m_tradeBox);
    m_contracts->setObjectName(u"putContracts"_s);
    m_contracts->setRange(1, 100000);
    m_fees = moneyBox(m_tradeBox, u"putFees"_s, 2, 1e6);
    m_volatility = new QDoubleSpinBox(m_tradeBox);
    m_volatility->setObjectName(u"putVolatility"_s);
    m_volatility->setRange(0, 1000);
    m_volatility->setDecimals(1);
    m_volatility->setSuffix(u"%"_s);
    m_rate = new QDoubleSpinBox(m_tradeBox);
    m_rate->setObjectName(u"putRate"_s);
    m_rate->setRange(-10, 50);
    m_rate->setDecimals(2);
    m_rate->setSuffix(u"%"_s);
    m_basis = new QComboBox(m_tradeBox);
    m_basis->setObjectName(u"putDayBasis"_s);
    m_basis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_basis->setMinimumContentsLength(12);
    m_basis->addItem(QString(), int(DayBasis::Calendar365));
    m_basis->addItem(QString(), int(DayBasis::Trading252));
    m_tryPrice = moneyBox(m_tradeBox, u"putTryPrice"_s, 2, 1e6);
    m_tryDate = dateBox(m_tradeBox, u"putTryDate"_s);

    // Labels made here, so that retranslate() finds one for each field.
    m_inputForm->addRow(new QLabel(m_tradeBox), m_price);
    m_inputForm->addRow(QString(), m_fromArticle);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_strike, m_premium, m_tradeDate, m_expiry, m_contracts, m_fees,
                                          m_volatility, m_rate, m_basis, m_tryPrice, m_tryDate})
        m_inputForm->addRow(new QLabel(m_tradeBox), field);

    for (QDoubleSpinBox *box : {m_price, m_strike, m_premium, m_fees, m_volatility, m_rate, m_tryPrice})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PutCalculatorPane::recompute);
    connect(m_contracts, &QSpinBox::valueChanged, this, &PutCalculatorPane::recompute);
    for (QDateEdit *box : {m_tradeDate, m_expiry, m_tryDate})
        connect(box, &QDateEdit::dateChanged, this, &PutCalculatorPane::recompute);
    connect(m_tradeDate, &QDateEdit::dateChanged, this, &PutCalculatorPane::keepTryDateInRange);
    connect(m_expiry, &QDateEdit::dateChanged, this, &PutCalculatorPane::keepTryDateInRange);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &PutCalculatorPane::recompute);
    return m_tradeBox;
}

QWidget *PutCalculatorPane::createOutputs()
{
    m_resultsBox = new QGroupBox(m_content);
    auto *layout = new QVBoxLayout(m_resultsBox);
    m_showFormulas = new QCheckBox(m_resultsBox);
    m_showFormulas->setObjectName(u"putShowFormulas"_s);
    connect(m_showFormulas, &QCheckBox::toggled, this, &PutCalculatorPane::setFormulasShown);
    layout->addWidget(m_showFormulas);
    m_outputGrid = new QGridLayout;
    m_outputGrid->setColumnStretch(0, 1);
    layout->addLayout(m_outputGrid);
    return m_resultsBox;
}

PutInputs PutCalculatorPane::inputs() const
{
    PutInputs in;
    in.price = m_price->value();
    in.strike = m_strike->value();
    in.premium = m_premium->value();
    in.tradeDate = m_tradeDate->date();
    in.expiry = m_expiry->date();
    in.contracts = m_contracts->value();
    in.fees = m_fees->value();
    // The field's lowest value reads "not given": no volatility, no probability.
    if (m_volatility->value() > 0)
        in.volatility = m_volatility->value() / 100;
    in.riskFreeRate = m_rate->value() / 100;
    in.dayBasis = DayBasis(m_basis->currentData().toInt());
    in.scenarioPrice = m_tryPrice->value();
    in.scenarioDate = m_tryDate->date();
    return in;
}

void PutCalculatorPane::setInputs(const PutInputs &in)
{
    // One recomputation for the whole set, not one per field.
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_price),     QSignalBlocker(m_strike),     QSignalBlocker(m_premium),
        QSignalBlocker(m_tradeDate), QSignalBlocker(m_expiry),     QSignalBlocker(m_contracts),
        QSignalBlocker(m_fees),      QSignalBlocker(m_volatility), QSignalBlocker(m_rate),
        QSignalBlocker(m_basis),     QSignalBlocker(m_tryPrice),   QSignalBlocker(m_tryDate)};
    m_price->setValue(in.price);
    m_strike->setValue(in.strike);
    m_premium->setValue(in.premium);
    m_tradeDate->setDate(in.tradeDate);
    m_expiry->setDate(in.expiry);
    m_contracts->setValue(in.contracts);
    m_fees->setValue(in.fees);
    m_volatility->setValue(in.volatility.value_or(0) * 100);
    m_rate->setValue(in.riskFreeRate.value_or(0) * 100);
    m_basis->setCurrentIndex(m_basis->findData(int(in.dayBasis)));
    m_tryPrice->setValue(in.scenarioPriceOrPrice());
    keepTryDateInRange();
    m_tryDate->setDate(in.scenarioDateOrTradeDate());
    recompute();
}

QLabel *PutCalculatorPane::outputLabel(const QString &key) const
{
    const auto row = m_rows.constFind(key);
    return row == m_rows.constEnd() ? nullptr : row->value;
}

void PutCalculatorPane::fillFromArticle()
{
    if (!m_close)
        return;
    m_price->setValue(m_close->price);
    m_tradeDate->setDate(m_close->date);
}

void PutCalculatorPane::setFormulasShown(bool shown)
{
    m_showFormulas->setChecked(shown);
    for (const OutputRow &row : std::as_const(m_rows))
        row.formula->setVisible(shown && !row.value->isHidden());
}

void PutCalculatorPane::recompute()
{
    const PutInputs in = inputs();
    m_result = PutCalculator::compute(in);
    m_refusal->setText(m_result.error);
    m_refusal->setVisible(!m_result.ok());
    showFigures(PutCalculator::figures(in, m_result));
    m_chart->setSpec(PutPayoff::spec(in));
    m_legend->setText(m_chart->legendHtml());
    m_explanation->setText(PutExplanation::whatItMeans(in, m_result));
    m_parity->setText(m_result.ok() ? PutExplanation::putCallParity(in) : QString());
    QStringList assumptions;
    for (const QString &assumption : PutCalculator::assumptions(in))
        assumptions << u"• "_s + assumption;
    m_assumptions->setText(assumptions.join(u'\n'));
    m_exportChart->setEnabled(m_result.ok());
    m_scenarios->setCurrentInputs(in, m_result.ok());
    emit resultChanged();
}

void PutCalculatorPane::showFigures(const QList<PutFigure> &figures)
{
    QSet<QString> shown;
    for (const PutFigure &figure : figures) {
        OutputRow &row = rowFor(figure.key);
        row.name->setText(figure.label);
        row.value->setText(figure.display);
        row.value->setToolTip(figure.formula);
        row.name->setToolTip(figure.formula);
        row.formula->setText(figure.formula);
        shown.insert(figure.key);
    }
    // A refused trade keeps its rows, emptied, so the pane does not jump while typing.
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const bool visible =
            shown.contains(it.key()) || (figures.isEmpty() && it.key() != u"pnl_before_expiry"_s);
        if (!shown.contains(it.key())) {
            it->value->setText(u"—"_s);
            it->value->setToolTip(QString());
            it->formula->clear();
        }
        it->name->setVisible(visible);
        it->value->setVisible(visible);
        it->formula->setVisible(visible && m_showFormulas->isChecked() && shown.contains(it.key()));
    }
}

PutCalculatorPane::OutputRow &PutCalculatorPane::rowFor(const QString &key)
{
    auto found = m_rows.find(key);
    if (found != m_rows.end())
        return *found;
    OutputRow row;
    row.name = new QLabel(m_resultsBox);
    row.name->setWordWrap(true);
    row.value = new QLabel(m_resultsBox);
    row.value->setObjectName(u"putOutput_"_s + key);
    row.value->setAlignment(Qt::AlignRight | Qt::AlignTop);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = row.value->font();
    bold.setBold(true);
    row.value->setFont(bold);
    row.formula = new QLabel(m_resultsBox);
    row.formula->setObjectName(u"putFormula_"_s + key);
    row.formula->setWordWrap(true);
    row.formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.formula->setForegroundRole(QPalette::PlaceholderText);
    row.formula->setContentsMargins(12, 0, 0, 4);
    const int gridRow = m_outputGrid->rowCount();
    m_outputGrid->addWidget(row.name, gridRow, 0);
    m_outputGrid->addWidget(row.value, gridRow, 1);
    m_outputGrid->addWidget(row.formula, gridRow + 1, 0, 1, 2);
    return *m_rows.insert(key, row);
}

void PutCalculatorPane::keepTryDateInRange()
{
    if (m_tradeDate->date() < m_expiry->date())
        m_tryDate->setDateRange(m_tradeDate->date(), m_expiry->date());
}

void PutCalculatorPane::exportChart()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Payoff Chart"), u"put-payoff.png"_s,
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChartTo(path, &error))
        QMessageBox::warning(this, tr("Export Payoff Chart"), error);
}

bool PutCalculatorPane::exportChartTo(const QString &path, QString *error)
{
    if (!ChartExporter::checkRequest(path, ChartExporter::Options{}, error))
        return false;
    const QByteArray bytes = m_chart->exportBytes(*ChartExporter::formatForPath(path));
    if (bytes.isEmpty()) {
        *error = tr("Cannot export to %1: the chart could not be drawn").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return ChartExporter::writeFile(path, bytes, error);
}

void PutCalculatorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void PutCalculatorPane::retranslate()
{
    setWindowTitle(tr("Sell a Put"));
    toggleViewAction()->setStatusTip(tr(
        "Work out selling a put: premium, collateral, breakeven, yield and probability, with the formulas"));
    m_tradeBox->setTitle(tr("The trade"));
    setFieldLabel(m_inputForm, m_price, tr("Stock price"));
    m_fromArticle->setEnabled(m_close.has_value());
    if (m_close) {
        m_fromArticle->setText(
            tr("Use the library's close: %1 on %2")
                .arg(PutCalculator::money(m_close->price), m_close->date.toString(Qt::ISODate)));
        m_fromArticle->setToolTip(
            tr("A figure of the library, quoted from the built-in article, not a market "
               "feed: “%1” (source: %2)")
                .arg(m_close->quote, m_close->source));
    } else {
        m_fromArticle->setText(tr("No share price close in the library"));
        m_fromArticle->setToolTip(tr("The library has no share price close for this company to fill in."));
    }
    setFieldLabel(m_inputForm, m_strike, tr("Strike"));
    setFieldLabel(m_inputForm, m_premium, tr("Premium per share"));
    setFieldLabel(m_inputForm, m_tradeDate, tr("Trade date"));
    setFieldLabel(m_inputForm, m_expiry, tr("Expiry"));
    setFieldLabel(m_inputForm, m_contracts, tr("Contracts (100 shares each)"));
    setFieldLabel(m_inputForm, m_fees, tr("Fees, whole trade"));
    setFieldLabel(m_inputForm, m_volatility, tr("Implied volatility"));
    m_volatility->setSpecialValueText(tr("not given"));
    setFieldLabel(m_inputForm, m_rate, tr("Risk-free rate"));
    setFieldLabel(m_inputForm, m_basis, tr("Days counted"));
    m_basis->setItemText(0, tr("Calendar days, 365 a year"));
    m_basis->setItemText(1, tr("Trading days, 252 a year"));
    setFieldLabel(m_inputForm, m_tryPrice, tr("What if the stock is at"));
    setFieldLabel(m_inputForm, m_tryDate, tr("on"));
    m_tryPrice->setToolTip(tr("Or click in the chart to move the marker"));
    m_resultsBox->setTitle(tr("What it comes to"));
    m_showFormulas->setText(tr("Show the formulas"));
    m_exportChart->setText(tr("Export Chart…"));
    m_meaningBox->setTitle(tr("What selling this put means"));
    m_assumptionsBox->setTitle(tr("Assumptions"));
    // Outputs, formulas and the explanation are written in the language of the moment.
    recompute();
}
