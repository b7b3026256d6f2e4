#pragma once

#include "pairing/NumberComparison.h"

#include <QList>
#include <QString>

// One reason for (or against) pairing two questions, with what it adds to the score.
struct PairEvidence
{
    QString kind; // "order", "asker", "asker_differs", "addressed", "answerer", "number", "term"
    QString a;    // as side A writes it
    QString b;
    double weight = 0;
};

struct AnswerPair
{
    qint64 aTurn = 0; // 0: no counterpart on that side
    qint64 bTurn = 0;
    QString speaker; // the identity both sides share, or the one side's speaker
};

struct QuestionPair
{
    int aQuestion = 0;
    int bQuestion = 0; // 0: side B has no counterpart
    double confidence = 0;
    // The same from what was said alone (terms, numbers, executives addressed): the same
    // analysts ask every quarter, so who asks cannot tell one call from the next.
    double contentConfidence = 0;
    QList<PairEvidence> evidence;
    QList<AnswerPair> answers;
    QList<NumberMatch> numbers;
    int aLength = 0;
    int bLength = 0;
};

struct CallAlignment
{
    QList<QuestionPair> pairs; // every question of side A in order, paired or not
    QList<int> unpairedA;
    QList<int> unpairedB;
    // How sure the two calls are versions of one event: the pairs' content confidences over
    // the questions of the shorter call.
    double confidence = 0;
    bool looksUnrelated = false;
    QList<PairEvidence> callEvidence; // company, period and date, where both calls have them
};
