#include "store/LibraryRecords.h"

const SpeakerRecord *CallRecord::speaker(qint64 id) const
{
    for (const SpeakerRecord &s : speakers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const TurnRecord *CallRecord::turn(qint64 id) const
{
    for (const SectionRecord &section : sections) {
        for (const TurnRecord &t : section.turns) {
            if (t.id == id)
                return &t;
        }
    }
    return nullptr;
}

const TurnRecord *CallRecord::questionTurn(int n) const
{
    for (const SectionRecord &section : sections) {
        for (const TurnRecord &t : section.turns) {
            if (t.question == n)
                return &t;
        }
    }
    return nullptr;
}
