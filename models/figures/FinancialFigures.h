#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

// A company's fiscal quarter, written "FY2025Q4". Ordered; next() and previous() cross
// fiscal years.
struct FiscalQuarter
{
    int year = 0;
    int quarter = 0; // 1..4; 0 means invalid

    static std::optional<FiscalQuarter> parse(QStringView text);
    bool isValid() const { return quarter >= 1 && quarter <= 4 && year > 0; }
    QString toString() const;
    QString shortLabel() const; // "Q4 FY25", for crowded axes
    QString yearLabel() const;  // "FY2025", for a fiscal year filed under its fourth quarter
    int ordinal() const { return year * 4 + quarter - 1; }
    FiscalQuarter next() const;
    FiscalQuarter previous() const;
    FiscalQuarter yearAgo() const { return {year - 1, quarter}; }

    friend bool operator==(const FiscalQuarter &, const FiscalQuarter &) = default;
    friend auto operator<=>(const FiscalQuarter &a, const FiscalQuarter &b)
    {
        return a.ordinal() <=> b.ordinal();
    }
};

inline size_t qHash(const FiscalQuarter &q, size_t seed = 0)
{
    return ::qHash(q.ordinal(), seed);
}

// What a figure is: reported, guided for the next quarter, disclosed in a call without
// being a line of the statements, or estimated (by a user or derived).
enum class FigureKind { Actual, Guidance, Disclosed, Estimate };

QString figureKindName(FigureKind kind); // "actual", stored in the library and CSV files
std::optional<FigureKind> figureKindFromName(QStringView name);

// The units a metric is stored in. A statement carries no value, only its text.
namespace Unit {
inline constexpr QLatin1StringView MillionsUsd{"musd"};
inline constexpr QLatin1StringView Percent{"pct"};
inline constexpr QLatin1StringView Usd{"usd"};
inline constexpr QLatin1StringView None{""};
} // namespace Unit

// The metric keys the library knows. Each has one unit.
namespace Metric {
inline constexpr QLatin1StringView Revenue{"revenue"};
inline constexpr QLatin1StringView DataCenter{"data_center"};
inline constexpr QLatin1StringView DataCenterCompute{"data_center_compute"};
inline constexpr QLatin1StringView DataCenterNetworking{"data_center_networking"};
inline constexpr QLatin1StringView Gaming{"gaming"};
inline constexpr QLatin1StringView GaapGrossProfit{"gaap_gross_profit"};
inline constexpr QLatin1StringView GaapGrossMargin{"gaap_gross_margin"};
inline constexpr QLatin1StringView NonGaapGrossMargin{"nongaap_gross_margin"};
inline constexpr QLatin1StringView GaapOperatingIncome{"gaap_operating_income"};
inline constexpr QLatin1StringView GaapNetIncome{"gaap_net_income"};
inline constexpr QLatin1StringView GaapDilutedEps{"gaap_diluted_eps"};
// Outlooks given in a quarter's release for the NEXT quarter.
inline constexpr QLatin1StringView NextRevenueGuidance{"next_revenue_guidance"};
inline constexpr QLatin1StringView NextGaapGrossMarginGuidance{"next_gaap_gross_margin_guidance"};
inline constexpr QLatin1StringView NextNonGaapGrossMarginGuidance{"next_nongaap_gross_margin_guidance"};
inline constexpr QLatin1StringView BlackwellRevenue{"blackwell_revenue"};
inline constexpr QLatin1StringView BlackwellShareOfDcCompute{"blackwell_share_of_dc_compute"};
inline constexpr QLatin1StringView BlackwellSequentialGrowth{"blackwell_sequential_growth"};
inline constexpr QLatin1StringView BlackwellMix{"blackwell_mix"};
inline constexpr QLatin1StringView BlackwellExpectation{"blackwell_expectation"};
// A closing share price a source in the library states (the built-in article), never a feed.
inline constexpr QLatin1StringView SharePriceClose{"share_price_close"};
// A whole fiscal year's figure, for a company the library has no quarters of: the quarterly
// key after this prefix, filed under the year's fourth quarter ("annual_revenue" in FY2024Q4
// is the revenue of fiscal 2024). Kept apart so that no chart takes a year for a quarter.
inline constexpr QLatin1StringView AnnualPrefix{"annual_"};
inline constexpr QLatin1StringView AnnualRevenue{"annual_revenue"};
inline constexpr QLatin1StringView AnnualGaapGrossProfit{"annual_gaap_gross_profit"};
inline constexpr QLatin1StringView AnnualGaapGrossMargin{"annual_gaap_gross_margin"};
inline constexpr QLatin1StringView AnnualGaapOperatingIncome{"annual_gaap_operating_income"};
inline constexpr QLatin1StringView AnnualGaapNetIncome{"annual_gaap_net_income"};
inline constexpr QLatin1StringView AnnualGaapDilutedEps{"annual_gaap_diluted_eps"};
} // namespace Metric

