#pragma once

#include "transcript/Transcript.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// What the store hands out. Ids are the rows' primary keys.

struct SpeakerRecord
{
    qint64 id = 0;
    QString name;
    QString role;
    QString title;
    QString firm;
};

struct TurnRecord
{
    qint64 id = 0;
    int ordinal = 0; // position in the whole call, from 0
    qint64 speakerId = 0;
    QString speaker;
    QString role;
    int question = 0;
    QString text;
};

struct SectionRecord
{
    qint64 id = 0;
    SectionKind kind = SectionKind::Article;
    QList<TurnRecord> turns;
};

struct CallSummary
{
    qint64 id = 0;
    QString companyTicker;
    QString companyName;
    QString fiscalPeriod; // "FY2025Q4"
    QDate callDate;
    QString title;
    int questions = 0;
    int turns = 0;
};

struct CallRecord
{
    CallSummary summary;
    QString source;
    QString fileName;
    QString encoding;
    QString originalText;
    QList<SectionRecord> sections;
    QList<SpeakerRecord> speakers;
    QList<Participant> roster; // the transcript's participant list, in its order

    const SpeakerRecord *speaker(qint64 id) const;
    const TurnRecord *turn(qint64 id) const;
    // The analyst's turn that opens question n, or nullptr.
    const TurnRecord *questionTurn(int n) const;
};

// What an importer knows about a call besides its parsed text.
struct CallMetadata
{
    QString companyTicker; // empty: not assigned to a company
    QString companyName;
    QString fiscalPeriod;
    QDate callDate;
    QString title;
    QString source;
    QString fileName;
    QString encoding;
    QString originalText;
    QByteArray contentHash; // hex SHA-256 of the normalised text
    // Who asked question n (index n-1), for transcripts that number questions without
    // naming the analyst. Applied only where the parser found no name.
    struct Asker
    {
        QString name;
        QString firm;
    };
    QList<Asker> questionAskers;
    QHash<QString, QString> speakerTitles; // name -> title, where the transcript gives none
};
