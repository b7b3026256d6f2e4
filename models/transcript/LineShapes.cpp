#include "transcript/LineShapes.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

} // namespace

namespace LineShapes {

// Words of headings, never of a person's name: "Contents:", "Prepared Remarks:", "Call
// Participants", "Full Conference Call Transcript". A candidate name holding one is a heading.
bool hasHeadingWord(const QString &name)
{
    static const QSet<QString> words{
        u"contents"_s,        u"remarks"_s,     u"questions"_s,    u"answers"_s,    u"participants"_s,
        u"transcript"_s,      u"summary"_s,     u"takeaways"_s,    u"glossary"_s,   u"presentation"_s,
        u"session"_s,         u"disclaimer"_s,  u"agenda"_s,       u"highlights"_s, u"overview"_s,
        u"risks"_s,           u"outlook"_s,     u"instructions"_s, u"executives"_s, u"analysts"_s,
        u"introduction"_s,    u"closing"_s,     u"conclusion"_s,   u"appendix"_s,   u"definitions"_s,
        u"forward-looking"_s, u"statement"_s,   u"statements"_s,   u"harbor"_s,     u"speakers"_s,
        u"attendees"_s,       u"information"_s, u"references"_s,   u"contacts"_s,   u"financials"_s,
        u"guidance"_s,        u"results"_s,
    };
    for (const QString &word : name.toLower().split(u' ', Qt::SkipEmptyParts))
        if (words.contains(word))
            return true;
    return false;
}

// "--" alone on a line separates a name from its title in Motley Fool transcripts.
bool isDashLine(const QString &line)
{
    static const QRegularExpression re(u"^(?:-{1,3}|[\\x{2013}\\x{2014}]{1,2})$"_s);
    return re.match(line).hasMatch();
}

// "Contents:" and the list of sections under it.
const QRegularExpression &contentsHeadingPattern()
{
    static const QRegularExpression re(u"^(?:#{1,6}\\s*)?(?:table\\s+of\\s+)?contents\\s*[\\x{FF1A}:]?$"_s,
                                       Unicode | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A participant list: "Call participants:", "Company Participants", "Conference Call
// Participants", "Executives", "Analysts".
const QRegularExpression &rosterHeadingPattern()
{
    static const QRegularExpression re(
        u"^(?:#{1,6}\\s*)?(?:(?:call|company|corporate|conference\\s+call|other)\\s+)?"
        "(participants|executives|analysts)\\s*[\\x{FF1A}:]?$"_s,
        Unicode | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Page furniture that is neither speech nor narration: "Duration: 58 minutes".
bool isFurnitureLine(const QString &line)
{
    static const QRegularExpression re(u"^duration\\s*:\\s*\\d+\\s*min(?:ute)?s?\\.?$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

// "=== PAGE 3 ===", "Page 3 of 12", "- 3 -", "3 / 12", "第 3 页": page breaks of text taken from a PDF.
bool isPageMarker(const QString &line)
{
    static const QRegularExpression re(
        u"^(?:[=\\-\\s]*(?:page|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/"
        u")\\s*\\d{1,4})?[=\\-\\s]*|[-\\s]*\\d{1,4}[-\\s]*|"
        "\\d{1,4}\\s*/\\s*\\d{1,4}|第\\s*\\d{1,4}\\s*[页頁](?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*[页頁])?)$"_s,
        Unicode | QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

// "Copyright © 2025 S&P Global Market Intelligence": a speaker saying "copyright" is not enough.
bool isCopyrightLine(const QString &line)
{
    static const QRegularExpression re(u"\\bcopyright\\b.*\\b(?:19|20)\\d\\d\\b|\\ball rights reserved\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 200 && (line.contains(QChar(0x00A9)) || re.match(line).hasMatch());
}

// "Good afternoon, and welcome to the Apple Q3 Fiscal Year 2025 Earnings Conference Call": where
// untitled speakers of an inline feed start the call rather than comment on it.
bool opensCall(const QStringList &contents)
{
    static const QRegularExpression re(
        u"\\bwelcome (?:you |everyone |everybody )?to\\b.{0,80}\\b(?:call|webcast|conference)\\b|"
        "\\b(?:earnings|conference) call\\b|\\bthank you for (?:joining|standing by)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !contents.isEmpty() && re.match(contents.first()).hasMatch();
}

// "The next question is, what are the key hurdles ...?", "After that is, are there ...?": a host
// reading out a question sent in by investors.
bool readsOutQuestion(const QString &text)
{
    static const QRegularExpression re(
        u"\\b(?:question is|questions? (?:reads?|asks?)|after that is|end with)\\s*[,:]?\\s*"
        "(?:can|could|what|how|will|would|are|is|do|does|did|when|why|where|which|who|has|have|should)\\b.*\\?"_s,
        QRegularExpression::CaseInsensitiveOption);
    // At the start of the host's turn ("Great. Thank you. The next question is, ..."), not deep in it.
    const auto match = re.match(text);
    return match.hasMatch() && match.capturedStart() < 160;
}

// "The first question from Say is ...?", "a question submitted by a shareholder": a moderator
// reading out an investor's question, which opens a question of its own.
bool readsOutInvestorQuestion(const QString &text)
{
    static const QRegularExpression re(
        u"\\bquestions?\\b.{0,40}?\\b(?:from|submitted by|sent by|by)\\b.{0,20}?"
        "\\b(?:say|retail|shareholders?|stockholders?|investors?|the (?:web|webcast|platform))\\b.*\\?"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// "Should you invest $1,000 in Nvidia right now?" opens an advertisement block of a web page.
bool isAdvertisementStart(const QString &line)
{
    static const QRegularExpression re(u"^should you (?:invest|buy)\\b.{0,80}\\bright now\\??$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

bool isAdvertisementEnd(const QString &line)
{
    static const QRegularExpression re(u"returns as of\\b|\\bsee the (?:\\d+ )?stocks\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

// "Full Conference Call Transcript": what precedes it (summary, takeaways, a glossary of
// "Term: definition" lines) is the publisher's, not the call's.
bool isTranscriptStartHeading(const QString &line)
{
    static const QRegularExpression re(
        u"^(?:#{1,6}\\s*)?full\\s+(?:conference\\s+call\\s+|earnings\\s+call\\s+)?transcript\\s*:?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

// "[00:00:30.440 --> 00:00:33.020] ": speech-recognition segments.
const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(u"\\[\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?\\s*-->\\s*"
                                       "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?\\s*\\]\\s*"_s);
    return re;
}

// A sentence that opens the Q&A where no heading does ("接下来Q&A时间").
bool announcesQa(const QString &text)
{
    static const QRegularExpression re(
        u"q\\s*&\\s*a\\s*(?:时间|時間|环节|環節|session)|问答环节|問答環節|问答时间|問答時間|提问环节|"
        u"提問環節|"
        "question-and-answer session|open (?:up )?the (?:call|line|lines|floor) (?:up )?(?:for|to) (?:your "
        ")?questions|"
        "move (?:over )?to (?:the )?q\\s*&\\s*a|(?:begin|start) (?:the )?q\\s*&\\s*a"_s,
        Unicode | QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// "还有一个问题吗", "下一个问题", "next question": a host announcing the next question where
// nobody is labelled.
bool announcesQuestion(const QString &text)
{
    static const QRegularExpression re(u"(?:还有|還有|下一|再)\\s*一?\\s*[个個]?\\s*(?:问题|問題)|第\\s*["
                                       u"一二三四五六七八九十\\d]+\\s*[个個]?\\s*(?:问题|問題)|"
                                       "\\b(?:next|first|last|final) question\\b"_s,
                                       Unicode | QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// "[中] ...", "[译] ...": the translation of the line before it.
const QRegularExpression &translationTagPattern()
{
    static const QRegularExpression re(u"\\[(?:中|中文|ZH|zh|CN|cn|译|譯|翻译|翻譯)\\]\\s*"_s, Unicode);
    return re;
}

const QRegularExpression &originalTagPattern()
{
    static const QRegularExpression re(u"\\[(?:EN|en|英|英文|原文)\\]\\s*"_s, Unicode);
    return re;
}

// Labels of a write-up that stand for whoever asks or answers, not for a person.
bool isAskerLabel(const QString &name)
{
    static const QSet<QString> set{u"分析师"_s, u"分析師"_s, u"投资者"_s, u"投資者"_s, u"投资人"_s,
                                   u"投資人"_s, u"提问者"_s, u"提問者"_s, u"提问人"_s, u"提問人"_s,
                                   u"机构"_s,   u"機構"_s,   u"券商"_s,   u"股东"_s,   u"股東"_s};
    return set.contains(name);
}

bool isManagementLabel(const QString &name)
{
    static const QSet<QString> set{u"管理层"_s, u"管理層"_s, u"公司"_s, u"公司方"_s, u"董秘"_s, u"高管"_s};
    return set.contains(name);
}

// "(中金公司)", "(Morgan Stanley Research)": a bracket that names a firm rather than a job.
bool looksLikeFirm(const QString &text)
{
    static const QRegularExpression firm(
        u"证券|證券|资本|資本|基金|银行|銀行|研究|投资|投資|资管|資管|保险|保險|资产|資產|期货|期貨|公司|"
        "\\b(?:Securities|Capital|Research|Bank|Partners|Management|Advisors|Investments|Markets)\\b"_s,
        Unicode);
    // "公司董事长" is a job at the company, not a firm.
    static const QRegularExpression job(
        u"总裁|總裁|董事|首席|经理|經理|总监|總監|主席|秘书|秘書|执行官|執行官|财务官|財務官|"
        "\\b(?:CEO|CFO|COO|President|Officer|Director|Chairman|Head)\\b"_s,
        Unicode);
    return firm.match(text).hasMatch() && !job.match(text).hasMatch();
}

// "**Jessie Wang - MediaTek, Investor Relation**": a speaker label in bold on its own line.
const QRegularExpression &boldLabelPattern()
{
    static const QRegularExpression re(u"^\\*\\*([^*]{1,100}?)[\\x{FF1A}:]?\\*\\*[\\x{FF1A}:]?$"_s, Unicode);
    return re;
}

bool isHeaderFragment(const QString &line)
{
    static const QRegularExpression re(
        u"^(?:[\\p{P}\\p{S}\\s]+|[A-Z]{1,5}|[+\\-\\x{2212}]?[0-9.,]+%|"
        "\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(?:\\s+[A-Z]{2,4})?|image source:.*)$"_s,
        Unicode | QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 40 && re.match(line).hasMatch();
}

} // namespace LineShapes
