#include "pairing/TextNumber.h"

#include "text/SearchText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Matched against SearchText's folded form (Simplified, half-width, lower case), whose offsets
// are those of the text as written.
const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(
        u"(?<approx>(?:大约|约|近|about|approximately|roughly|around|nearly)\\s*)?"
        u"(?<cur>us\\$|\\$)?\\s*"
        u"(?:(?<pct>百分之)\\s*)?"
        u"(?<band>(?:low|mid|high)[- ]?)?"
        u"(?<num>\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)"
        u"(?<tens>s(?![a-z]))?"
        u"(?<cscale>\\s*(?:万亿|亿|万|兆(?![瓦赫位字比焦])))?"
        u"(?<escale>\\s+(?:thousand|million|billion|trillion)(?![a-z])|\\s*bn(?![a-z]))?"
        u"(?<ccy>\\s*(?:美元|美金))?"
        u"(?<unit>\\s*(?:%|个百分点|百分点|个基点|基点|倍)"
        u"|\\s*(?:percent|per cent|percentage points?|basis points?|bps|times|fold)(?![a-z])"
        u"|-fold|x(?![a-z0-9]))?"_s);
    return pattern;
}

bool isLatinOrDigit(QChar c)
{
    return c.isDigit() || (c.isLetter() && c.script() == QChar::Script_Latin);
}

int chineseDigit(QChar c)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (c == u'〇')
        return 0;
    if (c == u'两')
        return 2;
    return int(digits.indexOf(c));
}

int chineseMultiplier(QChar c)
{
    return c == u'十' ? 10 : c == u'百' ? 100 : c == u'千' ? 1000 : 0;
}

// 七十 = 70, 一千五百 = 1500, 十五 = 15; a run of digits alone (二〇二三) reads digit by digit.
double chineseValue(QStringView numerals)
{
    const bool positional =
        std::none_of(numerals.begin(), numerals.end(), [](QChar c) { return chineseMultiplier(c) > 0; });
    double total = 0;
    int digit = -1;
    for (QChar c : numerals) {
        if (const int multiplier = chineseMultiplier(c)) {
            total += (digit < 0 ? 1 : digit) * multiplier;
            digit = -1;
        } else if (positional) {
            total = total * 10 + chineseDigit(c);
        } else {
            digit = chineseDigit(c);
        }
    }
    return positional ? total : total + std::max(digit, 0);
}

int significantDigitsOf(const QString &digits)
{
    QString plain = digits;
    plain.remove(u',');
    const bool fractional = plain.contains(u'.');
    plain.remove(u'.');
    while (plain.startsWith(u'0') && plain.size() > 1)
        plain.remove(0, 1);
    // Trailing zeros of a whole number say nothing of its precision: 200 may be 150 rounded.
    while (!fractional && plain.endsWith(u'0') && plain.size() > 1)
        plain.chop(1);
    return int(std::max<qsizetype>(plain.size(), 1));
}

double scaleOf(const QString &chinese, const QString &english)
{
    const QString c = chinese.trimmed();
    const QString e = english.trimmed();
    // 兆 is a trillion in Taiwan, where the write-ups in Traditional characters come from; before
    // a unit (兆瓦, megawatt) it is mega, and the pattern leaves it out.
    if (c == u"万亿"_s || c == u"兆"_s || e == u"trillion"_s)
        return 1e12;
    if (c == u"亿"_s)
        return 1e8;
    if (c == u"万"_s)
        return 1e4;
    if (e == u"billion"_s || e == u"bn"_s)
        return 1e9;
    if (e == u"million"_s)
        return 1e6;
    if (e == u"thousand"_s)
        return 1e3;
    return 1;
}

TextNumber::Kind kindOf(const QString &unit, bool percentPrefix)
{
    const QString u = unit.trimmed();
    if (percentPrefix || u == u"%"_s || u.startsWith(u"percent"_s) || u == u"per cent"_s ||
        u.endsWith(u"百分点"_s))
        return TextNumber::Kind::Percent;
    if (u.endsWith(u"基点"_s) || u.startsWith(u"basis point"_s) || u == u"bps"_s)
        return TextNumber::Kind::BasisPoints;
    if (!u.isEmpty())
        return TextNumber::Kind::Multiple;
    return TextNumber::Kind::Amount;
}

} // namespace

