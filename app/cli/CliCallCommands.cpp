#include "cli/CliCallCommands.h"

#include "calls/CallImporter.h"
#include "calls/TurnEditPlanner.h"
#include "cli/CommandLine.h"
#include "store/LibraryStore.h"
#include "util/UntrustedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CliCallCommands {
namespace {

// One line for the terminal, with its control characters shown rather than obeyed.
QString visible(const QString &text)
{
    return UntrustedText::withVisibleControls(text);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CliCallCommands", text);
}

QJsonObject summaryJson(const CallSummary &call)
{
    return {
        {u"id"_s, call.id},
        {u"company"_s, jsonOrNull(call.companyTicker)},
        {u"company_name"_s, jsonOrNull(call.companyName)},
        {u"fiscal_period"_s, jsonOrNull(call.fiscalPeriod)},
        {u"call_date"_s,
         call.callDate.isValid() ? QJsonValue(call.callDate.toString(Qt::ISODate)) : QJsonValue()},
        {u"title"_s, call.title},
        {u"questions"_s, call.questions},
        {u"turns"_s, call.turns},
    };
}

void printJson(QTextStream &out, const QJsonDocument &doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

int importFiles(CliContext &ctx)
{
    if (ctx.args.isEmpty()) {
        ctx.err << tr("Usage: earnings-reader import FILE... [--company TICKER] [--period FY2025Q4] "
                      "[--date yyyy-mm-dd] [--title TEXT]")
                << u'\n';
        return ExitCode::Usage;
    }
    CallMetadata overrides; // what the header of each file says, unless given here
    overrides.companyTicker = ctx.parser.value(u"company"_s).trimmed().toUpper();
    overrides.companyName = ctx.parser.value(u"company-name"_s).trimmed();
    overrides.fiscalPeriod = ctx.parser.value(u"period"_s).trimmed().toUpper();
    overrides.title = ctx.parser.value(u"title"_s).trimmed();
    if (ctx.parser.isSet(u"date"_s)) {
        overrides.callDate = QDate::fromString(ctx.parser.value(u"date"_s), Qt::ISODate);
        if (!overrides.callDate.isValid()) {
            ctx.err << tr("--date must be yyyy-mm-dd, not %1").arg(ctx.parser.value(u"date"_s)) << u'\n';
            return ExitCode::Usage;
        }
    }

    CallImporter importer(ctx.store);
    const bool json = ctx.parser.isSet(u"json"_s);
    QJsonArray results;
    int failures = 0;
    for (const QString &file : std::as_const(ctx.args)) {
        const CallImporter::Outcome outcome = importer.importFile(file, overrides);
        if (!outcome.ok)
            ++failures;
        if (json) {
            results.append(QJsonObject{
                {u"file"_s, outcome.fileName},
                {u"ok"_s, outcome.ok},
                {u"duplicate"_s, outcome.duplicate},
                {u"call"_s, outcome.callId ? QJsonValue(outcome.callId) : QJsonValue()},
                {u"title"_s, outcome.title},
                {u"questions"_s, outcome.questions},
                {u"turns"_s, outcome.turns},
                {u"error"_s, jsonOrNull(outcome.error)},
            });
        } else if (outcome.ok) {
            ctx.out << tr("imported %1: call %2 \"%3\", %4 questions, %5 turns")
                           .arg(visible(outcome.fileName))
                           .arg(outcome.callId)
                           .arg(visible(outcome.title))
                           .arg(outcome.questions)
                           .arg(outcome.turns)
                    << Qt::endl; // flushed, so a script or a progress bar sees each file as it lands
        } else {
            ctx.err << tr("error: %1").arg(visible(outcome.error)) << u'\n';
        }
    }
    if (json)
        printJson(ctx.out, QJsonDocument(results));
    return failures ? ExitCode::Failure : ExitCode::Ok;
}

int listCalls(CliContext &ctx)
{
    const QList<CallSummary> calls = ctx.store.calls();
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const CallSummary &call : calls)
            array.append(summaryJson(call));
        printJson(ctx.out, QJsonDocument(array));
        return ExitCode::Ok;
    }
    for (const CallSummary &call : calls) {
        ctx.out << call.id << u'\t' << (call.companyTicker.isEmpty() ? u"-"_s : visible(call.companyTicker))
                << u'\t' << (call.fiscalPeriod.isEmpty() ? u"-"_s : visible(call.fiscalPeriod)) << u'\t'
                << visible(call.title) << u'\t'
                << tr("%1 questions, %2 turns").arg(call.questions).arg(call.turns) << u'\n';
    }
    return ExitCode::Ok;
}

