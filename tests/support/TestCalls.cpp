#include "TestCalls.h"

#include "calls/CallImporter.h"
#include "store/LibraryStore.h"

#include <QStringList>

using namespace Qt::StringLiterals;

ParsedTurn testTurn(const QString &speaker, const char *role, const QString &text)
{
    ParsedTurn t;
    t.speaker = speaker;
    t.role = QString::fromLatin1(role);
    t.text = text;
    return t;
}

std::optional<qint64> addTestCall(LibraryStore &store, const QString &ticker, const QString &period,
                                  const QList<ParsedTurn> &turns, QString *error)
{
    ParsedTranscript transcript;
    transcript.title = ticker + u' ' + period;
    transcript.sections = {ParsedSection{SectionKind::QA, turns}};
    CallMetadata meta;
    meta.companyTicker = ticker;
    meta.companyName = ticker;
    meta.fiscalPeriod = period;
    meta.title = transcript.title;
    QStringList lines;
    for (const ParsedTurn &t : turns)
        lines << t.speaker + u": "_s + t.text;
    meta.originalText = ticker + period + lines.join(u'\n');
    meta.contentHash = CallImporter::contentHash(meta.originalText);
    return store.addCall(transcript, meta, error);
}
