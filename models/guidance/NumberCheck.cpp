#include "guidance/NumberCheck.h"

#include "figures/FigureSource.h"
#include "figures/FinancialFigures.h"
#include "guidance/GuidanceExtractor.h"
#include "guidance/GuidanceMetrics.h"
#include "guidance/TargetPeriod.h"
#include "pairing/TextNumber.h"
#include "store/LibraryRecords.h"
#include "text/SearchText.h"
#include "transcript/Transcript.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

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
    // An outlook is filed under the quarter whose release gave it, the one before.
    const bool outlook = claim.measure == NumberClaim::Measure::Outlook;
    if (const Figure *stored = figures.find(outlook ? claim.period.to.previous() : claim.period.to, key,
                                            outlook ? FigureKind::Guidance : FigureKind::Actual)) {
        claim.figureSource = stored->source;
        claim.figureSourceText = FigureSource::readable(*stored);
    }
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

constexpr int kDirectionReach = 24; // how far before a percentage its direction is said

const QRegularExpression &falling()
{
    static const QRegularExpression pattern(
        u"\\b(?:down|decreas\\w*|declin\\w*|fell|fall\\w*|lower|drop\\w*|contract\\w*)\\b[^\\d%]*$|"
        u"(?:下降|减少|下滑|下跌|衰退|降低)[^\\d%]*$"_s);
    return pattern;
}

const QRegularExpression &rising()
{
    static const QRegularExpression pattern(
        u"\\b(?:up|increas\\w*|grew|grow\\w*|rose|rise\\w*|higher|expand\\w*)\\b[^\\d%]*$|(?:增长|上升|提高|成长)[^\\d%]*$"_s);
    return pattern;
}

bool joinedByAnd(const QString &folded, const TextNumber &previous, const TextNumber &number)
{
    const int end = previous.start + int(previous.text.size());
    static const QRegularExpression join(u"^[^\\d%,;]*\\s(?:and|和|及)\\s*$"_s);
    return join.match(folded.mid(end, number.start - end)).hasMatch();
}

// The segment a "Starting with ..." or "Moving to ..." sentence turns to: a known metric, or
// a segment's revenue, which the figures do not hold; nullptr for the whole company again.
std::optional<const GuidanceMetric *> segmentInFocus(const QString &folded)
{
    static const QRegularExpression turnTo(u"^\\s*(?:(?:now|so|and|next|ok|okay),?\\s+)?(?:starting|moving(?:"
                                           u"\\s+on)?|turning|let\\s+me\\s+turn)\\s+(?:with|to)\\s+"
                                           u"(?<name>[^.,;]{2,60})"_s);
    const QRegularExpressionMatch m = turnTo.match(folded);
    if (!m.hasMatch())
        return std::nullopt;
    const QString name = m.captured(u"name");
    if (name.contains(u"data center"_s))
        return GuidanceMetrics::find(QString(Metric::DataCenter));
    if (name.contains(u"gaming"_s))
        return GuidanceMetrics::find(QString(Metric::Gaming));
    if (name.contains(u"outlook"_s) || name.contains(u"p&l"_s) || name.contains(u"income statement"_s))
        return nullptr;
    return GuidanceMetrics::find(u"segment_revenue"_s);
}

QList<MetricMention> withFocus(QList<MetricMention> mentions, const GuidanceMetric *focus)
{
    for (MetricMention &mention : mentions) {
        if (mention.metrics.size() == 1 && mention.metrics.first()->key == Metric::Revenue)
            mention.metrics = {focus};
    }
    return mentions;
}

// "the low 70s", 70%出頭: a band, which states no figure to check.
bool isBand(const TextNumber &number)
{
    const QString text = SearchText::normalise(number.text);
    return text.contains(u"low"_s) || text.contains(u"mid"_s) || text.contains(u"high"_s) ||
           text.endsWith(u's');
}

