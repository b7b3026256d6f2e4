#include "AppRunner.h"
#include "LibraryStore.h"
#include "SampleLibrary.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a library the way another program (or a sqlite3 shell) would.
bool plant(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"planter"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(sql);
        }
        QSqlQuery checkpoint(db);
        ok = ok && checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"planter"_s);
    return ok;
}

} // namespace

// A library is a file people send each other. What it runs when the app reads or writes it
// is what this version of the app created, and nothing else.
class TestUntrusted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusesPlantedObjects_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger on annotations")
            << QStringList{u"CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM metrics;"
                           " UPDATE turns SET text = ''; END"_s}
            << u"trigger wipe"_s;
        QTest::newRow("trigger under one of our names")
            << QStringList{u"DROP TRIGGER note_search_insert"_s,
                           u"CREATE TRIGGER note_search_insert AFTER INSERT ON annotations BEGIN"
                           " DELETE FROM metrics; END"_s}
            << u"trigger note_search_insert"_s;
        QTest::newRow("recursive view behind calls")
            // Legacy renaming leaves the other tables' references alone, and so needs no tokenizer.
            << QStringList{u"PRAGMA legacy_alter_table = ON"_s, u"ALTER TABLE calls RENAME TO calls_data"_s,
                           u"CREATE VIEW calls AS SELECT c.* FROM calls_data c, (WITH RECURSIVE r(n) AS"
                           " (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r)"_s}
            << u"view calls"_s;
        QTest::newRow("randomblob view")
            << QStringList{u"CREATE VIEW big AS SELECT randomblob(4e8) AS pad FROM turns"_s} << u"view big"_s;
    }

    void refusesPlantedObjects()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        const QString file =
            m_dir.filePath(u"planted-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        }
        QVERIFY(plant(file, statements));
        const QByteArray before = fileHash(file);

        LibraryStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY2(error.contains(named) && error.contains(file) && error.contains(u"not changed"_s),
                 qPrintable(error));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(file), before);

        // The command line says the same, and in good time.
        QElapsedTimer timer;
        timer.start();
        const AppRun calls = runApp({u"calls"_s, u"--library"_s, file}, {.timeoutMs = 20000});
        QCOMPARE(calls.exitCode, 1);
        QVERIFY2(calls.err.contains(named), qPrintable(calls.err));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(fileHash(file), before);
    }

    // A library with only our own objects still opens, and its connection cannot write the
    // schema around the checks, nor build huge values or run without end.
    void connectionIsDefensiveAndBounded()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(u"bounded.sqlite"_s), &error), qPrintable(error));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA writable_schema = ON"_s));
        QVERIFY(!query.exec(u"UPDATE sqlite_schema SET sql = sql"_s));

        QVERIFY(!query.exec(u"SELECT length(randomblob(400000000))"_s));
        QVERIFY2(query.lastError().text().contains(u"too big"_s), qPrintable(query.lastError().text()));

        store.setQueryTimeLimit(std::chrono::milliseconds(300));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!query.exec(u"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
                            " SELECT count(*) FROM r"_s));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(query.lastError().text().contains(u"interrupt"_s), qPrintable(query.lastError().text()));
        // An ordinary statement after it runs as usual.
        QVERIFY(query.exec(u"SELECT count(*) FROM calls"_s) && query.next());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestUntrusted)
#include "tst_untrusted.moc"
