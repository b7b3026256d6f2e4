#include "guidance/TargetPeriod.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

QString TargetPeriod::label() const
{
    if (!isValid())
        return {};
    if (wholeYear)
        return from.yearLabel();
    QString text = from.toString();
    if (to != from)
        text += from.year == to.year ? u"–Q%1"_s.arg(to.quarter) : u"–"_s + to.toString();
    if (late)
        text += QCoreApplication::translate("TargetPeriod", " (late in the year)");
    return text;
}

QString guidanceStatusName(GuidanceStatus status)
{
    switch (status) {
    case GuidanceStatus::Extracted:
        return u"extracted"_s;
    case GuidanceStatus::Confirmed:
        return u"confirmed"_s;
    case GuidanceStatus::Edited:
        return u"edited"_s;
    case GuidanceStatus::Dismissed:
        return u"dismissed"_s;
    }
    return {};
}

std::optional<GuidanceStatus> guidanceStatusFromName(QStringView name)
{
    for (GuidanceStatus status : {GuidanceStatus::Extracted, GuidanceStatus::Confirmed,
                                  GuidanceStatus::Edited, GuidanceStatus::Dismissed}) {
        if (name == guidanceStatusName(status))
            return status;
    }
    return std::nullopt;
}

QString guidanceFormName(GuidanceForm form)
{
    switch (form) {
    case GuidanceForm::Point:
        return u"point"_s;
    case GuidanceForm::Range:
        return u"range"_s;
    case GuidanceForm::Band:
        return u"band"_s;
    case GuidanceForm::Change:
        return u"change"_s;
    }
    return {};
}

namespace {

int ordinalWord(QStringView word)
{
    static const QStringList words = {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};
    static const QStringList numbered = {u"1st"_s, u"2nd"_s, u"3rd"_s, u"4th"_s};
    static const QString chinese = u"一二三四"_s;
    if (const auto i = words.indexOf(word); i >= 0)
        return int(i) + 1;
    if (const auto i = numbered.indexOf(word); i >= 0)
        return int(i) + 1;
    if (word.size() == 1 && chinese.contains(word.front()))
        return int(chinese.indexOf(word.front())) + 1;
    if (word.size() == 1 && word.front() >= u'1' && word.front() <= u'4')
        return word.front().unicode() - u'0';
    return 0;
}

// "'26", "2026", "26": a fiscal year; 0 when absent.
int yearNumber(QStringView digits)
{
    QString plain = digits.toString();
    plain.remove(u'\'');
    plain.remove(u'’');
    if (plain.isEmpty())
        return 0;
    const int value = plain.toInt();
    return plain.size() == 2 ? 2000 + value : value;
}

int monthNumber(QStringView word)
{
    static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                       u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(word.left(3).toString())) + 1;
}

// One alternative of the period grammar, its named groups read by kind.
struct Rule
{
    enum Kind {
        Quarter,
        QuarterShort,
        MonthQuarter,
        ChineseMonthQuarter,
        NextQuarter,
        Half,
        Late,
        Remainder,
        Year,
        NextYear
    };
    Kind kind;
    QRegularExpression pattern;
};

