#include "figures/FinancialFigures.h"

#include "figures/ProductRamp.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

std::optional<FiscalQuarter> FiscalQuarter::parse(QStringView text)
{
    static const QRegularExpression pattern(u"^FY(\\d{4})Q([1-4])$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    const FiscalQuarter q{match.capturedView(1).toInt(), match.capturedView(2).toInt()};
    if (!q.isValid())
        return std::nullopt;
    return q;
}

QString FiscalQuarter::toString() const
{
    return isValid() ? u"FY%1Q%2"_s.arg(year, 4, 10, QChar(u'0')).arg(quarter) : QString();
}

QString FiscalQuarter::shortLabel() const
{
    return isValid() ? u"Q%1 FY%2"_s.arg(quarter).arg(year % 100, 2, 10, QChar(u'0')) : QString();
}

QString FiscalQuarter::yearLabel() const
{
    return isValid() ? u"FY%1"_s.arg(year, 4, 10, QChar(u'0')) : QString();
}

FiscalQuarter FiscalQuarter::next() const
{
    return quarter == 4 ? FiscalQuarter{year + 1, 1} : FiscalQuarter{year, quarter + 1};
}

FiscalQuarter FiscalQuarter::previous() const
{
    return quarter == 1 ? FiscalQuarter{year - 1, 4} : FiscalQuarter{year, quarter - 1};
}

QString figureKindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Actual:
        return u"actual"_s;
    case FigureKind::Guidance:
        return u"guidance"_s;
    case FigureKind::Disclosed:
        return u"disclosed"_s;
    case FigureKind::Estimate:
        return u"estimate"_s;
    }
    return {};
}

