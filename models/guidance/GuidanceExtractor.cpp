#include "guidance/GuidanceExtractor.h"

#include "guidance/GuidanceMetrics.h"
#include "guidance/TargetPeriod.h"
#include "pairing/TextNumber.h"
#include "store/LibraryRecords.h"
#include "text/SearchText.h"
#include "transcript/Transcript.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &lookingAhead()
{
    static const QRegularExpression pattern(
        u"\\bexpect|\\boutlook\\b|\\bguid(?:e|ance|ing)\\b|\\banticipat|\\bforecast|\\bprojected\\s+to\\b|"
        u"\\bshould\\s+(?:be|reach|return)\\b|\\bwill\\s+be\\s+(?:in|at|approximately|about|around)\\b|"
        u"\\bto\\s+be\\s+in\\s+the\\b|\\breturn\\s+to\\b|\\bget\\s+to\\b|"
        u"预计|预期|展望|指引|有望|将处于|将达到|将在|会达到|可能会|目标"_s);
    return pattern;
}

// A reference to an outlook already past ("above our outlook of $37.5 billion") or a
// comparison with one, which reports rather than guides.
const QRegularExpression &lookingBack()
{
    static const QRegularExpression pattern(
        u"\\bas\\s+expected\\b|\\bthan\\s+(?:we\\s+)?(?:had\\s+)?expected\\b|\\bhad\\s+(?:anticipated|"
        u"expected|guided)\\b|"
        u"\\b(?:high|low|upper|lower|top|bottom)\\s+end\\s+of\\s+(?:our|the)\\s+(?:guidance|outlook|range)|"
        u"\\b(?:above|below|exceeded|exceeding|ahead\\s+of|in\\s+line\\s+with|consistent\\s+with|versus|"
        u"compared\\s+(?:to|with)|beat|(?:better|worse|higher|lower|more|less)\\s+than)"
        u"\\s+(?:our\\s+|the\\s+|its\\s+)?(?:prior\\s+|previous\\s+)?(?:outlook|guidance|expectations?)|超过("
        u"?:了)?(?:公司)?"
        u"(?:此前的)?(?:预期|指引)|超出(?:了)?(?:预期|指引)|符合(?:此前的)?(?:预期|指引)"_s);
    return pattern;
}

// "Let me turn to the outlook for the first quarter": the period the sentences after it speak of.
const QRegularExpression &outlookFor()
{
    static const QRegularExpression pattern(u"\\boutlook\\s+(?:for|in|of)\\b|展望|指引"_s);
    return pattern;
}

const QRegularExpression &toleranceWords()
{
    static const QRegularExpression pattern(u"(?:plus\\s+or\\s+minus|\\+/-|±|上下浮动|正负|上下)\\s*$"_s);
    return pattern;
}

struct Value
{
    int start = 0;
    int end = 0;
    GuidanceForm form = GuidanceForm::Point;
    bool amount = false; // else a percent (or basis points, for a change)
    double low = 0;
    double high = 0;
    std::optional<double> point;
    QString tolerance;
    const GuidanceBand *band = nullptr;
};

double inUnit(const TextNumber &number)
{
    return number.kind == TextNumber::Kind::Amount ? number.value / 1e6 : number.value;
}

bool isMoney(const TextNumber &number)
{
    return number.kind == TextNumber::Kind::Amount && (!number.currency.isEmpty() || number.value >= 1e6);
}

