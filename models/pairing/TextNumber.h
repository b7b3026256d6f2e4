#pragma once

#include <QList>
#include <QString>

// A number as a call states it, in English or Chinese, with its value worked out:
// 約110億美元 and "$11 billion" are both 11,000,000,000 US dollars.
struct TextNumber
{
    enum class Kind { Amount, Percent, BasisPoints, Multiple };

    QString text;  // as written, approximation word included ("約110億美元")
    int start = 0; // in the text it was found in
    Kind kind = Kind::Amount;
    double value = 0;
    QString currency; // "USD", or empty when the text names none
    int significantDigits = 1;

    // Equal at the precision of the less precise of the two (393.31億 is 39.3 billion), and
    // within 5% of each other, so that rounding never makes 1.5 million equal 2 million.
    bool sameAs(const TextNumber &other) const;
    // The same kind of quantity in the same currency, so a changed figure can be told
    // from an unrelated one.
    bool comparableWith(const TextNumber &other) const;
};

QString numberKindName(TextNumber::Kind kind); // "amount", "percent", "basis_points", "multiple"

// Every number of a text: Arabic or Chinese numerals (百分之七十, 兩倍), Chinese (萬, 億) and
// English (million, billion) scales, $ and 美元, %, 基點 / basis points, 倍 / x / times.
// Digits that belong to a name (GB200, NVL72, Q4) are not numbers.
QList<TextNumber> extractNumbers(const QString &text);
