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

struct ParsedTranscript
{
    QString source; // URL or reference from the first line, if the file starts with one
    int sourceLine = 0;
    QString title; // a guess; importers fall back to the file name
    QList<ParsedSection> sections;

    int questionCount() const;
    int turnCount() const;
};
