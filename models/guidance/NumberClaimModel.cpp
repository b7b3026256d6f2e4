#include "guidance/NumberClaimModel.h"

#include "guidance/GuidanceMetrics.h"

#include <QColor>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

NumberClaimModel::NumberClaimModel(QObject *parent) : QAbstractTableModel(parent) {}

void NumberClaimModel::setClaims(const QList<NumberClaim> &claims)
{
    beginResetModel();
    m_claims = claims;
    endResetModel();
}

int NumberClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int NumberClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString measureText(const NumberClaim &claim)
{
    const QString metric = GuidanceMetrics::displayName(claim.metric);
    switch (claim.measure) {
    case NumberClaim::Measure::Value:
        return metric;
    case NumberClaim::Measure::YearOverYear:
        return NumberClaimModel::tr("%1, growth year on year").arg(metric);
    case NumberClaim::Measure::QuarterOverQuarter:
        return NumberClaimModel::tr("%1, growth on the quarter before").arg(metric);
    case NumberClaim::Measure::Outlook:
        return NumberClaimModel::tr("%1, outlook given a quarter before").arg(metric);
    }
    return metric;
}

QString claimValue(double value, const NumberClaim &claim)
{
    return claim.measure == NumberClaim::Measure::YearOverYear ||
                   claim.measure == NumberClaim::Measure::QuarterOverQuarter
               ? FigureFormat::signedPercent(value)
               : FigureFormat::value(value, claim.unit);
}

} // namespace

QString NumberClaimModel::resultText(const NumberClaim &claim)
{
    switch (claim.result) {
    case NumberClaim::Result::Match:
        return tr("Matches");
    case NumberClaim::Result::Differs: {
        const double amount = std::abs(*claim.difference);
        const QString by = claim.measure == NumberClaim::Measure::YearOverYear ||
                                   claim.measure == NumberClaim::Measure::QuarterOverQuarter ||
                                   claim.unit == Unit::Percent
                               ? tr("%1 pt").arg(QLocale().toString(amount, 'f', 1))
                               : FigureFormat::value(amount, claim.unit);
        return *claim.difference < 0 ? tr("Differs: %1 below the figure").arg(by)
                                     : tr("Differs: %1 above the figure").arg(by);
    }
    case NumberClaim::Result::Unknown:
        return tr("No figure to compare");
    }
    return {};
}

QColor NumberClaimModel::resultColour(NumberClaim::Result result)
{
    switch (result) {
    case NumberClaim::Result::Match:
        return QColor(0x1b, 0x7f, 0x3b);
    case NumberClaim::Result::Differs:
        return QColor(0xb3, 0x26, 0x1e);
    case NumberClaim::Result::Unknown:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

QVariant NumberClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NumberClaim &claim = m_claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return claim.text;
        case MetricColumn:
            return measureText(claim);
        case PeriodColumn:
            return claim.period.label();
        case ReportedColumn:
            return claim.figureValue ? claimValue(*claim.figureValue, claim) : QString();
        case ResultColumn:
            return resultText(claim);
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == ResultColumn ? QVariant(resultColour(claim.result)) : QVariant();
    case Qt::ToolTipRole:
        if (claim.figureSourceText.isEmpty())
            return claim.figureDerived ? tr("Computed from the stored figures") : QVariant();
        return claim.figureDerived
                   ? tr("Computed from the stored figures; source: %1").arg(claim.figureSourceText)
                   : tr("Source: %1").arg(claim.figureSourceText);
    case TurnIdRole:
        return claim.turnId;
    case StartRole:
        return claim.start;
    case EndRole:
        return claim.end;
    case ResultRole:
        return claimResultName(claim.result);
    }
    return {};
}

QVariant NumberClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Number");
    case MetricColumn:
        return tr("About");
    case PeriodColumn:
        return tr("Period");
    case ReportedColumn:
        return tr("Reported");
    case ResultColumn:
        return tr("Check");
    }
    return {};
}

QHash<int, QByteArray> NumberClaimModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{TurnIdRole, "turnId"}, {StartRole, "start"}, {EndRole, "end"}, {ResultRole, "result"}});
    return names;
}
