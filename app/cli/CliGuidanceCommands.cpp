#include "cli/CliGuidanceCommands.h"

#include "cli/CommandLine.h"
#include "figures/MetricRepository.h"
#include "guidance/GuidanceLedger.h"
#include "guidance/GuidanceMetrics.h"
#include "guidance/NumberCheck.h"
#include "store/LibraryRecords.h"
#include "store/LibraryStore.h"
#include "util/UntrustedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CliGuidanceCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliGuidanceCommands", text);
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 1000) / 1000) : QJsonValue();
}

QJsonObject entryJson(const LedgerEntry &row)
{
    const GuidanceEntry &e = row.entry;
    return {
        {u"company"_s, jsonOrNull(e.company)},
        {u"call_id"_s, e.callId},
        {u"call_period"_s, e.callPeriod.toString()},
        {u"turn_id"_s, e.turnId},
        {u"start"_s, e.start},
        {u"end"_s, e.end},
        {u"metric"_s, e.metric},
        {u"metric_name"_s, GuidanceMetrics::displayName(e.metric)},
        {u"target_period"_s, e.target.label()},
        {u"target_from"_s, e.target.from.toString()},
        {u"target_to"_s, e.target.to.toString()},
        {u"target_whole_year"_s, e.target.wholeYear},
        {u"target_stated"_s, e.target.stated},
        {u"target_phrase"_s, jsonOrNull(e.target.phrase)},
        {u"form"_s, guidanceFormName(e.form)},
        {u"low"_s, number(e.low)},
        {u"high"_s, number(e.high)},
        {u"point"_s, number(e.point)},
        {u"tolerance"_s, jsonOrNull(e.tolerance)},
        {u"unit"_s, e.unit},
        {u"band"_s, jsonOrNull(e.band)},
        {u"band_source"_s, jsonOrNull(e.bandSource)},
        {u"band_source_call"_s, e.bandSourceCall ? QJsonValue(e.bandSourceCall) : QJsonValue()},
        {u"speaker"_s, jsonOrNull(e.speaker)},
        {u"role"_s, jsonOrNull(e.role)},
        {u"quote"_s, e.quote},
        {u"status"_s, guidanceStatusName(e.status)},
        {u"actual"_s, number(row.actual)},
        {u"actual_metric"_s, jsonOrNull(row.actualMetric)},
        {u"actual_source"_s, jsonOrNull(row.actualSource)},
        {u"actual_source_text"_s, jsonOrNull(row.actualSourceText)},
        {u"actual_derived"_s, row.actualDerived},
        {u"outcome"_s, guidanceOutcomeName(row.outcome)},
        {u"difference"_s, number(row.difference)},
        {u"release_outlook"_s, number(row.releaseOutlook)},
        {u"release_disagrees"_s, row.releaseDisagrees},
    };
}

QString range(const GuidanceEntry &e)
{
    const auto text = [&](double v) {
        return FigureFormat::value(v, e.unit == GuidanceUnit::BasisPoints ? QString() : e.unit);
    };
    if (e.unit == GuidanceUnit::BasisPoints)
        return tr("%1 bp").arg(e.low);
    return e.low == e.high ? text(e.low) : text(e.low) + u"–"_s + text(e.high);
}

QString outcomeText(const LedgerEntry &row)
{
    switch (row.outcome) {
    case GuidanceOutcome::InRange:
        return tr("in range");
    case GuidanceOutcome::Above:
        return tr("above");
    case GuidanceOutcome::Below:
        return tr("below");
    case GuidanceOutcome::Pending:
        return tr("not reported yet");
    case GuidanceOutcome::NotChecked:
        return tr("no figure to check");
    }
    return {};
}

QStringList columns(const LedgerEntry &row)
{
    const GuidanceEntry &e = row.entry;
    return {e.company,
            e.callPeriod.toString(),
            GuidanceMetrics::displayName(e.metric),
            e.target.label(),
            range(e),
            e.band,
            e.speaker,
            guidanceStatusName(e.status),
            row.actual ? FigureFormat::value(*row.actual, e.unit) : QString(),
            outcomeText(row),
            e.quote};
}

QStringList headers()
{
    return {tr("company"), tr("call"),   tr("metric"), tr("target"),  tr("guided"), tr("band"),
            tr("speaker"), tr("status"), tr("actual"), tr("outcome"), tr("quote")};
}

} // namespace

