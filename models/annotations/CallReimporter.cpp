#include "annotations/CallReimporter.h"

#include "annotations/AnnotationRepository.h"
#include "calls/CallImporter.h"
#include "calls/TurnEditPlanner.h"
#include "store/LibraryStore.h"
#include "text/TextDecoder.h"
#include "transcript/TranscriptParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

CallReimporter::Outcome CallReimporter::reimportFile(qint64 callId, const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        Outcome outcome;
        outcome.callId = callId;
        outcome.error = tr("%1: cannot read the file (%2)")
                            .arg(QDir::toNativeSeparators(path),
                                 QFileInfo(path).isFile() ? file.errorString() : tr("no such file"));
        return outcome;
    }
    return reimportBytes(callId, file.readAll(), path);
}

CallReimporter::Outcome CallReimporter::reimportBytes(qint64 callId, const QByteArray &bytes,
                                                      const QString &fileName)
{
    Outcome outcome;
    outcome.callId = callId;
    const QString shown = QDir::toNativeSeparators(fileName);
    const auto old = m_store.call(callId);
    if (!old) {
        outcome.error = tr("%1: call %2 is not in the library, so there is nothing to re-import into")
                            .arg(shown)
                            .arg(callId);
        return outcome;
    }
    QString why;
    const auto decoded = TextDecoder::decode(bytes, &why);
    if (!decoded) {
        outcome.error = tr("%1: %2").arg(shown, why);
        return outcome;
    }
    auto parsed = TranscriptParser::parse(decoded->text, &why);
    if (!parsed) {
        outcome.error = tr("%1: %2").arg(shown, why);
        return outcome;
    }
    outcome.turns = parsed->turnCount();

    CallMetadata meta;
    meta.fileName = QFileInfo(fileName).fileName();
    meta.encoding = decoded->encoding;
    meta.originalText = decoded->text;
    meta.contentHash = CallImporter::contentHash(decoded->text);
    if (m_store.callIdForHash(meta.contentHash) == callId) {
        outcome.ok = true;
        outcome.unchanged = true;
        return outcome;
    }

    // Names and titles the user gave (or the sample's manifest supplied) stay where the
    // new text does not name anyone.
    QHash<QString, QString> titles;
    for (const SpeakerRecord &speaker : old->speakers) {
        if (!speaker.name.isEmpty() && !speaker.title.isEmpty())
            titles.insert(speaker.name, speaker.title);
    }
    for (ParsedSection &section : parsed->sections) {
        for (ParsedTurn &turn : section.turns) {
            if (turn.role == QLatin1StringView(Role::Analyst) && turn.speaker.isEmpty() &&
                turn.question > 0) {
                if (const TurnRecord *asked = old->questionTurn(turn.question)) {
                    if (const SpeakerRecord *asker = old->speaker(asked->speakerId)) {
                        turn.speaker = asker->name;
                        turn.firm = asker->firm;
                    }
                }
            }
            if (turn.speakerTitle.isEmpty())
                turn.speakerTitle = titles.value(turn.speaker);
        }
    }

    QHash<qint64, AnnotationAnchoring::OldAnchor> anchors;
    for (const Annotation &a : m_repository.annotations(callId))
        anchors.insert(a.id, {a.isPlaced() ? a.turnOrdinal : -1, a.start});

    const QList<TurnEdit> edits = m_store.turnEdits(callId);
    const bool ok = m_store.replaceCallText(
        callId, *parsed, meta,
        [&](QString *error) {
            // In the order made: each edit was made on the text the ones before it left.
            for (const TurnEdit &edit : edits) {
                const auto now = m_store.call(callId);
                if (!now) {
                    *error = tr("the call's new text could not be read back");
                    return false;
                }
                const auto plan = TurnEditPlanner::replay(*now, edit);
                if (!plan) {
                    if (!m_store.removeTurnEdit(edit.id, error))
                        return false;
                    outcome.editsDropped.append(edit);
                    continue;
                }
                if (!m_store.changeCallStructure(plan->redo, nullptr, error))
                    return false;
                ++outcome.editsKept;
            }
            const auto fresh = m_store.call(callId);
            if (!fresh) {
                *error = tr("the call's new text could not be read back");
                return false;
            }
            return AnnotationAnchoring::reanchorCall(m_repository, *fresh, anchors, &outcome.anchoring,
                                                     error);
        },
        &why);
    if (!ok) {
        outcome.error = tr("%1: could not replace the text of call %2: %3").arg(shown).arg(callId).arg(why);
        outcome.anchoring = {};
        outcome.editsKept = 0;
        outcome.editsDropped.clear();
        return outcome;
    }
    m_repository.notifyCallReanchored(callId);
    outcome.ok = true;
    return outcome;
}
