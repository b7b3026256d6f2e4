#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The shapes of single lines that say what a line is before anyone reads it as speech:
// headings, page furniture, advertisements, timestamps, translation tags, labels that stand
// for an asker or for management, and the sentences a host uses to open the Q&A or read out
// a question. Matched by form, never by a list of names.
namespace LineShapes {

// Words of headings, never of a person's name: "Contents:", "Prepared Remarks:", "Call
// Participants", "Full Conference Call Transcript". A candidate name holding one is a heading.
bool hasHeadingWord(const QString &name);

// "--" alone on a line separates a name from its title in Motley Fool transcripts.
bool isDashLine(const QString &line);

// "Contents:" and the list of sections under it.
const QRegularExpression &contentsHeadingPattern();

// A participant list: "Call participants:", "Company Participants", "Conference Call
// Participants", "Executives", "Analysts".
const QRegularExpression &rosterHeadingPattern();

// Page furniture that is neither speech nor narration: "Duration: 58 minutes".
bool isFurnitureLine(const QString &line);

// "=== PAGE 3 ===", "Page 3 of 12", "- 3 -", "3 / 12", "第 3 页": page breaks of text taken from a PDF.
bool isPageMarker(const QString &line);

// "Copyright © 2025 S&P Global Market Intelligence": a speaker saying "copyright" is not enough.
bool isCopyrightLine(const QString &line);

// "Good afternoon, and welcome to the Apple Q3 Fiscal Year 2025 Earnings Conference Call": where
// untitled speakers of an inline feed start the call rather than comment on it.
bool opensCall(const QStringList &contents);

// "The next question is, what are the key hurdles ...?", "After that is, are there ...?": a host
// reading out a question sent in by investors.
bool readsOutQuestion(const QString &text);

// "The first question from Say is ...?", "a question submitted by a shareholder": a moderator
// reading out an investor's question, which opens a question of its own.
bool readsOutInvestorQuestion(const QString &text);

// "Should you invest $1,000 in Nvidia right now?" opens an advertisement block of a web page.
bool isAdvertisementStart(const QString &line);

bool isAdvertisementEnd(const QString &line);

// "Full Conference Call Transcript": what precedes it (summary, takeaways, a glossary of
// "Term: definition" lines) is the publisher's, not the call's.
bool isTranscriptStartHeading(const QString &line);

// "[00:00:30.440 --> 00:00:33.020] ": speech-recognition segments.
const QRegularExpression &timestampPattern();

// A sentence that opens the Q&A where no heading does ("接下来Q&A时间").
bool announcesQa(const QString &text);

// "还有一个问题吗", "下一个问题", "next question": a host announcing the next question where
// nobody is labelled.
bool announcesQuestion(const QString &text);

// "[中] ...", "[译] ...": the translation of the line before it.
const QRegularExpression &translationTagPattern();

const QRegularExpression &originalTagPattern();

// Labels of a write-up that stand for whoever asks or answers, not for a person.
bool isAskerLabel(const QString &name);

bool isManagementLabel(const QString &name);

// "(中金公司)", "(Morgan Stanley Research)": a bracket that names a firm rather than a job.
bool looksLikeFirm(const QString &text);

// "**Jessie Wang - MediaTek, Investor Relation**": a speaker label in bold on its own line.
const QRegularExpression &boldLabelPattern();

// Scraps of a web page's header before the call: "(", "NVDA", "+0.03%", ",", "5:00 p.m. ET".
bool isHeaderFragment(const QString &line);

} // namespace LineShapes
