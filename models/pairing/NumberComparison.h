#pragma once

#include "pairing/TextNumber.h"

#include <optional>

// The numbers of a question beside those of its counterpart.
struct NumberMatch
{
    enum class Status {
        Same,      // the same value on both sides
        Different, // a number of the same kind at about the same place, with another value
        OnlyA,
        OnlyB,
    };
    Status status = Status::Same;
    std::optional<TextNumber> a;
    std::optional<TextNumber> b;
};

QString numberStatusName(NumberMatch::Status status); // "same", "different", "only_a", "only_b"

// Every number of both sides, each once: equal values first (in the order of side A), then a
// left-over number paired with a left-over one of the same kind nearest its relative place
// (within a quarter of the question) as changed, the rest as found on one side only.
// lengthA and lengthB are the lengths of the texts the numbers' offsets point into.
QList<NumberMatch> compareNumbers(const QList<TextNumber> &a, int lengthA, const QList<TextNumber> &b,
                                  int lengthB);
