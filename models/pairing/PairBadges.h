#pragma once

#include "pairing/QuestionAlignment.h"
#include "store/LibraryRecords.h"

#include <QCoreApplication>

// What the side-by-side view says about each question at a glance.
struct QuestionBadge
{
    enum class Kind {
        NotInTranslation, // a question of the original the translation has no counterpart for
        NotInOriginal,    // a question of the translation with no counterpart in the original
        LengthRatio,      // value: the translation's length in percent of the original's
        NumbersDiffer,    // value: numbers given another value on the other side
        NumbersOneSide,   // value: numbers stated on one side only
    };
    Kind kind = Kind::LengthRatio;
    int value = 0;

    QString text() const;
    friend bool operator==(const QuestionBadge &, const QuestionBadge &) = default;
};

// Which side of a pair is the translation: the one more of whose letters are Chinese. Two
// calls in the same script leave side B as the translation of side A.
enum class PairSide { A, B };
PairSide translationSide(const CallRecord &a, const CallRecord &b);

// A question's length comparable across languages, in English words: a Latin word counts one,
// a Chinese character 1/kCharactersPerWord (English rendered in Chinese takes about 1.7
// characters a word). The question's turns as the aligner reads them: the asking turn, the
// answers, not the operator introducing the next question.
inline constexpr double kCharactersPerWord = 1.7;
double questionLength(const CallRecord &call, int question);

class PairBadges
{
    Q_DECLARE_TR_FUNCTIONS(PairBadges)

public:
    PairBadges(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment);

    PairSide translation() const { return m_translation; }
    // The badges of a question of side A, or of side B (for its unpaired questions).
    QList<QuestionBadge> forA(int question) const;
    QList<QuestionBadge> forB(int question) const;
    // The pair of a question of either side; nullptr if the question has no counterpart.
    const QuestionPair *pairOfA(int question) const;
    const QuestionPair *pairOfB(int question) const;

private:
    QList<QuestionBadge> forPair(const QuestionPair &pair) const;

    const CallRecord &m_a;
    const CallRecord &m_b;
    const CallAlignment &m_alignment;
    PairSide m_translation;
};
