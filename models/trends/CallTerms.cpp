#include "trends/CallTerms.h"

#include "text/WordTokens.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &word :
             u"the and for that this with are was were you your our ours they them their there these those"
             " have has had will would could should can may might from about into over than then what which"
             " who whom when where why how all any some more most other also just very really think know"
             " going able been being its it's that's we're we've we'll i'm you're they're let lot lots thank"
             " thanks yes not but out yeah okay well like much many one two three get got see say said"
             " did does doing here now only even because through each both first last next quarter quarters"
             " question questions call please operator year years make made want way"_s.split(u' '))
            set.insert(word);
        return set;
    }();
    return words;
}

// Characters that rarely start or end a Chinese term: a run cut at them is not a term.
bool isParticle(QChar c)
{
    static const QString particles =
        u"的了是在和也就都而及与或我你他她它们这那有个不之其把被对从向着过吗呢吧啊"_s;
    return particles.contains(c);
}

bool isChineseCharacter(QChar c)
{
    return c.isLetterOrNumber() && !WordTokens::isSpacedWordCharacter(c);
}

void addChinese(const QString &run, QHash<QString, int> *counts)
{
    for (qsizetype start = 0; start < run.size(); ++start) {
        if (isParticle(run.at(start)))
            continue;
        for (qsizetype length = 2; length <= 4 && start + length <= run.size(); ++length) {
            if (!isParticle(run.at(start + length - 1)))
                ++(*counts)[run.mid(start, length)];
        }
    }
}

} // namespace

void CallTerms::addTerms(const QString &normalisedText, QHash<QString, int> *counts)
{
    QString previousWord; // the word just before, with only spaces between
    qsizetype i = 0;
    while (i < normalisedText.size()) {
        const QChar c = normalisedText.at(i);
        qsizetype end = i;
        if (WordTokens::isSpacedWordCharacter(c)) {
            while (end < normalisedText.size() &&
                   (WordTokens::isSpacedWordCharacter(normalisedText.at(end)) ||
                    normalisedText.at(end) == u'\''))
                ++end;
            QString word = normalisedText.mid(i, end - i);
            if (word.endsWith(u"'s"_s))
                word.chop(2);
            while (word.endsWith(u'\''))
                word.chop(1);
            bool hasLetter = false;
            for (QChar w : std::as_const(word))
                hasLetter = hasLetter || w.isLetter();
            if (word.size() >= 3 && hasLetter && !stopWords().contains(word)) {
                ++(*counts)[word];
                if (!previousWord.isEmpty())
                    ++(*counts)[previousWord + u' ' + word];
                previousWord = word;
            } else {
                previousWord.clear();
            }
            i = end;
            continue;
        }
        if (isChineseCharacter(c)) {
            while (end < normalisedText.size() && isChineseCharacter(normalisedText.at(end)))
                ++end;
            addChinese(normalisedText.mid(i, end - i), counts);
            previousWord.clear();
            i = end;
            continue;
        }
        if (c != u' ')
            previousWord.clear();
        ++i;
    }
}
