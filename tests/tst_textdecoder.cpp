#include "text/TextDecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

#include <cerrno>
#include <iconv.h>

using namespace Qt::StringLiterals;

namespace {

// Encodes independently of TextDecoder so that a bug there cannot hide itself.
QByteArray encodeWithIconv(const char *charset, const QString &text)
{
    iconv_t cd = iconv_open(charset, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, '\0');
    char *src = in.data();
    size_t srcLeft = size_t(in.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    const size_t rc = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (rc == size_t(-1))
        return {};
    out.truncate(dst - out.data());
    return out;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

const QString Traditional =
    u"英偉達發布了第四季度財報,營收同比增長78%。我們對未來的需求很有信心,這是一個很好的公司。"_s;
const QString Simplified =
    u"英伟达发布了第四季度财报,营收同比增长78%。我们对未来的需求很有信心,这是一个很好的公司。"_s;

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void rejects_data();
    void rejects();
    void keepsLineEnds();
    void seedInEveryEncoding_data();
    void seedInEveryEncoding();
    void scoresChinese();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << QByteArray("Operator: Good afternoon.") << u"UTF-8"_s
                           << u"Operator: Good afternoon."_s;
    QTest::newRow("utf8 traditional") << Traditional.toUtf8() << u"UTF-8"_s << Traditional;
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + Simplified.toUtf8() << u"UTF-8 (BOM)"_s
                              << Simplified;
    QTest::newRow("utf16le bom") << utf16(Traditional, QStringConverter::Utf16LE) << u"UTF-16LE"_s
                                 << Traditional;
    QTest::newRow("utf16be bom") << utf16(Traditional, QStringConverter::Utf16BE) << u"UTF-16BE"_s
                                 << Traditional;
    QTest::newRow("utf16le non-bmp") << utf16(u"財報 😀 ok"_s, QStringConverter::Utf16LE) << u"UTF-16LE"_s
                                     << u"財報 😀 ok"_s;
    QTest::newRow("gb18030 simplified")
        << encodeWithIconv("GB18030", Simplified) << u"GB18030"_s << Simplified;
    QTest::newRow("gb18030 traditional")
        << encodeWithIconv("GB18030", Traditional) << u"GB18030"_s << Traditional;
    QTest::newRow("big5 traditional") << encodeWithIconv("BIG5", Traditional) << u"Big5"_s << Traditional;
    // Two characters only: both decoders succeed and the score alone has to decide.
    QTest::newRow("big5 short") << QByteArray("\xA4\xA4\xA4\xE5") << u"Big5"_s << u"中文"_s;
    QTest::newRow("gb short") << QByteArray("\xD6\xD0\xCE\xC4") << u"GB18030"_s << u"中文"_s;
    QTest::newRow("gb with ascii") << encodeWithIconv("GB18030",
                                                      u"Q1:毛利率是多少?\n黄仁勋:我们的毛利率很高。"_s)
                                   << u"GB18030"_s << u"Q1:毛利率是多少?\n黄仁勋:我们的毛利率很高。"_s;
    QTest::newRow("big5 with ascii") << encodeWithIconv("BIG5",
                                                        u"Q1:毛利率是多少?\n黃仁勳:我們的毛利率很高。"_s)
                                     << u"Big5"_s << u"Q1:毛利率是多少?\n黃仁勳:我們的毛利率很高。"_s;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QVERIFY(!bytes.isEmpty()); // the fixture itself must have been representable

    QString error;
    const auto decoded = TextDecoder::decode(bytes, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text, text);
    QVERIFY(!decoded->text.startsWith(QChar(0xFEFF)));
    QVERIFY(error.isEmpty());
}

void TestTextDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QString empty = u"the file is empty"_s;
    const QString binary = u"looks like a binary file"_s;
    const QString invalid = u"is not valid UTF-8, UTF-16, GB18030 or Big5 text"_s;

    QTest::newRow("empty") << QByteArray() << empty;
    QTest::newRow("utf8 bom only") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("utf16 bom only") << QByteArray("\xFF\xFE") << empty;
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << binary;
    QTest::newRow("nul in text") << QByteArray("Operator: hello\0world", 21) << binary;
    QTest::newRow("utf16 with nul") << utf16(u"ab"_s + QChar(0) + u"cd"_s, QStringConverter::Utf16LE)
                                    << binary;
    QTest::newRow("0xff bytes") << QByteArray("\xFF\xFF\xFF\xFF") << invalid;
    QTest::newRow("lone 0x80") << QByteArray("abc\x80") << invalid;
    QTest::newRow("truncated lead byte") << QByteArray("\xA4\xA4\xA4") << invalid;
    QTest::newRow("utf16 odd length") << QByteArray("\xFF\xFE\x41\x00\x42", 5) << invalid;
    QTest::newRow("utf16 lone surrogate") << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6) << invalid;
    QTest::newRow("utf8 bom then garbage") << QByteArray("\xEF\xBB\xBF\xC0\xAF") << invalid;
}

