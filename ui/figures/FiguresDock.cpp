#include "figures/FiguresDock.h"

#include "settings/AppSettings.h"

#include "figures/CompanyFacts.h"
#include "figures/FigureTableModel.h"
#include "figures/FinancialCsv.h"
#include "figures/MetricRepository.h"
#include "figures/ProductDisclosureDialog.h"
#include "figures/ProductRamp.h"
#include "store/LibraryStore.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxErrorsShown = 20;
} // namespace

FiguresDock::FiguresDock(MetricRepository *repository, QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(parent), m_repository(repository),
      m_model(new FigureTableModel(repository, undoStack, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTableView(this)), m_addButton(new QToolButton(this)),
      m_disclosureButton(new QToolButton(this)), m_removeButton(new QToolButton(this)),
      m_importButton(new QToolButton(this)), m_exportButton(new QToolButton(this))
{
    setObjectName(u"figuresDock"_s);
    m_view->setObjectName(u"figuresView"_s);
    // Tab leaves the table for the next control; the arrow keys move between cells.
    m_view->setTabKeyNavigation(false);
    m_filter->setObjectName(u"figuresFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FigureTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FigureTableModel::QuarterColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    m_addButton->setObjectName(u"addEstimateButton"_s);
    m_disclosureButton->setObjectName(u"addDisclosureButton"_s);
    m_removeButton->setObjectName(u"removeFigureButton"_s);
    m_importButton->setObjectName(u"importFiguresButton"_s);
    m_exportButton->setObjectName(u"exportFiguresButton"_s);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_filter, 1);
    for (QToolButton *button :
         {m_addButton, m_disclosureButton, m_removeButton, m_importButton, m_exportButton})
        bar->addWidget(button);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_addButton, &QToolButton::clicked, this, &FiguresDock::addEstimate);
    connect(m_disclosureButton, &QToolButton::clicked, this, &FiguresDock::addDisclosure);
    connect(m_removeButton, &QToolButton::clicked, this, &FiguresDock::removeSelected);
    connect(m_importButton, &QToolButton::clicked, this, &FiguresDock::importFinancials);
    connect(m_exportButton, &QToolButton::clicked, this, &FiguresDock::exportFinancials);
    connect(m_model, &FigureTableModel::editFailed, this, &FiguresDock::errorOccurred);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FiguresDock::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FiguresDock::updateButtons);
    retranslate();
    updateButtons();
}

void FiguresDock::retranslate()
{
    setWindowTitle(tr("Figures"));
    m_filter->setPlaceholderText(tr("Filter figures"));
    m_filter->setAccessibleName(tr("Filter figures"));
    m_view->setAccessibleName(tr("Figures of the open call's company"));
    m_addButton->setText(tr("Add Estimate…"));
    m_addButton->setToolTip(tr("Enter a figure of your own; it is marked as user-entered"));
    m_disclosureButton->setText(tr("Add Disclosure…"));
    m_disclosureButton->setToolTip(
        tr("Enter what the company disclosed about a product (or your estimate), with its source"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected figures you entered"));
    m_importButton->setText(tr("Import…"));
    m_importButton->setToolTip(tr("Import figures from a CSV file"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Export the figures of this company to a CSV file"));
}

void FiguresDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_columnsNeedSizing)
        sizeColumns();
}

void FiguresDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void FiguresDock::setCompany(const QString &ticker)
{
    m_model->setCompany(ticker);
    // Measuring every cell is a good part of start-up; a hidden table waits until it is shown.
    m_columnsNeedSizing = true;
    if (m_view->isVisible())
        sizeColumns();
}

void FiguresDock::sizeColumns()
{
    m_columnsNeedSizing = false;
    m_view->resizeColumnsToContents();
    for (int column : {int(FigureTableModel::SourceColumn), int(FigureTableModel::NoteColumn),
                       int(FigureTableModel::StatusColumn)})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 260));
}

