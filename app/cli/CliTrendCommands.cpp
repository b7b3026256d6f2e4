#include "cli/CliTrendCommands.h"

#include "cli/CommandLine.h"
#include "search/SearchIndex.h"
#include "store/LibraryStore.h"
#include "trends/CallChanges.h"
#include "trends/TermTrend.h"
#include "util/UntrustedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CliTrendCommands {
namespace {

constexpr int kDefaultChanges = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("CliTrendCommands", text);
}

QString byName(TrendOptions::SplitBy by)
{
    return by == TrendOptions::SplitBy::Role ? u"role"_s : u"speaker"_s;
}

QJsonObject trendJson(const TermTrend &trend, const TrendOptions &options)
{
    QJsonArray series;
    for (const TrendSeries &one : trend.series) {
        QJsonArray points;
        for (const TrendPoint &point : one.points) {
            points.append(QJsonObject{{u"period"_s, point.fiscalPeriod},
                                      {u"call_id"_s, point.callId},
                                      {u"count"_s, point.count},
                                      {u"words"_s, point.words}});
        }
        QJsonObject json{{u"role"_s, one.role}, {u"total"_s, one.total}, {u"points"_s, points}};
        if (options.by == TrendOptions::SplitBy::Speaker) {
            json.insert(u"speaker"_s, jsonOrNull(one.speaker));
            json.insert(u"company"_s, jsonOrNull(one.companyTicker));
        }
        series.append(json);
    }
    return {{u"term"_s, trend.term},
            {u"rule"_s, trend.rule},
            {u"by"_s, byName(options.by)},
            {u"company"_s, jsonOrNull(options.companyTicker)},
            {u"analysts"_s, options.includeAnalysts},
            {u"series"_s, series}};
}

QString seriesLabel(const TrendSeries &series)
{
    if (series.speaker.isEmpty())
        return u'(' + series.role + u')';
    return series.speaker;
}

void printTable(QTextStream &out, const TrendResult &result, const TermTrend &trend, TrendOptions::SplitBy by)
{
    out << trend.rule << u'\n';
    const bool bySpeaker = by == TrendOptions::SplitBy::Speaker;
    QStringList header = bySpeaker ? QStringList{tr("speaker"), tr("role")} : QStringList{tr("role")};
    for (const TrendCall &call : result.calls)
        header << (call.companyTicker.isEmpty() ? call.fiscalPeriod
                                                : call.companyTicker + u' ' + call.fiscalPeriod);
    header << tr("total");
    out << header.join(u'\t') << u'\n';
    for (const TrendSeries &series : trend.series) {
        QStringList row =
            bySpeaker ? QStringList{seriesLabel(series), series.role} : QStringList{series.role};
        qsizetype next = 0;
        for (const TrendCall &call : result.calls) {
            if (next < series.points.size() && series.points.at(next).callId == call.id)
                row << QString::number(series.points.at(next++).count);
            else
                row << u"-"_s;
        }
        row << QString::number(series.total);
        out << row.join(u'\t') << u'\n';
    }
    if (trend.series.isEmpty())
        out << tr("No mentions.") << u'\n';
}

QJsonObject callJson(const TrendCall &call)
{
    return {{u"call_id"_s, call.id},
            {u"company"_s, jsonOrNull(call.companyTicker)},
            {u"period"_s, jsonOrNull(call.fiscalPeriod)},
            {u"date"_s, call.date.isValid() ? QJsonValue(call.date.toString(Qt::ISODate)) : QJsonValue()},
            {u"title"_s, call.title}};
}

QJsonArray changesJson(const QList<TermChange> &changes)
{
    QJsonArray array;
    for (const TermChange &change : changes)
        array.append(QJsonObject{{u"term"_s, change.term},
                                 {u"count"_s, change.count},
                                 {u"previous_count"_s, change.previousCount}});
    return array;
}

} // namespace

