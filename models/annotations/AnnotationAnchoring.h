#pragma once

#include "annotations/Annotation.h"

#include <QHash>
#include <QList>

class AnnotationRepository;
struct CallRecord;

// Finding annotations again after a call's text changed. An annotation is placed where its
// quote occurs, preferring the turn at its old position in the call and the occurrence
// nearest its old offset; failing an exact match, a match that ignores differences in
// white space. One that is found nowhere is kept, not placed, for the user to see.
namespace AnnotationAnchoring {

struct TurnText
{
    qint64 id = 0;
    int ordinal = 0;
    QString text;
};

struct Placement
{
    qint64 turnId = 0; // 0: not found
    int start = 0;
    int end = 0;
};

// Where the annotation was before the text changed.
struct OldAnchor
{
    int turnOrdinal = -1; // -1: unknown (it was already unplaced)
    int start = 0;
};

Placement place(const QString &quote, const OldAnchor &old, const QList<TurnText> &turns);
QList<TurnText> turnTexts(const CallRecord &call);

struct Report
{
    int kept = 0;  // same turn position, offset and quote
    int moved = 0; // found elsewhere
    QList<Annotation> unplaced;
};

// Re-places every annotation of a call whose turns were just rewritten, inside the
// caller's transaction. `old` gives each annotation's anchor before the rewrite, by id.
bool reanchorCall(AnnotationRepository &repository, const CallRecord &newCall,
                  const QHash<qint64, OldAnchor> &old, Report *report, QString *error);

} // namespace AnnotationAnchoring
