#include "text/SearchText.h"
#include "text/WordCount.h"
#include "trends/TermMatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The counting rules of a trend, one row per rule (docs/TRENDS.md).
class TestTermMatcher : public QObject
{
    Q_OBJECT

private slots:
    void counts_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstMatch"); // the stored text of the first match

        QTest::newRow("word") << u"Blackwell"_s << u"Blackwell demand is strong."_s << 1 << u"Blackwell"_s;
        QTest::newRow("plural -s") << u"Blackwell"_s << u"We shipped Blackwells."_s << 1 << u"Blackwells"_s;
        QTest::newRow("plural -es") << u"box"_s << u"Two boxes, one box."_s << 2 << u"boxes"_s;
        QTest::newRow("plural of a model number") << u"H100"_s << u"H100s and H100"_s << 2 << u"H100s"_s;
        QTest::newRow("possessive 's") << u"Blackwell"_s << u"Blackwell's ramp"_s << 1 << u"Blackwell's"_s;
        QTest::newRow("possessive curly")
            << u"Blackwell"_s << u"Blackwell\u2019s ramp"_s << 1 << u"Blackwell\u2019s"_s;
        QTest::newRow("plural possessive")
            << u"Blackwell"_s << u"the Blackwells' yields"_s << 1 << u"Blackwells'"_s;
        QTest::newRow("longer word is not the term")
            << u"Blackwell"_s << u"a Blackwellian design"_s << 0 << QString();
        QTest::newRow("run together is not the term")
            << u"Blackwell"_s << u"GraceBlackwell racks"_s << 0 << QString();
        QTest::newRow("suffix that is not a plural")
            << u"Blackwell"_s << u"Blackwellsian"_s << 0 << QString();
        QTest::newRow("longer number is not the term")
            << u"GB200"_s << u"GB2000 and GB200"_s << 1 << u"GB200"_s;
        QTest::newRow("hyphen is a word break")
            << u"Blackwell"_s << u"Blackwell-based systems"_s << 1 << u"Blackwell"_s;
        QTest::newRow("next to Chinese")
            << u"Blackwell"_s << u"市場對Blackwell芯片的需求"_s << 1 << u"Blackwell"_s;
        QTest::newRow("upper case") << u"Blackwell"_s << u"BLACKWELL and blackwell"_s << 2 << u"BLACKWELL"_s;
        QTest::newRow("term in lower case") << u"blackwell"_s << u"Blackwell"_s << 1 << u"Blackwell"_s;
        QTest::newRow("full width") << u"Blackwell"_s
                                    << u"\uFF22\uFF4C\uFF41\uFF43\uFF4B\uFF57\uFF45\uFF4C\uFF4C"_s << 1
                                    << u"\uFF22\uFF4C\uFF41\uFF43\uFF4B\uFF57\uFF45\uFF4C\uFF4C"_s;
        QTest::newRow("every occurrence")
            << u"Blackwell"_s << u"Blackwell, Blackwell's and blackwells"_s << 3 << u"Blackwell"_s;
        QTest::newRow("phrase") << u"Blackwell Ultra"_s << u"Blackwell Ultra ships"_s << 1
                                << u"Blackwell Ultra"_s;
        QTest::newRow("phrase across a line break")
            << u"Blackwell Ultra"_s << u"Blackwell\nUltra"_s << 1 << u"Blackwell\nUltra"_s;
        QTest::newRow("phrase with extra spaces in the term")
            << u" Blackwell   Ultra "_s << u"Blackwell Ultra"_s << 1 << u"Blackwell Ultra"_s;
        QTest::newRow("phrase plural")
            << u"Blackwell Ultra"_s << u"Blackwell Ultras"_s << 1 << u"Blackwell Ultras"_s;
        QTest::newRow("phrase needs its words in order")
            << u"Blackwell Ultra"_s << u"Ultra Blackwell"_s << 0 << QString();
        QTest::newRow("phrase needs its words together")
            << u"Blackwell Ultra"_s << u"Blackwell and Ultra"_s << 0 << QString();
        QTest::newRow("phrase's last word whole")
            << u"Blackwell Ultra"_s << u"Blackwell Ultraviolet"_s << 0 << QString();
        QTest::newRow("Traditional term, Simplified text")
            << u"營收"_s << u"数据中心营收增长"_s << 1 << u"营收"_s;
        QTest::newRow("Simplified term, Traditional text") << u"营收"_s << u"總營收達到"_s << 1 << u"營收"_s;
        QTest::newRow("Chinese inside a longer run") << u"毛利"_s << u"毛利率和毛利"_s << 2 << u"毛利"_s;
        QTest::newRow("mixed term") << u"推理AI"_s << u"因為推理AI增加了,推理AIs"_s << 2 << u"推理AI"_s;
    }

    void counts()
    {
        QFETCH(QString, term);
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(QString, firstMatch);
        const TermMatcher matcher(term);
        const QList<TermMatcher::Match> matches = matcher.matchesInNormalised(SearchText::normalise(text));
        QCOMPARE(matches.size(), count);
        QCOMPARE(matcher.countInNormalised(SearchText::normalise(text)), count);
        if (count > 0)
            QCOMPARE(text.mid(matches.first().offset, matches.first().length), firstMatch);
    }

    void ruleSaysWhatCounts_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Latin") << u"Blackwell"_s << u"whole words"_s;
        QTest::newRow("Latin, plurals") << u"Blackwell"_s << u"plurals"_s;
        QTest::newRow("phrase") << u"Blackwell Ultra"_s << u"in this order"_s;
        QTest::newRow("Chinese") << u"營收"_s << u"anywhere"_s;
        QTest::newRow("script") << u"營收"_s << u"Traditional and Simplified"_s;
    }

    void ruleSaysWhatCounts()
    {
        QFETCH(QString, term);
        QFETCH(QString, expected);
        const QString rule = TermMatcher(term).ruleText();
        QVERIFY2(rule.contains(expected), qPrintable(rule));
        QVERIFY2(rule.contains(term.simplified()), qPrintable(rule));
    }

    void wordCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("English") << u"Revenue was up 18% sequentially."_s << 5;
        QTest::newRow("apostrophe inside a word") << u"Blackwell's ramp, we're told"_s << 4;
        QTest::newRow("Chinese characters") << u"營收增長,"_s << 4;
        QTest::newRow("mixed") << u"Blackwell芯片 GB200"_s << 4;
        QTest::newRow("empty") << QString() << 0;
    }

    void wordCount()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(WordCount::count(text), words);
    }
};

QTEST_GUILESS_MAIN(TestTermMatcher)
#include "tst_termmatcher.moc"