int trend(CliContext &ctx)
{
    const QString usage = tr("Usage: earnings-reader trend TERM... [--company T] [--by speaker|role] "
                             "[--no-analysts] [--json|--format csv] [--library FILE]");
    if (ctx.args.isEmpty()) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    TrendOptions options;
    options.companyTicker = ctx.parser.value(u"company"_s).trimmed().toUpper();
    options.includeAnalysts = !ctx.parser.isSet(u"no-analysts"_s);
    if (ctx.parser.isSet(u"by"_s)) {
        const QString by = ctx.parser.value(u"by"_s);
        if (by == u"role"_s)
            options.by = TrendOptions::SplitBy::Role;
        else if (by != u"speaker"_s) {
            ctx.err << tr("--by must be speaker or role, not %1").arg(by) << u'\n';
            return ExitCode::Usage;
        }
    }
    const QString format = ctx.parser.isSet(u"json"_s) ? u"json"_s : ctx.parser.value(u"format"_s);
    if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s) {
        ctx.err << tr("trend prints text, JSON (--json) or CSV (--format csv), not %1").arg(format) << u'\n';
        return ExitCode::Usage;
    }

    SearchIndex index(ctx.store);
    QString error;
    if (!index.ensureCurrent(&error)) {
        ctx.err << tr("Cannot update the search index of %1: %2").arg(ctx.store.path(), error) << u'\n';
        return ExitCode::Failure;
    }
    const TrendResult result = TermTrendCounter(ctx.store).compute(ctx.args, options);
    if (!result.error.isEmpty()) {
        ctx.err << result.error << u'\n';
        return ExitCode::Failure;
    }

    if (format == u"json"_s) {
        QJsonArray trends;
        for (const TermTrend &one : result.terms)
            trends.append(trendJson(one, options));
        ctx.out << QString::fromUtf8(QJsonDocument(trends).toJson(QJsonDocument::Indented));
    } else if (format == u"csv"_s) {
        ctx.out << u"term,speaker,role,company,period,call_id,count,words\n"_s;
        for (const TermTrend &one : result.terms) {
            for (const TrendSeries &series : one.series) {
                for (const TrendPoint &point : series.points) {
                    ctx.out << QStringList{UntrustedText::csvField(one.term),
                                           UntrustedText::csvField(series.speaker),
                                           series.role,
                                           UntrustedText::csvField(series.companyTicker),
                                           point.fiscalPeriod,
                                           QString::number(point.callId),
                                           QString::number(point.count),
                                           QString::number(point.words)}
                                   .join(u',')
                            << u'\n';
                }
            }
        }
    } else {
        for (const TermTrend &one : result.terms)
            printTable(ctx.out, result, one, options.by);
    }
    return ExitCode::Ok;
}

int changes(CliContext &ctx)
{
    const QString usage = tr("Usage: earnings-reader changes CALL_ID [--limit N] [--json] [--library FILE]");
    bool ok = false;
    const qint64 callId = ctx.args.value(0).toLongLong(&ok);
    if (ctx.args.size() != 1 || !ok || callId <= 0) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    int limit = kDefaultChanges;
    if (ctx.parser.isSet(u"limit"_s)) {
        limit = ctx.parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0) {
            ctx.err << tr("--limit must be a positive number, not %1").arg(ctx.parser.value(u"limit"_s))
                    << u'\n';
            return ExitCode::Usage;
        }
    }
    const CallChangesResult result = CallChanges(ctx.store).compute(callId, limit);
    if (!result.error.isEmpty()) {
        ctx.err << result.error << u'\n';
        return ExitCode::Failure;
    }

    if (ctx.parser.isSet(u"json"_s)) {
        const QJsonObject json{{u"call"_s, callJson(result.call)},
                               {u"previous"_s, callJson(*result.previous)},
                               {u"words"_s, result.words},
                               {u"previous_words"_s, result.previousWords},
                               {u"rose"_s, changesJson(result.rose)},
                               {u"fell"_s, changesJson(result.fell)}};
        ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    ctx.out << tr("Call %1 (%2 %3, %4 words) against call %5 (%6, %7 words)")
                   .arg(result.call.id)
                   .arg(result.call.companyTicker, result.call.fiscalPeriod)
                   .arg(result.words)
                   .arg(result.previous->id)
                   .arg(result.previous->fiscalPeriod)
                   .arg(result.previousWords)
            << u'\n';
    const auto print = [&](const QString &heading, const QList<TermChange> &list) {
        ctx.out << heading << u'\n';
        for (const TermChange &change : list)
            ctx.out << u"  "_s << change.term << u'\t' << change.previousCount << u" -> "_s << change.count
                    << u'\n';
    };
    print(tr("Rose:"), result.rose);
    print(tr("Fell:"), result.fell);
    return ExitCode::Ok;
}

} // namespace CliTrendCommands
