#include "calls/TranscriptDocument.h"

#include "calls/NavigatorModel.h"
#include "text/LocaleFormat.h"
#include "transcript/RoleStyle.h"

#include <QLocale>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

QTextBlockFormat paragraphFormat()
{
    QTextBlockFormat format;
    format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    format.setLeftMargin(18);
    format.setRightMargin(12);
    format.setBottomMargin(6);
    return format;
}
} // namespace

bool TranscriptDocument::isFurniture(const TurnRecord &turn)
{
    return turn.role == QLatin1StringView(Role::Furniture);
}

TranscriptLayout TranscriptDocument::build(QTextDocument *doc, const CallRecord &call, const QPalette &pal,
                                           ChineseConverter::Script script,
                                           ChineseConverter::Vocabulary vocabulary, Furniture furniture)
{
    TranscriptLayout layout;
    doc->clear();
    const auto shown = [script, vocabulary](const QString &text) {
        return ChineseConverter::toScript(text, script, vocabulary);
    };
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    bool firstBlock = true;
    const auto newBlock = [&](const QTextBlockFormat &format, const QTextCharFormat &charFormat) {
        if (firstBlock) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(charFormat);
            cursor.setCharFormat(charFormat);
            firstBlock = false;
        } else {
            cursor.insertBlock(format, charFormat);
        }
    };

    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setProperty(QTextFormat::FontSizeAdjustment, 2);
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(4);
    newBlock(titleBlock, titleFormat);
    cursor.insertText(shown(call.summary.title), titleFormat);

    QTextCharFormat metaFormat;
    metaFormat.setForeground(pal.color(QPalette::PlaceholderText));
    QStringList meta;
    if (!call.summary.companyName.isEmpty())
        meta << call.summary.companyName;
    if (!call.summary.fiscalPeriod.isEmpty())
        meta << call.summary.fiscalPeriod;
    if (call.summary.callDate.isValid())
        meta << LocaleFormat::date(call.summary.callDate, QLocale::LongFormat);
    if (!call.source.isEmpty())
        meta << tr("Source: %1").arg(call.source);
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(12);
    newBlock(metaBlock, metaFormat);
    cursor.insertText(shown(meta.join(u"  ·  "_s)), metaFormat);

    QTextCharFormat bodyFormat;
    bodyFormat.setForeground(pal.color(QPalette::Text));
    QTextCharFormat headingFormat;
    headingFormat.setFontWeight(QFont::Bold);
    headingFormat.setProperty(QTextFormat::FontSizeAdjustment, 1);
    headingFormat.setForeground(pal.color(QPalette::Text));
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(18);
    headingBlock.setBottomMargin(8);
    headingBlock.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                             QTextLength(QTextLength::PercentageLength, 100));

    QTextCharFormat furnitureFormat = metaFormat;
    furnitureFormat.setProperty(QTextFormat::FontSizeAdjustment, -1);

    for (const SectionRecord &section : call.sections) {
        newBlock(headingBlock, headingFormat);
        cursor.insertText(NavigatorModel::sectionTitle(section.kind), headingFormat);

        int question = 0;
        qint64 lastSpeaker = -1;
        for (const TurnRecord &turn : section.turns) {
            const bool pageFurniture = isFurniture(turn);
            // Hidden furniture leaves no trace: an answer it interrupted reads on under one header.
            if (pageFurniture && furniture == Furniture::Hidden)
                continue;
            if (turn.question > 0 && turn.question != question && !pageFurniture) {
                question = turn.question;
                const SpeakerRecord *asker = call.speaker(turn.speakerId);
                QTextBlockFormat questionBlock;
                questionBlock.setTopMargin(16);
                questionBlock.setBottomMargin(4);
                questionBlock.setBackground(pal.color(QPalette::AlternateBase));
                QTextCharFormat questionFormat = headingFormat;
                questionFormat.setForeground(RoleStyle::color(QString::fromLatin1(Role::Analyst), pal));
                newBlock(questionBlock, questionFormat);
                layout.questionHeaders.insert(question, cursor.position());
                layout.questionOrder.append(question);
                QString header = u"Q%1"_s.arg(question);
                if (asker && !asker->name.isEmpty())
                    header +=
                        u"  ·  "_s +
                        (asker->firm.isEmpty() ? asker->name : u"%1, %2"_s.arg(asker->name, asker->firm));
                cursor.insertText(shown(header), questionFormat);
                lastSpeaker = -1;
            }
            if (turn.speakerId != 0 && turn.speakerId != lastSpeaker) {
                const SpeakerRecord *speaker = call.speaker(turn.speakerId);
                QTextBlockFormat speakerBlock;
                speakerBlock.setTopMargin(10);
                speakerBlock.setBottomMargin(2);
                QTextCharFormat nameFormat;
                nameFormat.setFontWeight(QFont::Bold);
                nameFormat.setForeground(RoleStyle::color(turn.role, pal));
                newBlock(speakerBlock, nameFormat);
                const QString name =
                    turn.speaker.isEmpty() ? RoleStyle::displayName(turn.role) : turn.speaker;
                cursor.insertText(shown(name), nameFormat);
                QStringList detail;
                if (speaker && !speaker->title.isEmpty())
                    detail << speaker->title;
                if (speaker && !speaker->firm.isEmpty())
                    detail << speaker->firm;
                if (detail.isEmpty() && !turn.speaker.isEmpty())
                    detail << RoleStyle::displayName(turn.role);
                if (!detail.isEmpty())
                    cursor.insertText(shown(u"   "_s + detail.join(u", "_s)), metaFormat);
            }
            lastSpeaker = turn.speakerId;

            const QTextCharFormat &textFormat = pageFurniture ? furnitureFormat : bodyFormat;
            newBlock(paragraphFormat(), textFormat);
            const int start = cursor.position();
            const QString text = shown(turn.text);
            Q_ASSERT(text.size() == turn.text.size());
            cursor.insertText(text, textFormat);
            layout.turnRanges.insert(turn.id, {start, int(turn.text.size())});
            layout.turnStarts.append({start, turn.id});
            layout.turnQuestion.insert(turn.id, pageFurniture ? 0 : turn.question);
        }
    }
    cursor.endEditBlock();
    return layout;
}
