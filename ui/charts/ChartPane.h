#pragma once

#include "charts/ChartBuilder.h"
#include "charts/ChartPalette.h"
#include "charts/ChartSpec.h"
#include "charts/LinkedMarker.h"
#include "figures/FinancialFigures.h"

#include <QSet>

#include <QWidget>
#include <memory>

class ChartLegend;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QToolButton;

// One chart of a company's figures, with a quarter range selector above it. Its
// ChartBuilder says what to draw by building a ChartSpec from the FigureSet read from the
// store; the pane renders it, keeps the range, the hidden series (toggled with the legend
// buttons), the highlighted quarter and the linked-passage markers across rebuilds.
class ChartPane : public QWidget
{
    Q_OBJECT
public:
    ChartPane(std::unique_ptr<ChartBuilder> builder, QWidget *parent = nullptr);
    ~ChartPane() override;

    // The chart ids the command line and settings use: "revenue", "margin", "product".
    static QStringList paneIds() { return ChartBuilder::ids(); }
    // nullptr for an unknown id.
    static ChartPane *create(const QString &paneId, QWidget *parent = nullptr);

    QString paneId() const { return m_builder->id(); }
    QString paneTitle() const { return m_builder->title(); } // the tab's text
    QStringList metrics() const { return m_builder->metrics(); }

    // The figures of one company, and a line saying where they come from. The company is
    // named apart from its figures, for one that has none yet.
    void setFigures(const FigureSet &figures, const QString &sourceDescription = {},
                    const QString &company = {});
    const FigureSet &figures() const { return m_input.figures; }
    // What the reader picks between (the product ramp's products), and the one shown;
    // the selector is hidden when there is nothing to pick.
    QStringList choices() const { return m_builder->choices(m_input); }
    QString choice() const;
    void setChoice(const QString &choice);
    QComboBox *choiceSelector() const { return m_choiceBox; }
    QString company() const { return m_input.company; }

    QList<FiscalQuarter> availableQuarters() const { return m_input.figures.quarters(); }
    // The span over which this pane has something to show.
    std::pair<FiscalQuarter, FiscalQuarter> defaultRange() const { return m_builder->defaultRange(m_input); }
    // False, and nothing changes, when the range holds no quarter with figures.
    bool setRange(const FiscalQuarter &from, const FiscalQuarter &to);
    void resetRange();
    FiscalQuarter rangeFrom() const { return m_from; }
    FiscalQuarter rangeTo() const { return m_to; }
    QList<FiscalQuarter> visibleQuarters() const;

    QStringList seriesIds() const;
    void setSeriesVisible(const QString &seriesId, bool visible);
    bool isSeriesVisible(const QString &seriesId) const { return !m_hidden.contains(seriesId); }

    // Follows the widget's palette unless a palette is set here (exports, tests).
    void setChartPalette(const ChartPalette &palette);
    ChartPalette chartPalette() const;

    // The chart-side API for links from the transcript: a band behind one quarter (an
    // invalid quarter clears it), and markers along the top for linked passages.
    void highlightQuarter(const FiscalQuarter &quarter);
    FiscalQuarter highlightedQuarter() const { return m_highlight; }
    void setLinkedQuarters(const QList<LinkedMarker> &markers);
    QList<LinkedMarker> linkedMarkers() const { return m_linked; }
    // The ranges the calls guided, drawn by the panes whose metrics they are.
    void setGuidedRanges(const QList<GuidedRange> &ranges);
    bool showsMetric(const QString &metric) const { return metrics().contains(metric); }

    // What is on screen, including the highlight and linked markers.
    const ChartSpec &spec() const { return m_spec; }
    // What an export draws: the same figures, range and hidden series, without the
    // highlight and linked-passage markers of this session.
    ChartSpec exportSpec() const;
    QSet<QString> hiddenSeries() const { return m_hidden; }
    QChart *chart(); // drawn now if it is stale
    QChartView *chartView() const { return m_view; }
    ChartLegend *legend() const { return m_legend; }
    QComboBox *fromSelector() const { return m_fromBox; }
    QComboBox *toSelector() const { return m_toBox; }

signals:
    void rangeChanged(const FiscalQuarter &from, const FiscalQuarter &to);
    void seriesVisibilityChanged(const QString &seriesId, bool visible);
    // The passages linked at the clicked marker's quarter.
    void linkedMarkersClicked(const QList<LinkedMarker> &markers);
    void guidedRangesClicked(const QList<GuidedRange> &ranges);
    void exportRequested();
    void copyRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void renderChart();
    void fillRangeSelectors();
    void onSelectorChanged();
    void fillChoiceSelector();
    void onPointClicked(const QString &seriesId, int slot);
    void retranslate();

    std::unique_ptr<ChartBuilder> m_builder;
    ChartInput m_input;
    FiscalQuarter m_from;
    FiscalQuarter m_to;
    QSet<QString> m_hidden;
    FiscalQuarter m_highlight;
    QList<LinkedMarker> m_linked;
    std::optional<ChartPalette> m_forcedPalette;
    ChartSpec m_spec;

    QLabel *m_choiceLabel;
    QComboBox *m_choiceBox;
    QLabel *m_rangeLabel;
    QComboBox *m_fromBox;
    QLabel *m_toLabel;
    QComboBox *m_toBox;
    QToolButton *m_resetButton;
    QChartView *m_view;
    ChartLegend *m_legend;
    bool m_updatingSelectors = false;
    bool m_chartStale = true;
};