QString numberKindName(TextNumber::Kind kind)
{
    switch (kind) {
    case TextNumber::Kind::Amount:
        return u"amount"_s;
    case TextNumber::Kind::Percent:
        return u"percent"_s;
    case TextNumber::Kind::BasisPoints:
        return u"basis_points"_s;
    case TextNumber::Kind::Multiple:
        return u"multiple"_s;
    }
    return {};
}

bool TextNumber::comparableWith(const TextNumber &other) const
{
    if (kind != other.kind ||
        (!currency.isEmpty() && !other.currency.isEmpty() && currency != other.currency))
        return false;
    if (kind != Kind::Amount)
        return true;
    const double larger = std::max(std::abs(value), std::abs(other.value));
    const double smaller = std::min(std::abs(value), std::abs(other.value));
    return smaller > 0 && larger / smaller <= 10;
}

bool TextNumber::sameAs(const TextNumber &other) const
{
    if (!comparableWith(other))
        return false;
    if (value == other.value)
        return true;
    const TextNumber &coarser = significantDigits <= other.significantDigits ? *this : other;
    const double magnitude = std::floor(std::log10(std::abs(coarser.value)));
    const double unit = std::pow(10.0, magnitude - coarser.significantDigits + 1);
    const double larger = std::max(std::abs(value), std::abs(other.value));
    return std::llround(value / unit) == std::llround(other.value / unit) &&
           std::abs(value - other.value) <= 0.05 * larger;
}

QList<TextNumber> extractNumbers(const QString &text)
{
    const QString folded = SearchText::normalise(text);
    QList<TextNumber> numbers;
    auto it = numberPattern().globalMatch(folded);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd();
        while (folded.at(start).isSpace())
            ++start;
        while (folded.at(end - 1).isSpace())
            --end;
        const qsizetype numberStart = m.capturedStart(u"cur") >= 0   ? m.capturedStart(u"cur")
                                      : m.capturedStart(u"pct") >= 0 ? m.capturedStart(u"pct")
                                                                     : m.capturedStart(u"num");
        const QString digits = m.captured(u"num");
        const bool chinese = !digits.front().isDigit();
        const bool hasUnit = m.hasCaptured(u"cscale") || m.hasCaptured(u"ccy") || m.hasCaptured(u"unit") ||
                             m.hasCaptured(u"pct");
        // Part of a name (GB200, Q4), a date (2月26日: words in English), a vague count (數十億)
        // or a Chinese word that merely contains a numeral (一些).
        if ((numberStart > 0 &&
             (isLatinOrDigit(folded.at(numberStart - 1)) || folded.at(numberStart - 1) == u'.')) ||
            (end < folded.size() && isLatinOrDigit(folded.at(end))) ||
            (end < folded.size() && QStringView(u"月日号").contains(folded.at(end)) && !hasUnit) ||
            (numberStart > 0 && QStringView(u"数几").contains(folded.at(numberStart - 1))) ||
            (chinese && !hasUnit))
            continue;

        // "the low 70s", "mid-70s": how English states a margin that Chinese writes 70%出頭, 70%中期.
        const bool tens = m.hasCaptured(u"tens");
        if (tens && (digits.size() != 2 || !digits.endsWith(u'0')))
            continue;
        const qsizetype band = m.capturedStart(u"band");
        if (band >= 0 && (!tens || (band > 0 && folded.at(band - 1).isLetter())))
            start = m.capturedStart(u"num");

        TextNumber number;
        number.start = int(start);
        number.text = text.mid(start, end - start);
        number.kind = tens ? TextNumber::Kind::Percent : kindOf(m.captured(u"unit"), m.hasCaptured(u"pct"));
        const double base = chinese ? chineseValue(digits) : QString(digits).remove(u',').toDouble();
        number.value = base * scaleOf(m.captured(u"cscale"), m.captured(u"escale"));
        number.significantDigits =
            significantDigitsOf(chinese ? QString::number(qint64(chineseValue(digits))) : digits);
        if (m.hasCaptured(u"cur") || m.hasCaptured(u"ccy"))
            number.currency = u"USD"_s;
        numbers.append(number);
    }
    return numbers;
}