std::optional<FigureKind> figureKindFromName(QStringView name)
{
    for (FigureKind kind :
         {FigureKind::Actual, FigureKind::Guidance, FigureKind::Disclosed, FigureKind::Estimate}) {
        if (name == figureKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString MetricDefinition::displayName() const
{
    return MetricCatalog::tr(label);
}

const QList<MetricDefinition> &MetricCatalog::all()
{
    static const QList<MetricDefinition> metrics = {
        {Metric::Revenue, Unit::MillionsUsd, QT_TR_NOOP("Revenue")},
        {Metric::DataCenter, Unit::MillionsUsd, QT_TR_NOOP("Data center revenue")},
        {Metric::DataCenterCompute, Unit::MillionsUsd, QT_TR_NOOP("Data center compute revenue")},
        {Metric::DataCenterNetworking, Unit::MillionsUsd, QT_TR_NOOP("Data center networking revenue")},
        {Metric::Gaming, Unit::MillionsUsd, QT_TR_NOOP("Gaming revenue")},
        {Metric::GaapGrossProfit, Unit::MillionsUsd, QT_TR_NOOP("GAAP gross profit")},
        {Metric::GaapGrossMargin, Unit::Percent, QT_TR_NOOP("GAAP gross margin")},
        {Metric::NonGaapGrossMargin, Unit::Percent, QT_TR_NOOP("Non-GAAP gross margin")},
        {Metric::GaapOperatingIncome, Unit::MillionsUsd, QT_TR_NOOP("GAAP operating income")},
        {Metric::GaapNetIncome, Unit::MillionsUsd, QT_TR_NOOP("GAAP net income")},
        {Metric::GaapDilutedEps, Unit::Usd, QT_TR_NOOP("GAAP diluted EPS")},
        {Metric::NextRevenueGuidance, Unit::MillionsUsd, QT_TR_NOOP("Revenue outlook for the next quarter")},
        {Metric::NextGaapGrossMarginGuidance, Unit::Percent,
         QT_TR_NOOP("GAAP gross margin outlook for the next quarter")},
        {Metric::NextNonGaapGrossMarginGuidance, Unit::Percent,
         QT_TR_NOOP("Non-GAAP gross margin outlook for the next quarter")},
        {Metric::BlackwellRevenue, Unit::MillionsUsd, QT_TR_NOOP("Blackwell revenue")},
        {Metric::BlackwellShareOfDcCompute, Unit::Percent,
         QT_TR_NOOP("Blackwell share of data center compute")},
        {Metric::BlackwellSequentialGrowth, Unit::Percent, QT_TR_NOOP("Blackwell sequential growth")},
        {Metric::BlackwellMix, Unit::Percent, QT_TR_NOOP("Blackwell product mix")},
        {Metric::BlackwellExpectation, Unit::None, QT_TR_NOOP("Blackwell outlook statement")},
        {Metric::SharePriceClose, Unit::Usd, QT_TR_NOOP("Share price at the close")},
        {Metric::AnnualRevenue, Unit::MillionsUsd, QT_TR_NOOP("Revenue, fiscal year")},
        {Metric::AnnualGaapGrossProfit, Unit::MillionsUsd, QT_TR_NOOP("GAAP gross profit, fiscal year")},
        {Metric::AnnualGaapGrossMargin, Unit::Percent, QT_TR_NOOP("GAAP gross margin, fiscal year")},
        {Metric::AnnualGaapOperatingIncome, Unit::MillionsUsd,
         QT_TR_NOOP("GAAP operating income, fiscal year")},
        {Metric::AnnualGaapNetIncome, Unit::MillionsUsd, QT_TR_NOOP("GAAP net income, fiscal year")},
        {Metric::AnnualGaapDilutedEps, Unit::Usd, QT_TR_NOOP("GAAP diluted EPS, fiscal year")},
    };
    return metrics;
}

const MetricDefinition *MetricCatalog::find(const QString &key)
{
    for (const MetricDefinition &metric : all()) {
        if (key == metric.key)
            return &metric;
    }
    return nullptr;
}

QString MetricCatalog::displayName(const QString &key)
{
    if (const MetricDefinition *metric = find(key))
        return metric->displayName();
    const QString product = ProductRamp::displayName(key);
    return product.isEmpty() ? key : product;
}

std::optional<QString> MetricCatalog::unitOf(const QString &key)
{
    if (const MetricDefinition *metric = find(key))
        return QString(metric->unit);
    if (const auto parsed = ProductRamp::parse(key))
        return ProductRamp::unitOf(parsed->kind);
    return std::nullopt;
}

int MetricCatalog::order(const QString &key)
{
    const MetricDefinition *metric = find(key);
    return metric ? int(metric - all().constData()) : int(all().size());
}

bool MetricCatalog::isValidTicker(QStringView ticker)
{
    static const QRegularExpression pattern(u"^[A-Z0-9][A-Z0-9.\\-]{0,11}$"_s);
    return pattern.match(ticker.toString()).hasMatch();
}

QString MetricCatalog::problemWith(const Figure &figure)
{
    if (!isValidTicker(figure.company))
        return tr("the company \"%1\" is not a ticker (capital letters, digits, dots)").arg(figure.company);
    if (!figure.quarter.isValid())
        return tr("the fiscal quarter is not valid (expected FY2025Q4)");
    const std::optional<QString> unit = unitOf(figure.metric);
    if (!unit)
        return tr("unknown metric \"%1\"").arg(figure.metric);
    if (figure.unit != *unit)
        return tr("the unit of %1 is \"%2\", not \"%3\"").arg(figure.metric, *unit, figure.unit);
    if (unit->isEmpty()) {
        if (figure.value)
            return tr("%1 is a statement and takes no value").arg(figure.metric);
        if (figure.note.trimmed().isEmpty())
            return tr("%1 is a statement and needs its text").arg(figure.metric);
    } else if (!figure.value) {
        return tr("%1 needs a value").arg(figure.metric);
    } else if (!std::isfinite(*figure.value)) {
        return tr("the value of %1 is not a finite number").arg(figure.metric);
    }
    return {};
}

namespace {

// Group separators even when the process runs in the C locale (tests, scripts), since
// "$39331M" is harder to read than "$39,331M".
QLocale displayLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

} // namespace

QString FigureFormat::value(double value, const QString &unit)
{
    const QLocale locale = displayLocale();
    if (unit == Unit::MillionsUsd)
        return tr("$%1M").arg(locale.toString(value, 'f', value == std::trunc(value) ? 0 : 1));
    if (unit == Unit::Percent)
        return tr("%1%").arg(locale.toString(value, 'f', 1));
    if (unit == Unit::Usd)
        return tr("$%1").arg(locale.toString(value, 'f', 2));
    return locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

QString FigureFormat::value(const Figure &figure)
{
    return figure.value ? value(*figure.value, figure.unit) : QString();
}

QString FigureFormat::signedPercent(double value)
{
    const QString number = displayLocale().toString(value, 'f', 1);
    return value > 0 ? tr("+%1%").arg(number) : tr("%1%").arg(number);
}

QString FigureFormat::percentagePoints(double value)
{
    const QString number = displayLocale().toString(value, 'f', 1);
    return value > 0 ? tr("+%1 pt").arg(number) : tr("%1 pt").arg(number);
}

QString FigureFormat::kindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Actual:
        return tr("actual");
    case FigureKind::Guidance:
        return tr("guidance");
    case FigureKind::Disclosed:
        return tr("disclosed");
    case FigureKind::Estimate:
        return tr("estimate");
    }
    return {};
}

QString FigureFormat::exact(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

FigureSet::FigureSet(const QList<Figure> &figures) : m_figures(figures)
{
    if (!m_figures.isEmpty())
        m_company = m_figures.first().company;
    for (qsizetype i = 0; i < m_figures.size(); ++i)
        m_index.insert(m_figures.at(i).key(), i);
}

FigureSet FigureSet::chartView() const
{
    const bool quarterly = std::any_of(m_figures.cbegin(), m_figures.cend(), [](const Figure &f) {
        return f.metric == Metric::Revenue && f.kind == FigureKind::Actual;
    });
    QList<Figure> years;
    for (const Figure &figure : m_figures) {
        if (figure.metric.startsWith(Metric::AnnualPrefix)) {
            years.append(figure);
            years.last().metric = figure.metric.mid(Metric::AnnualPrefix.size());
        }
    }
    if (quarterly || years.isEmpty())
        return *this;
    FigureSet view(years);
    view.m_company = m_company;
    view.m_annual = true;
    return view;
}

QList<FiscalQuarter> FigureSet::quarters() const
{
    QList<FiscalQuarter> result;
    for (const Figure &figure : m_figures) {
        result.append(figure.quarter);
        if (figure.kind == FigureKind::Guidance)
            result.append(figure.quarter.next());
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

const Figure *FigureSet::find(const FiscalQuarter &q, const QString &metric, FigureKind kind) const
{
    const auto it = m_index.constFind(FigureKey{m_company, q, metric, kind});
    return it == m_index.cend() ? nullptr : &m_figures.at(*it);
}

std::optional<double> FigureSet::value(const FiscalQuarter &q, const QString &metric, FigureKind kind) const
{
    const Figure *figure = find(q, metric, kind);
    return figure ? figure->value : std::nullopt;
}

namespace {

std::optional<double> growth(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before || *before == 0)
        return std::nullopt;
    return (*now / *before - 1.0) * 100.0;
}

} // namespace

std::optional<double> FigureSet::yearOverYearGrowth(const FiscalQuarter &q, const QString &metric) const
{
    return growth(value(q, metric), value(q.yearAgo(), metric));
}

std::optional<double> FigureSet::quarterOverQuarterGrowth(const FiscalQuarter &q, const QString &metric) const
{
    return growth(value(q, metric), value(q.previous(), metric));
}

std::optional<double> FigureSet::netMargin(const FiscalQuarter &q) const
{
    const auto income = value(q, Metric::GaapNetIncome);
    const auto revenue = value(q, Metric::Revenue);
    if (!income || !revenue || *revenue == 0)
        return std::nullopt;
    return *income / *revenue * 100.0;
}

std::optional<double> FigureSet::operatingMargin(const FiscalQuarter &q) const
{
    const auto income = value(q, Metric::GaapOperatingIncome);
    const auto revenue = value(q, Metric::Revenue);
    if (!income || !revenue || *revenue == 0)
        return std::nullopt;
    return *income / *revenue * 100.0;
}

const Figure *FigureSet::outlookFor(const FiscalQuarter &q, const QString &guidanceMetric) const
{
    const Figure *figure = find(q.previous(), guidanceMetric, FigureKind::Guidance);
    return figure && figure->value ? figure : nullptr;
}

std::optional<double> FigureSet::outlookDifference(const FiscalQuarter &q, const QString &guidanceMetric,
                                                   const QString &actualMetric) const
{
    const Figure *outlook = outlookFor(q, guidanceMetric);
    const auto actual = value(q, actualMetric);
    if (!outlook || !actual)
        return std::nullopt;
    return *actual - *outlook->value;
}
