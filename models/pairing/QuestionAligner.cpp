#include "pairing/QuestionAligner.h"

#include "pairing/CallEvidence.h"
#include "pairing/NameMap.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// What each kind of evidence adds to a pair's score. A named analyst or firm on both sides
// nearly settles it; a shared executive, term or number counts for more the fewer questions
// of the two calls have it (a term of every question, like the company's product, says little).
constexpr double kOrderWeight = 0.25;
constexpr double kAskerWeight = 1.2;
constexpr double kAskerConflictWeight = -1.5;
constexpr double kAddressedWeight = 0.5;
constexpr double kAnswererWeight = 0.3;
constexpr double kTermWeight = 0.6;
constexpr double kNumberWeight = 0.5;
constexpr double kSmallNumberWeight = 0.15; // a bare count up to this is common in any text
constexpr double kSmallNumber = 12;
constexpr double kMaxTermsWeight = 2.0;
constexpr double kMaxNumbersWeight = 2.0;

QString termKey(const QString &term)
{
    return u"t:"_s + term;
}
QString addressedKey(const QString &who)
{
    return u"x:"_s + who;
}
QString answererKey(const QString &who)
{
    return u"r:"_s + who;
}

// 1 for something only one question of each call has, 0 for something every question has.
double specificity(const QHash<QString, int> &frequency, const QString &key, int documents)
{
    const int df = std::max(frequency.value(key), 1);
    if (documents <= 2)
        return 1;
    return std::clamp(std::log(double(documents) / df) / std::log(documents / 2.0), 0.0, 1.0);
}

QHash<QString, int> documentFrequencies(const QList<QuestionProfile> &a, const QList<QuestionProfile> &b)
{
    QHash<QString, int> frequency;
    for (const QList<QuestionProfile> *side : {&a, &b}) {
        for (const QuestionProfile &profile : *side) {
            for (const QString &term : profile.terms.keys())
                ++frequency[termKey(term)];
            for (const QString &who : profile.addressed.keys())
                ++frequency[addressedKey(who)];
            for (const QString &who : profile.answerers.keys())
                ++frequency[answererKey(who)];
        }
    }
    return frequency;
}

double numberWeight(const TextNumber &number)
{
    const bool bareCount = number.kind == TextNumber::Kind::Amount && number.currency.isEmpty() &&
                           std::abs(number.value) <= kSmallNumber;
    return bareCount ? kSmallNumberWeight : kNumberWeight;
}

// Answer turns matched by speaker, keeping the order of both sides (a longest common
// subsequence); the rest are listed with no counterpart.
QList<AnswerPair> alignAnswers(const QList<QuestionProfile::Answer> &a,
                               const QList<QuestionProfile::Answer> &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = !a[i].speaker.isEmpty() && a[i].identity == b[j].identity
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QList<AnswerPair> pairs;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && !a[i].speaker.isEmpty() && a[i].identity == b[j].identity &&
            lcs[i][j] == lcs[i + 1][j + 1] + 1) {
            pairs.append({a[i].turnId, b[j].turnId, a[i].identity});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            pairs.append({a[i].turnId, 0, a[i].speaker});
            ++i;
        } else {
            pairs.append({0, b[j].turnId, b[j].speaker});
            ++j;
        }
    }
    return pairs;
}

} // namespace

QuestionAligner::QuestionAligner(const NameMap &names) : m_names(names) {}