struct MetricDefinition
{
    QLatin1StringView key;
    QLatin1StringView unit;
    const char *label; // untranslated; see MetricDefinition::displayName()

    QString displayName() const;
    bool isStatement() const { return unit.isEmpty(); }
};

struct Figure;

class MetricCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MetricCatalog)
public:
    static const QList<MetricDefinition> &all();
    static const MetricDefinition *find(const QString &key);
    // For any key the library stores, a product's (ProductRamp) too: its name for people
    // (the key itself when unknown) and its unit (nothing when unknown).
    static QString displayName(const QString &key);
    static std::optional<QString> unitOf(const QString &key);
    static int order(const QString &key); // position in all(), for stable sorting
    // Why a figure cannot be stored (unknown metric, wrong unit, missing value, ...), or
    // an empty string when it can.
    static QString problemWith(const Figure &figure);
    static bool isValidTicker(QStringView ticker);
};

// One row of the metrics table: a value of a metric for a company in a quarter, with the
// record of where it comes from.
struct FigureKey
{
    QString company;
    FiscalQuarter quarter;
    QString metric;
    FigureKind kind = FigureKind::Actual;

    friend bool operator==(const FigureKey &, const FigureKey &) = default;
};

inline size_t qHash(const FigureKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.company, k.quarter, k.metric, int(k.kind));
}

struct Figure
{
    QString company; // ticker
    FiscalQuarter quarter;
    QDate periodEnd; // invalid when not known (an outlook for a quarter not yet reported)
    QString metric;
    FigureKind kind = FigureKind::Actual;
    std::optional<double> value; // empty for a statement
    QString unit;
    QString note;   // the text that goes with the value (what was disclosed, the EPS basis)
    QString status; // "confirmed", "secondary", ...
    QString source;
    bool userEntered = false;

    FigureKey key() const { return {company, quarter, metric, kind}; }
    friend bool operator==(const Figure &, const Figure &) = default;
};

// Figures formatted for people: "$39,331M", "73.5%", "$0.89".
class FigureFormat
{
    Q_DECLARE_TR_FUNCTIONS(FigureFormat)
public:
    static QString value(double value, const QString &unit);
    static QString value(const Figure &figure);
    static QString signedPercent(double value);    // "+12.3%"
    static QString percentagePoints(double value); // "+0.4 pt"
    static QString kindName(FigureKind kind);      // translated
    // Exactly what is stored: the shortest text that reads back as the same double.
    static QString exact(double value);
};

// All the figures of one company, indexed by quarter, metric and kind. Derived values
// (growth, net margin, outlook against actual) are computed here from the stored figures
// and never stored themselves; a product's estimates are ProductRamp's.
class FigureSet
{
public:
    FigureSet() = default;
    explicit FigureSet(const QList<Figure> &figures);

    bool isEmpty() const { return m_figures.isEmpty(); }
    // A set of whole fiscal years, each under its fourth quarter (see Metric::AnnualPrefix).
    bool isAnnual() const { return m_annual; }
    // The annual figures under their quarterly keys, for a set without quarterly revenue
    // (a company whose filings the library has by year only); otherwise this set.
    FigureSet chartView() const;
    QString company() const { return m_company; }
    const QList<Figure> &figures() const { return m_figures; }
    // Every quarter with a figure, plus the quarter that the latest outlook is for.
    QList<FiscalQuarter> quarters() const;

    const Figure *find(const FiscalQuarter &q, const QString &metric,
                       FigureKind kind = FigureKind::Actual) const;
    std::optional<double> value(const FiscalQuarter &q, const QString &metric,
                                FigureKind kind = FigureKind::Actual) const;

    // Growth of an actual metric in percent against the quarter one year or one quarter
    // before; empty when either value is missing or the base is zero.
    std::optional<double> yearOverYearGrowth(const FiscalQuarter &q, const QString &metric) const;
    std::optional<double> quarterOverQuarterGrowth(const FiscalQuarter &q, const QString &metric) const;
    // GAAP net income over revenue, in percent.
    std::optional<double> netMargin(const FiscalQuarter &q) const;
    // GAAP operating income over revenue, in percent.
    std::optional<double> operatingMargin(const FiscalQuarter &q) const;
    // The outlook for quarter q: what the release of the quarter before guided.
    const Figure *outlookFor(const FiscalQuarter &q, const QString &guidanceMetric) const;
    // Actual minus outlook for quarter q, in the metric's unit (points for margins).
    std::optional<double> outlookDifference(const FiscalQuarter &q, const QString &guidanceMetric,
                                            const QString &actualMetric) const;

private:
    QString m_company;
    bool m_annual = false;
    QList<Figure> m_figures;
    QHash<FigureKey, qsizetype> m_index;
};
