#include "TranscriptTruth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString truthPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + u".truth.json"_s);
}

QStringList nameTokens(const QString &name)
{
    QStringList tokens;
    for (const QString &word : name.toLower().split(u' ', Qt::SkipEmptyParts)) {
        QString letters;
        for (QChar c : word)
            if (c.isLetterOrNumber())
                letters.append(c);
        if (!letters.isEmpty())
            tokens.append(letters);
    }
    // Middle initials say nothing ("Colette M. Kress"); a leading one may be the name ("C.J.").
    for (qsizetype i = tokens.size() - 2; i >= 1; --i)
        if (tokens.at(i).size() == 1)
            tokens.removeAt(i);
    return tokens;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

// A heading as a speaker would be written: drop markdown marks and a trailing colon.
QString bareHeading(QString text)
{
    static const QRegularExpression marks(u"^[#*\\s]+|[*:\\s]+$"_s);
    return text.remove(marks).toLower();
}

} // namespace

bool TranscriptTruth::load(const QString &path, TranscriptTruth *truth, QString *error)
{
    QFile file(truthPathFor(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(file.fileName());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1: %2"_s.arg(file.fileName(), parseError.errorString());
        return false;
    }
    truth->layout = root.value(u"layout"_s).toString();
    truth->questions = root.value(u"questions"_s).toInt();
    for (const QJsonValue &value : root.value(u"questioners"_s).toArray())
        truth->questioners.append(value.toString());
    for (const QJsonValue &value : root.value(u"speakers"_s).toArray())
        truth->speakers.append({value[u"name"_s].toString(), value[u"role"_s].toString()});
    for (const QJsonValue &value : root.value(u"quotes"_s).toArray())
        truth->quotes.append({value[u"text"_s].toString(), value[u"speaker"_s].toString()});
    for (const QJsonValue &value : root.value(u"notSpeakers"_s).toArray())
        truth->notSpeakers.append(value.toString());
    const QJsonObject metadata = root.value(u"metadata"_s).toObject();
    truth->metadata.company = metadata.value(u"company"_s).toString();
    truth->metadata.ticker = metadata.value(u"ticker"_s).toString();
    truth->metadata.fiscalPeriod = metadata.value(u"period"_s).toString();
    truth->metadata.date = metadata.value(u"date"_s).toString();
    return true;
}

bool sameSpeaker(const QString &a, const QString &b)
{
    const QStringList x = nameTokens(a);
    const QStringList y = nameTokens(b);
    if (x.isEmpty() || y.isEmpty())
        return x.isEmpty() && y.isEmpty();
    if (x == y)
        return true;
    if (x.size() < 2 || y.size() < 2 || x.last() != y.last())
        return false;
    // Same family name, and one given name the short form of the other ("Tim", "Timothy"; "Joe",
    // "Joseph"); "Jessie" and "Jason" are two people.
    const QString &p = x.first();
    const QString &q = y.first();
    if (p.startsWith(q) || q.startsWith(p))
        return true;
    qsizetype common = 0;
    while (common < p.size() && common < q.size() && p.at(common) == q.at(common))
        ++common;
    return common >= 2 && std::min(p.size(), q.size()) <= 4;
}

TranscriptScore scoreTranscript(const QString &text, const ParsedTranscript &parsed,
                                const TranscriptTruth &truth)
{
    TranscriptScore score;
    score.parsedQuestions = parsed.questionCount();
    score.questionsRight = score.parsedQuestions == truth.questions;

    QList<const ParsedTurn *> turns;
    for (const ParsedSection &section : parsed.sections)
        for (const ParsedTurn &turn : section.turns)
            turns.append(&turn);

    for (const TranscriptTruth::Quote &quote : truth.quotes) {
        const QString wanted = simplified(quote.text);
        const ParsedTurn *holder = nullptr;
        for (const ParsedTurn *turn : turns)
            if (simplified(turn->text).contains(wanted)) {
                holder = turn;
                break;
            }
        if (holder && sameSpeaker(holder->speaker, quote.speaker))
            ++score.quotesRight;
        else
            score.quoteFailures.append(u"\"%1\" -> %2, want %3"_s.arg(
                quote.text.left(50), holder ? u"'%1'"_s.arg(holder->speaker) : u"not found"_s,
                quote.speaker));
    }

    // The asker of each question is the first analyst (or, where a moderator reads questions
    // out, the first speaker) of its turns.
    QStringList askers(score.parsedQuestions);
    for (const ParsedTurn *turn : turns) {
        if (turn->question < 1 || !askers.at(turn->question - 1).isEmpty() || turn->speaker.isEmpty())
            continue;
        if (turn->role == QLatin1StringView(Role::Analyst) || turn->role == QLatin1StringView(Role::Operator))
            askers[turn->question - 1] = turn->speaker;
    }
    for (qsizetype i = 0; i < truth.questioners.size(); ++i) {
        const QString got = i < askers.size() ? askers.at(i) : QString();
        if (sameSpeaker(got, truth.questioners.at(i)))
            ++score.questionersRight;
        else
            score.questionerFailures.append(
                u"Q%1: '%2', want %3"_s.arg(i + 1).arg(got, truth.questioners.at(i)));
    }

    QSet<QString> headings;
    for (const QString &line : truth.notSpeakers)
        headings.insert(bareHeading(line));
    QSet<QString> reported;
    for (const ParsedTurn *turn : turns) {
        const QString name = bareHeading(turn->speaker);
        if (!name.isEmpty() && headings.contains(name) && !reported.contains(name)) {
            reported.insert(name);
            score.headingSpeakers.append(turn->speaker);
        }
    }

    QStringList known;
    for (const TranscriptTruth::Speaker &speaker : truth.speakers)
        known.append(speaker.name);
    known += truth.questioners;
    for (const TranscriptTruth::Quote &quote : truth.quotes)
        known.append(quote.speaker);
    for (const ParsedTurn *turn : turns) {
        if (turn->speaker.isEmpty() || score.otherSpeakers.contains(turn->speaker) ||
            score.headingSpeakers.contains(turn->speaker))
            continue;
        if (std::none_of(known.cbegin(), known.cend(),
                         [turn](const QString &name) { return sameSpeaker(name, turn->speaker); }))
            score.otherSpeakers.append(turn->speaker);
    }

    const auto compare = [&score](const char *field, const QString &want, const QString &got) {
        if (want.isEmpty())
            return;
        ++score.metadataFields;
        if (want.compare(got, Qt::CaseInsensitive) == 0)
            ++score.metadataRight;
        else
            score.metadataFailures.append(u"%1: '%2', want '%3'"_s.arg(QLatin1StringView(field), got, want));
    };
    compare("company", truth.metadata.company, parsed.metadata.company);
    compare("ticker", truth.metadata.ticker, parsed.metadata.ticker);
    compare("period", truth.metadata.fiscalPeriod, parsed.metadata.fiscalPeriod);
    compare("date", truth.metadata.date, parsed.metadata.date);

    // Every non-empty line is the source line or in exactly one turn, in order.
    static const QRegularExpression lineEnd(u"\r\n|\r|\n"_s);
    const QStringList lines = text.split(lineEnd);
    QList<int> covered;
    if (parsed.sourceLine > 0)
        covered.append(parsed.sourceLine);
    for (const ParsedTurn *turn : turns)
        for (const auto &source : turn->sourceLines)
            covered.append(source.number);
    QList<int> expected;
    for (int i = 0; i < lines.size(); ++i)
        if (!lines.at(i).trimmed().isEmpty())
            expected.append(i + 1);
    if (covered != expected)
        score.linesLost.append(u"%1 lines covered, %2 expected"_s.arg(covered.size()).arg(expected.size()));
    return score;
}

QStringList corpusFiles(const QString &directory)
{
    QStringList files;
    const QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.endsWith(u".truth.json"_s) || name == u"README.md"_s)
            continue;
        if (QFileInfo::exists(truthPathFor(dir.filePath(name))))
            files.append(dir.filePath(name));
    }
    return files;
}
