#include "charts/ChartPanel.h"

#include "charts/ChartExportDialog.h"
#include "charts/ChartPane.h"
#include "figures/MetricRepository.h"
#include "figures/ProductRamp.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChartPanel::ChartPanel(MetricRepository *repository, QWidget *parent)
    : QWidget(parent), m_repository(repository), m_tabs(new QTabWidget(this))
{
    setObjectName(u"chartPanel"_s);
    m_tabs->setObjectName(u"chartTabs"_s);
    m_tabs->setDocumentMode(true);
    for (const QString &id : ChartPane::paneIds()) {
        ChartPane *pane = ChartPane::create(id, m_tabs);
        m_panes.append(pane);
        m_tabs->addTab(pane, pane->paneTitle());
        connect(pane, &ChartPane::exportRequested, this, [this, pane] {
            m_tabs->setCurrentWidget(pane);
            exportCurrentChart();
        });
        connect(pane, &ChartPane::copyRequested, this, [this, pane] {
            m_tabs->setCurrentWidget(pane);
            copyCurrentChart();
        });
        connect(pane, &ChartPane::linkedMarkersClicked, this, &ChartPanel::linkedMarkersClicked);
        connect(pane, &ChartPane::guidedRangesClicked, this, &ChartPanel::guidedRangesClicked);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();

    setCurrentPane(AppSettings::chartPane());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (ChartPane *pane = currentPane())
            AppSettings::setChartPane(pane->paneId());
    });
    connect(m_repository, &MetricRepository::figuresChanged, this, [this](const QString &company) {
        if (company == m_company)
            reload();
    });
}

void ChartPanel::setCompany(const QString &ticker)
{
    if (ticker == m_company && !m_company.isEmpty())
        return;
    m_company = ticker;
    reload();
}

void ChartPanel::reload()
{
    const FigureSet figures = m_repository->figureSet(m_company);
    const QString source = m_company.isEmpty() ? QString() : m_repository->sourceDescription(m_company);
    for (ChartPane *pane : std::as_const(m_panes))
        pane->setFigures(figures, source, m_company);
}

ChartPane *ChartPanel::pane(const QString &paneId) const
{
    for (ChartPane *pane : m_panes) {
        if (pane->paneId() == paneId)
            return pane;
    }
    return nullptr;
}

ChartPane *ChartPanel::currentPane() const
{
    return qobject_cast<ChartPane *>(m_tabs->currentWidget());
}

void ChartPanel::setCurrentPane(const QString &paneId)
{
    if (ChartPane *p = pane(paneId))
        m_tabs->setCurrentWidget(p);
}

void ChartPanel::setGuidedRanges(const QList<GuidedRange> &ranges)
{
    for (ChartPane *pane : std::as_const(m_panes))
        pane->setGuidedRanges(ranges);
}

void ChartPanel::setLinkedMarkers(const QList<LinkedMarker> &markers)
{
    for (ChartPane *pane : std::as_const(m_panes))
        pane->setLinkedQuarters(markers);
}

void ChartPanel::showFigure(const FiscalQuarter &quarter, const QString &metric)
{
    ChartPane *target = currentPane();
    const auto product = ProductRamp::parse(metric);
    for (ChartPane *pane : std::as_const(m_panes)) {
        if (pane->showsMetric(metric) || (product && pane->choices().contains(product->product))) {
            target = pane;
            break;
        }
    }
    if (!target)
        return;
    if (product)
        target->setChoice(product->product);
    m_tabs->setCurrentWidget(target);
    if (!target->visibleQuarters().contains(quarter))
        target->setRange(std::min(quarter, target->rangeFrom()), std::max(quarter, target->rangeTo()));
    for (ChartPane *pane : std::as_const(m_panes))
        pane->highlightQuarter(pane == target ? quarter : FiscalQuarter{});
}

ChartExporter::Options ChartPanel::savedOptions(const ChartPalette &palette)
{
    ChartExporter::Options options;
    options.size = AppSettings::exportSize();
    options.scale = AppSettings::chartExportScale(options.scale);
    options.palette = palette;
    return options;
}

