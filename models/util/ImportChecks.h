#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

// Rules for text that comes in from files and command lines other people wrote, and goes out
// to programs that may act on it.
namespace ImportChecks {

// Capital letters and digits, then dots and dashes too (BRK.B), as the figures' CSV takes them.
inline bool isTicker(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9.\\-]{0,11}$"));
    return pattern.match(text).hasMatch();
}

// FY2025Q4: a year from 1 to 9999 and a quarter from 1 to 4.
inline bool isFiscalQuarter(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^FY(?!0000)[0-9]{4}Q[1-4]$"));
    return pattern.match(text).hasMatch();
}

// A CSV cell that a spreadsheet would evaluate as a formula (=cmd|' /C calc'!A0, @SUM(1+1),
// +1+1, or a tab or carriage return before one).
inline bool startsFormula(QStringView cell)
{
    return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
}

// Written after an apostrophe, which spreadsheets read as "this is text" and do not show.
inline QString neutralisedCell(const QString &cell)
{
    return startsFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

// A cell as neutralisedCell() wrote it, read back.
inline QString restoredCell(const QString &cell)
{
    return cell.startsWith(u'\'') && startsFormula(QStringView(cell).mid(1)) ? cell.mid(1) : cell;
}

} // namespace ImportChecks
