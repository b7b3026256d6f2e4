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

// The file's bytes, or nullopt with *error naming the file and the problem.
std::optional<QByteArray> readTranscriptFile(const QString &path, QString *error)
{
    return BoundedFile::read(path, kMaxTranscriptBytes, error);
}

struct Parsed
{
    DecodedText decoded;
    ParsedTranscript transcript;
};

std::optional<Parsed> decodeAndParse(const QByteArray &bytes, const QString &shownName, QString *error)
{
    QString why;
    auto decoded = TextDecoder::decode(bytes, &why);
    if (!decoded) {
        *error = CallImporter::tr("%1: %2").arg(shownName, why);
        return std::nullopt;
    }
    auto parsed = TranscriptParser::parse(decoded->text, &why);
    if (!parsed) {
        *error = CallImporter::tr("%1: %2").arg(shownName, why);
        return std::nullopt;
    }
    return Parsed{std::move(*decoded), std::move(*parsed)};
}

} // namespace

QByteArray CallImporter::contentHash(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return QCryptographicHash::hash(normalised.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex();
}

CallMetadata CallImporter::foundMetadata(const ParsedTranscript &parsed, const QString &fileName)
{
    const HeaderMetadata &header = parsed.metadata;
    CallMetadata found;
    found.companyTicker = header.ticker.toUpper();
    found.companyName = header.company;
    found.fiscalPeriod = header.fiscalPeriod;
    found.callDate = QDate::fromString(header.date, Qt::ISODate);
    // "Q4 2025 Earnings Call" alone would read the same for every company in the call list.
    if (!header.title.isEmpty()) {
        found.title = header.company.isEmpty() || header.title.contains(header.company, Qt::CaseInsensitive)
                          ? header.title
                          : u"%1 %2"_s.arg(header.company, header.title);
    } else {
        found.title = parsed.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : parsed.title;
    }
    return found;
}

std::optional<CallMetadata> CallImporter::inspectFile(const QString &path, QString *error)
{
    const auto bytes = readTranscriptFile(path, error);
    if (!bytes)
        return std::nullopt;
    const auto parsed = decodeAndParse(*bytes, QDir::toNativeSeparators(path), error);
    if (!parsed)
        return std::nullopt;
    return foundMetadata(parsed->transcript, path);
}

CallImporter::Outcome CallImporter::importFile(const QString &path, const CallMetadata &overrides,
                                               Header header)
{
    QString error;
    const auto bytes = readTranscriptFile(path, &error);
    if (!bytes) {
        Outcome outcome;
        outcome.fileName = QDir::toNativeSeparators(path);
        outcome.error = error;
        return outcome;
    }
    return importBytes(*bytes, path, overrides, header);
}

CallImporter::Outcome CallImporter::importBytes(const QByteArray &bytes, const QString &fileName,
                                                const CallMetadata &overrides, Header header)
{
    Outcome outcome;
    outcome.fileName = QDir::toNativeSeparators(fileName);
    // From a command line or a notes file: they end up in exports and the figures' keys.
    if (!overrides.companyTicker.isEmpty() && !UntrustedText::isTicker(overrides.companyTicker)) {
        outcome.error = tr("%1: the company \"%2\" is not a ticker (capital letters, digits, dots)")
                            .arg(outcome.fileName, overrides.companyTicker);
        return outcome;
    }
    if (!overrides.fiscalPeriod.isEmpty() && !UntrustedText::isFiscalQuarter(overrides.fiscalPeriod)) {
        outcome.error = tr("%1: the fiscal period \"%2\" is not valid (expected FY2025Q4)")
                            .arg(outcome.fileName, overrides.fiscalPeriod);
        return outcome;
    }
    QString why;
    auto decodedAndParsed = decodeAndParse(bytes, outcome.fileName, &why);
    if (!decodedAndParsed) {
        outcome.error = why;
        return outcome;
    }
    const DecodedText &decoded = decodedAndParsed->decoded;
    ParsedTranscript *parsed = &decodedAndParsed->transcript;

    CallMetadata meta = overrides;
    const CallMetadata found =
        header == Header::FillsGaps ? foundMetadata(*parsed, fileName) : CallMetadata{};
    // The header is untrusted text too: a "ticker" that is not one is left for the user to give.
    if (meta.companyTicker.isEmpty() && UntrustedText::isTicker(found.companyTicker))
        meta.companyTicker = found.companyTicker;
    // The header's company name belongs to the header's ticker, not to another one given instead.
    if (meta.companyName.isEmpty() && meta.companyTicker == found.companyTicker)
        meta.companyName = found.companyName;
    if (meta.fiscalPeriod.isEmpty() && UntrustedText::isFiscalQuarter(found.fiscalPeriod))
        meta.fiscalPeriod = found.fiscalPeriod;
    if (!meta.callDate.isValid())
        meta.callDate = found.callDate;
    if (meta.title.isEmpty())
        meta.title = found.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : found.title;
    meta.fileName = QFileInfo(fileName).fileName();
    meta.encoding = decoded.encoding;
    meta.originalText = decoded.text;
    meta.contentHash = contentHash(decoded.text);
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
