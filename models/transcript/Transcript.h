#pragma once

#include <QList>
#include <QString>

// Plain value types shared by the parser, the store and the views. They carry no
// database ids of their own; the store adds those when it reads a call back.

enum class SectionKind { Article, Commentary, Prepared, QA };

QString sectionKindName(SectionKind kind); // "article", "commentary", "prepared", "qa"
SectionKind sectionKindFromName(const QString &name, bool *ok = nullptr);

namespace Role {
// Stored as text so that imported files and user edits can add roles the app does not know yet.
inline constexpr auto Narrator = "narrator";   // article text with no speaker
inline constexpr auto Investor = "investor";   // e.g. 段永平 in the seed
inline constexpr auto Commenter = "commenter"; // comment-section replies (評論區)
inline constexpr auto Analyst = "analyst";
inline constexpr auto Executive = "executive";
inline constexpr auto Operator = "operator"; // 主持人, Operator
// Lines that belong to the page, not to anyone's speech: a table of contents, a participant
// roster, page headers and numbers, disclaimers, advertisements. Kept (nothing is dropped) in
// a turn of their own so that views can hide them by default.
inline constexpr auto Furniture = "furniture";
} // namespace Role

struct ParsedTurn
{
    QString speaker;      // empty for narration and for questions whose asker is not named
    QString speakerTitle; // "首席執行官", "Chief Financial Officer"; may be empty
    QString firm;         // analyst's firm when the transcript names it
    QString role;         // one of Role::*
    int question = 0;     // 1..n inside the Q&A, 0 elsewhere
    QString text;         // lines joined with '\n', speaker prefixes removed
    // For every input line that went into this turn: its 1-based line number and the
    // character offset where its content starts (after a speaker or question prefix).
    struct SourceLine
    {
        int number = 0;
        int contentStart = 0;
    };
    QList<SourceLine> sourceLines;
};

struct ParsedSection
{
    SectionKind kind = SectionKind::Article;
    QList<ParsedTurn> turns;
};

// What the header of a call says about it. Every field is empty when the text does not say it.
struct HeaderMetadata
{
    QString company;      // "NVIDIA Corporation", "Nvidia"
    QString ticker;       // "NVDA"
    QString fiscalPeriod; // as the call names it, normalised: "FY2025Q4"
    QString date;         // ISO 8601, "2025-02-26"
    QString title;        // "Q4 2025 Earnings Call"

    bool isEmpty() const;
};

// One person of a participant list ("Call participants:", "Company Participants").
struct Participant
{
    QString name;
    QString title; // job title, for executives
    QString firm;  // for analysts
    QString role;  // Role::Executive, Role::Analyst or Role::Operator; empty when the list does not say
};

struct ParsedTranscript
{
    QString source; // URL or reference from the first line, if the file starts with one
    int sourceLine = 0;
    QString title; // a guess; importers fall back to the file name
    QList<ParsedSection> sections;
    HeaderMetadata metadata; // what the header says; the importer decides what to keep
    QList<Participant> roster;

    int questionCount() const;
    int turnCount() const;
};
