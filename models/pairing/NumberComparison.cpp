#include "pairing/NumberComparison.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// How far apart, as a share of each text, a number and its changed counterpart may be.
constexpr double kNearbyPlace = 0.25;

double placeIn(const TextNumber &number, int length)
{
    return length > 0 ? double(number.start) / length : 0;
}

} // namespace

QString numberStatusName(NumberMatch::Status status)
{
    switch (status) {
    case NumberMatch::Status::Same:
        return u"same"_s;
    case NumberMatch::Status::Different:
        return u"different"_s;
    case NumberMatch::Status::OnlyA:
        return u"only_a"_s;
    case NumberMatch::Status::OnlyB:
        return u"only_b"_s;
    }
    return {};
}

QList<NumberMatch> compareNumbers(const QList<TextNumber> &a, int lengthA, const QList<TextNumber> &b,
                                  int lengthB)
{
    QList<int> partnerOfA(a.size(), -1);
    QList<bool> bTaken(b.size(), false);
    QList<NumberMatch::Status> statusOfA(a.size(), NumberMatch::Status::OnlyA);

    for (qsizetype i = 0; i < a.size(); ++i) {
        for (qsizetype j = 0; j < b.size(); ++j) {
            if (!bTaken[j] && a[i].sameAs(b[j])) {
                partnerOfA[i] = int(j);
                bTaken[j] = true;
                statusOfA[i] = NumberMatch::Status::Same;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (partnerOfA[i] >= 0)
            continue;
        int nearest = -1;
        double nearestDistance = kNearbyPlace;
        for (qsizetype j = 0; j < b.size(); ++j) {
            const double distance = std::abs(placeIn(a[i], lengthA) - placeIn(b[j], lengthB));
            if (!bTaken[j] && a[i].comparableWith(b[j]) && distance <= nearestDistance) {
                nearest = int(j);
                nearestDistance = distance;
            }
        }
        if (nearest >= 0) {
            partnerOfA[i] = nearest;
            bTaken[nearest] = true;
            statusOfA[i] = NumberMatch::Status::Different;
        }
    }

    // In the order of side A, with B's unmatched numbers where they fall between A's partners.
    QList<NumberMatch> matches;
    qsizetype nextB = 0;
    auto flushBUpTo = [&](qsizetype limit) {
        for (; nextB < limit; ++nextB) {
            if (!bTaken[nextB])
                matches.append({NumberMatch::Status::OnlyB, std::nullopt, b[nextB]});
        }
    };
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (partnerOfA[i] >= 0) {
            flushBUpTo(partnerOfA[i]);
            matches.append({statusOfA[i], a[i], b[partnerOfA[i]]});
        } else {
            matches.append({NumberMatch::Status::OnlyA, a[i], std::nullopt});
        }
    }
    flushBUpTo(b.size());
    return matches;
}
