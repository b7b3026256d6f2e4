#pragma once

#include "pairing/TextNumber.h"
#include "store/LibraryRecords.h"

#include <QMap>

class NameMap;

// What the aligner knows about one question of a call: who asked, whom they addressed, who
// answered, its numbers and Latin terms. People and firms are identified by their name-map
// name where the map knows them, by their folded name where not.
struct QuestionProfile
{
    struct Answer
    {
        qint64 turnId = 0;
        QString speaker;  // as the call names them
        QString identity; // name-map name, or the folded name
    };

    int question = 0;                 // as the navigator numbers it
    QMap<QString, QString> askers;    // identity -> as written; analysts and their firms
    QMap<QString, QString> addressed; // executives named in the question
    QList<Answer> answers;
    QMap<QString, QString> answerers;
    QList<TextNumber>
        numbers; // of the question and its answers, in order; start counts from the question's first turn
    QMap<QString, QString> terms;
    int length = 0; // characters of the question's text

    static QList<QuestionProfile> ofCall(const CallRecord &call, const NameMap &names);
};
