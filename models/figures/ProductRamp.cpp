#include "figures/ProductRamp.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kPrefix = u"product:"_s;

// Blackwell's keys, from before products were named in the key.
struct LegacyKey
{
    QLatin1StringView metric;
    ProductRamp::Kind kind;
};
const LegacyKey kBlackwellKeys[] = {
    {Metric::BlackwellRevenue, ProductRamp::Kind::Revenue},
    {Metric::BlackwellShareOfDcCompute, ProductRamp::Kind::Share},
    {Metric::BlackwellSequentialGrowth, ProductRamp::Kind::Growth},
    {Metric::BlackwellExpectation, ProductRamp::Kind::Statement},
    {Metric::BlackwellMix, ProductRamp::Kind::Share},
};

bool isBuiltIn(const QString &product)
{
    return product.compare(ProductRamp::BuiltIn, Qt::CaseInsensitive) == 0;
}

} // namespace

QString ProductRamp::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Revenue:
        return u"revenue"_s;
    case Kind::Share:
        return u"share"_s;
    case Kind::Growth:
        return u"growth"_s;
    case Kind::Statement:
        return u"statement"_s;
    }
    return {};
}

std::optional<ProductRamp::Kind> ProductRamp::kindFromName(QStringView name)
{
    for (Kind kind : kinds()) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString ProductRamp::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Revenue:
        return tr("Revenue (US$ millions)");
    case Kind::Share:
        return tr("Share (%)");
    case Kind::Growth:
        return tr("Sequential growth (%)");
    case Kind::Statement:
        return tr("Statement (text only)");
    }
    return {};
}

QString ProductRamp::unitOf(Kind kind)
{
    switch (kind) {
    case Kind::Revenue:
        return Unit::MillionsUsd;
    case Kind::Share:
    case Kind::Growth:
        return Unit::Percent;
    case Kind::Statement:
        return Unit::None;
    }
    return {};
}

bool ProductRamp::isValidName(QStringView name)
{
    static const QRegularExpression pattern(u"^[\\p{L}\\p{N}](?:[\\p{L}\\p{N} .+/\\-]*[\\p{L}\\p{N}+])?$"_s);
    return name.size() <= MaxNameLength && pattern.match(name.toString()).hasMatch();
}

QString ProductRamp::metricKey(const QString &product, Kind kind)
{
    if (isBuiltIn(product)) {
        for (const LegacyKey &key : kBlackwellKeys) {
            if (key.kind == kind)
                return key.metric;
        }
    }
    return kPrefix + product + u':' + kindName(kind);
}

std::optional<ProductRamp::Parsed> ProductRamp::parse(const QString &metric)
{
    for (const LegacyKey &key : kBlackwellKeys) {
        if (metric == key.metric)
            return Parsed{BuiltIn, key.kind};
    }
    if (!metric.startsWith(kPrefix))
        return std::nullopt;
    const qsizetype colon = metric.lastIndexOf(u':');
    const QString name = metric.mid(kPrefix.size(), colon - kPrefix.size());
    const auto kind = kindFromName(QStringView(metric).mid(colon + 1));
    // The built-in product's disclosures have their own keys; a second spelling would
    // split them in two.
    if (!kind || !isValidName(name) || isBuiltIn(name))
        return std::nullopt;
    return Parsed{name, *kind};
}

QString ProductRamp::displayName(const QString &metric)
{
    const auto parsed = parse(metric);
    if (!parsed || !metric.startsWith(kPrefix))
        return {};
    switch (parsed->kind) {
    case Kind::Revenue:
        return tr("%1 revenue").arg(parsed->product);
    case Kind::Share:
        return tr("%1 share of revenue").arg(parsed->product);
    case Kind::Growth:
        return tr("%1 sequential growth").arg(parsed->product);
    case Kind::Statement:
        return tr("%1 statement").arg(parsed->product);
    }
    return {};
}