int guidance(CliContext &ctx)
{
    const QString usage =
        tr("Usage: earnings-reader guidance [--company T] [--json|--format csv|md] [--library FILE]");
    if (!ctx.args.isEmpty()) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    const QString format = ctx.parser.isSet(u"json"_s) ? u"json"_s : ctx.parser.value(u"format"_s);
    if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s && format != u"md"_s) {
        ctx.err << tr("guidance prints text, JSON (--json), CSV or Markdown (--format csv|md), not %1")
                       .arg(format)
                << u'\n';
        return ExitCode::Usage;
    }
    const QString company = ctx.parser.value(u"company"_s).trimmed().toUpper();
    const QList<LedgerEntry> ledger = GuidanceLedger::build(&ctx.store, company);

    if (format == u"json"_s) {
        QJsonArray entries;
        for (const LedgerEntry &row : ledger)
            entries.append(entryJson(row));
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"guidance"_s, entries}}).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    if (format == u"csv"_s) {
        ctx.out << u"company,call_id,call_period,metric,target_period,low,high,unit,band,speaker,role,quote,"
                   u"status,"
                   u"actual,outcome,difference\n"_s;
        for (const LedgerEntry &row : ledger) {
            const GuidanceEntry &e = row.entry;
            ctx.out << QStringList{UntrustedText::csvField(e.company),
                                   QString::number(e.callId),
                                   e.callPeriod.toString(),
                                   e.metric,
                                   e.target.label(),
                                   FigureFormat::exact(e.low),
                                   FigureFormat::exact(e.high),
                                   e.unit,
                                   UntrustedText::csvField(e.band),
                                   UntrustedText::csvField(e.speaker),
                                   e.role,
                                   UntrustedText::csvField(e.quote),
                                   guidanceStatusName(e.status),
                                   row.actual ? FigureFormat::exact(*row.actual) : QString(),
                                   guidanceOutcomeName(row.outcome),
                                   row.difference ? FigureFormat::exact(*row.difference) : QString()}
                           .join(u',')
                    << u'\n';
        }
        return ExitCode::Ok;
    }
    if (format == u"md"_s) {
        ctx.out << u"| "_s << headers().join(u" | "_s) << u" |\n|"_s
                << QString(u"---|"_s).repeated(headers().size()) << u'\n';
        for (const LedgerEntry &row : ledger) {
            QStringList cells = columns(row);
            for (QString &cell : cells)
                cell = UntrustedText::withVisibleControls(cell).replace(u'|', u"\\|"_s).replace(u'\n', u' ');
            ctx.out << u"| "_s << cells.join(u" | "_s) << u" |\n"_s;
        }
        return ExitCode::Ok;
    }
    if (ledger.isEmpty()) {
        ctx.out << tr("No guidance found.") << u'\n';
        return ExitCode::Ok;
    }
    for (const LedgerEntry &row : ledger) {
        QStringList cells = columns(row);
        cells.removeLast();
        ctx.out << UntrustedText::withVisibleControls(cells.join(u'\t')) << u'\n' << u"    "_s
                << UntrustedText::withVisibleControls(row.entry.quote) << u'\n';
    }
    return ExitCode::Ok;
}

int checkNumbers(CliContext &ctx)
{
    const QString usage = tr("Usage: earnings-reader check-numbers CALL_ID [--json] [--library FILE]");
    bool ok = false;
    const qint64 callId = ctx.args.value(0).toLongLong(&ok);
    if (ctx.args.size() != 1 || !ok || callId <= 0) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    const auto call = ctx.store.call(callId);
    if (!call) {
        ctx.err << tr("No call %1 in %2").arg(callId).arg(ctx.store.path()) << u'\n';
        return ExitCode::Failure;
    }
    const MetricRepository metrics(&ctx.store);
    const FigureSet figures =
        call->summary.companyTicker.isEmpty() ? FigureSet() : metrics.figureSet(call->summary.companyTicker);
    const QList<NumberClaim> claims =
        NumberCheck::check(*call, figures, GuidanceLedger::quarterEndMonth(*call, figures));

    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray numbers;
        for (const NumberClaim &claim : claims) {
            numbers.append(QJsonObject{
                {u"turn_id"_s, claim.turnId},
                {u"start"_s, claim.start},
                {u"end"_s, claim.end},
                {u"text"_s, claim.text},
                {u"value"_s, number(claim.value)},
                {u"unit"_s, claim.unit},
                {u"metric"_s, claim.metric},
                {u"measure"_s, claimMeasureName(claim.measure)},
                {u"period"_s, claim.period.label()},
                {u"figure"_s, number(claim.figureValue)},
                {u"figure_metric"_s, jsonOrNull(claim.figureMetric)},
                {u"figure_source"_s, jsonOrNull(claim.figureSource)},
                {u"figure_source_text"_s, jsonOrNull(claim.figureSourceText)},
                {u"figure_derived"_s, claim.figureDerived},
                {u"difference"_s, number(claim.difference)},
                {u"result"_s, claimResultName(claim.result)},
            });
        }
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"call_id"_s, callId}, {u"numbers"_s, numbers}})
                .toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (const NumberClaim &claim : claims) {
        const QString figure =
            claim.figureValue ? FigureFormat::value(*claim.figureValue, claim.unit) : u"-"_s;
        ctx.out << UntrustedText::withVisibleControls(QStringList{
                       QString::number(claim.turnId), claim.text, GuidanceMetrics::displayName(claim.metric),
                       claimMeasureName(claim.measure), claim.period.label(), figure,
                       claimResultName(claim.result)}
                                                          .join(u'\t'))
                << u'\n';
    }
    if (claims.isEmpty())
        ctx.out << tr("No numbers about reported figures found.") << u'\n';
    return ExitCode::Ok;
}

} // namespace CliGuidanceCommands
