#include "transcript/TranscriptParser.h"

#include "transcript/HeaderReader.h"
#include "transcript/LineShapes.h"
#include "transcript/SpeakerIdentity.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using namespace LineShapes;

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto Anchored = QRegularExpression::AnchorAtOffsetMatchOption;

// The tail every prefix may carry: one to three colons (exports double them), then a
// stray "?" that some converters leave where a non-breaking space used to be.
const QString PrefixTail = u"\\s*[\\x{FF1A}:]{1,3}[ \\t\\x{3000}]*[??]?"_s;

// All patterns are matched anchored at the first visible character of a line.
const QRegularExpression &speakerPattern()
{
    static const QRegularExpression re(u"([^\\s:\\x{FF1A}(\\x{FF08}][^:\\x{FF1A}(\\x{FF08}]{0,40}?)\\s*"
                                       "(?:[(\\x{FF08}]([^()\\x{FF08}\\x{FF09}]{1,40})[)\\x{FF09}])?"_s +
                                           PrefixTail,
                                       Unicode);
    return re;
}

const QRegularExpression &numberedQuestionPattern()
{
    static const QRegularExpression re(
        u"(?:[QqQq]\\s*|(?:問題|问题|提問|提问)\\s*|[Qq]uestion\\s*)([0-9\\x{FF10}-\\x{FF19}]{1,3}|[〇零一二兩两三四五六七八九十百]{1,6})"_s +
            PrefixTail,
        Unicode);
    return re;
}

const QRegularExpression &unnumberedQuestionPattern()
{
    static const QRegularExpression re(u"(?:[QqQq]|問|问|提問|提问|[Qq]uestion)"_s + PrefixTail, Unicode);
    return re;
}