int removeCall(CliContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.args.value(0).toLongLong(&ok);
    if (ctx.args.size() != 1 || !ok) {
        ctx.err << tr("Usage: earnings-reader remove ID") << u'\n';
        return ExitCode::Usage;
    }
    const auto call = ctx.store.call(id);
    if (!call) {
        ctx.err << tr("No call with id %1 in %2").arg(id).arg(ctx.store.path()) << u'\n';
        return ExitCode::Failure;
    }
    QString error;
    if (!ctx.store.removeCall(id, &error)) {
        ctx.err << tr("Could not remove call %1 from %2: %3").arg(id).arg(ctx.store.path(), error) << u'\n';
        return ExitCode::Failure;
    }
    ctx.out << tr("Removed call %1 (%2) with its annotations").arg(id).arg(call->summary.title) << u'\n';
    return ExitCode::Ok;
}

int showCall(CliContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.args.value(0).toLongLong(&ok);
    bool badScript = false;
    const ChineseConverter::Script script =
        scriptOption(ctx.parser, ctx.err, &badScript).value_or(ChineseConverter::Script::AsStored);
    if (ctx.args.size() != 1 || !ok || badScript) {
        ctx.err << tr("Usage: earnings-reader show ID [--script traditional|simplified|original] [--json]")
                << u'\n';
        return ExitCode::Usage;
    }
    // Characters only, as the window shows them by default: lengths are kept, so the
    // offsets `annotate` takes still apply to the shown text.
    const auto shown = [script](const QString &text) { return ChineseConverter::toScript(text, script); };
    const auto call = ctx.store.call(id);
    if (!call) {
        ctx.err << tr("No call with id %1 in %2").arg(id).arg(ctx.store.path()) << u'\n';
        return ExitCode::Failure;
    }
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonObject json = summaryJson(call->summary);
        json.insert(u"title"_s, shown(call->summary.title));
        json.insert(u"source"_s, call->source);
        json.insert(u"file"_s, call->fileName);
        QJsonArray sections;
        for (const SectionRecord &section : call->sections) {
            QJsonArray turns;
            for (const TurnRecord &turn : section.turns) {
                const SpeakerRecord *speaker = call->speaker(turn.speakerId);
                turns.append(QJsonObject{
                    {u"id"_s, turn.id},
                    {u"speaker"_s, jsonOrNull(shown(turn.speaker))},
                    {u"role"_s, turn.role},
                    {u"title"_s, jsonOrNull(speaker ? shown(speaker->title) : QString())},
                    {u"firm"_s, jsonOrNull(speaker ? shown(speaker->firm) : QString())},
                    {u"question"_s, turn.question > 0 ? QJsonValue(turn.question) : QJsonValue()},
                    {u"text"_s, shown(turn.text)},
                });
            }
            sections.append(QJsonObject{{u"kind"_s, sectionKindName(section.kind)}, {u"turns"_s, turns}});
        }
        json.insert(u"sections"_s, sections);
        QJsonArray participants;
        for (const Participant &person : call->roster) {
            participants.append(QJsonObject{
                {u"name"_s, person.name},
                {u"title"_s, jsonOrNull(person.title)},
                {u"firm"_s, jsonOrNull(person.firm)},
                {u"role"_s, jsonOrNull(person.role)},
            });
        }
        json.insert(u"participants"_s, participants);
        printJson(ctx.out, QJsonDocument(json));
        return ExitCode::Ok;
    }
    ctx.out << visible(shown(call->summary.title)) << u'\n';
    if (!call->source.isEmpty())
        ctx.out << visible(call->source) << u'\n';
    for (const SectionRecord &section : call->sections) {
        ctx.out << u"\n== "_s << sectionKindName(section.kind) << u" ==\n"_s;
        int question = 0;
        for (const TurnRecord &turn : section.turns) {
            if (turn.question && turn.question != question) {
                question = turn.question;
                ctx.out << u"\n-- Q"_s << question << u" --\n"_s;
            }
            ctx.out << u'[' << turn.id << u"] "_s
                    << (turn.speaker.isEmpty() ? u""_s : visible(shown(turn.speaker)) + u": "_s)
                    << UntrustedText::withVisibleControls(shown(turn.text), UntrustedText::LineBreaks::Kept)
                    << u'\n';
        }
    }
    return ExitCode::Ok;
}

