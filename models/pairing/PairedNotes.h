#pragma once

#include "annotations/Annotation.h"
#include "pairing/QuestionAlignment.h"
#include "store/LibraryRecords.h"

#include <QCoreApplication>

// The notes of both calls of a pair as one Markdown document: each note with the passage it
// marks and the whole counterpart turn on the other side (the asking turn, or the answer of
// the same speaker), under its question's pairing, so that a note on the translation carries
// what the original said and the other way round.
class PairedNotes
{
    Q_DECLARE_TR_FUNCTIONS(PairedNotes)

public:
    static QString markdown(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment,
                            const QList<Annotation> &notesA, const QList<Annotation> &notesB);
    // The turn of the other side paired with `turnId` of side A (fromA) or side B; 0 for none.
    static qint64 counterpartTurn(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment,
                                  qint64 turnId, bool fromA);
};