// The values of one sentence: numbers (a tolerance joined to the values it follows, two
// numbers joined by "to" or "between ... and" read as a range) and bands.
QList<Value> valuesOf(const QString &sentence, const QString &folded, const QList<GuidanceBand> &bands)
{
    QList<TextNumber> numbers;
    for (const TextNumber &number : extractNumbers(sentence)) {
        const int end = number.start + int(number.text.size());
        if (std::none_of(bands.cbegin(), bands.cend(),
                         [&](const GuidanceBand &b) { return number.start < b.end && b.start < end; }))
            numbers.append(number);
    }
    QList<Value> values;
    for (const GuidanceBand &band : bands) {
        Value value{band.start, band.end, GuidanceForm::Band, false, band.low, band.high, std::nullopt,
                    {},         &band};
        values.append(value);
    }
    // "and" joins a range only after "between": "74.8% and 75.5%, respectively" are two values.
    static const QRegularExpression rangeJoin(u"^\\s*(?:to|-|–|至|到|~)\\s*(?:usd|us\\$)?\\s*$"_s);
    static const QRegularExpression betweenAnd(u"^\\s*and\\s*$"_s);
    static const QRegularExpression between(u"\\bbetween\\s*$|介于\\s*$"_s);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const TextNumber &number = numbers.at(i);
        const QString before = folded.left(number.start);
        if (toleranceWords().match(before).hasMatch()) {
            // A tolerance widens the values of the same clause that came before it.
            const double amount = number.value;
            for (Value &value : values) {
                if (value.start >= number.start || value.form != GuidanceForm::Point ||
                    !value.tolerance.isEmpty() || !value.point)
                    continue;
                double half = 0;
                if (number.kind == TextNumber::Kind::BasisPoints)
                    half = amount / 100.0;
                else if (number.kind == TextNumber::Kind::Percent)
                    half = value.amount ? *value.point * amount / 100.0 : amount;
                else
                    continue;
                value.low = *value.point - half;
                value.high = *value.point + half;
                value.tolerance = sentence.mid(toleranceWords().match(before).capturedStart(),
                                               number.start + number.text.size() -
                                                   toleranceWords().match(before).capturedStart());
            }
            continue;
        }
        Value value;
        value.start = number.start;
        value.end = number.start + int(number.text.size());
        if (isMoney(number)) {
            value.amount = true;
        } else if (number.kind == TextNumber::Kind::BasisPoints) {
            value.form = GuidanceForm::Change;
        } else if (number.kind != TextNumber::Kind::Percent) {
            continue;
        }
        value.point = inUnit(number);
        value.low = value.high = *value.point;
        // "between 16% and 17%", "$5.1 billion to $5.3 billion", 16%至17%
        if (i + 1 < numbers.size()) {
            const TextNumber &next = numbers.at(i + 1);
            const QString join = folded.mid(value.end, next.start - value.end);
            const bool joined = rangeJoin.match(join).hasMatch() ||
                                ((betweenAnd.match(join).hasMatch() || join.trimmed() == u"和"_s) &&
                                 between.match(folded.left(number.start)).hasMatch());
            if (next.kind == number.kind && joined &&
                !toleranceWords().match(folded.left(next.start)).hasMatch()) {
                value.form = GuidanceForm::Range;
                value.low = std::min(inUnit(number), inUnit(next));
                value.high = std::max(inUnit(number), inUnit(next));
                value.point.reset();
                value.end = next.start + int(next.text.size());
                ++i;
            }
        }
        values.append(value);
    }
    std::sort(values.begin(), values.end(), [](const Value &a, const Value &b) { return a.start < b.start; });
    return values;
}

bool fits(const GuidanceMetric &metric, const Value &value)
{
    return metric.isPercent() ? !value.amount : value.amount;
}

// "In Productivity and Business Processes, we expect revenue of ...": a segment's figures,
// which the metric words alone do not tell from the company's.
bool speaksOfASegment(const QString &sentence, const QList<TargetPeriodReader::Found> &periods)
{
    static const QRegularExpression segment(
        u"^\\s*(?:In|For|Within|At)\\s+(?<name>(?:[A-Z][\\w&'-]*)(?:\\s+(?:and\\s+|&\\s+|of\\s+)?[A-Z][\\w&'-]*)*)\\s*,"_s);
    const QRegularExpressionMatch m = segment.match(sentence);
    if (!m.hasMatch())
        return false;
    // "In Q4," and "For fiscal 2026," name a period, not a segment.
    return std::none_of(periods.cbegin(), periods.cend(), [&](const TargetPeriodReader::Found &p) {
        return p.start < m.capturedEnd(u"name") && p.end > m.capturedStart(u"name");
    });
}

struct TurnContext
{
    std::optional<TargetPeriod> outlook; // set by "the outlook for the first quarter"
};

} // namespace

QList<std::pair<int, int>> GuidanceExtractor::sentences(const QString &text)
{
    QList<std::pair<int, int>> list;
    int start = 0;
    const int size = int(text.size());
    for (int i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        bool ends = c == u'\n' || c == u'!' || c == u'?' || c == u'。' || c == u'!' || c == u'?';
        if (c == u'.')
            ends = i + 1 >= size || text.at(i + 1).isSpace() || !text.at(i + 1).isDigit();
        if (!ends)
            continue;
        if (i + 1 > start)
            list.append({start, i + 1});
        start = i + 1;
    }
    if (start < size)
        list.append({start, size});
    return list;
}