const QList<Rule> &rules()
{
    // The year suffix of a quarter: "of fiscal '26", "of fiscal year 2026", "fiscal 2026".
    static const QString ofYear =
        u"(?:\\s+(?:of\\s+)?(?:fiscal\\s+(?:year\\s+)?|fy\\s*)(?<year>'?\\d{2,4}))?"_s;
    static const QList<Rule> list = {
        {Rule::Quarter,
         QRegularExpression(
             u"(?:(?<pre>20\\d{2}|\\d{2})\\s*(?:财年|年度)\\s*)?第\\s*(?<q>[一二三四1-4])\\s*(?:个)?(?:财季|季度|季)"_s)},
        {Rule::Quarter,
         QRegularExpression(
             u"\\b(?:the\\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\\s+)?quarter"_s +
             ofYear)},
        {Rule::QuarterShort,
         QRegularExpression(
             u"\\b(?:fy\\s*'?(?<pre>\\d{2,4})\\s*)?q(?<q>[1-4])\\b(?:\\s*(?:of\\s+)?(?:fiscal\\s+|fy\\s*)(?<year>'?\\d{2,4}))?"_s)},
        {Rule::MonthQuarter,
         QRegularExpression(
             u"\\b(?:the\\s+)?(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             u"aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\s+quarter\\b"_s)},
        {Rule::ChineseMonthQuarter,
         QRegularExpression(u"(?<m>1[0-2]|[1-9])\\s*月(?:份)?(?:所在的|的)?(?:那个)?(?:财季|季度)"_s)},
        {Rule::NextQuarter,
         QRegularExpression(
             u"\\b(?:next|the\\s+coming|this\\s+coming|the\\s+following)\\s+quarter\\b|下(?:一)?(?:个)?(?:财季|季度)"_s)},
        {Rule::Half,
         QRegularExpression(
             u"\\b(?:the\\s+)?(?<h>second|back|first|front)\\s+half(?:\\s+of\\s+(?:the\\s+|this\\s+)?"
             u"(?:fiscal\\s+)?(?:year\\s*)?(?<year>'?\\d{2,4})?)?|\\bh(?<hn>[12])\\b|(?<ch>[上下])半(?:财)?年"_s)},
        {Rule::Late,
         QRegularExpression(
             u"\\blater?\\s+(?:in\\s+)?(?:this|the)\\s+(?:fiscal\\s+)?year|\\b(?:by\\s+|at\\s+)?the\\s+"
             u"end\\s+of\\s+"
             u"(?:the\\s+|this\\s+)?(?:fiscal\\s+)?year|\\bexit(?:ing)?\\s+(?:the|this)\\s+(?:fiscal\\s+)?"
             u"year|"
             u"\\byear[- ]end\\b|今年(?:晚些时候|稍晚|晚些|底|年底|年末)|(?:本)?财年(?:末|底)|年底|年末"_s)},
        {Rule::Remainder,
         QRegularExpression(
             u"\\b(?:the\\s+)?(?:remainder|rest|balance)\\s+of\\s+(?:the|this)\\s+(?:fiscal\\s+)?year\\b|"
             u"今年(?:余下|剩余|接下来)的(?:时间|季度)|本财年(?:余下|剩余)"_s)},
        {Rule::NextYear, QRegularExpression(u"\\bnext\\s+(?:fiscal\\s+)?year\\b|明年|下一?财年|下个财年"_s)},
        {Rule::Year,
         QRegularExpression(
             u"\\b(?:for\\s+)?the\\s+full[- ]year\\b|\\bfull[- ]year\\b|\\bthis\\s+(?:fiscal\\s+)?year\\b|"
             u"\\bfiscal\\s+(?:year\\s+)?(?<year>'?\\d{2,4})\\b|\\bfy\\s*'?(?<fy>\\d{2,4})\\b(?!\\s*q)|"
             u"全年|本财年|今年|这一财年|(?<cy>20\\d{2})\\s*财年(?!\\s*第)"_s)},
    };
    return list;
}

} // namespace

TargetPeriodReader::TargetPeriodReader(FiscalQuarter callPeriod, int callQuarterEndMonth, Tense tense)
    : m_call(callPeriod), m_endMonth(callQuarterEndMonth), m_tense(tense)
{}

int TargetPeriodReader::currentYear() const
{
    // On a fourth-quarter call the year under way is the next one; a reported number's year
    // is the call's own.
    return m_tense == Tense::Future ? m_call.next().year : m_call.year;
}

FiscalQuarter TargetPeriodReader::quarterNumbered(int quarter, int explicitYear) const
{
    if (explicitYear > 0)
        return {explicitYear, quarter};
    if (m_tense == Tense::Future) {
        FiscalQuarter q{m_call.year, quarter};
        return q > m_call ? q : FiscalQuarter{m_call.year + 1, quarter};
    }
    FiscalQuarter q{m_call.year, quarter};
    return q <= m_call ? q : FiscalQuarter{m_call.year - 1, quarter};
}

FiscalQuarter TargetPeriodReader::quarterEndingIn(int month) const
{
    if (m_endMonth <= 0)
        return {};
    const int monthsAfter = ((month - m_endMonth) % 12 + 12) % 12;
    if (monthsAfter % 3 != 0)
        return {};
    FiscalQuarter q = m_call;
    if (m_tense == Tense::Future) {
        for (int i = 0; i < (monthsAfter == 0 ? 4 : monthsAfter / 3); ++i)
            q = q.next();
    } else {
        for (int i = 0; i < (monthsAfter == 0 ? 0 : 4 - monthsAfter / 3); ++i)
            q = q.previous();
    }
    return q;
}

QList<TargetPeriodReader::Found> TargetPeriodReader::findAll(const QString &text) const
{
    if (!m_call.isValid())
        return {};
    QList<Found> found;
    for (const Rule &rule : rules()) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int start = int(m.capturedStart());
            const int end = int(m.capturedEnd());
            // An earlier rule (a quarter with its year) already read this stretch.
            if (std::any_of(found.cbegin(), found.cend(),
                            [&](const Found &f) { return start < f.end && f.start < end; }))
                continue;
            TargetPeriod period;
            period.phrase = m.captured().trimmed();
            const int year = std::max(yearNumber(m.captured(u"year")), yearNumber(m.captured(u"pre")));
            switch (rule.kind) {
            case Rule::Quarter:
            case Rule::QuarterShort:
                period.from = quarterNumbered(ordinalWord(m.captured(u"q")), year);
                break;
            case Rule::MonthQuarter:
                period.from = quarterEndingIn(monthNumber(m.captured(u"m")));
                break;
            case Rule::ChineseMonthQuarter:
                period.from = quarterEndingIn(m.captured(u"m").toInt());
                break;
            case Rule::NextQuarter:
                period.from = m_call.next();
                break;
            case Rule::Half: {
                const bool second = m.captured(u"h") == u"second"_s || m.captured(u"h") == u"back"_s ||
                                    m.captured(u"hn") == u"2"_s || m.captured(u"ch") == u"下"_s;
                const int y = year > 0 ? year : currentYear();
                period.from = {y, second ? 3 : 1};
                period.to = {y, second ? 4 : 2};
                break;
            }
            case Rule::Late:
                period.from = {currentYear(), 4};
                period.late = true;
                break;
            case Rule::Remainder:
                // What is left of the year under way: from the next quarter to its end.
                period.from = m_call.next();
                period.to = {currentYear(), 4};
                break;
            case Rule::NextYear:
                period.from = {currentYear() + 1, 1};
                period.to = {currentYear() + 1, 4};
                period.wholeYear = true;
                break;
            case Rule::Year: {
                const int y = std::max({year, yearNumber(m.captured(u"fy")), yearNumber(m.captured(u"cy"))});
                period.from = {y > 0 ? y : currentYear(), 1};
                period.to = {period.from.year, 4};
                period.wholeYear = true;
                break;
            }
            }
            if (!period.to.isValid())
                period.to = period.from;
            if (period.isValid())
                found.append({period, start, end});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.start < b.start; });
    return found;
}
