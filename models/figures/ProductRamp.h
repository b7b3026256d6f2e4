#pragma once

#include "figures/FinancialFigures.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// What a company said about one of its products, quarter by quarter, kept as figures like
// any other, so the metrics table needs no schema step. A product's metric key is
// "product:<name>:<kind>" ("product:Rubin:revenue"), the name as the reader typed it.
// Blackwell's disclosures came before the scheme and keep their keys (blackwell_revenue,
// blackwell_share_of_dc_compute, blackwell_sequential_growth, blackwell_expectation and
// blackwell_mix, the share of one model in it), so existing libraries and CSV files read
// as the product "Blackwell".
class ProductRamp
{
    Q_DECLARE_TR_FUNCTIONS(ProductRamp)
public:
    // revenue in US$ millions; share of the base metric and sequential growth in percent;
    // a statement is text only.
    enum class Kind { Revenue, Share, Growth, Statement };

    static QList<Kind> kinds() { return {Kind::Revenue, Kind::Share, Kind::Growth, Kind::Statement}; }
    static QString kindName(Kind kind); // "revenue", as in the metric key
    static std::optional<Kind> kindFromName(QStringView name);
    static QString kindLabel(Kind kind); // translated
    static QString unitOf(Kind kind);

    static inline const QString BuiltIn = QStringLiteral("Blackwell");
    static constexpr int MaxNameLength = 40;
    // Letters, digits, spaces and . + - / (no colon, which separates the key's parts).
    static bool isValidName(QStringView name);
    static QString metricKey(const QString &product, Kind kind);

    struct Parsed
    {
        QString product;
        Kind kind = Kind::Revenue;
    };
    // The product and kind of a metric key, or nothing for a metric of no product.
    static std::optional<Parsed> parse(const QString &metric);
    static QString displayName(const QString &metric); // "Rubin revenue"; empty if no product key

    // The products with a disclosure in the figures, Blackwell first, the others by name.
    static QStringList productsIn(const FigureSet &figures);
    // What a product's revenue is drawn beside, and what its share is a share of: data
    // center compute for Blackwell (as NVIDIA discloses it), the company's revenue otherwise.
    static QString baseMetric(const QString &product);
    // Every key a product's disclosures may be stored under.
    static QStringList metricsOf(const QString &product);

    // What a reader enters about a product: a figure for the library, or why it cannot be
    // one (a bad name, no value, a statement without its text, no source).
    struct Entry
    {
        QString company;
        QString product;
        FiscalQuarter quarter;
        Kind kind = Kind::Revenue;
        bool estimate = false; // disclosed by the company otherwise
        std::optional<double> value;
        QString text; // what was said; a statement's whole content
        QString source;
    };
    static std::optional<Figure> figureFor(const Entry &entry, QString *error);

    // An estimate of the product's revenue (US$ millions) where none was disclosed: the
    // disclosed share times the base metric, or the previous quarter's disclosed or
    // estimated revenue grown by the disclosed sequential growth.
    struct Derivation
    {
        double value = 0;
        QList<const Figure *> inputs;
        std::optional<double> base; // the previous quarter's value a growth was applied to
    };
    static std::optional<Derivation> revenueEstimate(const FigureSet &figures, const QString &product,
                                                     const FiscalQuarter &q);
};