GuidanceExtractor::Result GuidanceExtractor::extract(const CallRecord &call, int callQuarterEndMonth)
{
    Result result;
    const auto period = FiscalQuarter::parse(call.summary.fiscalPeriod);
    if (!period)
        return result;
    const TargetPeriodReader reader(*period, callQuarterEndMonth, TargetPeriodReader::Tense::Future);
    for (const SectionRecord &section : call.sections) {
        for (const TurnRecord &turn : section.turns) {
            if (turn.role == QLatin1StringView(Role::Operator))
                continue;
            if (turn.role == QLatin1StringView(Role::Executive)) {
                if (auto definition = GuidanceBands::definitionIn(turn.text)) {
                    definition->callId = call.summary.id;
                    result.definitions.append(*definition);
                }
            }
            TurnContext context;
            for (const auto &[from, to] : sentences(turn.text)) {
                const QString sentence = turn.text.mid(from, to - from);
                // "basis-points" is how some transcripts write basis points (the same length,
                // so offsets hold).
                const QString folded =
                    SearchText::normalise(sentence).replace(u"basis-point"_s, u"basis point"_s);
                const auto periods = reader.findAll(folded);
                QList<MetricMention> mentions = GuidanceMetrics::mentionsIn(folded);
                if (speaksOfASegment(sentence, periods))
                    mentions.clear();
                if (!periods.isEmpty() && outlookFor().match(folded).hasMatch() && mentions.isEmpty())
                    context.outlook = periods.first().period;
                if (mentions.isEmpty() || !lookingAhead().match(folded).hasMatch() ||
                    lookingBack().match(folded).hasMatch())
                    continue;
                const QList<GuidanceBand> bands = GuidanceBands::findAll(folded);
                const QList<Value> values =
                    valuesOf(QString(sentence).replace(u"basis-point"_s, u"basis point"_s), folded, bands);
                if (values.isEmpty())
                    continue;
                const bool respectively = folded.contains(u"respectively"_s) || folded.contains(u"分别"_s);
                for (qsizetype m = 0; m < mentions.size(); ++m) {
                    const MetricMention &mention = mentions.at(m);
                    const int limit = m + 1 < mentions.size() ? mentions.at(m + 1).start : int(folded.size());
                    QList<const Value *> own;
                    for (const Value &value : values) {
                        if (value.start >= mention.end && value.start < limit)
                            own.append(&value);
                    }
                    if (own.isEmpty() && m == 0) {
                        for (const Value &value : values) {
                            if (value.end <= mention.start)
                                own.append(&value);
                        }
                    }
                    for (qsizetype k = 0; k < mention.metrics.size(); ++k) {
                        const GuidanceMetric &metric = *mention.metrics.at(k);
                        QList<const Value *> fitting;
                        for (const Value *value : std::as_const(own)) {
                            if (fits(metric, *value))
                                fitting.append(value);
                        }
                        if (respectively && mention.metrics.size() > 1 &&
                            fitting.size() == mention.metrics.size())
                            fitting = {fitting.at(k)};
                        for (const Value *value : std::as_const(fitting)) {
                            GuidanceEntry entry;
                            entry.callId = call.summary.id;
                            entry.company = call.summary.companyTicker;
                            entry.callPeriod = *period;
                            entry.turnId = turn.id;
                            entry.quote = sentence.trimmed();
                            entry.start = from + int(sentence.indexOf(entry.quote));
                            entry.end = entry.start + int(entry.quote.size());
                            entry.speaker = turn.speaker;
                            entry.role = turn.role;
                            entry.metric = metric.key;
                            entry.form = value->form;
                            entry.low = value->low;
                            entry.high = value->high;
                            entry.point = value->point;
                            entry.tolerance = value->tolerance;
                            entry.unit = value->form == GuidanceForm::Change
                                             ? QString(GuidanceUnit::BasisPoints)
                                             : QString(metric.unit);
                            if (value->band) {
                                entry.band =
                                    sentence.mid(value->band->start, value->band->end - value->band->start);
                                entry.point.reset();
                            }
                            // The period named last before the value, else the first after it,
                            // else the outlook the turn is giving, else the next quarter.
                            const TargetPeriodReader::Found *named = nullptr;
                            for (const auto &found : periods) {
                                if (found.start < value->start)
                                    named = &found;
                            }
                            if (!named && !periods.isEmpty())
                                named = &periods.first();
                            if (named) {
                                entry.target = named->period;
                                entry.target.phrase = sentence.mid(named->start, named->end - named->start);
                            } else if (context.outlook) {
                                entry.target = *context.outlook;
                            } else {
                                entry.target.from = entry.target.to = period->next();
                                entry.target.stated = false;
                            }
                            result.entries.append(entry);
                        }
                    }
                }
            }
        }
    }
    // A band the call defines ("define low ...") takes that range, cited.
    for (GuidanceEntry &entry : result.entries) {
        if (entry.band.isEmpty())
            continue;
        for (const BandDefinition &definition : std::as_const(result.definitions)) {
            GuidanceBand band;
            const auto found = GuidanceBands::findAll(SearchText::normalise(entry.band));
            if (found.isEmpty())
                continue;
            band = found.first();
            GuidanceBands::apply(band, definition);
            if (band.low != entry.low || band.high != entry.high) {
                entry.low = band.low;
                entry.high = band.high;
                entry.bandSource = definition.quote;
                entry.bandSourceCall = definition.callId;
            }
        }
    }
    return result;
}
