#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates and times as the reader's locale writes them. Qt 6.4 takes its patterns from CLDR
// but does not know CLDR's day-period letter "B", which zh_TW's times use ("Bh:mm" for
// 下午7:45), and prints it as a literal "B" with a 24-hour clock ("B19:45"); here that letter
// is read as Qt's AM/PM marker, which is the locale's own 上午/下午.
namespace LocaleFormat {
QString dateTime(const QDateTime &dateTime, QLocale::FormatType format = QLocale::ShortFormat,
                 const QLocale &locale = QLocale());
QString time(QTime time, QLocale::FormatType format = QLocale::ShortFormat,
             const QLocale &locale = QLocale());
QString date(QDate date, QLocale::FormatType format = QLocale::ShortFormat,
             const QLocale &locale = QLocale());
// The pattern with each unquoted run of "B" replaced by "AP".
QString qtPattern(const QString &cldrPattern);
} // namespace LocaleFormat
