#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <algorithm>

// Rules for text that comes in from files and command lines other people wrote, and goes out
// to programs that may act on it.
namespace UntrustedText {

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

// A CSV field: neutralised, and quoted when it holds a comma, a quote or a line break.
inline QString csvField(const QString &cell)
{
    const QString value = neutralisedCell(cell);
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A cell as neutralisedCell() wrote it, read back.
inline QString restoredCell(const QString &cell)
{
    return cell.startsWith(u'\'') && startsFormula(QStringView(cell).mid(1)) ? cell.mid(1) : cell;
}

// C0 controls, DEL and C1 controls: what a terminal obeys rather than shows.
inline bool isControl(QChar c)
{
    return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
}

// For a terminal: each control character as a visible symbol (ESC as U+241B, BEL as U+2407,
// C1 controls as \x9b), so a transcript or a library cannot move the cursor, retitle the
// window or write the clipboard (OSC 52). Text of several lines may keep its line breaks.
enum class LineBreaks { Shown, Kept };
inline QString withVisibleControls(const QString &text, LineBreaks lineBreaks = LineBreaks::Shown)
{
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString visible;
    visible.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(c) || (lineBreaks == LineBreaks::Kept && (u == u'\n' || u == u'\t')))
            visible += c;
        else if (u < 0x20)
            visible += QChar(char16_t(0x2400 + u)); // the Control Pictures block
        else if (u == 0x7f)
            visible += QChar(char16_t(0x2421));
        else
            visible += QStringLiteral("\\x") + QString::number(u, 16);
    }
    return visible;
}

// For one line of metadata (a title, a company name) from a file or a command line: tabs and
// line breaks become spaces, other control characters are dropped.
inline QString withoutControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            clean += u' ';
        else if (!isControl(c))
            clean += c;
    }
    return clean.trimmed();
}

} // namespace UntrustedText
