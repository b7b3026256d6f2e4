#include "guidance/NumberCheck.h"

#include "figures/FinancialFigures.h"
#include "guidance/GuidanceExtractor.h"
#include "guidance/GuidanceMetrics.h"
#include "guidance/TargetPeriod.h"
#include "pairing/TextNumber.h"
#include "store/LibraryRecords.h"
#include "text/SearchText.h"
#include "transcript/Transcript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString claimMeasureName(NumberClaim::Measure measure)
{
    switch (measure) {
    case NumberClaim::Measure::Value:
        return u"value"_s;
    case NumberClaim::Measure::YearOverYear:
        return u"yoy"_s;
    case NumberClaim::Measure::QuarterOverQuarter:
        return u"qoq"_s;
    case NumberClaim::Measure::Outlook:
        return u"outlook"_s;
    }
    return {};
}

QString claimResultName(NumberClaim::Result result)
{
    switch (result) {
    case NumberClaim::Result::Match:
        return u"match"_s;
    case NumberClaim::Result::Differs:
        return u"differs"_s;
    case NumberClaim::Result::Unknown:
        return u"unknown"_s;
    }
    return {};
}

namespace {

constexpr int kMetricReach = 60; // how far before a number its metric may be named

const QRegularExpression &yearOverYear()
{
    static const QRegularExpression pattern(
        u"year[- ](?:on|over)[- ]year|from\\s+a\\s+year\\s+ago|from\\s+the\\s+prior\\s+year|y/y|\\byoy\\b|同比"_s);
    return pattern;
}

const QRegularExpression &sequential()
{
    static const QRegularExpression pattern(
        u"sequential|quarter[- ](?:on|over)[- ]quarter|q/q|\\bqoq\\b|环比"_s);
    return pattern;
}

const QRegularExpression &outlookOf()
{
    static const QRegularExpression pattern(
        u"(?:outlook|guidance)\\s+(?:of|for)\\s*$|(?:预期|指引)(?:的)?\\s*$"_s);
    return pattern;
}

// Growth in percent of a quarter's (or year's) value over the one before.
std::optional<double> growth(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before || *before == 0)
        return std::nullopt;
    return (*now / *before - 1) * 100;
}

std::optional<double> valueFor(const FigureSet &figures, const TargetPeriod &period, QLatin1StringView metric)
{
    if (!period.wholeYear)
        return figures.value(period.to, metric);
    double sum = 0;
    for (int q = 1; q <= 4; ++q) {
        const auto one = figures.value({period.from.year, q}, metric);
        if (!one)
            return std::nullopt;
        sum += *one;
    }
    return sum;
}

TargetPeriod shifted(TargetPeriod period, bool year)
{
    if (period.wholeYear) {
        period.from.year -= 1;
        period.to.year -= 1;
    } else {
        period.from = period.to = year ? period.to.yearAgo() : period.to.previous();
    }
    return period;
}

void compare(NumberClaim &claim, const TextNumber &number, const FigureSet &figures,
             const GuidanceMetric &metric)
{
    if (metric.actual.isEmpty() || (metric.isPercent() && claim.measure == NumberClaim::Measure::Value &&
                                    number.kind != TextNumber::Kind::Percent))
        return;
    QLatin1StringView key = metric.actual;
    if (claim.measure == NumberClaim::Measure::Value && !valueFor(figures, claim.period, key) &&
        !metric.fallback.isEmpty())
        key = metric.fallback;
    std::optional<double> figure;
    switch (claim.measure) {
    case NumberClaim::Measure::Value:
        figure = valueFor(figures, claim.period, key);
        claim.figureDerived = claim.period.wholeYear;
        break;
    case NumberClaim::Measure::YearOverYear:
        if (metric.isPercent())
            return;
        figure =
            growth(valueFor(figures, claim.period, key), valueFor(figures, shifted(claim.period, true), key));
        claim.figureDerived = true;
        break;
    case NumberClaim::Measure::QuarterOverQuarter:
        if (metric.isPercent() || claim.period.wholeYear)
            return;
        figure = growth(valueFor(figures, claim.period, key),
                        valueFor(figures, shifted(claim.period, false), key));
        claim.figureDerived = true;
        break;
    case NumberClaim::Measure::Outlook:
        if (metric.outlook.isEmpty() || claim.period.wholeYear)
            return;
        key = metric.outlook;
        if (const Figure *outlook = figures.outlookFor(claim.period.to, key))
            figure = outlook->value;
        break;
    }
    if (!figure)
        return;
    claim.figureMetric = key;
    claim.figureValue = figure;
    if (const Figure *stored = figures.find(
            claim.period.to, key,
            claim.measure == NumberClaim::Measure::Outlook ? FigureKind::Guidance : FigureKind::Actual))
        claim.figureSource = stored->source;
    // Equal at the precision the text states: 393.31億 is exactly $39,331M, "$39.3 billion"
    // is the same figure rounded.
    TextNumber stated = number;
    stated.value = claim.value;
    stated.currency.clear();
    TextNumber reported = stated;
    reported.value = *figure;
    reported.significantDigits = 15;
    stated.kind = reported.kind = TextNumber::Kind::Percent;
    claim.result = stated.sameAs(reported) ? NumberClaim::Result::Match : NumberClaim::Result::Differs;
    claim.difference = claim.value - *figure;
}

} // namespace

