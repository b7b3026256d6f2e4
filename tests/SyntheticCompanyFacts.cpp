#include "SyntheticCompanyFacts.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SyntheticCompanyFacts {

QJsonObject fact(const QString &start, const QString &end, double val, const QString &form,
                 const QString &filed)
{
    return {
        {u"start"_s, start}, {u"end"_s, end},    {u"val"_s, val},   {u"accn"_s, u"0000000001-24-000001"_s},
        {u"fy"_s, 2024},     {u"fp"_s, u"Q1"_s}, {u"form"_s, form}, {u"filed"_s, filed}};
}

QByteArray largeFiler(int years, int otherConcepts)
{
    QJsonObject usGaap;
    const auto series = [&](int salt) {
        QJsonArray list;
        for (int y = 0; y < years; ++y) {
            const QDate yearStart(2004 + y, 1, 1);
            double ytd = 0;
            for (int q = 0; q < 3; ++q) {
                const QDate start = yearStart.addMonths(3 * q);
                const QDate end = start.addMonths(3).addDays(-1);
                const double value = 1e9 * (1 + y) + 1e7 * q + salt;
                ytd += value;
                const QString filed = end.addDays(40).toString(Qt::ISODate);
                const QString again = end.addYears(1).addDays(40).toString(Qt::ISODate);
                list.append(
                    fact(start.toString(Qt::ISODate), end.toString(Qt::ISODate), value, u"10-Q"_s, filed));
                list.append(
                    fact(start.toString(Qt::ISODate), end.toString(Qt::ISODate), value, u"10-Q"_s, again));
            }
            const QDate nineEnd = yearStart.addMonths(9).addDays(-1);
            list.append(fact(yearStart.toString(Qt::ISODate), nineEnd.toString(Qt::ISODate), ytd, u"10-Q"_s,
                             nineEnd.addDays(40).toString(Qt::ISODate)));
            const QDate yearEnd = yearStart.addYears(1).addDays(-1);
            list.append(fact(yearStart.toString(Qt::ISODate), yearEnd.toString(Qt::ISODate), ytd * 4 / 3,
                             u"10-K"_s, yearEnd.addDays(60).toString(Qt::ISODate)));
        }
        return QJsonObject{{u"label"_s, u"A concept"_s}, {u"units"_s, QJsonObject{{u"USD"_s, list}}}};
    };
    usGaap.insert(u"Revenues"_s, series(0));
    usGaap.insert(u"GrossProfit"_s, series(1));
    usGaap.insert(u"NetIncomeLoss"_s, series(2));
    for (int i = 0; i < otherConcepts; ++i)
        usGaap.insert(u"OtherConcept%1"_s.arg(i), series(3 + i));
    const QJsonObject root{
        {u"cik"_s, 1}, {u"entityName"_s, u"LARGE"_s}, {u"facts"_s, QJsonObject{{u"us-gaap"_s, usGaap}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace SyntheticCompanyFacts
