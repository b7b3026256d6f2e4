#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// SEC company facts JSON for tests and the import benchmark.
namespace SyntheticCompanyFacts {

// One fact as EDGAR lists it under a concept's unit.
QJsonObject fact(const QString &start, const QString &end, double val, const QString &form,
                 const QString &filed);

// `years` calendar years of facts as EDGAR lays them out for a large filer: each quarter in its
// own 10-Q and again as next year's comparative, the nine-month year to date and the 10-K year,
// under Revenues, GrossProfit, NetIncomeLoss and `otherConcepts` concepts the import ignores.
// The fourth quarter of each year is only in the 10-K, so an import derives it.
QByteArray largeFiler(int years, int otherConcepts);

} // namespace SyntheticCompanyFacts
