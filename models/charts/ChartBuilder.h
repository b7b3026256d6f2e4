#pragma once

#include "charts/ChartSpec.h"
#include "figures/FinancialFigures.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <utility>

// A range management guided on a call for a metric in one quarter, as the guidance ledger
// read it, with how it turned out.
struct GuidedRange
{
    FiscalQuarter quarter;
    QString metric; // the figure it is about: revenue, gaap_gross_margin, nongaap_gross_margin, gross_margin
    double low = 0; // in the metric's unit (millions of US dollars, percent)
    double high = 0;
    QString text; // the call, the quote and the outcome, for the tooltip
    // The passage it was read from.
    qint64 callId = 0;
    qint64 turnId = 0;
    int start = 0;
    int end = 0;

    // Ranges are drawn in groups, one series each: "revenue", and "margins" for every gross margin
    // (GAAP, non-GAAP, or said with no basis).
    static QString groupOf(const QString &metric)
    {
        return metric == QLatin1StringView("revenue") ? metric : QStringLiteral("margins");
    }
    // The id of the series that draws a group ("guided:margins"), and back.
    static QString seriesId(const QString &group) { return QStringLiteral("guided:") + group; }
    static QString groupOfSeries(const QString &id)
    {
        return id.startsWith(QStringLiteral("guided:")) ? id.mid(7) : QString();
    }
};

// The figures a chart is drawn from: one company's, with a line saying where they come
// from. The company is named apart from its figures, for one that has none yet. A chart
// with choices (the product ramp's products) shows the one named, or its first.
struct ChartInput
{
    FigureSet figures;
    QString company;
    QString sourceDescription;
    QString product;
    QList<GuidedRange> guided;
};

// Turns a company's figures into the ChartSpec of one kind of chart. Widget-free, so the
// window's panes, the command line's export and the tests all read the same spec.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
public:
    virtual ~ChartBuilder() = default;

    // The chart ids the command line and settings use: "revenue", "margin", "product".
    static QStringList ids();
    // Also "blackwell", the product ramp's id before it showed any product, for scripts.
    static std::unique_ptr<ChartBuilder> create(const QString &id);

    virtual QString id() const = 0;
    virtual QString title() const = 0;       // the tab's text
    virtual QStringList metrics() const = 0; // the metric keys this chart plots

    // The span over which this chart has something to show; invalid quarters if none.
    virtual std::pair<FiscalQuarter, FiscalQuarter> defaultRange(const ChartInput &input) const;
    // The quarters with figures in [from, to].
    static QList<FiscalQuarter> quartersBetween(const FigureSet &figures, const FiscalQuarter &from,
                                                const FiscalQuarter &to);
    virtual ChartSpec build(const ChartInput &input, const QList<FiscalQuarter> &quarters) const = 0;
    // What a company without any of this chart's figures lacks, and how to add it.
    virtual QString missingFigures(const QString &company) const = 0;
    // Whether the figures hold any value of the metrics this chart plots.
    virtual bool hasFiguresFor(const FigureSet &figures) const;
    // What the reader may pick between for this company (ChartInput::product); none for
    // a chart that shows one thing.
    virtual QStringList choices(const ChartInput &) const { return {}; }

protected:
    // The footnote every chart shares: where the figures of those metrics in those quarters
    // come from.
    static QString sourceLine(const ChartInput &input, const QStringList &metrics,
                              const QList<FiscalQuarter> &quarters, const QString &derivedNote);
    // A label format whose ticks read as distinct numbers on an axis that reaches the
    // points: whole numbers for tens, a decimal for units, two for less.
    static QString labelFormatFor(const QList<ChartPoint> &points);
    // The series that have points: a legend offers nothing that is not drawn.
    static QList<ChartSeriesSpec> withPoints(const QList<ChartSeriesSpec> &series);
    // The ranges of a group the calls guided for the spec's quarters, one bar beside each
    // quarter from the lowest to the highest end guided for it, the quotes in its tooltip;
    // divided by `scale` to the axis's unit.
    static ChartSeriesSpec guidedSeries(const ChartSpec &spec, const QList<GuidedRange> &ranges,
                                        const QString &group, const QString &name, double scale);
};
