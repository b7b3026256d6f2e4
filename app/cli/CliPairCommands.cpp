#include "cli/CliPairCommands.h"

#include "cli/CommandLine.h"
#include "pairing/NameMap.h"
#include "pairing/PairRepository.h"
#include "pairing/QuestionAligner.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CliPairCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliPairCommands", text);
}

// Confidences and weights to two decimals: more would promise a precision the scores lack.
double rounded(double value)
{
    return std::round(value * 100) / 100;
}

QJsonValue questionOrNull(int question)
{
    return question > 0 ? QJsonValue(question) : QJsonValue();
}

QJsonArray questionsJson(const QList<int> &questions)
{
    QJsonArray array;
    for (int question : questions)
        array.append(question);
    return array;
}

QJsonArray evidenceJson(const QList<PairEvidence> &evidence)
{
    QJsonArray array;
    for (const PairEvidence &item : evidence) {
        array.append(QJsonObject{
            {u"kind"_s, item.kind}, {u"a"_s, item.a}, {u"b"_s, item.b}, {u"weight"_s, rounded(item.weight)}});
    }
    return array;
}

QJsonArray numbersJson(const QList<NumberMatch> &numbers)
{
    QJsonArray array;
    for (const NumberMatch &match : numbers) {
        const TextNumber &either = match.a ? *match.a : *match.b;
        array.append(QJsonObject{
            {u"a"_s, match.a ? QJsonValue(match.a->text) : QJsonValue()},
            {u"b"_s, match.b ? QJsonValue(match.b->text) : QJsonValue()},
            {u"match"_s, match.status == NumberMatch::Status::Same},
            {u"status"_s, numberStatusName(match.status)},
            {u"kind"_s, numberKindName(either.kind)},
            {u"a_value"_s, match.a ? QJsonValue(match.a->value) : QJsonValue()},
            {u"b_value"_s, match.b ? QJsonValue(match.b->value) : QJsonValue()},
        });
    }
    return array;
}

QJsonArray answersJson(const QList<AnswerPair> &answers)
{
    QJsonArray array;
    for (const AnswerPair &answer : answers) {
        array.append(QJsonObject{{u"a_turn"_s, answer.aTurn ? QJsonValue(answer.aTurn) : QJsonValue()},
                                 {u"b_turn"_s, answer.bTurn ? QJsonValue(answer.bTurn) : QJsonValue()},
                                 {u"speaker"_s, jsonOrNull(answer.speaker)}});
    }
    return array;
}

QJsonObject flagsJson(const QList<NumberMatch> &numbers)
{
    int different = 0, onlyA = 0, onlyB = 0;
    for (const NumberMatch &match : numbers) {
        different += match.status == NumberMatch::Status::Different;
        onlyA += match.status == NumberMatch::Status::OnlyA;
        onlyB += match.status == NumberMatch::Status::OnlyB;
    }
    return {{u"different"_s, different}, {u"only_a"_s, onlyA}, {u"only_b"_s, onlyB}};
}

// The two calls of the arguments, aligned; nullopt after printing why not.
std::optional<CallAlignment> alignArguments(CliContext &ctx, const QString &usage, qint64 *idA, qint64 *idB,
                                            int *exitCode)
{
    *exitCode = ExitCode::Usage;
    bool okA = false, okB = false;
    *idA = ctx.args.value(0).toLongLong(&okA);
    *idB = ctx.args.value(1).toLongLong(&okB);
    if (ctx.args.size() != 2 || !okA || !okB) {
        ctx.err << usage << u'\n';
        return std::nullopt;
    }
    const auto callA = ctx.store.call(*idA);
    const auto callB = ctx.store.call(*idB);
    for (const auto &[id, call] : {std::pair{*idA, &callA}, std::pair{*idB, &callB}}) {
        if (!*call) {
            ctx.err << tr("No call with id %1 in %2").arg(id).arg(ctx.store.path()) << u'\n';
            *exitCode = ExitCode::Failure;
            return std::nullopt;
        }
    }
    QString nameMapError;
    const NameMap names = NameMap::standard(&nameMapError);
    if (!nameMapError.isEmpty())
        ctx.err << tr("warning: %1").arg(nameMapError) << u'\n';
    // Questions re-paired by hand (repair) stay as the user left them.
    const PairRepository pairs(&ctx.store);
    const std::optional<qint64> pairId = pairs.pairId(*idA, *idB);
    return QuestionAligner(names).align(*callA, *callB, pairId ? pairs.repairs(*pairId) : QHash<int, int>{});
}

