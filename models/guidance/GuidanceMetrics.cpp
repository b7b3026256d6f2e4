#include "guidance/GuidanceMetrics.h"

#include "figures/FinancialFigures.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString GuidanceMetric::displayName() const
{
    return GuidanceMetrics::tr(label);
}

bool GuidanceMetric::isPercent() const
{
    return unit == Unit::Percent;
}

const QList<GuidanceMetric> &GuidanceMetrics::all()
{
    using namespace Metric;
    static const QList<GuidanceMetric> metrics = {
        {Revenue, Unit::MillionsUsd, Revenue, {}, NextRevenueGuidance, QT_TR_NOOP("Revenue")},
        {DataCenter, Unit::MillionsUsd, DataCenter, {}, {}, QT_TR_NOOP("Data Center revenue")},
        {Gaming, Unit::MillionsUsd, Gaming, {}, {}, QT_TR_NOOP("Gaming revenue")},
        {GaapGrossMargin,
         Unit::Percent,
         GaapGrossMargin,
         {},
         NextGaapGrossMarginGuidance,
         QT_TR_NOOP("GAAP gross margin")},
        {NonGaapGrossMargin,
         Unit::Percent,
         NonGaapGrossMargin,
         {},
         NextNonGaapGrossMarginGuidance,
         QT_TR_NOOP("Non-GAAP gross margin")},
        // "Gross margins" with no basis: checked against the non-GAAP margin where one is
        // stored, as companies that report both usually mean, else the GAAP one.
        {QLatin1StringView("gross_margin"),
         Unit::Percent,
         NonGaapGrossMargin,
         GaapGrossMargin,
         {},
         QT_TR_NOOP("Gross margin")},
        {QLatin1StringView("gaap_operating_expenses"),
         Unit::MillionsUsd,
         {},
         {},
         {},
         QT_TR_NOOP("GAAP operating expenses")},
        {QLatin1StringView("nongaap_operating_expenses"),
         Unit::MillionsUsd,
         {},
         {},
         {},
         QT_TR_NOOP("Non-GAAP operating expenses")},
        {QLatin1StringView("operating_expenses"),
         Unit::MillionsUsd,
         {},
         {},
         {},
         QT_TR_NOOP("Operating expenses")},
        {QLatin1StringView("other_income"),
         Unit::MillionsUsd,
         {},
         {},
         {},
         QT_TR_NOOP("Other income and expense")},
        {QLatin1StringView("gaap_tax_rate"), Unit::Percent, {}, {}, {}, QT_TR_NOOP("GAAP tax rate")},
        {QLatin1StringView("nongaap_tax_rate"), Unit::Percent, {}, {}, {}, QT_TR_NOOP("Non-GAAP tax rate")},
        {QLatin1StringView("tax_rate"), Unit::Percent, {}, {}, {}, QT_TR_NOOP("Tax rate")},
        // A segment the figures do not hold ("Moving to ProViz. Revenue was $511 million"):
        // named so that its numbers are listed, and never checked.
        {QLatin1StringView("segment_revenue"),
         Unit::MillionsUsd,
         {},
         {},
         {},
         QT_TR_NOOP("A segment's revenue")},
        {GaapOperatingIncome, Unit::MillionsUsd, GaapOperatingIncome, {}, {}, QT_TR_NOOP("Operating income")},
        {GaapNetIncome, Unit::MillionsUsd, GaapNetIncome, {}, {}, QT_TR_NOOP("GAAP net income")},
    };
    return metrics;
}

const GuidanceMetric *GuidanceMetrics::find(QStringView key)
{
    for (const GuidanceMetric &metric : all()) {
        if (metric.key == key)
            return &metric;
    }
    return nullptr;
}

QString GuidanceMetrics::displayName(QStringView key)
{
    const GuidanceMetric *metric = find(key);
    return metric ? metric->displayName() : key.toString();
}

