#pragma once

#include "pairing/QuestionAlignment.h"
#include "pairing/QuestionProfile.h"

#include <QHash>

class NameMap;

// Aligns the questions of two calls, deterministically: every pair of questions gets a score
// from listed evidence, and a global alignment (Needleman-Wunsch) keeps the order of both calls
// while letting either side skip questions. A pair is made only when its confidence beats the
// cost of leaving both questions unpaired.
class QuestionAligner
{
public:
    explicit QuestionAligner(const NameMap &names);

    // manual: questions of A the user re-paired by hand (PairRepository::repairs), kept as they
    // are; the aligner pairs the rest around them.
    CallAlignment align(const CallRecord &a, const CallRecord &b, const QHash<int, int> &manual = {}) const;
    // The same on profiles, for a caller that has them.
    QList<QuestionPair> alignProfiles(const QList<QuestionProfile> &a, const QList<QuestionProfile> &b,
                                      QList<int> *unpairedA, QList<int> *unpairedB,
                                      const QHash<int, int> &manual = {}) const;

    // The score of one candidate pair; confidence = 1 - e^-(sum of the weights), 0 when negative.
    QuestionPair scorePair(const QuestionProfile &a, int indexA, int countA, const QuestionProfile &b,
                           int indexB, int countB, const QHash<QString, int> &documentFrequency,
                           int documents) const;

    static constexpr double kPairThreshold = 0.35;
    static constexpr double kUnrelatedBelow = 0.4;

private:
    const NameMap &m_names;
};
