#include "cli/CliNoteCommands.h"

#include "annotations/AnnotationExport.h"
#include "annotations/AnnotationRepository.h"
#include "annotations/CallReimporter.h"
#include "calls/TurnEditPlanner.h"
#include "cli/CommandLine.h"
#include "options/PutScenarioRepository.h"
#include "store/LibraryStore.h"
#include "util/AtomicFile.h"
#include "util/BoundedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CliNoteCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliNoteCommands", text);
}

std::optional<qint64> integerOption(CliContext &ctx, const QString &name)
{
    bool ok = false;
    const qint64 value = ctx.parser.value(name).toLongLong(&ok);
    if (!ok) {
        ctx.err << tr("--%1 must be a whole number, not \"%2\"").arg(name, ctx.parser.value(name)) << u'\n';
        return std::nullopt;
    }
    return value;
}

} // namespace

int exportNotes(CliContext &ctx)
{
    const QString usage =
        tr("Usage: earnings-reader notes [--call ID] [--tag TAG] --format md|csv|json [--out FILE]");
    if (!ctx.args.isEmpty() || !ctx.parser.isSet(u"format"_s)) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    const auto format = AnnotationExport::formatFromName(ctx.parser.value(u"format"_s));
    if (!format) {
        ctx.err << tr("--format must be md, csv or json, not \"%1\"").arg(ctx.parser.value(u"format"_s))
                << u'\n';
        return ExitCode::Usage;
    }
    qint64 callId = 0;
    if (ctx.parser.isSet(u"call"_s)) {
        const auto id = integerOption(ctx, u"call"_s);
        if (!id)
            return ExitCode::Usage;
        if (!ctx.store.call(*id)) {
            ctx.err << tr("No call with id %1 in %2").arg(*id).arg(QDir::toNativeSeparators(ctx.store.path()))
                    << u'\n';
            return ExitCode::Failure;
        }
        callId = *id;
    }
    AnnotationRepository repository(&ctx.store);
    AnnotationFilter filter;
    filter.tag = ctx.parser.value(u"tag"_s).trimmed();
    QList<Annotation> annotations;
    for (const Annotation &a : repository.annotations(callId)) {
        if (filter.matches(a))
            annotations.append(a);
    }
    // Scenarios carry no tags: a tag filter leaves them out.
    QList<PutScenario> scenarios;
    if (filter.tag.isEmpty()) {
        const PutScenarioRepository saved(&ctx.store);
        scenarios = callId ? saved.scenarios(callId) : saved.allScenarios();
    }
    QByteArray bytes = AnnotationExport::write(*format, ctx.store, repository, annotations, scenarios);

    if (!ctx.parser.isSet(u"out"_s)) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3); // a byte order mark is for files, not for a pipe
        ctx.out << QString::fromUtf8(bytes);
        return ExitCode::Ok;
    }
    const QString path = ctx.parser.value(u"out"_s);
    QString why;
    if (!AtomicFile::write(path, bytes, &why)) {
        ctx.err << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why) << u'\n';
        return ExitCode::Failure;
    }
    ctx.err << QCoreApplication::translate("CliNoteCommands", "%n annotation(s) written to %1", "",
                                           int(annotations.size()))
                   .arg(QDir::toNativeSeparators(path))
            << u'\n';
    return ExitCode::Ok;
}

int annotate(CliContext &ctx)
{
    const QString usage = tr("Usage: earnings-reader annotate CALL_ID --turn TURN_ID --start N --end N "
                             "[--note TEXT] [--tags a,b] [--color NAME]");
    bool idOk = false;
    const qint64 callId = ctx.args.value(0).toLongLong(&idOk);
    if (ctx.args.size() != 1 || !idOk || !ctx.parser.isSet(u"turn"_s) || !ctx.parser.isSet(u"start"_s) ||
        !ctx.parser.isSet(u"end"_s)) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    const auto turn = integerOption(ctx, u"turn"_s);
    const auto start = integerOption(ctx, u"start"_s);
    const auto end = integerOption(ctx, u"end"_s);
    if (!turn || !start || !end)
        return ExitCode::Usage;

    const auto call = ctx.store.call(callId);
    if (!call) {
        ctx.err << tr("No call with id %1 in %2").arg(callId).arg(QDir::toNativeSeparators(ctx.store.path()))
                << u'\n';
        return ExitCode::Failure;
    }
    const TurnRecord *turnRecord = call->turn(*turn);
    if (!turnRecord) {
        ctx.err << tr("Call %1 has no turn %2 (see: earnings-reader show %1)").arg(callId).arg(*turn)
                << u'\n';
        return ExitCode::Failure;
    }
    const qint64 length = turnRecord->text.size();
    if (*start < 0 || *end <= *start || *end > length) {
        ctx.err
            << tr("Offsets out of range: --start %1 --end %2, but turn %3 has %4 characters; use 0 <= start "
                  "< end <= %4")
                   .arg(*start)
                   .arg(*end)
                   .arg(*turn)
                   .arg(length)
            << u'\n';
        return ExitCode::Failure;
    }
    Annotation annotation;
    annotation.callId = callId;
    annotation.turnId = *turn;
    annotation.start = int(*start);
    annotation.end = int(*end);
    annotation.note = ctx.parser.value(u"note"_s);
    annotation.tags = Annotation::parseTags(ctx.parser.value(u"tags"_s));
    if (ctx.parser.isSet(u"color"_s)) {
        annotation.colour = ctx.parser.value(u"color"_s).trimmed().toLower();
        if (!AnnotationColour::isKnown(annotation.colour)) {
            ctx.err << tr("Unknown colour \"%1\"; use one of: %2")
                           .arg(ctx.parser.value(u"color"_s), AnnotationColour::names().join(u", "_s))
                    << u'\n';
            return ExitCode::Failure;
        }
    }
    AnnotationRepository repository(&ctx.store);
    QString error;
    const auto stored = repository.add(annotation, &error);
    if (!stored) {
        ctx.err << tr("Cannot annotate call %1: %2").arg(callId).arg(error) << u'\n';
        return ExitCode::Failure;
    }
    // The annotation is committed before anything is printed, so whoever reads this line
    // can rely on it being in the library even if this process dies right after.
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray tags;
        for (const QString &t : stored->tags)
            tags.append(t);
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, stored->id},
                                                               {u"uid"_s, stored->uid},
                                                               {u"call"_s, stored->callId},
                                                               {u"turn"_s, stored->turnId},
                                                               {u"start"_s, stored->start},
                                                               {u"end"_s, stored->end},
                                                               {u"quote"_s, stored->quote},
                                                               {u"note"_s, stored->note},
                                                               {u"tags"_s, tags},
                                                               {u"colour"_s, stored->colour}})
                                         .toJson(QJsonDocument::Compact))
                << u'\n';
    } else {
        ctx.out << tr("annotation %1 on call %2, turn %3, %4..%5: \"%6\"")
                       .arg(stored->id)
                       .arg(stored->callId)
                       .arg(stored->turnId)
                       .arg(stored->start)
                       .arg(stored->end)
                       .arg(stored->quote)
                << u'\n';
    }
    ctx.out.flush();
    return ExitCode::Ok;
}

