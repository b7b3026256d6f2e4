#include "transcript/HeaderReader.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr auto Caseless =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// The header ends where the call starts; a few dozen lines cover every layout seen, including
// a contents block and a participant list.
constexpr int HeaderLines = 40;
constexpr int LongestHeaderLine = 200;

int monthNumber(const QString &name)
{
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

int ordinalQuarter(const QString &word)
{
    static const QStringList ordinals{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};
    return int(ordinals.indexOf(word.toLower())) + 1;
}

QString period(int year, int quarter)
{
    if (year < 100)
        year += 2000;
    return u"FY%1Q%2"_s.arg(year).arg(quarter);
}

// A Chinese character says about as much as two Latin letters.
qsizetype weight(const QString &text)
{
    qsizetype weight = text.size();
    for (QChar c : text)
        if (c.script() == QChar::Script_Han)
            ++weight;
    return weight;
}

// Markdown emphasis and heading marks are layout, not content.
QString plain(QString line)
{
    static const QRegularExpression marks(u"^\\s*#+\\s*|\\*\\*|__"_s);
    return line.remove(marks).trimmed();
}

} // namespace

QString HeaderReader::fiscalPeriod(const QString &text)
{
    static const QRegularExpression quarterFirst(
        u"\\b(?:Q|F?Q)([1-4])\\s*(?:'|’)?\\s*(?:FY|F|fiscal(?:\\s+year)?)?\\s*'?(20\\d\\d|\\d\\d)\\b"_s,
        Caseless);
    static const QRegularExpression fiscalFirst(
        u"\\b(?:FY|fiscal(?:\\s+year)?)\\s*'?(20\\d\\d|\\d\\d)\\s*(?:Q([1-4])|(first|second|third|fourth)\\s+quarter)"_s,
        Caseless);
    static const QRegularExpression ordinalFirst(
        u"\\b(first|second|third|fourth)[- ]quarter\\s+(?:of\\s+)?(?:fiscal\\s+(?:year\\s+)?)?(20\\d\\d)\\b"_s,
        Caseless);
    if (const auto m = quarterFirst.match(text); m.hasMatch())
        return period(m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = fiscalFirst.match(text); m.hasMatch())
        return period(m.captured(1).toInt(),
                      m.captured(2).isEmpty() ? ordinalQuarter(m.captured(3)) : m.captured(2).toInt());
    if (const auto m = ordinalFirst.match(text); m.hasMatch())
        return period(m.captured(2).toInt(), ordinalQuarter(m.captured(1)));
    return {};
}

