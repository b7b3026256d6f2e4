#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

// The search tokenizer (text/SearchTokenizer) registers itself through the sqlite3 handle of
// Qt's QSQLITE driver and calls the system libsqlite3 on it. That is sound only while Qt's
// driver uses the same library (as Debian builds it, -system-sqlite): a driver with its own
// copy of SQLite would hand over a connection of another library. This test says so plainly
// instead of letting the tokenizer crash.
class TestSqliteLinkage : public QObject
{
    Q_OBJECT

private slots:
    void qtDriverUsesTheSystemSqlite()
    {
        QString sourceId;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"linkage"_s);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            QCOMPARE(QString::fromLatin1(db.driver()->handle().typeName()), u"sqlite3*"_s);
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT sqlite_source_id()"_s) && query.next());
            sourceId = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"linkage"_s);
        QVERIFY2(sourceId == QString::fromLatin1(sqlite3_sourceid()),
                 qPrintable(u"Qt's SQLite driver runs SQLite %1, but the app links the system's %2: "
                            "build Qt with -system-sqlite (as Debian does), or the search tokenizer "
                            "will be registered on a connection of another library"_s.arg(
                                sourceId, QString::fromLatin1(sqlite3_sourceid()))));
    }
};

QTEST_GUILESS_MAIN(TestSqliteLinkage)
#include "tst_sqlitelinkage.moc"