void TestTextDecoder::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    QString actual;
    QVERIFY(!TextDecoder::decode(bytes, &actual));
    QCOMPARE(actual, error);
    QVERIFY(!TextDecoder::decode(bytes, nullptr)); // a null error pointer must be safe
}

void TestTextDecoder::keepsLineEnds()
{
    // Line ends are the parser's business; the decoder hands them over untouched.
    const QString text = u"段永平:看不懂。\r\n評論區:為什麼?\r最後一行\n"_s;
    for (const QByteArray &bytes :
         {text.toUtf8(), encodeWithIconv("BIG5", text), utf16(text, QStringConverter::Utf16BE)}) {
        const auto decoded = TextDecoder::decode(bytes, nullptr);
        QVERIFY(decoded);
        QCOMPARE(decoded->text, text);
    }
}

void TestTextDecoder::seedInEveryEncoding_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << u"UTF-8"_s;
    QTest::newRow("UTF-8 (BOM)") << u"UTF-8 (BOM)"_s;
    QTest::newRow("UTF-16LE") << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE") << u"UTF-16BE"_s;
    QTest::newRow("GB18030") << u"GB18030"_s;
    QTest::newRow("Big5") << u"Big5"_s;
}

void TestTextDecoder::seedInEveryEncoding()
{
    QFETCH(QString, encoding);
    QFile file(QStringLiteral(ER_SEED_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString seed = QString::fromUtf8(file.readAll());
    QVERIFY(seed.size() > 5000);

    QByteArray bytes;
    if (encoding == u"UTF-8")
        bytes = seed.toUtf8();
    else if (encoding == u"UTF-8 (BOM)")
        bytes = QByteArray("\xEF\xBB\xBF") + seed.toUtf8();
    else if (encoding == u"UTF-16LE")
        bytes = utf16(seed, QStringConverter::Utf16LE);
    else if (encoding == u"UTF-16BE")
        bytes = utf16(seed, QStringConverter::Utf16BE);
    else if (encoding == u"GB18030")
        bytes = encodeWithIconv("GB18030", seed);
    else {
        // Big5 lacks these three variant forms; use the Big5 spellings instead.
        seed.replace(u'麽', u'麼').replace(u'裏', u'裡').replace(u'恒', u'恆');
        bytes = encodeWithIconv("BIG5", seed);
    }
    QVERIFY2(!bytes.isEmpty(), "seed not representable");

    const auto decoded = TextDecoder::decode(bytes, nullptr);
    QVERIFY(decoded);
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text, seed);
}

void TestTextDecoder::scoresChinese()
{
    QVERIFY(TextDecoder::chineseScore(Traditional) > 0.3);
    QVERIFY(TextDecoder::chineseScore(Simplified) > 0.3);
    // Big5 bytes of real prose misread as GB18030 must score clearly worse.
    const auto misread = TextDecoder::convertFrom("GB18030", encodeWithIconv("BIG5", Traditional));
    QVERIFY(misread);
    QVERIFY(TextDecoder::chineseScore(*misread) < TextDecoder::chineseScore(Traditional) - 0.3);
    QCOMPARE(TextDecoder::chineseScore(u"plain ascii"_s), 0.0);
    QVERIFY(!TextDecoder::convertFrom("BIG5", QByteArray("\xA4")));
    QCOMPARE(TextDecoder::convertTo("GB18030", u"财报"_s).value_or(QByteArray()),
             encodeWithIconv("GB18030", u"财报"_s));
    QVERIFY(!TextDecoder::convertTo("BIG5", u"麽"_s));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