void FiguresDock::updateButtons()
{
    const bool writable = !m_repository->store()->isReadOnly();
    bool removable = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        removable = removable || row.data(FigureTableModel::UserEnteredRole).toBool();
    m_addButton->setEnabled(writable && !m_model->company().isEmpty());
    m_disclosureButton->setEnabled(writable && !m_model->company().isEmpty());
    m_removeButton->setEnabled(writable && removable);
    m_importButton->setEnabled(writable);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

int FiguresDock::importFile(const QString &path, const QString &ticker)
{
    if (CompanyFacts::isJsonFile(path)) {
        QProgressDialog progress(tr("Importing company facts…"), QString(), 0, 100, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        const CompanyFacts::ImportOutcome outcome = CompanyFacts::importFile(
            *m_repository, path, ticker, [&](int percent) { progress.setValue(percent); });
        if (!outcome.ok) {
            emit errorOccurred(outcome.error);
            return -1;
        }
        if (outcome.annualOnly) {
            emit statusMessage(tr("Imported %n figure(s) of %1 from %2: fiscal years only, the file has no "
                                  "quarters (%3 restated)",
                                  nullptr, outcome.imported)
                                   .arg(ticker, QDir::toNativeSeparators(path))
                                   .arg(outcome.restated));
        } else {
            emit statusMessage(
                tr("Imported %n figure(s) of %1 from %2 (%3 fourth quarters derived, %4 restated)", nullptr,
                   outcome.imported)
                    .arg(ticker, QDir::toNativeSeparators(path))
                    .arg(outcome.derivedQuarters)
                    .arg(outcome.restated));
        }
        return outcome.imported;
    }
    const FinancialCsv::ImportOutcome outcome = FinancialCsv::importFile(*m_repository, path);
    if (!outcome.ok) {
        QStringList shown = outcome.errors.mid(0, kMaxErrorsShown);
        if (outcome.problemCount > shown.size())
            shown << tr("… and %n more problem(s)", nullptr, outcome.problemCount - int(shown.size()));
        emit errorOccurred(
            tr("Nothing was imported from %1:\n%2").arg(QDir::toNativeSeparators(path), shown.join(u'\n')));
        return -1;
    }
    emit statusMessage(
        tr("Imported %n figure(s) from %1", nullptr, outcome.imported).arg(QDir::toNativeSeparators(path)));
    return outcome.imported;
}

void FiguresDock::importFinancials()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Financials"),
                                                      AppSettings::folder(AppSettings::Folder::Figures),
                                                      tr("Figures (*.csv *.json);;CSV files (*.csv);;"
                                                         "SEC company facts (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setFolder(AppSettings::Folder::Figures, QFileInfo(path).absolutePath());
    QString ticker;
    if (CompanyFacts::isJsonFile(path)) {
        bool ok = false;
        ticker = QInputDialog::getText(this, tr("Import Financials"),
                                       tr("SEC company facts name a company by its CIK only. Ticker to file "
                                          "the figures under:"),
                                       QLineEdit::Normal, m_model->company(), &ok)
                     .trimmed()
                     .toUpper();
        if (!ok)
            return;
    }
    importFile(path, ticker);
}

void FiguresDock::exportFinancials()
{
    const QString company = m_model->company();
    const QString folder = AppSettings::folder(AppSettings::Folder::Figures);
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(u"%1-figures.csv"_s.arg(company.isEmpty() ? u"all"_s : company.toLower()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Financials"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    AppSettings::setFolder(AppSettings::Folder::Figures, QFileInfo(path).absolutePath());
    int written = 0;
    QString error;
    if (!FinancialCsv::exportFile(*m_repository, path, company, &written, &error)) {
        emit errorOccurred(error);
        return;
    }
    emit statusMessage(
        tr("Exported %n figure(s) to %1", nullptr, written).arg(QDir::toNativeSeparators(path)));
}

void FiguresDock::addEstimate()
{
    const QString company = m_model->company();
    if (company.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"addEstimateDialog"_s);
    dialog.setWindowTitle(tr("Add Estimate for %1").arg(company));
    auto *quarter = new QComboBox(&dialog);
    quarter->setEditable(true);
    const QList<FiscalQuarter> quarters = m_repository->figureSet(company).quarters();
    for (const FiscalQuarter &q : quarters)
        quarter->addItem(q.toString());
    if (!quarters.isEmpty())
        quarter->addItem(quarters.last().next().toString());
    quarter->setCurrentIndex(quarter->count() - 1);
    auto *metric = new QComboBox(&dialog);
    for (const MetricDefinition &definition : MetricCatalog::all()) {
        if (!definition.isStatement())
            metric->addItem(definition.displayName(), QString(definition.key));
    }
    metric->setCurrentIndex(metric->findData(QString(Metric::BlackwellRevenue)));
    auto *value = new QLineEdit(&dialog);
    value->setPlaceholderText(tr("in the metric's unit: US$ millions, % or US$"));
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(tr("how you arrived at it"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Quarter:"), quarter);
    form->addRow(tr("&Metric:"), metric);
    form->addRow(tr("&Value:"), value);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const auto q = FiscalQuarter::parse(quarter->currentText());
    const auto number = FigureTableModel::parseValue(value->text());
    if (!q || !number) {
        emit errorOccurred(!q ? tr("“%1” is not a fiscal quarter like FY2026Q1; nothing was added.")
                                    .arg(quarter->currentText())
                              : tr("“%1” is not a number; nothing was added.").arg(value->text()));
        return;
    }
    Figure figure;
    figure.company = company;
    figure.quarter = *q;
    figure.metric = metric->currentData().toString();
    figure.kind = FigureKind::Estimate;
    figure.value = number;
    figure.note = note->text().trimmed();
    figure.status = u"estimate"_s;
    figure.source = tr("entered by hand");
    for (const Figure &existing : m_repository->figures(company)) {
        if (existing.quarter == figure.quarter && existing.periodEnd.isValid())
            figure.periodEnd = existing.periodEnd;
    }
    if (m_model->addFigure(figure))
        emit statusMessage(tr("Added an estimate of %1 for %2").arg(metric->currentText(), q->toString()));
}

void FiguresDock::addDisclosure()
{
    const QString company = m_model->company();
    if (company.isEmpty())
        return;
    const FigureSet figures = m_repository->figureSet(company);
    ProductDisclosureDialog dialog(company, ProductRamp::productsIn(figures), figures.quarters(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    bool badValue = false;
    const ProductRamp::Entry entry = dialog.entry(&badValue);
    QString error;
    std::optional<Figure> figure;
    if (badValue)
        error = tr("“%1” is not a number").arg(dialog.valueField()->text());
    else
        figure = ProductRamp::figureFor(entry, &error);
    if (!figure) {
        emit errorOccurred(tr("The disclosure was not added: %1.").arg(error));
        return;
    }
    for (const Figure &existing : figures.figures()) {
        if (existing.quarter == figure->quarter && existing.periodEnd.isValid())
            figure->periodEnd = existing.periodEnd;
    }
    if (m_model->addFigure(*figure)) {
        emit statusMessage(tr("Added %1 for %2 (%3)")
                               .arg(MetricCatalog::displayName(figure->metric), figure->quarter.toString(),
                                    FigureFormat::kindName(figure->kind)));
    }
}

void FiguresDock::removeSelected()
{
    // By key: each removal reloads the model and moves the rows after it.
    QList<FigureKey> keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        keys.append(m_model->figureAt(m_proxy->mapToSource(index).row()).key());
    for (const FigureKey &key : std::as_const(keys))
        m_model->removeFigure(m_model->rowFor(key));
}
