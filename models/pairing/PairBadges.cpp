#include "pairing/PairBadges.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

QString QuestionBadge::text() const
{
    switch (kind) {
    case Kind::NotInTranslation:
        return PairBadges::tr("Not in the translation");
    case Kind::NotInOriginal:
        return PairBadges::tr("Not in the original");
    case Kind::LengthRatio:
        return PairBadges::tr("Translation is %1% of the original's length").arg(value);
    case Kind::NumbersDiffer:
        return PairBadges::tr("Numbers differ (%n)", nullptr, value);
    case Kind::NumbersOneSide:
        return PairBadges::tr("%n number(s) on one side only", nullptr, value);
    }
    return {};
}

namespace {

bool isChinese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

double chineseShare(const CallRecord &call)
{
    qint64 chinese = 0;
    qint64 letters = 0;
    for (const SectionRecord &section : call.sections) {
        for (const TurnRecord &turn : section.turns) {
            for (QChar c : turn.text) {
                if (isChinese(c))
                    ++chinese;
                else if (c.isLetter())
                    ++letters;
            }
        }
    }
    return chinese + letters > 0 ? double(chinese) / double(chinese + letters) : 0;
}

double textLength(const QString &text)
{
    static const QRegularExpression latinWord(u"[A-Za-z0-9]+(?:['.,-][A-Za-z0-9]+)*"_s);
    double words = 0;
    for (auto it = latinWord.globalMatch(text); it.hasNext(); it.next())
        ++words;
    double chinese = 0;
    for (QChar c : text)
        chinese += isChinese(c) ? 1 : 0;
    return words + chinese / kCharactersPerWord;
}

} // namespace

PairSide translationSide(const CallRecord &a, const CallRecord &b)
{
    return chineseShare(a) > chineseShare(b) ? PairSide::A : PairSide::B;
}

double questionLength(const CallRecord &call, int question)
{
    double length = 0;
    bool started = false;
    for (const SectionRecord &section : call.sections) {
        if (section.kind != SectionKind::QA)
            continue;
        for (const TurnRecord &turn : section.turns) {
            if (turn.question != question)
                continue;
            if (turn.role == QLatin1StringView(Role::Operator) && started)
                continue;
            length += textLength(turn.text);
            started = true;
        }
    }
    return length;
}

PairBadges::PairBadges(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment)
    : m_a(a), m_b(b), m_alignment(alignment), m_translation(translationSide(a, b))
{}

const QuestionPair *PairBadges::pairOfA(int question) const
{
    for (const QuestionPair &pair : m_alignment.pairs) {
        if (pair.aQuestion == question)
            return pair.bQuestion ? &pair : nullptr;
    }
    return nullptr;
}

const QuestionPair *PairBadges::pairOfB(int question) const
{
    for (const QuestionPair &pair : m_alignment.pairs) {
        if (pair.bQuestion == question)
            return &pair;
    }
    return nullptr;
}

QList<QuestionBadge> PairBadges::forA(int question) const
{
    if (const QuestionPair *pair = pairOfA(question))
        return forPair(*pair);
    return {{m_translation == PairSide::A ? QuestionBadge::Kind::NotInOriginal
                                          : QuestionBadge::Kind::NotInTranslation}};
}

QList<QuestionBadge> PairBadges::forB(int question) const
{
    if (const QuestionPair *pair = pairOfB(question))
        return forPair(*pair);
    return {{m_translation == PairSide::B ? QuestionBadge::Kind::NotInOriginal
                                          : QuestionBadge::Kind::NotInTranslation}};
}

QList<QuestionBadge> PairBadges::forPair(const QuestionPair &pair) const
{
    QList<QuestionBadge> badges;
    const double lengthA = questionLength(m_a, pair.aQuestion);
    const double lengthB = questionLength(m_b, pair.bQuestion);
    const double translated = m_translation == PairSide::A ? lengthA : lengthB;
    const double original = m_translation == PairSide::A ? lengthB : lengthA;
    if (original > 0)
        badges.append({QuestionBadge::Kind::LengthRatio, int(std::lround(100 * translated / original))});
    const auto count = [&pair](auto test) {
        return int(std::count_if(pair.numbers.cbegin(), pair.numbers.cend(), test));
    };
    if (const int differing =
            count([](const NumberMatch &m) { return m.status == NumberMatch::Status::Different; }))
        badges.append({QuestionBadge::Kind::NumbersDiffer, differing});
    if (const int oneSide = count([](const NumberMatch &m) {
            return m.status == NumberMatch::Status::OnlyA || m.status == NumberMatch::Status::OnlyB;
        }))
        badges.append({QuestionBadge::Kind::NumbersOneSide, oneSide});
    return badges;
}
