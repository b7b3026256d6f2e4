#pragma once

#include "store/LibraryRecords.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// A correction of what the parser made of a call's structure, as the library keeps it
// (table turn_edits): anchored by the text of the turn it was made on, not only by its
// position, so that a re-import of the call can make it again where that text is still there.
struct TurnEdit
{
    enum class Kind { Speaker, Split, MergePrevious, QuestionStarts, NotQuestion, QaStarts };
    qint64 id = 0; // the row; a placeholder below zero until stored
    Kind kind = Kind::Speaker;
    QString turnText;     // the turn's whole text when the edit was made
    QString previousText; // MergePrevious: the text of the turn merged into
    int ordinal = 0;      // the turn's position then: chooses among turns of the same text
    int splitAt = 0;      // Split: offset into turnText
    QString speaker;      // Speaker: the name given

    static QString kindName(Kind kind); // as stored: "speaker", "split", "merge", …
    static std::optional<Kind> kindFromName(const QString &name);
};

// The rows that make up a call's structure: what a structure edit changes. Ids below zero
// stand for rows an edit adds, until the store gives them theirs; they are unique within one
// change, whatever the table.
struct StructureSection
{
    qint64 id = 0;
    int ordinal = 0;
    SectionKind kind = SectionKind::Article;
};

struct StructureTurn
{
    qint64 id = 0;
    qint64 sectionId = 0;
    int ordinal = 0;
    qint64 speakerId = 0; // 0: no speaker
    int question = 0;     // 0: no question
    QString text;
};

struct CallStructure
{
    QList<StructureSection> sections; // by ordinal
    QList<SpeakerRecord> speakers;
    QList<StructureTurn> turns; // by ordinal

    static CallStructure of(const CallRecord &call);
    const SpeakerRecord *speaker(qint64 id) const;
    void assignIds(const QHash<qint64, qint64> &ids);
};

// Text that moves from one turn to another (a split, a merge): the annotations on it move
// with it. Those on fromTurn that start at moveStart or later go to toTurn, their offsets
// shifted by shift; one that starts before moveStart and ends after keepEnd would be cut in
// two, and the change is refused.
struct TextMove
{
    qint64 fromTurn = 0;
    int keepEnd = 0;
    int moveStart = 0;
    qint64 toTurn = 0;
    int shift = 0;
};

// One structure edit as the store writes it, in one transaction: the call goes from one
// structure to the other, annotations follow moved text, and the edit is recorded in or
// dropped from the call's list of edits.
struct StructureChange
{
    qint64 callId = 0;
    CallStructure from;
    CallStructure to;
    QList<TextMove> moves;
    std::optional<TurnEdit> record; // added to turn_edits (under its id unless a placeholder)
    qint64 dropRecord = 0;          // the turn_edits row to delete
    // Question marks and hand-made pairings follow their question's new number. Off when a
    // re-import makes stored edits again: the marks already have the edited numbers.
    bool renumberMarks = true;

    void assignIds(const QHash<qint64, qint64> &ids);
};
