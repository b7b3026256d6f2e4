#include "pairing/QuestionProfile.h"

#include "pairing/LatinTerms.h"
#include "pairing/NameMap.h"
#include "text/SearchText.h"

using namespace Qt::StringLiterals;

namespace {

// A speaker label may be longer than any alias ("Colette M. Kress"): a name the map knows
// inside it stands for the whole.
QString identityOf(const QString &name, const NameMap &names)
{
    int entry = names.lookUp(name);
    if (entry < 0) {
        const QList<NameMap::Mention> mentions = names.find(name);
        if (mentions.size() == 1)
            entry = mentions.first().entry;
    }
    return entry >= 0 ? names.entry(entry).name : SearchText::normalise(name.simplified());
}

// The text with the names the map knows blanked out, so that "Joe" or "Fargo" is not taken
// for a term and the digits of a name for a number.
QString withoutNames(const QString &text, const QList<NameMap::Mention> &mentions)
{
    QString blanked = text;
    for (const NameMap::Mention &mention : mentions)
        blanked.replace(mention.start, mention.length, QString(mention.length, u' '));
    return blanked;
}

void addMentions(QuestionProfile &profile, const QString &text, const QList<NameMap::Mention> &mentions,
                 const NameMap &names)
{
    const QStringList analystKinds = {u"analyst"_s, u"firm"_s};
    for (const NameMap::Mention &mention : mentions) {
        const NameMap::Entry &entry = names.entry(mention.entry);
        const QString written = text.mid(mention.start, mention.length);
        if (entry.kind == u"executive"_s)
            profile.addressed.insert(entry.name, written);
        else if (analystKinds.contains(entry.kind))
            profile.askers.insert(entry.name, written);
    }
}

} // namespace

QList<QuestionProfile> QuestionProfile::ofCall(const CallRecord &call, const NameMap &names)
{
    QList<QuestionProfile> profiles;
    for (const SectionRecord &section : call.sections) {
        if (section.kind != SectionKind::QA)
            continue;
        for (const TurnRecord &turn : section.turns) {
            if (turn.question <= 0)
                continue;
            if (profiles.isEmpty() || profiles.last().question != turn.question) {
                profiles.append(QuestionProfile{});
                profiles.last().question = turn.question;
            }
            QuestionProfile &profile = profiles.last();
            // The operator's words after the question has started introduce the next one.
            const bool operatorTurn = turn.role == QLatin1StringView(Role::Operator);
            if (operatorTurn && profile.length > 0)
                continue;
            const QList<NameMap::Mention> mentions = names.find(turn.text);
            const QString text = withoutNames(turn.text, mentions);
            // Offsets across the whole question, so that a number's place in it can be compared
            // with its place in the translation.
            for (TextNumber number : extractNumbers(text)) {
                number.text = turn.text.mid(number.start, number.text.size());
                number.start += profile.length;
                profile.numbers.append(number);
            }
            profile.length += int(turn.text.size()) + 1;
            if (operatorTurn) {
                addMentions(profile, turn.text, mentions, names);
                continue;
            }
            const QMap<QString, QString> terms = extractLatinTerms(text);
            for (auto it = terms.begin(); it != terms.end(); ++it) {
                if (!profile.terms.contains(it.key()))
                    profile.terms.insert(it.key(), it.value());
            }
            if (turn.role == QLatin1StringView(Role::Executive)) {
                const QString identity = identityOf(turn.speaker, names);
                profile.answers.append({turn.id, turn.speaker, identity});
                if (!turn.speaker.isEmpty())
                    profile.answerers.insert(identity, turn.speaker);
            } else if (turn.role == QLatin1StringView(Role::Analyst)) {
                if (!turn.speaker.isEmpty())
                    profile.askers.insert(identityOf(turn.speaker, names), turn.speaker);
                if (const SpeakerRecord *speaker = call.speaker(turn.speakerId);
                    speaker && !speaker->firm.isEmpty())
                    profile.askers.insert(identityOf(speaker->firm, names), speaker->firm);
                addMentions(profile, turn.text, mentions, names);
            }
        }
    }
    return profiles;
}
