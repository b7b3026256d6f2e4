#pragma once

#include "charts/ChartExportJob.h"
#include "transcript/TranscriptView.h"
#include "trends/TermTrend.h"
#include "trends/TrendChart.h"

#include <QDockWidget>
#include <QSet>

class ChartLegend;
class LibraryStore;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;
class QTreeView;
class SearchResultModel;
class TrendTableModel;

// Term trends (docs/TRENDS.md) in the window: terms typed in, counted per speaker or role over
// fiscal quarters for one company or the whole library, drawn as lines or bars from the spec
// TrendChart builds, with the same table beside it. A point or a cell lists its hits with
// snippets; activating a hit asks the window to open the passage.
class TrendPane : public QDockWidget
{
    Q_OBJECT
public:
    explicit TrendPane(LibraryStore *store, QWidget *parent = nullptr);
    ~TrendPane() override;

    // Terms separated by commas (a phrase is one term: "Blackwell Ultra, Rubin").
    void setTerms(const QString &terms);
    // A term's trend for one company (all companies for an empty ticker), shown and counted.
    void showTrend(const QString &term, const QString &companyTicker);
    static QStringList splitTerms(const QString &text);
    void count();

    // The hits of one row of the chart at a slot (all slots when slot is -1).
    void showHits(const QString &rowId, int slot);
    QList<TranscriptView::Highlight> highlightsForCall(qint64 callId) const;

    const TrendChart &chart() const { return m_chart; }
    ChartSpec exportSpec() const;
    QSet<QString> hiddenSeries() const { return m_hidden; }
    QChartView *chartView() const { return m_view; }
    QLineEdit *termsField() const { return m_terms; }
    QTableView *tableView() const { return m_tableView; }
    TrendTableModel *tableModel() const { return m_table; }
    QTreeView *hitsView() const { return m_hitsView; }
    SearchResultModel *hitsModel() const { return m_hits; }
    QLabel *ruleLabel() const { return m_rule; }
    QComboBox *companySelector() const { return m_company; }
    QCheckBox *rateBox() const { return m_rate; }
    QCheckBox *analystsBox() const { return m_noAnalysts; }

    // As the other charts export: the file and size dialogs, then ChartExportJob.
    void exportChart();
    ChartExportJob::Outcome exportChartTo(const QString &path, const ChartExporter::Options &options);
    void copyChart();

signals:
    void hitActivated(qint64 callId, qint64 turnId, int offset, int length);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TrendOptions options() const;
    TrendChart::Measure measure() const;
    TrendChart::Shape shape() const;
    void fillCompanies();
    void redraw();
    void setRule(const QString &text);
    void fitRule();
    void onCellClicked(const QModelIndex &index);
    void activateHit(const QModelIndex &index);
    void retranslate();

    LibraryStore *m_store;
    TrendOptions m_counted; // the options of the trend shown
    TrendChart m_chart;
    TrendTableModel *m_table;
    SearchResultModel *m_hits;
    QSet<QString> m_hidden;
    TranscriptView::TurnSpan m_activeHit;

    QLineEdit *m_terms;
    QPushButton *m_countButton;
    QComboBox *m_company;
    QComboBox *m_split;
    QComboBox *m_shape;
    QCheckBox *m_rate;
    QCheckBox *m_noAnalysts;
    QToolButton *m_exportButton;
    QLabel *m_rule;
    QChartView *m_view;
    ChartLegend *m_legend;
    QTableView *m_tableView;
    QLabel *m_hitsTitle;
    QTreeView *m_hitsView;
};
