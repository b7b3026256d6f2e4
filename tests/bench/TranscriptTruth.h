#pragma once

#include "transcript/Transcript.h"

#include <QList>
#include <QString>
#include <QStringList>

// A ground-truth file written by reading a real transcript (tests/data/transcripts/*.truth.json)
// and how well a parse agrees with it. Shared by tst_realtranscripts and score_transcripts so
// that the test and the printed scores judge the same way.
struct TranscriptTruth
{
    struct Quote
    {
        QString text;
        QString speaker;
    };
    struct Speaker
    {
        QString name;
        QString role;
    };

    QString layout;
    int questions = 0;
    QStringList questioners; // in order, one per question
    QList<Speaker> speakers;
    QList<Quote> quotes;
    QStringList notSpeakers; // headings, table of contents, roster lines
    HeaderMetadata metadata;

    // Reads <transcript minus extension>.truth.json; returns false and sets *error if it cannot.
    static bool load(const QString &path, TranscriptTruth *truth, QString *error);
};

struct TranscriptScore
{
    int parsedQuestions = 0;
    bool questionsRight = false;
    int quotesRight = 0;
    QStringList quoteFailures; // "quote … -> got X, want Y"
    int questionersRight = 0;
    QStringList questionerFailures;
    QStringList headingSpeakers; // speaker names that are headings, TOC or roster lines
    QStringList otherSpeakers;   // speaker names the truth does not know: invented or misread
    int metadataFields = 0;      // fields the truth states
    int metadataRight = 0;
    QStringList metadataFailures;
    QStringList linesLost; // problems with "every non-empty line in exactly one turn"
};

// Same person: "Colette M. Kress" = "Colette Kress", "Tim Arcuri" = "Timothy Arcuri", "Joe Moore" =
// "Joseph Moore",
// "Erik Woodring" = "Erik William Richard Woodring". Letters only, case and initials ignored.
bool sameSpeaker(const QString &a, const QString &b);

TranscriptScore scoreTranscript(const QString &text, const ParsedTranscript &parsed,
                                const TranscriptTruth &truth);

// Every transcript of the corpus directory that has a truth file next to it.
QStringList corpusFiles(const QString &directory);
