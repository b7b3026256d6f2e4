#include "text/LocaleFormat.h"

using namespace Qt::StringLiterals;

namespace LocaleFormat {

QString qtPattern(const QString &cldrPattern)
{
    QString result;
    result.reserve(cldrPattern.size() + 2);
    bool quoted = false;
    for (qsizetype i = 0; i < cldrPattern.size(); ++i) {
        const QChar c = cldrPattern.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (quoted || c != u'B') {
            result += c;
            continue;
        }
        while (i + 1 < cldrPattern.size() && cldrPattern.at(i + 1) == u'B')
            ++i;
        result += u"AP"_s;
    }
    return result;
}

QString dateTime(const QDateTime &dateTime, QLocale::FormatType format, const QLocale &locale)
{
    return locale.toString(dateTime, qtPattern(locale.dateTimeFormat(format)));
}

QString time(QTime time, QLocale::FormatType format, const QLocale &locale)
{
    return locale.toString(time, qtPattern(locale.timeFormat(format)));
}

QString date(QDate date, QLocale::FormatType format, const QLocale &locale)
{
    return locale.toString(date, qtPattern(locale.dateFormat(format)));
}

} // namespace LocaleFormat
