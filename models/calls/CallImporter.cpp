#include "calls/CallImporter.h"

#include "store/LibraryStore.h"
#include "text/TextDecoder.h"
#include "transcript/TranscriptParser.h"
#include "util/BoundedFile.h"
#include "util/UntrustedText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// Files larger than this are not transcripts; refusing early keeps a mistaken drop of a
// video or an archive from eating memory.
constexpr qint64 kMaxTranscriptBytes = 64 * 1024 * 1024;
} // namespace

QByteArray CallImporter::contentHash(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return QCryptographicHash::hash(normalised.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex();
}

CallImporter::Outcome CallImporter::importFile(const QString &path, const CallMetadata &defaults)
{
    Outcome outcome;
    outcome.fileName = QDir::toNativeSeparators(path);
    const auto bytes = BoundedFile::read(path, kMaxTranscriptBytes, &outcome.error);
    if (!bytes)
        return outcome;
    return importBytes(*bytes, path, defaults);
}

CallImporter::Outcome CallImporter::importBytes(const QByteArray &bytes, const QString &fileName,
                                                const CallMetadata &defaults)
{
    Outcome outcome;
    outcome.fileName = QDir::toNativeSeparators(fileName);
    // From a command line or a notes file: they end up in exports and the figures' keys.
    if (!defaults.companyTicker.isEmpty() && !UntrustedText::isTicker(defaults.companyTicker)) {
        outcome.error = tr("%1: the company \"%2\" is not a ticker (capital letters, digits, dots)")
                            .arg(outcome.fileName, defaults.companyTicker);
        return outcome;
    }
    if (!defaults.fiscalPeriod.isEmpty() && !UntrustedText::isFiscalQuarter(defaults.fiscalPeriod)) {
        outcome.error = tr("%1: the fiscal period \"%2\" is not valid (expected FY2025Q4)")
                            .arg(outcome.fileName, defaults.fiscalPeriod);
        return outcome;
    }
    QString why;
    const auto decoded = TextDecoder::decode(bytes, &why);
    if (!decoded) {
        outcome.error = tr("%1: %2").arg(outcome.fileName, why);
        return outcome;
    }
    auto parsed = TranscriptParser::parse(decoded->text, &why);
    if (!parsed) {
        outcome.error = tr("%1: %2").arg(outcome.fileName, why);
        return outcome;
    }

    CallMetadata meta = defaults;
    meta.fileName = QFileInfo(fileName).fileName();
    meta.encoding = decoded->encoding;
    meta.originalText = decoded->text;
    meta.contentHash = contentHash(decoded->text);
    if (meta.title.isEmpty())
        meta.title = parsed->title.isEmpty() ? QFileInfo(fileName).completeBaseName() : parsed->title;
    if (meta.source.isEmpty())
        meta.source = parsed->source;
    // Shown in lists, window titles and terminals, where a control character would act.
    meta.title = UntrustedText::withoutControls(meta.title);
    meta.companyName = UntrustedText::withoutControls(meta.companyName);
    meta.source = UntrustedText::withoutControls(meta.source);

    for (ParsedSection &section : parsed->sections) {
        for (ParsedTurn &turn : section.turns) {
            if (turn.role == QLatin1StringView(Role::Analyst) && turn.speaker.isEmpty() &&
                turn.question > 0 && turn.question <= meta.questionAskers.size()) {
                turn.speaker = meta.questionAskers.at(turn.question - 1).name;
                turn.firm = meta.questionAskers.at(turn.question - 1).firm;
            }
            if (turn.speakerTitle.isEmpty())
                turn.speakerTitle = meta.speakerTitles.value(turn.speaker);
        }
    }

    outcome.title = meta.title;
    outcome.questions = parsed->questionCount();
    outcome.turns = parsed->turnCount();
    if (const auto existing = m_store.callIdForHash(meta.contentHash)) {
        outcome.duplicate = true;
        outcome.callId = *existing;
        outcome.error = tr("%1: already in the library as call %2; not imported again")
                            .arg(outcome.fileName)
                            .arg(*existing);
        return outcome;
    }
    const auto callId = m_store.addCall(*parsed, meta, &why);
    if (!callId) {
        outcome.error = tr("%1: could not be stored: %2").arg(outcome.fileName, why);
        return outcome;
    }
    outcome.ok = true;
    outcome.callId = *callId;
    return outcome;
}
