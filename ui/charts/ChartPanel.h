#pragma once

#include "charts/ChartBuilder.h"
#include "charts/ChartExportJob.h"
#include "charts/ChartExporter.h"
#include "charts/LinkedMarker.h"

#include <QWidget>

#include <optional>
#include <utility>

class ChartPane;
class MetricRepository;
class QTabWidget;

// The chart panes (revenue, margins, a product ramp) as tabs beside the transcript. They
// show the figures of one company, the company of the open call, and are rebuilt from
// the store whenever its figures change.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(MetricRepository *repository, QWidget *parent = nullptr);

    void setCompany(const QString &ticker);
    QString company() const { return m_company; }

    QTabWidget *tabs() const { return m_tabs; }
    QList<ChartPane *> panes() const { return m_panes; }
    ChartPane *pane(const QString &paneId) const;
    ChartPane *currentPane() const;
    void setCurrentPane(const QString &paneId);

    // For the annotation feature: markers for linked passages on every pane, and "show on
    // chart", which selects the pane plotting the metric and highlights the quarter.
    void setLinkedMarkers(const QList<LinkedMarker> &markers);
    void setGuidedRanges(const QList<GuidedRange> &ranges);
    void showFigure(const FiscalQuarter &quarter, const QString &metric);

    // What an export from the window starts from: the size chosen in the settings, the
    // last scale, the pane's palette; and where the file dialog proposes to write it, in
    // the format chosen in the settings.
    ChartExporter::Options defaultOptions() const;
    QString suggestedExportPath() const;
    // The same for any chart of the window (the trend pane's too): the options kept in the
    // settings with this palette; the file and size dialogs, whose choices are kept, giving
    // nothing when the reader cancels either; and where charts are exported, for a file name.
    static ChartExporter::Options savedOptions(const ChartPalette &palette);
    static std::optional<std::pair<QString, ChartExporter::Options>>
    askExportTarget(QWidget *parent, const QString &suggestedPath, const ChartExporter::Options &defaults);
    static QString suggestedPath(const QString &baseName);

    // Without dialogs, for tests and scripts.
    bool exportCurrentChartTo(const QString &path, const ChartExporter::Options &options, QString *error);
    // With the progress dialog and the status line, as the window exports; no file dialog.
    ChartExportJob::Outcome exportCurrentChartWithProgress(const QString &path,
                                                           const ChartExporter::Options &options);

public slots:
    void exportCurrentChart(); // asks for a file and the size
    void copyCurrentChart();

signals:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);
    void linkedMarkersClicked(const QList<LinkedMarker> &markers);
    void guidedRangesClicked(const QList<GuidedRange> &ranges);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();

    MetricRepository *m_repository;
    QTabWidget *m_tabs;
    QList<ChartPane *> m_panes;
    QString m_company;
};