namespace NumberCheck {

QList<NumberClaim> check(const CallRecord &call, const FigureSet &figures, int callQuarterEndMonth)
{
    QList<NumberClaim> claims;
    const auto period = FiscalQuarter::parse(call.summary.fiscalPeriod);
    if (!period)
        return claims;
    const TargetPeriodReader reader(*period, callQuarterEndMonth, TargetPeriodReader::Tense::Past);
    static const QRegularExpression ahead(u"\\bexpect|\\banticipat|\\bwill\\s+be\\b|预计|预期将|有望"_s);
    for (const SectionRecord &section : call.sections) {
        for (const TurnRecord &turn : section.turns) {
            if (turn.role == QLatin1StringView(Role::Operator) ||
                turn.role == QLatin1StringView(Role::Analyst))
                continue;
            for (const auto &[from, to] : GuidanceExtractor::sentences(turn.text)) {
                const QString sentence = turn.text.mid(from, to - from);
                const QString folded = SearchText::normalise(sentence);
                if (ahead.match(folded).hasMatch())
                    continue;
                const QList<MetricMention> mentions = GuidanceMetrics::mentionsIn(folded);
                if (mentions.isEmpty())
                    continue;
                const auto periods = reader.findAll(folded);
                const QList<TextNumber> numbers = extractNumbers(sentence);
                for (qsizetype i = 0; i < numbers.size(); ++i) {
                    const TextNumber &number = numbers.at(i);
                    if (number.kind == TextNumber::Kind::BasisPoints ||
                        number.kind == TextNumber::Kind::Multiple)
                        continue;
                    // An outlook recalled ("above our outlook of $37.5 billion") is of the
                    // sentence's metric, however far back it is named.
                    const bool recalled = outlookOf().match(folded.left(number.start)).hasMatch();
                    const MetricMention *mention = nullptr;
                    for (const MetricMention &m : mentions) {
                        if (m.end <= number.start && (recalled || number.start - m.end <= kMetricReach))
                            mention = &m;
                    }
                    if (!mention || mention->metrics.size() != 1)
                        continue;
                    const GuidanceMetric &metric = *mention->metrics.first();
                    NumberClaim claim;
                    claim.turnId = turn.id;
                    claim.start = from + number.start;
                    claim.end = claim.start + int(number.text.size());
                    claim.text = number.text;
                    claim.metric = metric.key;
                    if (number.kind == TextNumber::Kind::Amount) {
                        if (number.currency.isEmpty() && number.value < 1e6)
                            continue;
                        claim.value = number.value / 1e6;
                        claim.unit = Unit::MillionsUsd;
                    } else {
                        claim.value = number.value;
                        claim.unit = Unit::Percent;
                    }
                    // Growth is said right after the number ("up 12% sequentially") or
                    // right before it (同比增長78%), between it and its neighbours.
                    const int after = number.start + int(number.text.size());
                    const int nextStart =
                        i + 1 < numbers.size() ? numbers.at(i + 1).start : int(folded.size());
                    const int previousEnd =
                        i > 0 ? numbers.at(i - 1).start + int(numbers.at(i - 1).text.size()) : mention->end;
                    const QString following = folded.mid(after, std::min(nextStart - after, 40));
                    const QString preceding = folded.mid(std::max(previousEnd, mention->end),
                                                         number.start - std::max(previousEnd, mention->end));
                    if (recalled)
                        claim.measure = NumberClaim::Measure::Outlook;
                    else if (number.kind == TextNumber::Kind::Percent && !metric.isPercent()) {
                        if (yearOverYear().match(following).hasMatch())
                            claim.measure = NumberClaim::Measure::YearOverYear;
                        else if (sequential().match(following).hasMatch())
                            claim.measure = NumberClaim::Measure::QuarterOverQuarter;
                        else if (yearOverYear().match(preceding).hasMatch())
                            claim.measure = NumberClaim::Measure::YearOverYear;
                        else if (sequential().match(preceding).hasMatch())
                            claim.measure = NumberClaim::Measure::QuarterOverQuarter;
                        else
                            continue; // a share or a rate of something the text does not name
                    }
                    const TargetPeriodReader::Found *named = nullptr;
                    for (const auto &found : periods) {
                        if (found.start < number.start)
                            named = &found;
                    }
                    if (named) {
                        claim.period = named->period;
                    } else {
                        claim.period.from = claim.period.to = *period;
                        claim.period.stated = false;
                    }
                    compare(claim, number, figures, metric);
                    claims.append(claim);
                }
            }
        }
    }
    return claims;
}

} // namespace NumberCheck