QStringList ProductRamp::productsIn(const FigureSet &figures)
{
    QStringList names;
    for (const Figure &figure : figures.figures()) {
        if (const auto parsed = parse(figure.metric); parsed && !names.contains(parsed->product))
            names.append(parsed->product);
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        if (isBuiltIn(a) != isBuiltIn(b))
            return isBuiltIn(a);
        return a.localeAwareCompare(b) < 0;
    });
    return names;
}

QString ProductRamp::baseMetric(const QString &product)
{
    return isBuiltIn(product) ? QString(Metric::DataCenterCompute) : QString(Metric::Revenue);
}

QStringList ProductRamp::metricsOf(const QString &product)
{
    QStringList keys;
    if (isBuiltIn(product)) {
        for (const LegacyKey &key : kBlackwellKeys)
            keys << key.metric;
        return keys;
    }
    for (Kind kind : kinds())
        keys << metricKey(product, kind);
    return keys;
}

std::optional<Figure> ProductRamp::figureFor(const Entry &entry, QString *error)
{
    const QString product = entry.product.simplified();
    if (!isValidName(product)) {
        *error = tr("“%1” is not a product name: up to %2 letters, digits, spaces and . + - /")
                     .arg(product)
                     .arg(MaxNameLength);
        return std::nullopt;
    }
    if (!entry.quarter.isValid()) {
        *error = tr("the fiscal quarter is not valid (expected FY2026Q1)");
        return std::nullopt;
    }
    if (entry.kind == Kind::Statement && entry.text.trimmed().isEmpty()) {
        *error = tr("a statement needs the words that were said");
        return std::nullopt;
    }
    if (entry.kind != Kind::Statement && !entry.value) {
        *error = tr("%1 needs a number").arg(kindLabel(entry.kind));
        return std::nullopt;
    }
    // Nothing is shown without where it comes from, an estimate included.
    if (entry.source.trimmed().isEmpty()) {
        *error = entry.estimate
                     ? tr("say what the estimate is based on, as its source")
                     : tr("say where it was disclosed (the call, release or filing), as its source");
        return std::nullopt;
    }
    Figure figure;
    figure.company = entry.company;
    figure.quarter = entry.quarter;
    figure.metric = metricKey(product, entry.kind);
    figure.kind = entry.estimate ? FigureKind::Estimate : FigureKind::Disclosed;
    if (entry.kind != Kind::Statement)
        figure.value = entry.value;
    figure.unit = unitOf(entry.kind);
    figure.note = entry.text.trimmed();
    figure.status = figureKindName(figure.kind);
    figure.source = entry.source.simplified();
    figure.userEntered = true;
    const QString problem = MetricCatalog::problemWith(figure);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return figure;
}

std::optional<ProductRamp::Derivation>
ProductRamp::revenueEstimate(const FigureSet &figures, const QString &product, const FiscalQuarter &q)
{
    const QString revenue = metricKey(product, Kind::Revenue);
    if (figures.find(q, revenue, FigureKind::Disclosed))
        return std::nullopt;
    const Figure *share = figures.find(q, metricKey(product, Kind::Share), FigureKind::Disclosed);
    const Figure *base = figures.find(q, baseMetric(product));
    if (share && share->value && base && base->value)
        return Derivation{*share->value / 100.0 * *base->value, {share, base}, std::nullopt};

    const Figure *growth = figures.find(q, metricKey(product, Kind::Growth), FigureKind::Disclosed);
    if (!growth || !growth->value)
        return std::nullopt;
    std::optional<double> previousValue;
    QList<const Figure *> inputs{growth};
    if (const Figure *disclosed = figures.find(q.previous(), revenue, FigureKind::Disclosed);
        disclosed && disclosed->value) {
        previousValue = disclosed->value;
        inputs.append(disclosed);
    } else if (const auto previous = revenueEstimate(figures, product, q.previous())) {
        previousValue = previous->value;
        inputs.append(previous->inputs);
    }
    if (!previousValue)
        return std::nullopt;
    return Derivation{*previousValue * (1.0 + *growth->value / 100.0), inputs, previousValue};
}