QString questionLabel(int question)
{
    return question > 0 ? u"Q%1"_s.arg(question) : u"—"_s;
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

int pairCalls(CliContext &ctx)
{
    qint64 idA = 0, idB = 0;
    int exitCode = ExitCode::Ok;
    const auto alignment =
        alignArguments(ctx, tr("Usage: earnings-reader pair ID_A ID_B [--json]"), &idA, &idB, &exitCode);
    if (!alignment)
        return exitCode;

    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray pairs;
        for (const QuestionPair &pair : alignment->pairs) {
            pairs.append(QJsonObject{
                {u"a_question"_s, pair.aQuestion},
                {u"b_question"_s, questionOrNull(pair.bQuestion)},
                {u"confidence"_s, rounded(pair.confidence)},
                {u"content_confidence"_s, rounded(pair.contentConfidence)},
                {u"evidence"_s, evidenceJson(pair.evidence)},
                {u"answers"_s, answersJson(pair.answers)},
                {u"numbers"_s, numbersJson(pair.numbers)},
                {u"length_ratio"_s, pair.bQuestion && pair.bLength > 0
                                        ? QJsonValue(rounded(double(pair.aLength) / pair.bLength))
                                        : QJsonValue()},
            });
        }
        printJson(ctx.out, {{u"a_call"_s, idA},
                            {u"b_call"_s, idB},
                            {u"confidence"_s, rounded(alignment->confidence)},
                            {u"looks_unrelated"_s, alignment->looksUnrelated},
                            {u"call_evidence"_s, evidenceJson(alignment->callEvidence)},
                            {u"pairs"_s, pairs},
                            {u"unpaired_a"_s, questionsJson(alignment->unpairedA)},
                            {u"unpaired_b"_s, questionsJson(alignment->unpairedB)}});
        return ExitCode::Ok;
    }

    for (const QuestionPair &pair : alignment->pairs) {
        if (!pair.bQuestion) {
            ctx.out << tr("%1 has no counterpart in call %2").arg(questionLabel(pair.aQuestion)).arg(idB)
                    << u'\n';
            continue;
        }
        ctx.out << tr("%1 = %2, confidence %3")
                       .arg(questionLabel(pair.aQuestion), questionLabel(pair.bQuestion))
                       .arg(pair.confidence, 0, 'f', 2)
                << u'\n';
        for (const PairEvidence &item : pair.evidence) {
            ctx.out << u"    "_s << item.kind << u": "_s << item.a
                    << (item.a == item.b ? QString() : u" = "_s + item.b) << u" ("_s
                    << QString::number(item.weight, 'f', 2) << u")\n"_s;
        }
    }
    if (!alignment->unpairedB.isEmpty()) {
        QStringList labels;
        for (int question : alignment->unpairedB)
            labels << questionLabel(question);
        ctx.out << tr("Questions of call %1 with no counterpart: %2").arg(idB).arg(labels.join(u", "_s))
                << u'\n';
    }
    if (alignment->looksUnrelated)
        ctx.out << tr("These calls look unrelated (confidence %1).").arg(alignment->confidence, 0, 'f', 2)
                << u'\n';
    else
        ctx.out << tr("Confidence that these calls are one event: %1").arg(alignment->confidence, 0, 'f', 2)
                << u'\n';
    return ExitCode::Ok;
}

int compareNumbers(CliContext &ctx)
{
    qint64 idA = 0, idB = 0;
    int exitCode = ExitCode::Ok;
    const auto alignment = alignArguments(
        ctx, tr("Usage: earnings-reader compare-numbers ID_A ID_B [--json]"), &idA, &idB, &exitCode);
    if (!alignment)
        return exitCode;

    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray pairs;
        for (const QuestionPair &pair : alignment->pairs) {
            pairs.append(QJsonObject{{u"a_question"_s, pair.aQuestion},
                                     {u"b_question"_s, questionOrNull(pair.bQuestion)},
                                     {u"numbers"_s, numbersJson(pair.numbers)},
                                     {u"flags"_s, flagsJson(pair.numbers)}});
        }
        printJson(ctx.out, {{u"a_call"_s, idA},
                            {u"b_call"_s, idB},
                            {u"pairs"_s, pairs},
                            {u"unpaired_a"_s, questionsJson(alignment->unpairedA)},
                            {u"unpaired_b"_s, questionsJson(alignment->unpairedB)}});
        return ExitCode::Ok;
    }

    for (const QuestionPair &pair : alignment->pairs) {
        ctx.out << questionLabel(pair.aQuestion) << u" = "_s << questionLabel(pair.bQuestion) << u'\n';
        for (const NumberMatch &match : pair.numbers) {
            QString status;
            switch (match.status) {
            case NumberMatch::Status::Same:
                status = tr("same");
                break;
            case NumberMatch::Status::Different:
                status = tr("DIFFERENT");
                break;
            case NumberMatch::Status::OnlyA:
                status = tr("only in call %1").arg(idA);
                break;
            case NumberMatch::Status::OnlyB:
                status = tr("only in call %1").arg(idB);
                break;
            }
            ctx.out << u"    "_s << status << u": "_s << (match.a ? match.a->text : u"—"_s) << u" | "_s
                    << (match.b ? match.b->text : u"—"_s) << u'\n';
        }
    }
    return ExitCode::Ok;
}

int repairQuestion(CliContext &ctx)
{
    const QString usage = tr("Usage: earnings-reader repair ID_A ID_B QUESTION_A QUESTION_B|none|auto");
    bool okA = false, okB = false, okQuestion = false, okTo = true;
    const qint64 idA = ctx.args.value(0).toLongLong(&okA);
    const qint64 idB = ctx.args.value(1).toLongLong(&okB);
    const int question = ctx.args.value(2).toInt(&okQuestion);
    const QString to = ctx.args.value(3);
    std::optional<int> counterpart;
    if (to == u"none"_s)
        counterpart = 0;
    else if (to != u"auto"_s)
        counterpart = to.toInt(&okTo);
    if (ctx.args.size() != 4 || !okA || !okB || !okQuestion || question <= 0 || !okTo ||
        (counterpart && *counterpart < 0)) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    for (const qint64 id : {idA, idB}) {
        if (!ctx.store.call(id)) {
            ctx.err << tr("No call with id %1 in %2").arg(id).arg(ctx.store.path()) << u'\n';
            return ExitCode::Failure;
        }
    }
    PairRepository pairs(&ctx.store);
    QString error;
    const std::optional<qint64> pairId = pairs.addPair(idA, idB, &error);
    if (!pairId || !pairs.setRepair(*pairId, question, counterpart, &error)) {
        ctx.err << tr("error: %1").arg(error) << u'\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

} // namespace CliPairCommands