QuestionPair QuestionAligner::scorePair(const QuestionProfile &a, int indexA, int countA,
                                        const QuestionProfile &b, int indexB, int countB,
                                        const QHash<QString, int> &frequency, int documents) const
{
    QuestionPair pair;
    pair.aQuestion = a.question;
    pair.bQuestion = b.question;
    pair.aLength = a.length;
    pair.bLength = b.length;
    double score = 0;
    double contentScore = 0;
    auto add = [&](const QString &kind, const QString &textA, const QString &textB, double weight) {
        pair.evidence.append({kind, textA, textB, weight});
        score += weight;
        if (kind == u"term"_s || kind == u"number"_s || kind == u"addressed"_s)
            contentScore += weight;
    };

    const double placeA = (indexA + 0.5) / countA;
    const double placeB = (indexB + 0.5) / countB;
    const double closeness = std::max(0.0, 1.0 - 2.0 * std::abs(placeA - placeB));
    if (closeness > 0)
        add(u"order"_s, u"Q%1"_s.arg(a.question), u"Q%1"_s.arg(b.question), kOrderWeight * closeness);

    // An analyst and their firm are one piece of evidence: listed both, counted once.
    bool sharedAsker = false;
    for (auto it = a.askers.begin(); it != a.askers.end(); ++it) {
        if (b.askers.contains(it.key())) {
            add(u"asker"_s, it.value(), b.askers.value(it.key()), sharedAsker ? 0.0 : kAskerWeight);
            sharedAsker = true;
        }
    }
    // Two names speak against a pair only if they could have matched: both known to the name
    // map, or both in Latin letters. An analyst the map does not know, named in Chinese, is
    // no evidence that the English call's analyst asked something else.
    auto comparable = [this](const QString &identity) {
        return m_names.lookUp(identity) >= 0 || std::all_of(identity.begin(), identity.end(), [](QChar c) {
                   return !c.isLetter() || c.script() == QChar::Script_Latin;
               });
    };
    const auto firstComparable = [&](const QMap<QString, QString> &askers) -> std::optional<QString> {
        for (auto it = askers.begin(); it != askers.end(); ++it) {
            if (comparable(it.key()))
                return it.value();
        }
        return std::nullopt;
    };
    const std::optional<QString> askerA = firstComparable(a.askers);
    const std::optional<QString> askerB = firstComparable(b.askers);
    if (!sharedAsker && askerA && askerB)
        add(u"asker_differs"_s, *askerA, *askerB, kAskerConflictWeight);

    for (auto it = a.addressed.begin(); it != a.addressed.end(); ++it) {
        if (b.addressed.contains(it.key()))
            add(u"addressed"_s, it.value(), b.addressed.value(it.key()),
                kAddressedWeight * specificity(frequency, addressedKey(it.key()), documents));
    }
    for (auto it = a.answerers.begin(); it != a.answerers.end(); ++it) {
        if (b.answerers.contains(it.key()))
            add(u"answerer"_s, it.value(), b.answerers.value(it.key()),
                kAnswererWeight * specificity(frequency, answererKey(it.key()), documents));
    }

    double termsWeight = 0;
    for (auto it = a.terms.begin(); it != a.terms.end(); ++it) {
        if (!b.terms.contains(it.key()))
            continue;
        const double weight = std::min(kTermWeight * specificity(frequency, termKey(it.key()), documents),
                                       kMaxTermsWeight - termsWeight);
        if (weight <= 0)
            break;
        termsWeight += weight;
        add(u"term"_s, it.value(), b.terms.value(it.key()), weight);
    }

    pair.numbers = compareNumbers(a.numbers, a.length, b.numbers, b.length);
    double numbersWeight = 0;
    for (const NumberMatch &match : std::as_const(pair.numbers)) {
        if (match.status != NumberMatch::Status::Same)
            continue;
        const double weight = std::min(numberWeight(*match.a), kMaxNumbersWeight - numbersWeight);
        if (weight <= 0)
            break;
        numbersWeight += weight;
        add(u"number"_s, match.a->text, match.b->text, weight);
    }

    pair.confidence = score > 0 ? 1.0 - std::exp(-score) : 0.0;
    pair.contentConfidence = contentScore > 0 ? 1.0 - std::exp(-contentScore) : 0.0;
    pair.answers = alignAnswers(a.answers, b.answers);
    return pair;
}

