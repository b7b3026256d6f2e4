#include "guidance/GuidanceTableModel.h"

#include "guidance/GuidanceMetrics.h"
#include "transcript/Transcript.h"

#include <QColor>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

GuidanceTableModel::GuidanceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void GuidanceTableModel::setEntries(const QList<LedgerEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_visible.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const LedgerEntry &e = m_entries.at(i);
        if ((m_metric.isEmpty() || e.entry.metric == m_metric) &&
            (m_target.isEmpty() || e.entry.target.label() == m_target) &&
            (m_showDismissed || e.entry.status != GuidanceStatus::Dismissed))
            m_visible.append(i);
    }
    endResetModel();
}

void GuidanceTableModel::setFilter(const QString &metric, const QString &target, bool showDismissed)
{
    m_metric = metric;
    m_target = target;
    m_showDismissed = showDismissed;
    refilter();
}

void GuidanceTableModel::refilter()
{
    setEntries(QList<LedgerEntry>(m_entries));
}

QStringList GuidanceTableModel::metrics() const
{
    QStringList keys;
    for (const LedgerEntry &e : m_entries) {
        if (!keys.contains(e.entry.metric))
            keys.append(e.entry.metric);
    }
    return keys;
}

QStringList GuidanceTableModel::targets() const
{
    QList<TargetPeriod> periods;
    for (const LedgerEntry &e : m_entries) {
        if (!periods.contains(e.entry.target))
            periods.append(e.entry.target);
    }
    std::sort(periods.begin(), periods.end(), [](const TargetPeriod &a, const TargetPeriod &b) {
        return std::pair(a.from, a.to) < std::pair(b.from, b.to);
    });
    QStringList labels;
    for (const TargetPeriod &p : std::as_const(periods)) {
        if (!labels.contains(p.label()))
            labels.append(p.label());
    }
    return labels;
}

int GuidanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int GuidanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GuidanceTableModel::guidedText(const GuidanceEntry &e)
{
    if (e.unit == GuidanceUnit::BasisPoints)
        return tr("%1 bp").arg(e.low);
    const QString range =
        e.low == e.high ? FigureFormat::value(e.low, e.unit)
                        : FigureFormat::value(e.low, e.unit) + u" – "_s + FigureFormat::value(e.high, e.unit);
    return e.band.isEmpty() ? range : u"%1 (%2)"_s.arg(e.band, range);
}

QString GuidanceTableModel::outcomeText(const LedgerEntry &e)
{
    // By how much, without a sign: the word says which way.
    const auto by = [&] {
        const double amount = e.difference ? std::abs(*e.difference) : 0;
        return e.entry.unit == Unit::Percent ? tr("%1 pt").arg(QLocale().toString(amount, 'f', 1))
                                             : FigureFormat::value(amount, e.entry.unit);
    };
    switch (e.outcome) {
    case GuidanceOutcome::InRange:
        return tr("In range");
    case GuidanceOutcome::Above:
        return tr("Above, by %1").arg(by());
    case GuidanceOutcome::Below:
        return tr("Below, by %1").arg(by());
    case GuidanceOutcome::Pending:
        return tr("Not reported yet");
    case GuidanceOutcome::NotChecked:
        return tr("No figure to check");
    }
    return {};
}

QString GuidanceTableModel::statusText(GuidanceStatus status)
{
    switch (status) {
    case GuidanceStatus::Extracted:
        return tr("Found");
    case GuidanceStatus::Confirmed:
        return tr("Confirmed");
    case GuidanceStatus::Edited:
        return tr("Edited");
    case GuidanceStatus::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

QVariant GuidanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LedgerEntry &row = entryAt(index.row());
    const GuidanceEntry &e = row.entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CallColumn:
            return e.company.isEmpty() ? e.callPeriod.toString() : e.company + u' ' + e.callPeriod.toString();
        case MetricColumn:
            return GuidanceMetrics::displayName(e.metric);
        case TargetColumn:
            return e.target.stated ? e.target.label() : tr("%1 (assumed)").arg(e.target.label());
        case GuidedColumn:
            return guidedText(e);
        case SpeakerColumn:
            return e.role == QLatin1StringView(Role::Analyst) ? tr("%1 (analyst)").arg(e.speaker) : e.speaker;
        case StatusColumn:
            return statusText(e.status);
        case ActualColumn:
            return row.actual ? FigureFormat::value(*row.actual, e.unit) : QString();
        case OutcomeColumn:
            return outcomeText(row);
        case ReleaseColumn:
            if (!row.releaseOutlook)
                return {};
            return row.releaseDisagrees ? tr("%1, not what the call said")
                                              .arg(FigureFormat::value(*row.releaseOutlook, e.unit))
                                        : FigureFormat::value(*row.releaseOutlook, e.unit);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = e.quote;
        if (!e.bandSource.isEmpty())
            tip += u"\n\n"_s + tr("The range of the band, as the company defined it: %1").arg(e.bandSource);
        if (row.releaseOutlook)
            tip += u"\n\n"_s + (row.releaseDisagrees ? tr("The release's outlook differs: %1")
                                                     : tr("The release's outlook agrees: %1"))
                                   .arg(FigureFormat::value(*row.releaseOutlook, e.unit));
        if (!row.actualSource.isEmpty())
            tip += u"\n\n"_s + tr("Reported figure: %1").arg(row.actualSourceText);
        return tip;
    }
    case Qt::ForegroundRole:
        if (e.status == GuidanceStatus::Dismissed)
            return QColor(0x80, 0x80, 0x80);
        if (index.column() == ReleaseColumn && row.releaseDisagrees)
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case CallIdRole:
        return e.callId;
    case TurnIdRole:
        return e.turnId;
    case StartRole:
        return e.start;
    case EndRole:
        return e.end;
    case MetricRole:
        return e.metric;
    case TargetRole:
        return e.target.label();
    case StatusRole:
        return guidanceStatusName(e.status);
    case OutcomeRole:
        return guidanceOutcomeName(row.outcome);
    case QuoteRole:
        return e.quote;
    case ReleaseDisagreesRole:
        return row.releaseDisagrees;
    }
    return {};
}

QVariant GuidanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CallColumn:
        return tr("Call");
    case MetricColumn:
        return tr("Metric");
    case TargetColumn:
        return tr("For");
    case GuidedColumn:
        return tr("Guided");
    case SpeakerColumn:
        return tr("Speaker");
    case StatusColumn:
        return tr("Status");
    case ActualColumn:
        return tr("Reported");
    case OutcomeColumn:
        return tr("Outcome");
    case ReleaseColumn:
        return tr("Release's outlook");
    }
    return {};
}

QHash<int, QByteArray> GuidanceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{CallIdRole, "callId"},
                  {TurnIdRole, "turnId"},
                  {StartRole, "start"},
                  {EndRole, "end"},
                  {MetricRole, "metric"},
                  {TargetRole, "target"},
                  {StatusRole, "status"},
                  {OutcomeRole, "outcome"},
                  {QuoteRole, "quote"},
                  {ReleaseDisagreesRole, "releaseDisagrees"}});
    return names;
}
