#include "cli/CliSearchCommands.h"

#include "cli/CommandLine.h"
#include "search/SearchIndex.h"
#include "store/LibraryStore.h"
#include "util/UntrustedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CliSearchCommands {
namespace {

// One line for the terminal, with its control characters shown rather than obeyed.
QString visible(const QString &text)
{
    return UntrustedText::withVisibleControls(text);
}

constexpr int kDefaultLimit = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("CliSearchCommands", text);
}

QJsonObject hitJson(const SearchHit &hit)
{
    return {
        {u"call"_s, hit.callId},
        {u"call_title"_s, hit.callTitle},
        {u"turn"_s, hit.turnId},
        {u"section"_s, sectionKindName(hit.section)},
        {u"question"_s, hit.question > 0 ? QJsonValue(hit.question) : QJsonValue()},
        {u"speaker"_s, jsonOrNull(hit.speaker)},
        {u"role"_s, hit.role},
        {u"offset"_s, hit.offset},
        {u"length"_s, hit.length},
        {u"snippet"_s, hit.snippet},
        {u"snippet_offset"_s, hit.snippetOffset},
    };
}

} // namespace

int search(CliContext &ctx)
{
    const QString usage =
        tr("Usage: earnings-reader search QUERY [--call ID] [--json] [--limit N] [--library FILE]");
    const QString text = ctx.args.join(u' ');
    if (text.trimmed().isEmpty()) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    SearchOptions options;
    options.limit = kDefaultLimit;
    if (ctx.parser.isSet(u"limit"_s)) {
        bool ok = false;
        options.limit = ctx.parser.value(u"limit"_s).toInt(&ok);
        if (!ok || options.limit <= 0) {
            ctx.err << tr("--limit must be a positive number, not %1").arg(ctx.parser.value(u"limit"_s))
                    << u'\n';
            return ExitCode::Usage;
        }
    }
    if (ctx.parser.isSet(u"call"_s)) {
        bool ok = false;
        options.callId = ctx.parser.value(u"call"_s).toLongLong(&ok);
        if (!ok || options.callId <= 0) {
            ctx.err << tr("--call must be a call id, not %1").arg(ctx.parser.value(u"call"_s)) << u'\n';
            return ExitCode::Usage;
        }
        if (!ctx.store.call(options.callId)) {
            ctx.err << tr("No call with id %1 in %2").arg(options.callId).arg(ctx.store.path()) << u'\n';
            return ExitCode::Failure;
        }
    }

    SearchIndex index(ctx.store);
    QString error;
    if (!index.ensureCurrent(&error)) {
        ctx.err << tr("Cannot update the search index of %1: %2").arg(ctx.store.path(), error) << u'\n';
        return ExitCode::Failure;
    }
    const SearchQuery query(text);
    const SearchResults results = index.search(query, options);
    if (!results.error.isEmpty()) {
        ctx.err << tr("Search failed in %1: %2").arg(ctx.store.path(), results.error) << u'\n';
        return ExitCode::Failure;
    }

    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray hits;
        for (const SearchHit &hit : results.hits)
            hits.append(hitJson(hit));
        const QJsonObject json{{u"query"_s, text}, {u"hits"_s, hits}, {u"truncated"_s, results.truncated}};
        ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (const SearchHit &hit : results.hits) {
        const QString where = hit.question > 0 ? u"Q%1"_s.arg(hit.question) : sectionKindName(hit.section);
        const QString snippet = hit.snippet.left(hit.snippetOffset) + u'[' +
                                hit.snippet.mid(hit.snippetOffset, hit.length) + u']' +
                                hit.snippet.mid(hit.snippetOffset + hit.length);
        ctx.out << hit.callId << u'\t' << where << u'\t' << u'[' << hit.turnId << u'@' << hit.offset
                << u"]\t"_s << (hit.speaker.isEmpty() ? QString() : visible(hit.speaker) + u": "_s)
                << visible(snippet) << u'\n';
    }
    if (results.hits.isEmpty())
        ctx.err << tr("No hits for %1").arg(visible(text)) << u'\n';
    else if (results.truncated)
        ctx.err << tr("Only the first %1 hits are shown; use --limit for more.").arg(options.limit) << u'\n';
    return ExitCode::Ok;
}

} // namespace CliSearchCommands
