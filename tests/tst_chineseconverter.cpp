#include "text/ChineseConverter.h"
#include "text/SearchText.h"

#include <QFile>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;

namespace {

using Conversion = ChineseConverter::Conversion;
using Script = ChineseConverter::Script;
using Vocabulary = ChineseConverter::Vocabulary;

QStringList seedLines()
{
    QFile file(QStringLiteral(ER_SEED_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

} // namespace

class TestChineseConverter : public QObject
{
    Q_OBJECT

private slots:
    void convertsWithPhrases_data()
    {
        QTest::addColumn<int>("conversion");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("t2s revenue") << int(Conversion::TraditionalToSimplified) << u"營收"_s << u"营收"_s;
        QTest::newRow("t2s TSMC") << int(Conversion::TraditionalToSimplified) << u"台積電"_s << u"台积电"_s;
        QTest::newRow("t2s in context") << int(Conversion::TraditionalToSimplified) << u"乾淨"_s << u"干净"_s;
        QTest::newRow("t2s keeps a name")
            << int(Conversion::TraditionalToSimplified) << u"乾隆"_s << u"乾隆"_s;
        QTest::newRow("s2t") << int(Conversion::SimplifiedToTraditional) << u"营收"_s << u"營收"_s;
        QTest::newRow("tw2s") << int(Conversion::TaiwanToSimplified) << u"執行副總裁"_s << u"执行副总裁"_s;
        QTest::newRow("s2tw") << int(Conversion::SimplifiedToTaiwan) << u"执行副总裁"_s << u"執行副總裁"_s;
        QTest::newRow("Taiwan vocabulary") << int(Conversion::ToTaiwanPhrases) << u"软件"_s << u"軟體"_s;
        QTest::newRow("Taiwan, longer") << int(Conversion::ToTaiwanPhrases) << u"内存"_s << u"記憶體"_s;
        QTest::newRow("mainland vocabulary") << int(Conversion::ToMainlandPhrases) << u"軟體"_s << u"软件"_s;
        QTest::newRow("mainland, shorter") << int(Conversion::ToMainlandPhrases) << u"記憶體"_s << u"内存"_s;
        QTest::newRow("Latin untouched")
            << int(Conversion::TraditionalToSimplified) << u"GB200 NVL72"_s << u"GB200 NVL72"_s;
    }

    void convertsWithPhrases()
    {
        QFETCH(int, conversion);
        QFETCH(QString, input);
        QFETCH(QString, output);
        const ChineseConverter &converter = ChineseConverter::instance(Conversion(conversion));
        QVERIFY2(converter.isValid(), qPrintable(converter.error()));
        QCOMPARE(converter.convert(input), output);
    }

    void convertsCharacterByCharacter()
    {
        const ChineseConverter &t2s = ChineseConverter::instance(Conversion::TraditionalToSimplified);
        QCOMPARE(t2s.convertCharacters(u"營收台積電"_s), u"营收台积电"_s);
        // Outside a phrase, each character takes its first conversion.
        QCOMPARE(t2s.convertCharacters(u"乾隆"_s).size(), 2);
        QCOMPARE(t2s.convertCharacter(U'營'), U'营');
        QCOMPARE(t2s.convertCharacter(U'a'), U'a');
        // A supplementary character keeps its two UTF-16 units.
        QCOMPARE(t2s.convertCharacters(u"𠮷營"_s).size(), 3);
    }

    // Characters only: every word stays the word that was said.
    void scriptConversionChangesCharactersOnly_data()
    {
        QTest::addColumn<int>("script");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("as stored") << int(Script::AsStored) << u"内存和軟體"_s << u"内存和軟體"_s;
        // The sample's words that vocabulary conversion got wrong.
        QTest::newRow("executive vice president, not run")
            << int(Script::Simplified) << u"英偉達執行副總裁"_s << u"英伟达执行副总裁"_s;
        QTest::newRow("indicator, not pointer") << int(Script::Simplified) << u"指標"_s << u"指标"_s;
        QTest::newRow("strike price, not run price")
            << int(Script::Simplified) << u"按執行價買入"_s << u"按执行价买入"_s;
        QTest::newRow("simulate, not emulate") << int(Script::Simplified) << u"模擬"_s << u"模拟"_s;
        QTest::newRow("distributed, as said")
            << int(Script::Simplified) << u"分散式推理"_s << u"分散式推理"_s;
        QTest::newRow("enable, not activate") << int(Script::Simplified) << u"啟用"_s << u"启用"_s;
        QTest::newRow("core, not kernel") << int(Script::Simplified) << u"核心位置"_s << u"核心位置"_s;
        QTest::newRow("integrate, not assemble")
            << int(Script::Simplified) << u"整合的材料"_s << u"整合的材料"_s;
        // tw2s folds Taiwan's variant 著 where t2s would keep it.
        QTest::newRow("Taiwan variant folded") << int(Script::Simplified) << u"隨著"_s << u"随着"_s;
        QTest::newRow("simplified, characters")
            << int(Script::Simplified) << u"軟體和營收"_s << u"软体和营收"_s;
        QTest::newRow("traditional, characters")
            << int(Script::Traditional) << u"软件和营收"_s << u"軟件和營收"_s;
        QTest::newRow("traditional, Taiwan forms")
            << int(Script::Traditional) << u"执行副总裁"_s << u"執行副總裁"_s;
        QTest::newRow("traditional, indicator") << int(Script::Traditional) << u"指标"_s << u"指標"_s;
    }

    void scriptConversionChangesCharactersOnly()
    {
        QFETCH(int, script);
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(ChineseConverter::toScript(input, Script(script)), output);
        QCOMPARE(ChineseConverter::toScript(input, Script(script), Vocabulary::Characters), output);
    }

    // Regional vocabulary, only when the reader asks for it; the length is still kept.
    void vocabularyConversionKeepsLengths_data()
    {
        QTest::addColumn<int>("script");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("as stored") << int(Script::AsStored) << u"内存和軟體"_s << u"内存和軟體"_s;
        QTest::newRow("traditional, same length")
            << int(Script::Traditional) << u"软件和营收"_s << u"軟體和營收"_s;
        // 内存 -> 記憶體 would grow the clause, so that clause is converted without
        // Taiwan vocabulary; the clause after the comma keeps it.
        QTest::newRow("traditional, longer phrase")
            << int(Script::Traditional) << u"内存,软件"_s << u"內存,軟體"_s;
        QTest::newRow("simplified, same length")
            << int(Script::Simplified) << u"軟體和營收"_s << u"软件和营收"_s;
        QTest::newRow("simplified, shorter phrase")
            << int(Script::Simplified) << u"記憶體,軟體"_s << u"记忆体,软件"_s;
        QTest::newRow("simplified, vocabulary changes meaning")
            << int(Script::Simplified) << u"指標"_s << u"指针"_s;
    }

    void vocabularyConversionKeepsLengths()
    {
        QFETCH(int, script);
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(ChineseConverter::toScript(input, Script(script), Vocabulary::Regional), output);
    }

    void seedKeepsItsOffsetsInBothScripts()
    {
        const QStringList lines = seedLines();
        QVERIFY(lines.size() > 100);
        int changed = 0;
        for (const QString &line : lines) {
            for (Vocabulary vocabulary : {Vocabulary::Characters, Vocabulary::Regional}) {
                const QString simplified = ChineseConverter::toScript(line, Script::Simplified, vocabulary);
                const QString traditional =
                    ChineseConverter::toScript(simplified, Script::Traditional, vocabulary);
                QCOMPARE(simplified.size(), line.size());
                QCOMPARE(traditional.size(), line.size());
                changed += vocabulary == Vocabulary::Characters && simplified != line;
            }
        }
        QVERIFY(changed > 100);
        const QString simplified = ChineseConverter::toScript(lines.join(u'\n'), Script::Simplified);
        QVERIFY(simplified.contains(u"黄仁勋"_s));
        QVERIFY(simplified.contains(u"英伟达执行副总裁"_s));
        QVERIFY(!simplified.contains(u"运行副总裁"_s));
        QVERIFY(simplified.contains(u"哪些指标"_s));
    }

    void convertsFromSeveralThreads()
    {
        const QString text = seedLines().join(u'\n');
        const ChineseConverter &t2s = ChineseConverter::instance(Conversion::TraditionalToSimplified);
        const QString expected = t2s.convert(text);
        QList<QString> results(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back(
                [&, i] { results[i] = i % 2 ? t2s.convert(text) : SearchText::normalise(text); });
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(results.at(1), expected);
        QCOMPARE(results.at(3), expected);
        QCOMPARE(results.at(0), SearchText::normalise(text));
        QCOMPARE(results.at(2), results.at(0));
    }

    void searchFormFoldsScriptCaseAndWidth_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("Traditional") << u"營收和毛利率"_s << u"营收和毛利率"_s;
        QTest::newRow("Simplified unchanged") << u"营收和毛利率"_s << u"营收和毛利率"_s;
        QTest::newRow("case") << u"BlackWell NVL72"_s << u"blackwell nvl72"_s;
        QTest::newRow("full-width") << u"ＧＢ２００，ＮＶＬ７２"_s << u"gb200,nvl72"_s;
        QTest::newRow("ideographic space") << u"毛利\u3000率"_s << u"毛利 率"_s;
        QTest::newRow("supplementary kept") << u"𠮷野家"_s << u"𠮷野家"_s;
    }

    void searchFormFoldsScriptCaseAndWidth()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(SearchText::normalise(input), output);
    }

    void searchFormKeepsLengthOfTheSeed()
    {
        for (const QString &line : seedLines())
            QCOMPARE(SearchText::normalise(line).size(), line.size());
        QCOMPARE(SearchText::signature().size(), 16);
    }
};

QTEST_GUILESS_MAIN(TestChineseConverter)
#include "tst_chineseconverter.moc"