// A sentence may speak of a part under the whole's name: in a paragraph about one segment,
// "Full-year revenue of $11.4 billion increased 9%" is the segment's. An amount less than
// half or more than twice the figure is taken for such a part, and every number of the same
// metric in its sentence with it is left unchecked rather than called different.
void setAsidePartsOfAMetric(QList<NumberClaim> &claims, qsizetype from)
{
    QSet<QString> parts;
    for (qsizetype i = from; i < claims.size(); ++i) {
        const NumberClaim &claim = claims.at(i);
        if (claim.measure == NumberClaim::Measure::Value && claim.unit == Unit::MillionsUsd &&
            claim.figureValue && *claim.figureValue != 0) {
            const double ratio = claim.value / *claim.figureValue;
            if (ratio < 0.5 || ratio > 2)
                parts.insert(claim.metric);
        }
    }
    for (qsizetype i = from; i < claims.size(); ++i) {
        NumberClaim &claim = claims[i];
        if (!parts.contains(claim.metric))
            continue;
        claim.result = NumberClaim::Result::Unknown;
        claim.figureMetric.clear();
        claim.figureValue.reset();
        claim.figureSource.clear();
        claim.figureSourceText.clear();
        claim.figureDerived = false;
        claim.difference.reset();
    }
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
    static const QRegularExpression ahead(u"\\bexpect|\\banticipat|\\bwill\\b|预计|预期将|有望|将会"_s);
    for (const SectionRecord &section : call.sections) {
        for (const TurnRecord &turn : section.turns) {
            if (turn.role == QLatin1StringView(Role::Operator) ||
                turn.role == QLatin1StringView(Role::Analyst))
                continue;
            const GuidanceMetric *focus = nullptr;
            for (const auto &[from, to] : GuidanceExtractor::sentences(turn.text)) {
                const QString sentence = turn.text.mid(from, to - from);
                const QString folded = SearchText::normalise(sentence);
                const qsizetype sentenceStart = claims.size();
                if (const auto named = segmentInFocus(folded))
                    focus = *named;
                if (ahead.match(folded).hasMatch())
                    continue;
                QList<MetricMention> mentions = GuidanceMetrics::mentionsIn(folded);
                // After "Starting with data center.", "Revenue of $30.8 billion" is the
                // segment's; after "Moving to ProViz." it is a part the figures do not hold.
                if (focus)
                    mentions = withFocus(mentions, focus);
                if (mentions.isEmpty())
                    continue;
                const auto periods = reader.findAll(folded);
                const QList<TextNumber> numbers = extractNumbers(sentence);
                bool previousFell = false;
                for (qsizetype i = 0; i < numbers.size(); ++i) {
                    const TextNumber &number = numbers.at(i);
                    if (number.kind == TextNumber::Kind::BasisPoints ||
                        number.kind == TextNumber::Kind::Multiple || isBand(number))
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
                        // "down 22% sequentially", 同比下降11%; "decreased 22% sequentially and 11%
                        // year on year" says it once for both.
                        const QString before = folded.left(number.start).right(kDirectionReach);
                        const bool carried = previousFell && i > 0 && !rising().match(before).hasMatch() &&
                                             joinedByAnd(folded, numbers.at(i - 1), number);
                        previousFell = falling().match(before).hasMatch() || carried;
                        if (previousFell)
                            claim.value = -claim.value;
                    }
                    // Growth is said right after the number ("up 12% sequentially") or
                    // right before it (同比增長78%), between it and its neighbours.
                    const int after = number.start + int(number.text.size());
                    const int nextStart =
                        i + 1 < numbers.size() ? numbers.at(i + 1).start : int(folded.size());
                    const int previousEnd =
                        i > 0 ? numbers.at(i - 1).start + int(numbers.at(i - 1).text.size()) : mention->end;
                    // A comma ends the words that go with a number: in 環比下降22%,同比下降11%
                    // the second cue is the second number's.
                    static const QRegularExpression clauseBreak(u"[,;,;]"_s);
                    QString following = folded.mid(after, std::min(nextStart - after, 40));
                    following.truncate(std::max<qsizetype>(0, following.indexOf(clauseBreak) < 0
                                                                  ? following.size()
                                                                  : following.indexOf(clauseBreak)));
                    QString preceding = folded.mid(std::max(previousEnd, mention->end),
                                                   number.start - std::max(previousEnd, mention->end));
                    preceding = preceding.mid(preceding.lastIndexOf(clauseBreak) + 1);
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
                setAsidePartsOfAMetric(claims, sentenceStart);
            }
        }
    }
    return claims;
}

} // namespace NumberCheck
