#include "text/FoldingCache.h"
#include "text/SearchText.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The cached folding table is used only when it matches in every byte; anything else is
// ignored, so a damaged or foreign cache file can cost time but never change what search finds.
class TestFoldingCache : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"folding.bin"_s);
        m_key = FoldingCache::key("rules-test");
        m_table.bmp.resize(0x10000);
        for (char32_t c = 0; c < 0x10000; ++c)
            m_table.bmp[c] = char16_t(SearchText::fold(c));
        m_table.signature = SearchText::signature();
        FoldingCache::save(m_path, m_key, m_table);
    }

    void roundTrip()
    {
        const auto loaded = FoldingCache::load(m_path, m_key);
        QVERIFY(loaded);
        QVERIFY(loaded->bmp == m_table.bmp);
        QCOMPARE(loaded->signature, m_table.signature);
        // The table folds as search does: Traditional to Simplified, full-width to ASCII, case.
        QCOMPARE(char32_t(loaded->bmp[U'營']), U'营');
        QCOMPARE(char32_t(loaded->bmp[U'Ｂ']), U'b');
    }

    void anotherKeyIsIgnored()
    {
        QVERIFY(!FoldingCache::load(m_path, FoldingCache::key("rules-other")));
        QVERIFY(FoldingCache::key("rules-test") != FoldingCache::key("rules-other"));
    }

    void damageIsIgnored_data()
    {
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("magic") << qsizetype(0);
        QTest::newRow("table") << qsizetype(1000);
        QTest::newRow("signature") << qsizetype(8 + 16 + 0x20000 + 3);
        QTest::newRow("checksum") << qsizetype(8 + 16 + 0x20000 + 16 + 5);
    }

    void damageIsIgnored()
    {
        QFETCH(qsizetype, offset);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(offset < bytes.size());
        bytes[offset] = char(bytes.at(offset) ^ 0x5a);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QVERIFY(!FoldingCache::load(m_path, m_key));
    }

    void truncatedOrMissingIsIgnored()
    {
        QVERIFY(QFile::resize(m_path, 1000));
        QVERIFY(!FoldingCache::load(m_path, m_key));
        QVERIFY(!FoldingCache::load(m_dir.filePath(u"none.bin"_s), m_key));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
    FoldingCache::Table m_table;
};

QTEST_GUILESS_MAIN(TestFoldingCache)
#include "tst_foldingcache.moc"