namespace {

// A family of metrics that a basis word (GAAP, non-GAAP, 非GAAP) picks from.
struct Family
{
    QRegularExpression pattern;
    QLatin1StringView plain;
    QLatin1StringView gaap;
    QLatin1StringView nonGaap;
};

const QList<Family> &families()
{
    // The basis comes first: "GAAP and non-GAAP gross margins", "non-GAAP gross margin",
    // 非GAAP毛利率, GAAP和非GAAP毛利率.
    static const QString basis =
        u"(?<basis>(?:gaap\\s*(?:and|和|与|及)\\s*(?:non|非)[- ]?gaap|(?:non|非)[- ]?gaap|gaap)\\s*)?"_s;
    static const QList<Family> list = {
        {QRegularExpression(basis + u"(?:gross\\s+margins?|毛利率)"_s), QLatin1StringView("gross_margin"),
         Metric::GaapGrossMargin, Metric::NonGaapGrossMargin},
        {QRegularExpression(
             basis + u"(?:operating\\s+expenses|opex\\b|营业费用|营运费用|运营费用|营业开支|经营费用)"_s),
         QLatin1StringView("operating_expenses"), QLatin1StringView("gaap_operating_expenses"),
         QLatin1StringView("nongaap_operating_expenses")},
        {QRegularExpression(
             basis +
             u"(?:other\\s+income(?:\\s+and\\s+expenses?)?|other\\s+incom\\w*\\s+expenses|其他收入)"_s),
         QLatin1StringView("other_income"), QLatin1StringView("other_income"),
         QLatin1StringView("other_income")},
        {QRegularExpression(basis + u"(?:(?:effective\\s+)?tax\\s+rates?|税率)"_s),
         QLatin1StringView("tax_rate"), QLatin1StringView("gaap_tax_rate"),
         QLatin1StringView("nongaap_tax_rate")},
        {QRegularExpression(u"(?:data\\s+center|数据中心(?:业务)?)\\s*(?:revenue|营收|收入|销售额)"_s),
         Metric::DataCenter, Metric::DataCenter, Metric::DataCenter},
        {QRegularExpression(u"(?:gaming|游戏(?:业务)?)\\s*(?:revenue|营收|收入|销售额)"_s), Metric::Gaming,
         Metric::Gaming, Metric::Gaming},
        {QRegularExpression(
             u"(?:(?:total\\s+)?revenues?\\b|(?:total\\s+|net\\s+)sales\\b|(?:总)?营收|总收入|营业收入)"_s),
         Metric::Revenue, Metric::Revenue, Metric::Revenue},
        {QRegularExpression(basis + u"(?:operating\\s+(?:income|profit)\\b|营业利润|经营利润)"_s),
         Metric::GaapOperatingIncome, Metric::GaapOperatingIncome, Metric::GaapOperatingIncome},
        {QRegularExpression(u"(?:gaap\\s+)?net\\s+income|净利润|净利"_s), Metric::GaapNetIncome,
         Metric::GaapNetIncome, Metric::GaapNetIncome},
    };
    return list;
}

// "Revenue" alone is the company's when nothing narrows it: "networking revenue", "China
// revenue" and 中國業務的營收 are parts of it, which no stored figure holds.
bool namesTheWhole(const QString &text, int start, int end)
{
    // "revenue from Productivity and Business Processes"
    if (QStringView(text).mid(end).trimmed().startsWith(u"from "_s))
        return false;
    int wordEnd = start;
    while (wordEnd > 0 && text.at(wordEnd - 1).isSpace())
        --wordEnd;
    if (wordEnd == 0)
        return true;
    const QChar before = text.at(wordEnd - 1);
    if (before.script() == QChar::Script_Han)
        return before != u'的' && !text.left(wordEnd).endsWith(u"业务"_s);
    if (!before.isLetter())
        return true;
    int wordStart = wordEnd;
    while (wordStart > 0 && (text.at(wordStart - 1).isLetter() || text.at(wordStart - 1) == u'-'))
        --wordStart;
    static const QStringList whole = {
        u"total"_s, u"our"_s, u"record"_s, u"quarterly"_s, u"full-year"_s, u"year"_s, u"the"_s, u"of"_s,
        u"and"_s, u"in"_s, u"that"_s, u"fiscal"_s, u"overall"_s, u"company"_s, u"for"_s, u"with"_s, u"q1"_s,
        u"q2"_s, u"q3"_s, u"q4"_s, u"gaap"_s, u"annual"_s, u"sequential"_s, u"to"_s, u"a"_s, u"as"_s,
        // verbs that take the company's revenue as their object
        u"expect"_s, u"expects"_s, u"expected"_s, u"anticipate"_s, u"see"_s, u"saw"_s, u"had"_s, u"has"_s,
        u"have"_s, u"generated"_s, u"delivered"_s, u"reported"_s, u"grow"_s, u"grew"_s, u"guide"_s,
        u"guided"_s};
    return whole.contains(text.mid(wordStart, wordEnd - wordStart));
}

} // namespace

QList<MetricMention> GuidanceMetrics::mentionsIn(const QString &text)
{
    QList<MetricMention> mentions;
    for (const Family &family : families()) {
        auto it = family.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int start = int(m.capturedStart());
            const int end = int(m.capturedEnd());
            // "Data Center revenue" is one metric, not Data Center and revenue.
            if (std::any_of(mentions.cbegin(), mentions.cend(),
                            [&](const MetricMention &o) { return start < o.end && o.start < end; }))
                continue;
            // A segment's own words (Data Center, Gaming) already name the part.
            if (family.plain != Metric::DataCenter && family.plain != Metric::Gaming &&
                !namesTheWhole(text, start, end))
                continue;
            const QString basis = m.captured(u"basis");
            QList<QLatin1StringView> keys;
            if (basis.isEmpty())
                keys = {family.plain};
            else if (basis.contains(u"and"_s) || basis.contains(u'和') || basis.contains(u'与') ||
                     basis.contains(u'及'))
                keys = {family.gaap, family.nonGaap};
            else if (basis.contains(u"non"_s) || basis.contains(u'非'))
                keys = {family.nonGaap};
            else
                keys = {family.gaap};
            MetricMention mention{{}, start, end};
            for (QLatin1StringView key : keys) {
                if (const GuidanceMetric *metric = find(QString(key));
                    metric && !mention.metrics.contains(metric))
                    mention.metrics.append(metric);
            }
            mentions.append(mention);
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const MetricMention &a, const MetricMention &b) { return a.start < b.start; });
    return mentions;
}