QString HeaderReader::isoDate(const QString &text)
{
    static const QRegularExpression monthName(
        u"\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(20\\d\\d)\\b"_s,
        Caseless);
    static const QRegularExpression dayFirst(
        u"\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(20\\d\\d)\\b"_s,
        Caseless);
    static const QRegularExpression iso(u"\\b(20\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"_s);
    static const QRegularExpression chinese(u"(20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"_s);
    // "聯發科_20260311": a date written as one number, as file-like headings do.
    static const QRegularExpression compact(u"(?:^|[_\\s-])(20\\d\\d)(\\d\\d)(\\d\\d)(?:$|[_\\s.-])"_s);
    QDate date;
    if (const auto m = monthName.match(text); m.hasMatch())
        date = QDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
    else if (const auto m = dayFirst.match(text); m.hasMatch())
        date = QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
    else if (const auto m = iso.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m = chinese.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m = compact.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

HeaderMetadata HeaderReader::read(const QStringList &allLines)
{
    QStringList lines;
    for (const QString &line : allLines) {
        const QString text = plain(line);
        // A paragraph is speech or an article: the header, if any, was above it. An article's
        // "(GPU)" or "截至2025年1月26日" says nothing about the call.
        static const QString sentenceEnd = u".!?\u3002\uFF01\uFF1F\u201D\""_s;
        const qsizetype size = weight(text);
        if (size > LongestHeaderLine || (size >= 60 && sentenceEnd.contains(text.back())))
            break;
        if (!text.isEmpty())
            lines.append(text);
        if (lines.size() >= HeaderLines)
            break;
    }

    HeaderMetadata meta;
    // "Company (EXCHANGE:TICKER)" on one line, or the company on the line before a "(" that
    // opens the ticker; a price change may follow the ticker inside the parentheses.
    static const QRegularExpression tickerInParens(
        u"^(.*?)\\s*\\(\\s*(?:(?:NASDAQ|NYSE|NYSEARCA|NYSEAMERICAN|AMEX|OTC|TSX|LSE|HKEX|TWSE|SSE|SZSE)\\s*:"
        u"\\s*)?"
        "([A-Z][A-Z.]{0,5})\\s*(?:[+-−][0-9.,]+%)?\\s*\\)"_s);
    static const QRegularExpression label(
        u"^(company|ticker|symbol|date|call date|quarter|period|fiscal period)\\s*[:：]\\s*(.+)$"_s,
        Caseless);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (const auto m = label.match(line); m.hasMatch()) {
            const QString key = m.captured(1).toLower();
            const QString value = m.captured(2).trimmed();
            static const QRegularExpression tickerShape(u"^[A-Z][A-Z.]{0,5}$"_s);
            if (key == u"ticker" || key == u"symbol" ||
                (key == u"company" && tickerShape.match(value).hasMatch())) {
                if (meta.ticker.isEmpty())
                    meta.ticker = value;
            } else if (key == u"company" && meta.company.isEmpty()) {
                meta.company = value;
            } else if (key.contains(u"date") && meta.date.isEmpty()) {
                meta.date = isoDate(value);
            } else if (meta.fiscalPeriod.isEmpty()) {
                meta.fiscalPeriod = fiscalPeriod(value);
            }
            continue;
        }
        if (meta.ticker.isEmpty()) {
            // Parentheses split over lines ("Nvidia", "(", "NVDA", "+0.03%", ")") are joined first.
            QString candidate = line;
            qsizetype last = i;
            if (line == u"(" || line.startsWith(u'(')) {
                for (qsizetype j = i + 1; j < lines.size() && j <= i + 4 && !candidate.contains(u')'); ++j) {
                    candidate += u' ' + lines.at(j);
                    last = j;
                }
            }
            // "NVIDIA Corporation NasdaqGS:NVDA FQ4 2025 Earnings Call Transcripts" (S&P Capital IQ).
            static const QRegularExpression exchangeTicker(
                u"^(.*?)\\s*\\b(?:Nasdaq\\w*|NYSE\\w*|AMEX|OTC\\w*|TSX\\w*|LSE|SEHK|TWSE|TPEX):([A-Z][A-Z.]{0,5})\\b"_s);
            if (const auto m = exchangeTicker.match(line); m.hasMatch()) {
                meta.ticker = m.captured(2);
                if (const QString company = m.captured(1).trimmed();
                    !company.isEmpty() && company.size() <= 60)
                    meta.company = company;
            } else if (const auto m = tickerInParens.match(candidate); m.hasMatch()) {
                meta.ticker = m.captured(2);
                QString company = m.captured(1).trimmed();
                if (company.isEmpty() && i > 0)
                    company = lines.at(i - 1);
                if (company.size() <= 60 && !company.contains(u':'))
                    meta.company = company;
                i = last;
                // The same line often names the period and the date too.
            }
        }
        static const QRegularExpression callTitle(
            u"\\b(?:earnings|results)\\b.*\\b(?:call|conference|transcript)\\b|"
            "电话会|電話會|法說會|法说会|业绩说明会|業績說明會"_s,
            Caseless);
        if (meta.title.isEmpty() && line.size() <= 120 && callTitle.match(line).hasMatch())
            meta.title = line;
        if (meta.fiscalPeriod.isEmpty() && line.size() <= 160)
            meta.fiscalPeriod = fiscalPeriod(line);
        if (meta.date.isEmpty() && line.size() <= 160)
            meta.date = isoDate(line);
    }
    // "# 聯發科_20260311": a company and a date joined in one heading.
    static const QRegularExpression nameDate(u"^([^_\\s]{2,30})_(20\\d{6})$"_s);
    if (!lines.isEmpty() && meta.company.isEmpty() && meta.ticker.isEmpty())
        if (const auto m = nameDate.match(lines.first()); m.hasMatch())
            meta.company = m.captured(1);
    return meta;
}
