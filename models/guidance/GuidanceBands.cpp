#include "guidance/GuidanceBands.h"

#include "pairing/TextNumber.h"
#include "text/SearchText.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The thirds of a decade: low, mid, high.
std::pair<double, double> defaultRange(const QString &word, int decade)
{
    const double third = 10.0 / 3.0;
    const auto lowOf = [&](const QString &w) {
        return w == u"low"_s ? 0.0 : w == u"mid"_s ? third : 2 * third;
    };
    const QStringList words = word.split(u'-');
    return {decade + lowOf(words.first()), decade + lowOf(words.last()) + third};
}

QString bandWord(const QString &written)
{
    if (written == u"lower"_s || written == u"出头"_s || written == u"低段"_s)
        return u"low"_s;
    if (written == u"mid"_s || written == u"middle"_s || written == u"中期"_s || written == u"中段"_s)
        return u"mid"_s;
    if (written == u"low"_s)
        return u"low"_s;
    return u"high"_s; // high, upper, 高段, 后段
}

} // namespace

QString GuidanceBand::name() const
{
    return word + u' ' + QString::number(decade) + u's';
}

namespace GuidanceBands {

QList<GuidanceBand> findAll(const QString &text)
{
    static const QRegularExpression english(u"\\b(?<w1>low|lower|mid|middle|high|upper)(?:-|\\s)?\\s*(?:(?:"
                                            u"to|-)\\s*(?:the\\s+)?(?<w2>low|mid|high|upper)"
                                            u"(?:-|\\s)?\\s*)?(?<d>[1-9]0)(?:s|'s|%|\\s*percent)"_s);
    static const QRegularExpression chinese(
        u"(?<d>[1-9]0)\\s*%\\s*(?:的)?(?<w1>出头|中期|中段|低段|高段|后段)"_s);
    QList<GuidanceBand> bands;
    for (const QRegularExpression *pattern : {&english, &chinese}) {
        auto it = pattern->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            GuidanceBand band;
            band.start = int(m.capturedStart());
            band.end = int(m.capturedEnd());
            band.text = m.captured();
            band.decade = m.captured(u"d").toInt();
            band.word = bandWord(m.captured(u"w1"));
            if (m.hasCaptured(u"w2") && bandWord(m.captured(u"w2")) != band.word)
                band.word += u'-' + bandWord(m.captured(u"w2"));
            std::tie(band.low, band.high) = defaultRange(band.word, band.decade);
            bands.append(band);
        }
    }
    std::sort(bands.begin(), bands.end(),
              [](const GuidanceBand &a, const GuidanceBand &b) { return a.start < b.start; });
    return bands;
}

std::optional<BandDefinition> definitionIn(const QString &text)
{
    static const QRegularExpression asks(
        u"\\bdefine\\s+(?<w>low|mid|high)\\b|\\b(?:by\\s+)?(?<w2>low|mid|high)\\s*,?\\s+(?:we\\s+)?means?\\b|"
        u"(?<w3>出头|中期)(?:是指|的意思是|指的是)"_s);
    // The answer may take the next sentence: "... and define low. Low, of course, is below
    // the mids, and let's say we might be at 71%, maybe about 72%, 72.5%."
    constexpr int kReach = 240;
    const QString folded = SearchText::normalise(text);
    const QRegularExpressionMatch m = asks.match(folded);
    if (!m.hasMatch())
        return std::nullopt;
    QString word = m.captured(u"w");
    if (word.isEmpty())
        word = m.captured(u"w2");
    if (word.isEmpty())
        word = bandWord(m.captured(u"w3"));
    QList<double> values;
    int last = int(m.capturedEnd());
    for (const TextNumber &number : extractNumbers(text)) {
        if (number.kind != TextNumber::Kind::Percent || number.start < m.capturedEnd() ||
            number.start > m.capturedEnd() + kReach || number.text.contains(u"s"_s, Qt::CaseInsensitive))
            continue;
        values.append(number.value);
        last = number.start + int(number.text.size());
    }
    if (values.size() < 2)
        return std::nullopt;
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    if (int(*low) / 10 != int(*high) / 10)
        return std::nullopt;
    static const QRegularExpression sentenceEnd(u"[.!?。!?]"_s);
    qsizetype from = text.lastIndexOf(sentenceEnd, m.capturedStart());
    qsizetype to = text.indexOf(sentenceEnd, last);
    from = from < 0 ? 0 : from + 1;
    to = to < 0 ? text.size() : to + 1;
    return BandDefinition{word, *low, *high, text.mid(from, to - from).trimmed(), 0};
}

void apply(GuidanceBand &band, const BandDefinition &definition)
{
    if (definition.word != band.word || int(definition.low) / 10 * 10 != band.decade)
        return;
    band.low = definition.low;
    band.high = definition.high;
}

} // namespace GuidanceBands