ChartExporter::Options ChartPanel::defaultOptions() const
{
    const ChartPane *pane = currentPane();
    return savedOptions(pane ? pane->chartPalette() : ChartExporter::Options().palette);
}

QString ChartPanel::suggestedPath(const QString &baseName)
{
    const QString folder = AppSettings::folder(AppSettings::Folder::Charts);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder)
        .filePath(u"%1.%2"_s.arg(baseName, AppSettings::exportFormat()));
}

QString ChartPanel::suggestedExportPath() const
{
    const ChartPane *pane = currentPane();
    return suggestedPath(u"%1-%2"_s.arg(m_company.toLower(), pane ? pane->paneId() : u"chart"_s));
}

bool ChartPanel::exportCurrentChartTo(const QString &path, const ChartExporter::Options &options,
                                      QString *error)
{
    const ChartPane *pane = currentPane();
    if (!pane || !pane->exportSpec().hasData()) {
        *error = tr("There is no chart to export: open a call of a company with figures.");
        return false;
    }
    return ChartExporter::exportPane(*pane, path, options, error);
}

void ChartPanel::exportCurrentChart()
{
    ChartPane *pane = currentPane();
    if (!pane || !pane->exportSpec().hasData()) {
        emit errorOccurred(tr("There is no chart to export: open a call of a company with figures."));
        return;
    }
    const auto target = askExportTarget(this, suggestedExportPath(), defaultOptions());
    if (target)
        exportCurrentChartWithProgress(target->first, target->second);
}

std::optional<std::pair<QString, ChartExporter::Options>>
ChartPanel::askExportTarget(QWidget *parent, const QString &suggestedPath,
                            const ChartExporter::Options &defaults)
{
    // The format chosen in the settings is the one offered first; the file name decides.
    const QString format = AppSettings::exportFormat();
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = format == u"svg"_s ? svg : format == u"pdf"_s ? pdf : png;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Chart"), suggestedPath,
                                                QStringList{png, svg, pdf}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return std::nullopt;
    if (!ChartExporter::formatForPath(path))
        path += filter == svg ? u".svg"_s : filter == pdf ? u".pdf"_s : u".png"_s;

    ChartExportDialog dialog(defaults, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const ChartExporter::Options options = dialog.options();
    AppSettings::setFolder(AppSettings::Folder::Charts, QFileInfo(path).absolutePath());
    AppSettings::setExportSize(options.size);
    AppSettings::setChartExportScale(options.scale);
    return std::pair{path, options};
}

ChartExportJob::Outcome ChartPanel::exportCurrentChartWithProgress(const QString &path,
                                                                   const ChartExporter::Options &options)
{
    ChartPane *pane = currentPane();
    if (!pane || !pane->exportSpec().hasData()) {
        emit errorOccurred(tr("There is no chart to export: open a call of a company with figures."));
        return ChartExportJob::Outcome::Failed;
    }
    emit statusMessage(
        tr("Exporting the %1 chart to %2…").arg(pane->paneTitle(), QDir::toNativeSeparators(path)));
    QString error;
    const auto outcome =
        ChartExportJob::run(this, pane->exportSpec(), pane->hiddenSeries(), path, options, &error);
    switch (outcome) {
    case ChartExportJob::Outcome::Exported:
        emit statusMessage(
            tr("Exported the %1 chart to %2").arg(pane->paneTitle(), QDir::toNativeSeparators(path)));
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

void ChartPanel::copyCurrentChart()
{
    ChartPane *pane = currentPane();
    if (!pane || !pane->exportSpec().hasData()) {
        emit errorOccurred(tr("There is no chart to copy: open a call of a company with figures."));
        return;
    }
    ChartExporter::copyToClipboard(*pane, defaultOptions());
    emit statusMessage(tr("Copied the %1 chart as an image").arg(pane->paneTitle()));
}

void ChartPanel::retranslate()
{
    m_tabs->setAccessibleName(tr("Charts"));
    for (int i = 0; i < m_panes.size(); ++i)
        m_tabs->setTabText(i, m_panes.at(i)->paneTitle());
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