QList<QuestionPair> QuestionAligner::alignProfiles(const QList<QuestionProfile> &a,
                                                   const QList<QuestionProfile> &b, QList<int> *unpairedA,
                                                   QList<int> *unpairedB, const QHash<int, int> &manual) const
{
    const int n = int(a.size()), m = int(b.size());
    const QHash<QString, int> frequency = documentFrequencies(a, b);
    QSet<int> manuallyTaken;
    for (int question : manual)
        manuallyTaken.insert(question);
    // A pair made by hand outweighs every other pair together; one the user ruled out, or one
    // that would take a question of B the user gave to another, can never be made.
    const double forced = n + m + 1.0;
    const double ruledOut = -forced;
    QList<QList<QuestionPair>> candidates(n);
    QList<QList<double>> gains(n, QList<double>(m, 0.0));
    for (int i = 0; i < n; ++i) {
        const auto byHand = manual.constFind(a[i].question);
        for (int j = 0; j < m; ++j) {
            QuestionPair pair = scorePair(a[i], i, n, b[j], j, m, frequency, n + m);
            double gain = pair.confidence - kPairThreshold;
            if (byHand != manual.constEnd()) {
                gain = *byHand == b[j].question ? forced : ruledOut;
                if (*byHand == b[j].question) {
                    pair.evidence.prepend(
                        {u"manual"_s, u"Q%1"_s.arg(a[i].question), u"Q%1"_s.arg(b[j].question), 0});
                    pair.confidence = 1;
                }
            } else if (manuallyTaken.contains(b[j].question)) {
                gain = ruledOut;
            }
            candidates[i].append(pair);
            gains[i][j] = gain;
        }
    }

    // best[i][j]: the best total over questions i.. of A and j.. of B, where a pair adds its
    // confidence above the threshold and a skip adds nothing.
    QList<QList<double>> best(n + 1, QList<double>(m + 1, 0.0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            const double gain = gains[i][j];
            best[i][j] =
                std::max({best[i + 1][j], best[i][j + 1], gain > 0 ? gain + best[i + 1][j + 1] : 0.0});
        }
    }

    QList<QuestionPair> pairs;
    int i = 0, j = 0;
    while (i < n) {
        const double gain = j < m ? gains[i][j] : 0;
        if (j < m && gain > 0 && best[i][j] == gain + best[i + 1][j + 1]) {
            pairs.append(candidates[i][j]);
            ++i;
            ++j;
        } else if (j == m || best[i][j] == best[i + 1][j]) {
            QuestionPair alone;
            alone.aQuestion = a[i].question;
            alone.aLength = a[i].length;
            for (const QuestionProfile::Answer &answer : a[i].answers)
                alone.answers.append({answer.turnId, 0, answer.speaker});
            alone.numbers = compareNumbers(a[i].numbers, a[i].length, {}, 0);
            pairs.append(alone);
            unpairedA->append(a[i].question);
            ++i;
        } else {
            unpairedB->append(b[j].question);
            ++j;
        }
    }
    for (; j < m; ++j)
        unpairedB->append(b[j].question);
    return pairs;
}

CallAlignment QuestionAligner::align(const CallRecord &a, const CallRecord &b,
                                     const QHash<int, int> &manual) const
{
    const QList<QuestionProfile> profilesA = QuestionProfile::ofCall(a, m_names);
    const QList<QuestionProfile> profilesB = QuestionProfile::ofCall(b, m_names);
    CallAlignment alignment;
    alignment.pairs = alignProfiles(profilesA, profilesB, &alignment.unpairedA, &alignment.unpairedB, manual);

    double total = 0;
    for (const QuestionPair &pair : std::as_const(alignment.pairs))
        total += pair.bQuestion ? pair.contentConfidence : 0;
    const qsizetype fewer = std::min(profilesA.size(), profilesB.size());
    alignment.confidence = fewer > 0 ? total / fewer : 0;

    alignment.callEvidence = callEvidence(a.summary, b.summary);
    const bool differentCompany =
        std::any_of(alignment.callEvidence.cbegin(), alignment.callEvidence.cend(),
                    [](const PairEvidence &e) { return e.kind == u"company_differs"_s; });
    alignment.looksUnrelated = differentCompany || alignment.confidence < kUnrelatedBelow;
    return alignment;
}