int importNotes(CliContext &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.err << tr("Usage: earnings-reader import-notes FILE.json") << u'\n';
        return ExitCode::Usage;
    }
    const QString path = ctx.args.first();
    QString error;
    // A notes file carries the text of its calls: a few dozen transcripts at most.
    constexpr qint64 kMaxNotesBytes = 256 * 1024 * 1024;
    const auto bytes = BoundedFile::read(path, kMaxNotesBytes, &error);
    if (!bytes) {
        ctx.err << error << u'\n';
        return ExitCode::Failure;
    }
    AnnotationRepository repository(&ctx.store);
    const auto report =
        AnnotationExport::importJson(ctx.store, repository, *bytes, QDir::toNativeSeparators(path), &error);
    if (!report) {
        ctx.err << error << u'\n';
        return ExitCode::Failure;
    }
    ctx.out << tr("%1: %2 added (%3 not placed), %4 already here, %5 calls imported, %6 question marks, "
                  "%7 put scenarios")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(report->added)
                   .arg(report->unplaced)
                   .arg(report->duplicates)
                   .arg(report->callsImported)
                   .arg(report->marks)
                   .arg(report->scenarios)
            << u'\n';
    for (const QString &problem : report->problems)
        ctx.err << tr("warning: %1").arg(problem) << u'\n';
    return report->problems.isEmpty() ? ExitCode::Ok : ExitCode::Failure;
}

int reimportCall(CliContext &ctx)
{
    bool ok = false;
    const qint64 callId = ctx.args.value(0).toLongLong(&ok);
    if (ctx.args.size() != 2 || !ok) {
        ctx.err << tr("Usage: earnings-reader reimport CALL_ID FILE") << u'\n';
        return ExitCode::Usage;
    }
    AnnotationRepository repository(&ctx.store);
    CallReimporter reimporter(ctx.store, repository);
    const CallReimporter::Outcome outcome = reimporter.reimportFile(callId, ctx.args.at(1));
    if (!outcome.ok) {
        ctx.err << tr("error: %1").arg(outcome.error) << u'\n';
        return ExitCode::Failure;
    }
    if (outcome.unchanged) {
        ctx.out << tr("call %1: the text is unchanged; nothing to do").arg(callId) << u'\n';
        return ExitCode::Ok;
    }
    ctx.out << tr("call %1: text replaced, %2 turns; annotations: %3 in place, %4 moved, %5 not placed")
                   .arg(callId)
                   .arg(outcome.turns)
                   .arg(outcome.anchoring.kept)
                   .arg(outcome.anchoring.moved)
                   .arg(outcome.anchoring.unplaced.size())
            << u'\n';
    for (const Annotation &a : outcome.anchoring.unplaced)
        ctx.out << tr("  not placed: annotation %1 \"%2\"").arg(a.id).arg(a.quote.simplified()) << u'\n';
    if (outcome.editsKept || !outcome.editsDropped.isEmpty())
        ctx.out << tr("structure edits: %1 made again, %2 dropped (their text is gone)")
                       .arg(outcome.editsKept)
                       .arg(outcome.editsDropped.size())
                << u'\n';
    for (const TurnEdit &edit : outcome.editsDropped)
        ctx.out << tr("  dropped: %1 on \"%2\"")
                       .arg(TurnEditPlanner::describe(edit), edit.turnText.left(60).simplified())
                << u'\n';
    return ExitCode::Ok;
}

} // namespace CliNoteCommands