const QRegularExpression &answerPattern()
{
    static const QRegularExpression re(u"(?:[AaAa]|答|回答|[Aa]nswer)"_s + PrefixTail, Unicode);
    return re;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(u"^(?:https?://|www\\.)\\S+$"_s,
                                       Unicode | QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &qaHeadingPattern()
{
    static const QRegularExpression re(
        u"^(?:#{1,6}\\s*)?(?:question[- ]and[- ]answers?(?:\\s+session)?|questions?\\s*(?:and|&)\\s*answers?|"
        "q\\s*&\\s*a(?:\\s+session)?|"
        "q\\s*&\\s*a\\s*(?:时间|時間|环节|環節)|问答时间|問答時間|提问环节|提問環節|"
        "问答环节|問答環節|问答|問答|互动问答|互動問答)\\s*[\\x{FF1A}:]?$"_s,
        Unicode | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Your next question comes from the line of X with Y." and its many cousins.
const QRegularExpression &introductionPattern()
{
    static const QRegularExpression re(
        u"\\bquestion\\b.{0,30}?\\bfrom\\s+(?:the\\s+line\\s+of\\s+)?(.+?)"
        "(?:\\s+(?:with|of|from|at)\\s+(.+?))?\\s*"
        "(?:[,;]|\\.\\s*(?=$|(?:your|please|go|you|the|sir|ma'am|over|thank)\\b)|"
        "\\s+(?:please|your\\s+line|go\\s+ahead)\\b|$)"_s,
        Unicode | QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "下一個問題來自…", "有請摩根士丹利的分析師提問": the host hands over to an analyst.
const QRegularExpression &chineseIntroductionPattern()
{
    static const QRegularExpression re(u"(?:問題|问题)(?:來自|来自|由)|(?:請|请).{0,30}(?:提問|提问)"_s,
                                       Unicode);
    return re;
}

const QRegularExpression &titleWordPattern()
{
    static const QRegularExpression re(
        u"\\b(?:Officer|President|Chief|CEO|CFO|COO|CTO|CMO|Director|Vice|VP|EVP|SVP|Head|Chairman|"
        "Chairwoman|Chair|Founder|Co-Founder|Treasurer|Secretary|Counsel|Controller|Relations|Manager|"
        "Executive|Analyst|Partner|Principal|Strategist)\\b"_s,
        Unicode);
    return re;
}

// Labels that look like speakers ("注:", "Source:") but introduce notes or metadata.
const QSet<QString> &notSpeakers()
{
    static const QSet<QString> set{
        u"注"_s,         u"註"_s,         u"备注"_s,      u"備註"_s,     u"按"_s,       u"编者按"_s,
        u"編者按"_s,     u"来源"_s,       u"來源"_s,      u"原文"_s,     u"原文链接"_s, u"原文鏈接"_s,
        u"链接"_s,       u"鏈接"_s,       u"网址"_s,      u"網址"_s,     u"标题"_s,     u"標題"_s,
        u"作者"_s,       u"时间"_s,       u"時間"_s,      u"日期"_s,     u"地点"_s,     u"地點"_s,
        u"摘要"_s,       u"导语"_s,       u"導語"_s,      u"提醒"_s,     u"声明"_s,     u"聲明"_s,
        u"免责声明"_s,   u"免責聲明"_s,   u"关键词"_s,    u"關鍵詞"_s,   u"编辑"_s,     u"編輯"_s,
        u"责任编辑"_s,   u"責任編輯"_s,   u"附"_s,        u"附注"_s,     u"附註"_s,     u"例如"_s,
        u"比如"_s,       u"结论"_s,       u"結論"_s,      u"总结"_s,     u"總結"_s,     u"note"_s,
        u"notes"_s,      u"nb"_s,         u"n.b."_s,      u"source"_s,   u"sources"_s,  u"ps"_s,
        u"p.s."_s,       u"disclaimer"_s, u"update"_s,    u"updated"_s,  u"edit"_s,     u"example"_s,
        u"transcript"_s, u"date"_s,       u"time"_s,      u"location"_s, u"ticker"_s,   u"link"_s,
        u"url"_s,        u"summary"_s,    u"tags"_s,      u"keywords"_s, u"subject"_s,  u"from"_s,
        u"to"_s,         u"sent"_s,       u"re"_s,        u"fwd"_s,      u"title"_s,    u"author"_s,
        u"published"_s,  u"warning"_s,    u"important"_s,
    };
    return set;
}

// A Chinese "name" ending like this is a reporting clause ("黃仁勳表示:"), not a speaker.
const QStringList &reportingSuffixes()
{
    static const QStringList list{
        u"表示"_s, u"说"_s,   u"說"_s,   u"道"_s,   u"称"_s,   u"稱"_s,   u"指出"_s, u"认为"_s,
        u"認為"_s, u"强调"_s, u"強調"_s, u"透露"_s, u"提到"_s, u"坦言"_s, u"回应"_s, u"回應"_s,
        u"是"_s,   u"为"_s,   u"為"_s,   u"如下"_s, u"包括"_s, u"回答"_s, u"问"_s,   u"問"_s,
    };
    return list;
}

bool isOperatorName(const QString &name)
{
    static const QSet<QString> set{
        u"operator"_s,    u"moderator"_s, u"host"_s,   u"conference operator"_s,
        u"coordinator"_s, u"主持人"_s,    u"主持"_s,   u"会议主持人"_s,
        u"會議主持人"_s,  u"司仪"_s,      u"司儀"_s,   u"接线员"_s,
        u"接線員"_s,      u"操作员"_s,    u"操作員"_s, u"话务员"_s,
        u"話務員"_s,
    };
    return set.contains(name.toLower());
}

bool isCommenterName(const QString &name)
{
    static const QStringList starts{u"评论"_s, u"評論"_s,     u"网友"_s,     u"網友"_s, u"读者"_s, u"讀者"_s,
                                    u"留言"_s, u"精选留言"_s, u"精選留言"_s, u"球友"_s, u"雪友"_s};
    for (const QString &start : starts)
        if (name.startsWith(start))
            return true;
    return false;
}

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

int firstVisible(const QString &line, int from)
{
    while (from < line.size() && isBlank(line.at(from)))
        ++from;
    return from;
}

// Callers count a line as text when QString::trimmed() leaves something, so blankness and
// a line's content must use that same rule, not isBlank(): otherwise a line holding only a
// stray U+FEFF would be skipped here while still counting as input.
bool isEmptyLine(const QString &line)
{
    return QStringView(line).trimmed().isEmpty();
}

QString trimmedLine(const QString &line)
{
    const int start = firstVisible(line, 0);
    int end = int(line.size());
    while (end > start && isBlank(line.at(end - 1)))
        --end;
    return line.mid(start, end - start);
}

// Letters and digits only, lower case: "C.J. Muse" and "CJ Muse" are the same person.
QString normalisedName(const QString &name)
{
    QString out;
    for (QChar c : name)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

bool isLatinLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

bool isNameWord(const QString &word)
{
    static const QSet<QString> particles{u"de"_s,  u"da"_s,  u"van"_s, u"von"_s, u"der"_s, u"den"_s,
                                         u"di"_s,  u"du"_s,  u"la"_s,  u"le"_s,  u"bin"_s, u"al"_s,
                                         u"dos"_s, u"das"_s, u"del"_s, u"ter"_s};
    if (particles.contains(word))
        return true;
    bool hasLetter = false;
    for (QChar c : word)
        hasLetter = hasLetter || c.isLetter();
    return hasLetter && word.at(0).isUpper();
}

// Shape of a personal name or a role label: short, letters and a few joiners only, no
// sentence punctuation and no digits.
bool isPlausibleName(const QString &name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    static const QString joiners = u" .·・•‧-'’&"_s;
    bool hasLatin = false;
    int otherLetters = 0;
    for (QChar c : name) {
        if (c.isLetter() || c.isMark()) {
            if (isLatinLetter(c))
                hasLatin = true;
            else if (c.isLetter())
                ++otherLetters;
        } else if (!joiners.contains(c)) {
            return false;
        }
    }
    if (notSpeakers().contains(name.toLower()) || hasHeadingWord(name))
        return false;
    if (otherLetters > 0) {
        if (otherLetters > 10 || name.size() > 16 || name.contains(u'的') || name.contains(u'了'))
            return false;
        for (const QString &suffix : reportingSuffixes())
            if (name.size() > suffix.size() && name.endsWith(suffix) && !isOperatorName(name))
                return false;
        return true;
    }
    if (!hasLatin)
        return false;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 5)
        return false;
    for (const QString &word : words)
        if (!isNameWord(word))
            return false;
    return true;
}

bool isLatinOnly(const QString &text)
{
    for (QChar c : text)
        if (c.isLetter() && !isLatinLetter(c))
            return false;
    return true;
}

bool isTitleLine(const QString &line)
{
    if (line.isEmpty() || line.size() > 100 || !isLatinOnly(line))
        return false;
    static const QString badEnd = u"?!:;"_s;
    if (badEnd.contains(line.back()) || line.split(u' ', Qt::SkipEmptyParts).size() > 12)
        return false;
    return titleWordPattern().match(line).hasMatch();
}

int numberValue(const QString &digits)
{
    int value = 0;
    bool ascii = true;
    for (QChar c : digits) {
        if (c.digitValue() < 0) {
            ascii = false;
            break;
        }
        value = value * 10 + c.digitValue();
    }
    if (ascii)
        return value;

    static const QString numerals = u"零一二三四五六七八九"_s;
    int total = 0;
    int digit = -1;
    for (QChar c : digits) {
        int d = int(numerals.indexOf(c));
        if (c == u'〇')
            d = 0;
        else if (c == u'兩' || c == u'两')
            d = 2;
        if (d >= 0) {
            digit = d;
        } else if (c == u'十' || c == u'百') {
            total += (digit < 0 ? 1 : digit) * (c == u'十' ? 10 : 100);
            digit = -1;
        }
    }
    if (digit > 0)
        total += digit;
    return total;
}

struct Prefix
{
    QString name;
    QString title;
    int contentStart = 0;
};

int contentAfter(const QString &line, const QRegularExpressionMatch &match)
{
    return firstVisible(line, int(match.capturedEnd(0)));
}

std::optional<Prefix> matchSpeaker(const QString &line, int from)
{
    const auto match = speakerPattern().match(line, from, QRegularExpression::NormalMatch, Anchored);
    if (!match.hasMatch())
        return std::nullopt;
    const QString name = match.captured(1).trimmed();
    if (!isPlausibleName(name))
        return std::nullopt;
    // "https://..." has the shape of "Name:".
    if (line.mid(match.capturedEnd(0)).startsWith(u"//"_s))
        return std::nullopt;
    // "NVIDIA Corporation NasdaqGS:NVDA": an exchange and a ticker, not a speaker.
    static const QRegularExpression exchange(
        u"\\b(?:Nasdaq\\w*|NYSE\\w*|AMEX|OTC\\w*|TSX\\w*|LSE|SEHK|TWSE|TPEX)$"_s);
    if (exchange.match(name).hasMatch())
        return std::nullopt;
    // English data rows ("Revenue: $39.3 billion", "Data Center: up 93%") look like
    // speaker lines too, but people's sentences do not start with a number or in lower case.
    const int content = contentAfter(line, match);
    if (isLatinOnly(name) && content < line.size()) {
        const QChar first = line.at(content);
        if (first.isDigit() || first.isLower() || first.category() == QChar::Symbol_Currency)
            return std::nullopt;
    }
    QString title = match.captured(2).trimmed();
    static const QRegularExpression notePrefix(u"^(?:注|註|[Nn]ote)\\s*[\\x{FF1A}:]\\s*"_s, Unicode);
    title.remove(notePrefix);
    return Prefix{name, title, content};
}

struct Introduction
{
    QString name;
    QString firm;
};

// "We will now move on to Mark from Goldman Sachs": a hand-over that does not say "question".
const QRegularExpression &moveOnPattern()
{
    static const QRegularExpression re(u"\\b(?:move on to|go to|turn to|go over to|hear "
                                       u"from)\\s+([A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3})\\s+"
                                       "(?:from|at|with|of)\\s+([A-Z][^.,;]{1,40})"_s,
                                       Unicode);
    return re;
}

// The last hand-over of a line counts: "Aaron, your line is open. Your next question comes
// from Mark Lipacis" hands over to Mark.
std::optional<Introduction> matchIntroduction(const QString &content)
{
    std::optional<Introduction> found;
    qsizetype foundAt = -1;
    for (const QRegularExpression *pattern : {&introductionPattern(), &moveOnPattern()}) {
        auto it = pattern->globalMatch(content);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString name = match.captured(1).trimmed();
            if (isPlausibleName(name) && isLatinOnly(name) && match.capturedStart() > foundAt) {
                found = Introduction{name, match.captured(2).trimmed()};
                foundAt = match.capturedStart();
            }
        }
    }
    return found;
}

bool looksLikeAnalystTitle(const QString &text)
{
    return text.contains(u"分析師"_s) || text.contains(u"分析师"_s) ||
           text.contains(u"analyst"_s, Qt::CaseInsensitive);
}

struct Draft
{
    ParsedTurn turn;
    // How many of the turn's source lines have content; the content itself is read back from
    // the lines (Parser::contentsOf), so that a file of millions of lines is not held twice.
    int contentLines = 0;
    bool narration = false;    // one line of text outside any speaker's turn
    bool qa = false;           // at or after the first question
    bool roleFixed = false;    // otherwise the role follows from the section
    bool timed = false;        // narration of timestamped speech-recognition segments
    bool announcement = false; // so far only a host's "next question" segments
};

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text)
    {
        // Split by hand: QString::split cannot treat "\r\n", "\r" and "\n" alike in one go.
        // Each line is the text's own characters (fromRawData), not a copy: a file of short
        // lines would otherwise cost an allocation of a few dozen bytes for every few it has.
        // run() copies what it keeps (ownStrings), as m_text goes with the parser.
        const auto addLine = [this](qsizetype start, qsizetype end) {
            m_lines.append(QString::fromRawData(m_text.constData() + start, end - start));
        };
        qsizetype start = 0;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (c == u'\n' || c == u'\r') {
                addLine(start, i);
                if (c == u'\r' && i + 1 < m_text.size() && m_text.at(i + 1) == u'\n')
                    ++i;
                start = i + 1;
            }
        }
        if (start < m_text.size())
            addLine(start, m_text.size());
        findTranscriptStart();
        findRunningHeaders();
        findListedNames();
        findVouchedNames();
    }

    // The names of every participant list, wherever it is: Motley Fool puts its list after the
    // call, yet it tells who the bare name lines before it are.
    void findListedNames()
    {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (!rosterHeadingPattern().match(trimmedLine(m_lines.at(i))).hasMatch())
                continue;
            for (int j = i + 1; j < m_lines.size(); ++j) {
                const QString line = trimmedLine(m_lines.at(j));
                if (line.isEmpty() || isDashLine(line) || rosterHeadingPattern().match(line).hasMatch())
                    continue;
                if (line.size() > 100 || isOperatorName(line))
                    break;
                QString name;
                QString detail;
                if (splitNameDetail(line, &name, &detail)) {
                    m_listedNames.append(name);
                } else if (const auto prefix = matchSpeaker(m_lines.at(j), firstVisible(m_lines.at(j), 0))) {
                    m_listedNames.append(prefix->name);
                } else if (isPlausibleName(line)) {
                    m_listedNames.append(line);
                } else if (!isDashTitle(line)) {
                    break;
                }
            }
        }
    }

    // Names that other parts of the text vouch for: "Simona Jankowski, you may begin your
    // conference", and a name set alone between blank lines more than once.
    void findVouchedNames()
    {
        static const QRegularExpression handOver(
            u"\\b([A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){1,3}),\\s+(?:you may (?:now )?(?:begin|proceed)|"
            "please (?:go ahead|begin|proceed))"_s);
        QHash<QString, int> isolated;
        for (int i = 0; i < m_lines.size(); ++i) {
            const QString line = trimmedLine(m_lines.at(i));
            auto it = handOver.globalMatch(line);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (isPlausibleName(name) && !isOperatorName(name))
                    m_listedNames.append(name);
            }
            if (i > 0 && i + 1 < m_lines.size() && isEmptyLine(m_lines.at(i - 1)) &&
                isEmptyLine(m_lines.at(i + 1)) && line.split(u' ', Qt::SkipEmptyParts).size() >= 2 &&
                isLatinOnly(line) && isPlausibleName(line))
                ++isolated[line];
        }
        for (auto it = isolated.cbegin(); it != isolated.cend(); ++it)
            if (it.value() >= 2)
                m_listedNames.append(it.key());
    }

    bool isListed(const QString &name) const
    {
        return std::any_of(m_listedNames.cbegin(), m_listedNames.cend(), [&name](const QString &listed) {
            return SpeakerIdentity::samePerson(listed, name);
        });
    }

    // The last such heading: a table of contents may name it first.
    void findTranscriptStart()
    {
        for (int i = int(m_lines.size()) - 1; i >= 0; --i)
            if (isTranscriptStartHeading(trimmedLine(m_lines.at(i)))) {
                m_transcriptStart = i;
                return;
            }
    }

    // A line a PDF repeats on every page (company, event, date) sits next to page breaks.
    void findRunningHeaders()
    {
        QHash<QString, int> nearBreaks;
        const auto note = [&](int j) {
            const QString around = trimmedLine(m_lines.at(j));
            if (around.size() >= 5 && around.size() <= 150 && !isPageMarker(around))
                ++nearBreaks[around];
        };
        for (int i = 0; i < m_lines.size(); ++i) {
            if (!isPageMarker(trimmedLine(m_lines.at(i))))
                continue;
            // The two nearest lines with text on either side of the break.
            for (int j = i - 1, found = 0; j >= 0 && found < 2; --j)
                if (!trimmedLine(m_lines.at(j)).isEmpty()) {
                    note(j);
                    ++found;
                }
            for (int j = i + 1, found = 0; j < m_lines.size() && found < 2; ++j)
                if (!trimmedLine(m_lines.at(j)).isEmpty()) {
                    note(j);
                    ++found;
                }
        }
        // Only what repeats is a header; a turn's first line next to one break is not.
        QHash<QString, int> occurrences;
        for (const QString &line : std::as_const(m_lines))
            if (nearBreaks.contains(trimmedLine(line)))
                ++occurrences[trimmedLine(line)];
        for (auto it = nearBreaks.cbegin(); it != nearBreaks.cend(); ++it)
            if (it.value() >= 2 && occurrences.value(it.key()) >= 2)
                m_runningHeaders.insert(it.key());
    }

    ParsedTranscript run()
    {
        for (int i = 0; i < m_lines.size(); ++i)
            i = readLine(i);
        if (!m_unattributed.isEmpty()) {
            const int number = m_unattributed.takeLast();
            startNarration(number, int(m_lines.at(number - 1).size()));
        }
        return assemble();
    }

private:
    // Returns the index of the last line consumed.
    int readLine(int index)
    {
        const QString &line = m_lines.at(index);
        const int number = index + 1;
        if (isEmptyLine(line))
            return index;
        const QString trimmed = trimmedLine(line);
        int from = firstVisible(line, 0);
        const QString glued = std::exchange(m_glued, QString());

        // The source must be the line as callers trim it, so a URL wrapped in stray
        // byte-order marks is kept as narration rather than stored with them.
        if (!m_seenContent && trimmed == line.trimmed() && urlPattern().match(trimmed).hasMatch()) {
            m_seenContent = true;
            m_result.source = trimmed;
            m_result.sourceLine = number;
            return index;
        }
        m_seenContent = true;

        if (trimmed.isEmpty()) {
            // Only invisible characters: nothing to read, but the line still belongs
            // somewhere, and joining the turn around it changes nothing.
            if (m_drafts.isEmpty())
                m_unattributed.append(number);
            else
                addLine(m_drafts.last(), number, int(line.size()));
            return index;
        }

        if (index < m_transcriptStart) {
            startNarration(number, from);
            return index;
        }
        if (isPageMarker(trimmed) || isCopyrightLine(trimmed) || m_runningHeaders.contains(trimmed)) {
            startFurniture(number, from, true);
            return index;
        }
        if (isAdvertisementStart(trimmed))
            return readAdvertisement(index);
        if (const auto m =
                translationTagPattern().match(line, from, QRegularExpression::NormalMatch, Anchored);
            m.hasMatch()) {
            // A translation never starts a turn of its own, whatever label it repeats.
            int content = contentAfter(line, m);
            if (const auto prefix = matchSpeaker(line, content))
                content = prefix->contentStart;
            if (m_drafts.isEmpty())
                startNarration(number, content);
            else
                addLine(m_drafts.last(), number, content);
            return index;
        }
        if (const auto m = originalTagPattern().match(line, from, QRegularExpression::NormalMatch, Anchored);
            m.hasMatch())
            from = contentAfter(line, m);
        if (const auto m = timestampPattern().match(line, from, QRegularExpression::NormalMatch, Anchored);
            m.hasMatch())
            return readTimedLine(index, contentAfter(line, m));

        if (contentsHeadingPattern().match(trimmed).hasMatch())
            return readContents(index);
        if (rosterHeadingPattern().match(trimmed).hasMatch())
            return readRoster(index);
        if (isFurnitureLine(trimmed)) {
            startFurniture(number, from);
            return index;
        }
        if (qaHeadingPattern().match(trimmed).hasMatch()) {
            startNarration(number, from);
            m_qaHeading = m_drafts.size() - 1;
            m_qaAnnounced = true;
            return index;
        }
        if (const auto m =
                numberedQuestionPattern().match(line, from, QRegularExpression::NormalMatch, Anchored);
            m.hasMatch() && numberValue(m.captured(1)) > 0) {
            startQuestion(numberValue(m.captured(1)), number, contentAfter(line, m));
            return index;
        }
        if (const auto m =
                unnumberedQuestionPattern().match(line, from, QRegularExpression::NormalMatch, Anchored);
            m.hasMatch()) {
            startQuestion(m_question + 1, number, contentAfter(line, m));
            return index;
        }
        if (const auto m = answerPattern().match(line, from, QRegularExpression::NormalMatch, Anchored);
            m.hasMatch()) {
            Draft &draft = newDraft(false);
            draft.turn.role = QString::fromLatin1(Role::Executive);
            draft.roleFixed = true;
            addLine(draft, number, contentAfter(line, m));
            return index;
        }
        if (readBoldLabel(index, trimmed))
            return index;
        if (const auto prefix = matchSpeaker(line, from)) {
            if (isAskerLabel(prefix->name)) {
                startQuestion(m_question + 1, number, prefix->contentStart);
                if (m_drafts.last().turn.firm.isEmpty())
                    m_drafts.last().turn.firm = prefix->title;
            } else if (isManagementLabel(prefix->name)) {
                Draft &draft = newDraft(false);
                draft.turn.speaker = prefix->name;
                draft.turn.role = QString::fromLatin1(Role::Executive);
                draft.roleFixed = true;
                addLine(draft, number, prefix->contentStart);
            } else {
                startSpeaker(prefix->name, prefix->title, number, prefix->contentStart);
            }
            return index;
        }
        if (readOneLineLabel(index, trimmed))
            return index;
        if (const int consumed = readNameAlone(index, trimmed); consumed >= 0)
            return consumed;

        if (!glued.isEmpty()) {
            startSpeaker(glued, {}, number, from);
        } else if (!m_drafts.isEmpty() && m_drafts.last().turn.role == QLatin1StringView(Role::Furniture) &&
                   m_resume >= 0) {
            resumeTurn(number, from);
        } else if (m_seenSpeakers.isEmpty() && !m_inQa && isHeaderFragment(trimmed)) {
            startFurniture(number, from);
        } else if (m_drafts.isEmpty() || m_drafts.last().narration) {
            startNarration(number, from);
        } else {
            Draft &draft = m_drafts.last();
            addLine(draft, number, from);
            noteHandOver(draft, trimmed);
        }
        m_glued = gluedSpeaker(trimmed);
        return index;
    }

    // Text converted from HTML can glue the next speaker's name to the end of a sentence
    // ("...with Cantor Fitzgerald.C.J. Muse"). The line stays where it is (a line is never
    // split); the text after it is the named speaker's, if that name is one the call knows.
    QString gluedSpeaker(const QString &line) const
    {
        static const QRegularExpression re(
            u"(?<=[a-z0-9%)\\]\"'\\x{2019}\\x{201D}])[.?!]([A-Z][\\w.'\\x{2019}-]*(?:\\s+[A-Z][\\w.'\\x{2019}-]*){0,3})$"_s,
            Unicode);
        const auto m = re.match(line);
        if (!m.hasMatch())
            return {};
        const QString name = m.captured(1);
        if (!isPlausibleName(name))
            return {};
        const bool known = isOperatorName(name) || m_seenSpeakers.contains(normalisedName(name)) ||
                           rosterEntry(name) ||
                           (m_pending && SpeakerIdentity::samePerson(m_pending->name, name));
        return known ? name : QString();
    }

    // English transcripts often put the speaker's name alone on a line, sometimes with a
    // title line under it. A bare capitalised line is only trusted as a name when
    // something else backs it up, otherwise headings would become speakers.
    int readNameAlone(int index, const QString &trimmed)
    {
        if (!isLatinOnly(trimmed) || !isPlausibleName(trimmed))
            return -1;
        int next = nextVisible(index + 1);
        QString title;
        QString firm;
        bool titled = false;
        if (next < m_lines.size() && isDashLine(trimmedLine(m_lines.at(next)))) {
            // "Name" / "--" / "Title": the dash says the line after it is the title.
            const int after = nextVisible(next + 1);
            if (after < m_lines.size() && isDashTitle(trimmedLine(m_lines.at(after)))) {
                splitTitle(trimmedLine(m_lines.at(after)), &title, &firm);
                titled = true;
                next = after;
            }
        } else if (next < m_lines.size() && isTitleLine(trimmedLine(m_lines.at(next))) &&
                   !matchSpeaker(m_lines.at(next), firstVisible(m_lines.at(next), 0))) {
            title = trimmedLine(m_lines.at(next));
            titled = true;
        } else if (const Participant *person = rosterEntry(trimmed); person && next < m_lines.size()) {
            // "Vivek Arya" / "BofA Securities, Research Division": the line under the name repeats
            // what the participant list says of the person.
            const QString under = trimmedLine(m_lines.at(next));
            if (!under.isEmpty() && (under == person->firm || under == person->title)) {
                (under == person->firm ? firm : title) = under;
                titled = true;
            }
        }
        const QString key = normalisedName(trimmed);
        // Seeking Alpha sets a name alone between blank lines; once a participant list has shown
        // the layout, such a name is a speaker even when the list spells it differently.
        const bool isolated = !m_result.roster.isEmpty() && index > 0 && isEmptyLine(m_lines.at(index - 1)) &&
                              index + 1 < m_lines.size() && isEmptyLine(m_lines.at(index + 1)) &&
                              trimmed.split(u' ', Qt::SkipEmptyParts).size() >= 2;
        const bool known = m_seenSpeakers.contains(key) ||
                           (m_pending && normalisedName(m_pending->name) == key) || rosterEntry(trimmed) ||
                           isolated || isListed(trimmed);
        if (!titled && !known && !isOperatorName(trimmed))
            return -1;
        const QString &line = m_lines.at(index);
        startSpeaker(trimmed, title, index + 1, int(line.size()), firm);
        if (!titled)
            return index;
        // Everything up to the title line is consumed here, and the title is folded into
        // speakerTitle, so all of it counts as prefix; lines skipped on the way that are
        // not empty to callers (invisible characters only) must still be attributed.
        for (int skipped = index + 1; skipped <= next; ++skipped)
            if (!isEmptyLine(m_lines.at(skipped)))
                addLine(m_drafts.last(), skipped + 1, int(m_lines.at(skipped).size()));
        return next;
    }

    // Whether the text of a speaker line (or, for a label alone on its line, the next line)
    // asks something.
    bool lineAsks(int number, int contentStart) const
    {
        QString text = m_lines.at(number - 1).mid(contentStart).trimmed();
        if (text.isEmpty()) {
            const int next = nextVisible(number);
            if (next < m_lines.size())
                text = trimmedLine(m_lines.at(next));
        }
        return text.contains(u'?') || text.contains(QChar(0xFF1F));
    }

    int nextVisible(int from) const
    {
        while (from < m_lines.size() && trimmedLine(m_lines.at(from)).isEmpty())
            ++from;
        return from;
    }

    // The title under a "--" line: a job title, or "Firm -- Analyst".
    static bool isDashTitle(const QString &line)
    {
        static const QString badEnd = u".?!:;"_s;
        return !line.isEmpty() && line.size() <= 120 && isLatinOnly(line) && !badEnd.contains(line.back()) &&
               !isDashLine(line);
    }

    // "JPMorgan Chase and Company -- Analyst" names the firm, then the title.
    static void splitTitle(const QString &text, QString *title, QString *firm)
    {
        static const QRegularExpression separator(u"\\s+(?:--|\\x{2013}|\\x{2014})\\s+"_s);
        const auto m = separator.match(text);
        if (m.hasMatch()) {
            *firm = text.left(m.capturedStart()).trimmed();
            *title = text.mid(m.capturedEnd()).trimmed();
        } else {
            *title = text;
        }
    }

    // "Name - Title", "Name -- Firm", "Name — Title": a roster or label line.
    static bool splitNameDetail(const QString &text, QString *name, QString *detail)
    {
        // A double dash or a long dash may touch the words; a hyphen only with spaces ("Jen-Hsun").
        static const QRegularExpression separator(u"\\s*(?:--|\\x{2013}|\\x{2014})\\s*|\\s+-\\s+"_s);
        const auto m = separator.match(text);
        if (!m.hasMatch())
            return false;
        *name = text.left(m.capturedStart()).trimmed();
        *detail = text.mid(m.capturedEnd()).trimmed();
        return isPlausibleName(*name);
    }

    bool readBoldLabel(int index, const QString &trimmed)
    {
        const auto m = boldLabelPattern().match(trimmed);
        if (!m.hasMatch())
            return false;
        const QString inner = m.captured(1).trimmed();
        QString name = inner;
        QString detail;
        if (!splitNameDetail(inner, &name, &detail) && !isPlausibleName(inner))
            return false;
        startSpeaker(name, detail, index + 1, int(m_lines.at(index).size()));
        return true;
    }

    // Page furniture interrupting a turn (a page break, an advertisement) can be resumable:
    // the speaker's text after it continues the same speaker's turn.
    void startFurniture(int number, int contentStart, bool resumable = false)
    {
        if (!resumable)
            m_resume = -1;
        else if (!m_drafts.isEmpty() && !m_drafts.last().narration)
            m_resume = m_drafts.size() - 1;
        // Furniture next to furniture (a page number under a running header) is one block.
        if (!m_drafts.isEmpty() && m_drafts.last().turn.role == QLatin1StringView(Role::Furniture)) {
            addLine(m_drafts.last(), number, contentStart);
            return;
        }
        Draft &draft = newDraft(true);
        draft.turn.role = QString::fromLatin1(Role::Furniture);
        draft.roleFixed = true;
        addLine(draft, number, contentStart);
    }

    void resumeTurn(int number, int contentStart)
    {
        const Draft interrupted = m_drafts.at(m_resume);
        Draft &draft = newDraft(false);
        draft.turn.speaker = interrupted.turn.speaker;
        draft.turn.speakerTitle = interrupted.turn.speakerTitle;
        draft.turn.firm = interrupted.turn.firm;
        draft.turn.role = interrupted.turn.role;
        draft.turn.question = interrupted.turn.question;
        draft.roleFixed = interrupted.roleFixed;
        draft.qa = interrupted.qa;
        addLine(draft, number, contentStart);
    }

    int readAdvertisement(int index)
    {
        // Only a block that ends the way advertisements end is taken; otherwise just its first line.
        int end = index;
        for (int i = index + 1; i < m_lines.size() && i <= index + 15; ++i)
            if (isAdvertisementEnd(trimmedLine(m_lines.at(i))))
                end = i; // the last one: "See the 10 stocks »" and then "*Stock Advisor returns as of"
        startFurniture(index + 1, firstVisible(m_lines.at(index), 0), true);
        for (int i = index + 1; i <= end; ++i)
            if (!isEmptyLine(m_lines.at(i)))
                addLine(m_drafts.last(), i + 1, firstVisible(m_lines.at(i), 0));
        return end;
    }

    // Speech-recognition output: segments without labels are the text of whoever spoke last,
    // or narration; nobody is invented.
    int readTimedLine(int index, int contentStart)
    {
        const QString &line = m_lines.at(index);
        if (announcesQa(line.mid(contentStart)))
            m_inQa = true;
        const bool announcement = m_inQa && announcesQuestion(line.mid(contentStart));
        if (announcement && !(m_drafts.isEmpty() ? false : m_drafts.last().announcement)) {
            // The announcement and what follows it, up to the next one, are one question.
            ++m_question;
            startNarration(index + 1, contentStart);
            m_drafts.last().timed = true;
            m_drafts.last().announcement = true;
            return index;
        }
        if (const auto prefix = matchSpeaker(line, contentStart)) {
            startSpeaker(prefix->name, prefix->title, index + 1, prefix->contentStart);
            return index;
        }
        if (m_drafts.isEmpty() || (m_drafts.last().narration && !m_drafts.last().timed) ||
            m_drafts.last().qa != m_inQa) {
            startNarration(index + 1, contentStart);
            m_drafts.last().timed = true;
        } else {
            addLine(m_drafts.last(), index + 1, contentStart);
            m_drafts.last().announcement = m_drafts.last().announcement && announcement;
        }
        return index;
    }

    // "Colette Kress--Executive Vice President and Chief Financial Officer", "Vivek Arya -- Bank of
    // America -- Analyst", "Colette Kress — CFO", "Colette M. Kress, Executive VP & CFO": a name
    // and its title on one line, the speech on the lines after.
    bool readOneLineLabel(int index, const QString &trimmed)
    {
        static const QRegularExpression dashed(
            u"^(.{2,50}?)\\s*(?:--|\\x{2014}|\\x{2013}|\\s-\\s)\\s*(.{2,120})$"_s);
        static const QRegularExpression comma(u"^(.{2,50}?),\\s+(.{2,120})$"_s);
        if (trimmed.size() > 170 || !isLatinOnly(trimmed))
            return false;
        auto m = dashed.match(trimmed);
        const bool byComma = !m.hasMatch();
        if (byComma)
            m = comma.match(trimmed);
        if (!m.hasMatch())
            return false;
        const QString name = m.captured(1).trimmed();
        const QString detail = m.captured(2).trimmed();
        if (!isPlausibleName(name) || name.split(u' ', Qt::SkipEmptyParts).size() > 5)
            return false;
        // A title may end in an abbreviation ("Inc.", "Co."), a sentence ends in a longer word.
        const QStringList detailWords = detail.split(u' ', Qt::SkipEmptyParts);
        static const QString badEnd = u"?!:;"_s;
        if (badEnd.contains(detail.back()) || detailWords.size() > 14 ||
            (detail.endsWith(u'.') && detailWords.last().size() > 5))
            return false;
        const QString key = normalisedName(name);
        const bool known = m_seenSpeakers.contains(key) || rosterEntry(name) || isListed(name) ||
                           (m_pending && SpeakerIdentity::samePerson(m_pending->name, name)) ||
                           isOperatorName(name);
        const bool titled = isTitleLine(detail) || looksLikeAnalystTitle(detail);
        if (!titled && (byComma || !known))
            return false;
        QString title;
        QString firm;
        splitTitle(detail, &title, &firm);
        startSpeaker(name, title, index + 1, int(m_lines.at(index).size()), firm);
        return true;
    }

    // "Contents:" and the section names listed under it: the page's, not the call's.
    int readContents(int index)
    {
        startFurniture(index + 1, firstVisible(m_lines.at(index), 0));
        int last = index;
        for (int i = index + 1; i < m_lines.size(); ++i) {
            const QString &line = m_lines.at(i);
            if (isEmptyLine(line))
                continue;
            const QString trimmed = trimmedLine(line);
            const bool entry = trimmed.isEmpty() ||
                               (trimmed.size() <= 60 && !trimmed.endsWith(u':') &&
                                (hasHeadingWord(trimmed) || qaHeadingPattern().match(trimmed).hasMatch()));
            if (!entry)
                break;
            addLine(m_drafts.last(), i + 1, firstVisible(line, 0));
            last = i;
        }
        return last;
    }

    // A participant list, kept as one furniture turn and read into the roster: "Name" / "--" /
    // "Title" blocks, or "Name - Title" lines, under one or more list headings.
    int readRoster(int index)
    {
        startFurniture(index + 1, firstVisible(m_lines.at(index), 0));
        QString defaultRole = rosterHeadingRole(trimmedLine(m_lines.at(index)));
        int last = index;
        bool afterDash = false;
        for (int i = index + 1; i < m_lines.size(); ++i) {
            const QString &line = m_lines.at(i);
            if (isEmptyLine(line))
                continue;
            const QString trimmed = trimmedLine(line);
            QString name;
            QString detail;
            if (trimmed.isEmpty()) {
                // invisible characters only: nothing to read
            } else if (rosterHeadingPattern().match(trimmed).hasMatch()) {
                defaultRole = rosterHeadingRole(trimmed);
            } else if (isDashLine(trimmed)) {
                afterDash = !m_result.roster.isEmpty();
            } else if (afterDash && isDashTitle(trimmed)) {
                Participant &person = m_result.roster.last();
                splitTitle(trimmed, &person.title, &person.firm);
                person.role = participantRole(person, defaultRole);
                afterDash = false;
            } else if (trimmed.size() <= 100 && splitNameDetail(trimmed, &name, &detail) &&
                       !isOperatorName(name)) {
                Participant person{name, detail, {}, {}};
                person.role = participantRole(person, defaultRole);
                if (person.role == QLatin1StringView(Role::Analyst) && !looksLikeAnalystTitle(detail)) {
                    person.firm = detail;
                    person.title.clear();
                }
                m_result.roster.append(person);
            } else if (!m_result.roster.isEmpty() && m_result.roster.last().title.isEmpty() &&
                       m_result.roster.last().firm.isEmpty() && trimmed.size() <= 80 &&
                       (isTitleLine(trimmed) || !isPlausibleName(trimmed)) && !isOperatorName(trimmed) &&
                       !matchSpeaker(line, firstVisible(line, 0)) &&
                       !QStringLiteral(".?!:").contains(trimmed.back())) {
                // S&P lists: the name, then its title or firm on the next line.
                Participant &person = m_result.roster.last();
                if (person.role == QLatin1StringView(Role::Analyst) && !looksLikeAnalystTitle(trimmed))
                    person.firm = trimmed;
                else
                    person.title = trimmed;
                person.role = participantRole(person, defaultRole);
            } else if (isPlausibleName(trimmed) && !isOperatorName(trimmed) &&
                       !matchSpeaker(line, firstVisible(line, 0))) {
                m_result.roster.append(Participant{trimmed, {}, {}, defaultRole});
            } else if (const auto prefix = matchSpeaker(line, firstVisible(line, 0));
                       prefix && !isOperatorName(prefix->name) && line.size() - prefix->contentStart <= 80 &&
                       isDashTitle(line.mid(prefix->contentStart).trimmed())) {
                // "Stewart Stecker: Senior Director, Investor Relations"
                Participant person{prefix->name, {}, {}, {}};
                splitTitle(line.mid(prefix->contentStart).trimmed(), &person.title, &person.firm);
                person.role = participantRole(person, defaultRole);
                m_result.roster.append(person);
            } else {
                break;
            }
            addLine(m_drafts.last(), i + 1, firstVisible(line, 0));
            last = i;
        }
        return last;
    }

    static QString rosterHeadingRole(const QString &heading)
    {
        const QString lower = heading.toLower();
        if (lower.contains(u"conference"_s) || lower.contains(u"analyst"_s) || lower.contains(u"other"_s))
            return QString::fromLatin1(Role::Analyst);
        if (lower.contains(u"company"_s) || lower.contains(u"corporate"_s) || lower.contains(u"executive"_s))
            return QString::fromLatin1(Role::Executive);
        return {};
    }

    static QString participantRole(const Participant &person, const QString &defaultRole)
    {
        if (looksLikeAnalystTitle(person.title))
            return QString::fromLatin1(Role::Analyst);
        if (!defaultRole.isEmpty())
            return defaultRole;
        return person.title.isEmpty() ? QString() : QString::fromLatin1(Role::Executive);
    }

    const Participant *rosterEntry(const QString &name) const
    {
        for (const Participant &person : m_result.roster)
            if (SpeakerIdentity::samePerson(person.name, name))
                return &person;
        return nullptr;
    }

    Draft &newDraft(bool narration)
    {
        Draft draft;
        // Invisible lines before the first turn open it, which keeps line order.
        for (const int number : std::exchange(m_unattributed, {}))
            draft.turn.sourceLines.append({number, int(m_lines.at(number - 1).size())});
        draft.narration = narration;
        if (!narration)
            m_resume = -1;
        draft.qa = m_inQa;
        draft.turn.question = m_inQa ? m_question : 0;
        m_drafts.append(draft);
        return m_drafts.last();
    }

    void addLine(Draft &draft, int number, int contentStart)
    {
        draft.turn.sourceLines.append({number, contentStart});
        if (!lineContent(draft.turn.sourceLines.last()).isEmpty())
            ++draft.contentLines;
    }

    // Trimmed as callers trim it, so the turn's text is exactly its lines' contents.
    QStringView lineContent(const ParsedTurn::SourceLine &line) const
    {
        return QStringView(m_lines.at(line.number - 1)).mid(line.contentStart).trimmed();
    }

    QStringList contentsOf(const Draft &draft) const
    {
        QStringList contents;
        for (const ParsedTurn::SourceLine &line : draft.turn.sourceLines)
            if (const QStringView content = lineContent(line); !content.isEmpty())
                contents.append(content.toString());
        return contents;
    }

    QString textOf(const Draft &draft) const
    {
        qsizetype size = 0;
        for (const ParsedTurn::SourceLine &line : draft.turn.sourceLines)
            size += lineContent(line).size() + 1;
        QString text;
        text.reserve(size);
        for (const ParsedTurn::SourceLine &line : draft.turn.sourceLines) {
            if (const QStringView content = lineContent(line); !content.isEmpty()) {
                if (!text.isEmpty())
                    text.append(u'\n');
                text.append(content);
            }
        }
        return text;
    }

    // A string kept as the parser found it (a trimmed line with nothing to trim, a metadata
    // line) still points into m_text; the result outlives it.
    void ownStrings(ParsedTranscript &result) const
    {
        const QChar *begin = m_text.constData();
        const QChar *end = begin + m_text.size();
        const auto own = [begin, end](QString &s) {
            if (s.constData() >= begin && s.constData() < end)
                s = QString(s.constData(), s.size());
        };
        own(result.source);
        own(result.title);
        for (QString *field : {&result.metadata.company, &result.metadata.ticker,
                               &result.metadata.fiscalPeriod, &result.metadata.date, &result.metadata.title})
            own(*field);
        for (Participant &person : result.roster)
            for (QString *field : {&person.name, &person.title, &person.firm, &person.role})
                own(*field);
        for (ParsedSection &section : result.sections)
            for (ParsedTurn &turn : section.turns)
                for (QString *field : {&turn.speaker, &turn.speakerTitle, &turn.firm, &turn.role, &turn.text})
                    own(*field);
    }

    void startNarration(int number, int contentStart)
    {
        Draft &draft = newDraft(true);
        draft.turn.role = QString::fromLatin1(Role::Narrator);
        draft.roleFixed = true;
        addLine(draft, number, contentStart);
    }

    void startQuestion(int question, int number, int contentStart)
    {
        m_inQa = true;
        m_question = question;
        m_pending.reset();
        m_answered = false;
        Draft &draft = newDraft(false);
        draft.turn.role = QString::fromLatin1(Role::Analyst);
        draft.roleFixed = true;
        // "Q3:張三(摩根士丹利):..." names the asker; "Q3:科萊特(注:...),如果..." does not.
        const QString &line = m_lines.at(number - 1);
        if (const auto prefix = matchSpeaker(line, contentStart)) {
            setAnalyst(draft, prefix->name, prefix->title);
            contentStart = prefix->contentStart;
        }
        addLine(draft, number, contentStart);
    }

    void setAnalyst(Draft &draft, const QString &name, const QString &detail)
    {
        draft.turn.speaker = name;
        m_asker = name;
        // For an analyst a parenthesis usually names the firm, not a job title.
        if (!detail.isEmpty() && !looksLikeAnalystTitle(detail) && draft.turn.firm.isEmpty())
            draft.turn.firm = detail;
        else if (!detail.isEmpty())
            draft.turn.speakerTitle = detail;
        m_analysts.insert(normalisedName(name), draft.turn.firm);
        m_seenSpeakers.insert(normalisedName(name));
    }

    void startSpeaker(const QString &name, const QString &title, int number, int contentStart,
                      const QString &labelFirm = {})
    {
        const QString key = normalisedName(name);
        // "Franz von Holzhausen:" / "Chief Designer: Do you want me ...": a label split over two
        // lines; the second part is the title of the speaker whose turn has no text yet.
        if (!m_drafts.isEmpty() && title.isEmpty() && isLatinOnly(name) && isTitleLine(name)) {
            Draft &last = m_drafts.last();
            if (!last.narration && last.contentLines == 0 && !last.turn.speaker.isEmpty() &&
                last.turn.speakerTitle.isEmpty()) {
                last.turn.speakerTitle = name;
                addLine(last, number, contentStart);
                return;
            }
        }
        // A bare "Q3:" followed by "張三:" on the next line: the name belongs to the question.
        if (!m_drafts.isEmpty()) {
            Draft &last = m_drafts.last();
            if (last.turn.role == QLatin1StringView(Role::Analyst) && last.turn.speaker.isEmpty() &&
                last.contentLines == 0 && !isOperatorName(name) && !m_seenSpeakers.contains(key)) {
                setAnalyst(last, name, title);
                addLine(last, number, contentStart);
                return;
            }
        }

        QString role;
        QString firm = labelFirm;
        const Participant *listed = rosterEntry(name);
        // A title or the participant list says who asks: a new analyst starts a new question
        // even where the operator's hand-over was not recognised.
        const bool analystByLabel =
            looksLikeAnalystTitle(title) || (listed && listed->role == QLatin1StringView(Role::Analyst)) ||
            ((m_inQa || m_qaAnnounced) && !m_seenSpeakers.contains(key) && looksLikeFirm(title));
        if (isOperatorName(name)) {
            role = QString::fromLatin1(Role::Operator);
        } else if (isCommenterName(name)) {
            role = QString::fromLatin1(Role::Commenter);
        } else if (m_pending && (normalisedName(m_pending->name) == key || !m_seenSpeakers.contains(key) ||
                                 analystByLabel || m_analysts.contains(key))) {
            // The operator has just handed over: the next analyst's voice asks anew, even under a
            // label already heard ("Unidentified Analyst") or one the operator named differently.
            // The operator just introduced this analyst: a new question starts.
            role = QString::fromLatin1(Role::Analyst);
            if (firm.isEmpty())
                firm = m_pending->firm;
            m_pending.reset();
            m_inQa = true;
            ++m_question;
            m_asker = name;
        } else if (analystByLabel && !SpeakerIdentity::samePerson(name, m_asker)) {
            role = QString::fromLatin1(Role::Analyst);
            if (firm.isEmpty() && listed)
                firm = listed->firm;
            m_pending.reset();
            m_inQa = true;
            ++m_question;
            m_asker = name;
        } else if (m_analysts.contains(key) || analystByLabel) {
            role = QString::fromLatin1(Role::Analyst); // follow-up within the same question
            if (firm.isEmpty())
                firm = m_analysts.value(key);
        } else if (((m_inQa && m_answered) || (m_qaAnnounced && m_question == 0)) && !listed &&
                   title.isEmpty() && !m_seenSpeakers.contains(key) && lineAsks(number, contentStart)) {
            // A new voice in the Q&A that opens with a question once the last one was answered,
            // where nobody handed over to it; before an answer it is an executive taking the question.
            role = QString::fromLatin1(Role::Analyst);
            m_pending.reset();
            m_inQa = true;
            ++m_question;
            m_asker = name;
        } else if (m_inQa) {
            role = QString::fromLatin1(Role::Executive);
        }
        if (role == QLatin1StringView(Role::Analyst))
            m_answered = false;
        else if (m_inQa && role == QLatin1StringView(Role::Executive))
            m_answered = true;

        Draft &draft = newDraft(false);
        draft.turn.role = role;
        draft.roleFixed = !role.isEmpty();
        if (role == QLatin1StringView(Role::Analyst)) {
            draft.turn.firm = firm;
            setAnalyst(draft, name, title);
        } else {
            draft.turn.speaker = name;
            draft.turn.speakerTitle = title;
        }
        // Whoever opens a call without an operator hosts it (an investor-relations head).
        if (m_seenSpeakers.isEmpty() && role != QLatin1StringView(Role::Operator))
            m_hosts.insert(key);
        m_seenSpeakers.insert(key);
        addLine(draft, number, contentStart);
        noteHandOver(m_drafts.last(), trimmedLine(m_lines.at(number - 1).mid(contentStart)));
    }

    // Operators hand over to analysts; so do investor-relations hosts, who also read out
    // investors' questions themselves.
    void noteHandOver(Draft &draft, const QString &content)
    {
        if (!draft.narration && draft.turn.role != QLatin1StringView(Role::Analyst) && announcesQa(content))
            m_qaAnnounced = true;
        if (draft.turn.role == QLatin1StringView(Role::Operator)) {
            noteIntroduction(content);
            return;
        }
        if (draft.turn.role == QLatin1StringView(Role::Analyst) ||
            draft.turn.role == QLatin1StringView(Role::Investor) ||
            draft.turn.role == QLatin1StringView(Role::Commenter) || draft.narration)
            return;
        const QString key = normalisedName(draft.turn.speaker);
        // Anyone may say "the question is, how ...?"; only a host opens a question with it.
        const bool host = m_hosts.contains(key);
        if (readsOutInvestorQuestion(content) || (host && readsOutQuestion(content))) {
            m_inQa = true;
            ++m_question;
            m_asker.clear();
            m_pending.reset();
            m_answered = false;
            draft.qa = true;
            draft.turn.question = m_question;
            // Reading out a question, the host acts as the moderator.
            draft.turn.role = QString::fromLatin1(Role::Operator);
            draft.roleFixed = true;
            return;
        }
        if (const auto intro = matchIntroduction(content)) {
            m_pending = *intro;
            m_hosts.insert(key);
        }
    }

    void noteIntroduction(const QString &content)
    {
        if (const auto intro = matchIntroduction(content))
            m_pending = *intro;
        else if (chineseIntroductionPattern().match(content).hasMatch())
            m_pending = Introduction(); // the next new voice is the analyst, name unknown yet
    }

    // Calls without analysts on the line: after the Q&A heading a moderator reads out the
    // investors' questions, and each of the moderator's turns that asks something opens one.
    void readModeratorQuestions()
    {
        if (m_question > 0 || m_qaHeading < 0)
            return;
        QString moderator;
        int question = 0;
        for (qsizetype i = m_qaHeading + 1; i < m_drafts.size(); ++i) {
            Draft &draft = m_drafts[i];
            draft.qa = true;
            if (!draft.narration && moderator.isEmpty())
                moderator = draft.turn.speaker;
            if (!moderator.isEmpty() && draft.turn.speaker == moderator) {
                draft.turn.role = QString::fromLatin1(Role::Operator);
                draft.roleFixed = true;
                for (const QString &content : contentsOf(draft))
                    if (content.contains(u'?') || content.contains(QChar(0xFF1F))) {
                        ++question;
                        break;
                    }
            }
            draft.turn.question = question;
        }
        m_question = question;
    }

    // One person, one label: the variants a call uses for a speaker become the label used most.
    void unifySpeakerNames()
    {
        QHash<QString, int> uses;
        for (const Draft &draft : std::as_const(m_drafts))
            if (!draft.narration && !draft.turn.speaker.isEmpty())
                ++uses[draft.turn.speaker];
        for (Draft &draft : m_drafts) {
            if (draft.narration || draft.turn.speaker.isEmpty())
                continue;
            QString best = draft.turn.speaker;
            for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
                if (it.key() == best || !SpeakerIdentity::samePerson(it.key(), draft.turn.speaker))
                    continue;
                if (it.value() > uses.value(best) ||
                    (it.value() == uses.value(best) && it.key().size() > best.size()))
                    best = it.key();
            }
            draft.turn.speaker = best;
        }
    }

    // A list may name a person twice ("Colette M. Kress", "Colette Kress"): one entry each.
    void mergeRoster()
    {
        QList<Participant> merged;
        for (const Participant &person : std::as_const(m_result.roster)) {
            auto same = std::find_if(merged.begin(), merged.end(), [&person](const Participant &other) {
                return SpeakerIdentity::samePerson(other.name, person.name);
            });
            if (same == merged.end()) {
                merged.append(person);
                continue;
            }
            if (same->title.isEmpty())
                same->title = person.title;
            if (same->firm.isEmpty())
                same->firm = person.firm;
            if (same->role.isEmpty())
                same->role = person.role;
        }
        m_result.roster = merged;
    }

    // The participant list names titles and firms the turns' labels leave out.
    void applyRoster()
    {
        for (Draft &draft : m_drafts) {
            if (draft.narration || draft.turn.speaker.isEmpty())
                continue;
            const Participant *person = rosterEntry(draft.turn.speaker);
            if (!person)
                continue;
            if (draft.turn.firm.isEmpty() && draft.turn.role == QLatin1StringView(Role::Analyst))
                draft.turn.firm = person->firm;
            if (draft.turn.speakerTitle.isEmpty() && draft.turn.role != QLatin1StringView(Role::Analyst))
                draft.turn.speakerTitle = person->title;
        }
    }

    ParsedTranscript assemble()
    {
        readModeratorQuestions();
        unifySpeakerNames();
        mergeRoster();
        applyRoster();
        m_result.metadata = HeaderReader::read(m_lines);

        qsizetype firstSpeaker = m_drafts.size();
        qsizetype firstQa = m_drafts.size();
        for (qsizetype i = m_drafts.size() - 1; i >= 0; --i) {
            if (!m_drafts.at(i).narration)
                firstSpeaker = i;
            if (m_drafts.at(i).qa)
                firstQa = i;
        }
        firstSpeaker = std::min(firstSpeaker, firstQa);

        // Before the first question, untitled speakers are an investor's notes and the
        // replies to them; the call's prepared remarks start where an operator or a titled
        // speaker first talks. Articles often quote an investor first and the call after.
        qsizetype preparedStart = firstQa;
        for (qsizetype i = firstSpeaker; i < firstQa; ++i) {
            const ParsedTurn &turn = m_drafts.at(i).turn;
            if (turn.role == QLatin1StringView(Role::Operator) ||
                (!m_drafts.at(i).narration && !turn.speakerTitle.isEmpty()) ||
                (!m_drafts.at(i).narration && opensCall(contentsOf(m_drafts.at(i))))) {
                preparedStart = i;
                break;
            }
        }

        for (qsizetype i = 0; i < m_drafts.size(); ++i) {
            Draft &draft = m_drafts[i];
            SectionKind kind = SectionKind::Article;
            if (i >= firstQa)
                kind = SectionKind::QA;
            else if (i >= preparedStart)
                kind = SectionKind::Prepared;
            else if (i >= firstSpeaker)
                kind = SectionKind::Commentary;
            if (!draft.roleFixed) {
                draft.turn.role =
                    QString::fromLatin1(kind == SectionKind::Commentary ? Role::Investor : Role::Executive);
            }
            draft.turn.text = textOf(draft);
            if (m_result.sections.isEmpty() || m_result.sections.last().kind != kind)
                m_result.sections.append(ParsedSection{kind, {}});
            m_result.sections.last().turns.append(draft.turn);
        }

        if (!m_drafts.isEmpty() && m_drafts.size() > 1 && m_drafts.first().narration)
            m_result.title = guessTitle(m_drafts.first().turn.text);
        ownStrings(m_result);
        return m_result;
    }

    static QString guessTitle(const QString &firstLine)
    {
        // Sentences and "key: value" metadata lines are not titles.
        static const QString sentenceEnd = u"。.!?!?;;,,"_s;
        if (firstLine.isEmpty() || firstLine.size() > 80 || sentenceEnd.contains(firstLine.back()) ||
            firstLine.contains(u':') || firstLine.contains(QChar(0xFF1A)))
            return {};
        return firstLine;
    }

    const QString m_text;
    QStringList m_lines; // views of m_text
    QList<Draft> m_drafts;
    ParsedTranscript m_result;
    bool m_seenContent = false;
    bool m_inQa = false;
    int m_question = 0;
    QSet<QString> m_seenSpeakers;
    QHash<QString, QString> m_analysts; // normalised name -> firm, for follow-ups
    std::optional<Introduction> m_pending;
    QString m_asker;           // the analyst whose question is open
    qsizetype m_resume = -1;   // the turn page furniture interrupted
    int m_transcriptStart = 0; // lines before it are the publisher's summary
    QSet<QString> m_runningHeaders;
    QSet<QString> m_hosts;      // normalised names of those who hand over or read out questions
    QStringList m_listedNames;  // names of participant lists anywhere in the text
    bool m_qaAnnounced = false; // someone said the Q&A begins ("We'll now move over to Q&A")
    bool m_answered = false;    // an executive has spoken since the open question began
    QString m_glued;            // a speaker named at the end of the last line
    qsizetype m_qaHeading = -1; // draft of the last Q&A heading
    QList<int> m_unattributed;  // invisible-only lines met before any turn
};

bool hasRecognisableText(const QString &text)
{
    for (QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

} // namespace

std::optional<ParsedTranscript> TranscriptParser::parse(const QString &text, QString *error)
{
    const QString noText = u"has no recognisable text"_s;
    if (!hasRecognisableText(text)) {
        if (error)
            *error = noText;
        return std::nullopt;
    }
    ParsedTranscript result = Parser(text).run();
    if (result.sections.isEmpty()) {
        if (error)
            *error = noText;
        return std::nullopt;
    }
    return result;
}