int editTurn(CliContext &ctx)
{
    const QString usage =
        tr("Usage: earnings-reader edit-turn CALL_ID TURN_ID --speaker NAME | --split-at N | "
           "--merge-previous | --question-starts | --not-question | --qa-starts [--json]");
    struct Choice
    {
        QString option;
        TurnEdit::Kind kind;
    };
    const QList<Choice> choices{
        {u"speaker"_s, TurnEdit::Kind::Speaker},
        {u"split-at"_s, TurnEdit::Kind::Split},
        {u"merge-previous"_s, TurnEdit::Kind::MergePrevious},
        {u"question-starts"_s, TurnEdit::Kind::QuestionStarts},
        {u"not-question"_s, TurnEdit::Kind::NotQuestion},
        {u"qa-starts"_s, TurnEdit::Kind::QaStarts},
    };
    QList<Choice> given;
    for (const Choice &choice : choices) {
        if (ctx.parser.isSet(choice.option))
            given.append(choice);
    }
    bool callOk = false;
    bool turnOk = false;
    const qint64 callId = ctx.args.value(0).toLongLong(&callOk);
    const qint64 turnId = ctx.args.value(1).toLongLong(&turnOk);
    if (ctx.args.size() != 2 || !callOk || !turnOk || given.size() != 1) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    const TurnEdit::Kind kind = given.first().kind;
    int splitAt = 0;
    if (kind == TurnEdit::Kind::Split) {
        bool ok = false;
        splitAt = ctx.parser.value(u"split-at"_s).toInt(&ok);
        if (!ok) {
            ctx.err
                << tr("--split-at must be a whole number, not \"%1\"").arg(ctx.parser.value(u"split-at"_s))
                << u'\n';
            return ExitCode::Usage;
        }
    }
    const QString library = QDir::toNativeSeparators(ctx.store.path());
    const auto call = ctx.store.call(callId);
    if (!call) {
        ctx.err << tr("No call with id %1 in %2").arg(callId).arg(library) << u'\n';
        return ExitCode::Failure;
    }
    if (!call->turn(turnId)) {
        ctx.err << tr("Call %1 in %2 has no turn %3 (see: earnings-reader show %1)")
                       .arg(callId)
                       .arg(library)
                       .arg(turnId)
                << u'\n';
        return ExitCode::Failure;
    }
    QString why;
    const auto plan =
        TurnEditPlanner::plan(*call, turnId, kind, splitAt, ctx.parser.value(u"speaker"_s), &why);
    QHash<qint64, qint64> ids;
    if (!plan || !ctx.store.changeCallStructure(plan->redo, &ids, &why)) {
        ctx.err << tr("Cannot edit call %1 in %2: %3").arg(callId).arg(library, why) << u'\n';
        return ExitCode::Failure;
    }
    const auto after = ctx.store.call(callId);
    const CallSummary summary = after ? after->summary : call->summary;
    // A split's second half is a new turn: scripts go on with its id.
    const qint64 newTurn = kind == TurnEdit::Kind::Split ? ids.value(-1) : 0;
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonObject json{
            {u"call"_s, callId},
            {u"turn"_s, turnId},
            {u"edit"_s, TurnEdit::kindName(kind)},
            {u"description"_s, plan->description},
            {u"questions"_s, summary.questions},
            {u"turns"_s, summary.turns},
        };
        json.insert(u"new_turn"_s, newTurn ? QJsonValue(newTurn) : QJsonValue());
        printJson(ctx.out, QJsonDocument(json));
        return ExitCode::Ok;
    }
    ctx.out << tr("call %1, turn %2: %3; the call now has %4 questions and %5 turns")
                   .arg(callId)
                   .arg(turnId)
                   .arg(plan->description)
                   .arg(summary.questions)
                   .arg(summary.turns)
            << u'\n';
    if (newTurn)
        ctx.out << tr("the text after the split is turn %1").arg(newTurn) << u'\n';
    return ExitCode::Ok;
}

} // namespace CliCallCommands
