#include "AppRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Big enough for SQLite's shared-memory index (32 KiB), too small for any of the writes below.
constexpr qint64 kFullDisk = 32768;
// Smaller than the small exports below, which are smaller than a file's write buffer (16 KiB):
// their bytes reach the disk only when the buffer is flushed.
constexpr qint64 kNearlyFullDisk = 256;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString integrityOf(const QString &library)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(library);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                result = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

} // namespace

// The disk fills up (the child process may not grow any file past kFullDisk bytes) during
// imports and exports: each gives a clear error naming the file, the library keeps what it
// held, and no export leaves a partial file or a temporary file behind.
class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QStringList withLibrary(QStringList args) const { return args << u"--library"_s << m_library; }

    // What the library holds, as the command line reports it.
    QString libraryContents() const
    {
        const AppRun calls = runApp(withLibrary({u"calls"_s, u"--json"_s}));
        const AppRun figures = runApp(withLibrary({u"export-financials"_s, m_dir.filePath(u"state.csv"_s)}));
        const AppRun notes = runApp(withLibrary({u"notes"_s, u"--format"_s, u"json"_s}));
        if (calls.exitCode != 0 || figures.exitCode != 0 || notes.exitCode != 0)
            return {};
        static const QRegularExpression exportTime(u"\"exported_at\": \"[^\"]*\""_s);
        return calls.out + QString::fromUtf8(readFile(m_dir.filePath(u"state.csv"_s))) +
               QString(notes.out).remove(exportTime);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.sqlite"_s);
        const AppRun sample = runApp(withLibrary({u"install-sample"_s}));
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
        // One note long enough that exporting the notes needs more room than the full disk has.
        const AppRun annotated =
            runApp(withLibrary({u"annotate"_s, u"1"_s, u"--turn"_s, u"12"_s, u"--start"_s, u"0"_s, u"--end"_s,
                                u"4"_s, u"--note"_s, QString(40000, u'註')}));
        QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
        // A second call, so that there are two to re-pair.
        QString text = QString::fromUtf8(readFile(QStringLiteral(ER_SEED_FILE)));
        const QString second = m_dir.filePath(u"second.txt"_s);
        QVERIFY(writeFile(second, text.replace(u"Blackwell"_s, u"Hopper"_s).toUtf8()));
        const AppRun imported = runApp(withLibrary({u"import"_s, second}));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        m_contents = libraryContents();
        QVERIFY(!m_contents.isEmpty());

        // A second library whose exports are small: one short note, three figures of one company.
        m_small = m_dir.filePath(u"small.sqlite"_s);
        QVERIFY(runApp({u"install-sample"_s, u"--library"_s, m_small}).exitCode == 0);
        const AppRun noted =
            runApp({u"annotate"_s, u"1"_s, u"--turn"_s, u"12"_s, u"--start"_s, u"0"_s, u"--end"_s, u"4"_s,
                    u"--note"_s, QString(300, u'短'), u"--tags"_s, u"short"_s, u"--library"_s, m_small});
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
        const QString nvda = m_dir.filePath(u"nvda.csv"_s);
        QCOMPARE(runApp({u"export-financials"_s, nvda, u"--library"_s, m_small}).exitCode, 0);
        const QList<QByteArray> lines = readFile(nvda).split('\n');
        QByteArray tiny = lines.first() + '\n';
        for (qsizetype i = 1; i <= 3; ++i)
            tiny += QByteArray(lines.at(i)).replace("NVDA", "TINY") + '\n';
        const QString tinyCsv = m_dir.filePath(u"tiny.csv"_s);
        QVERIFY(writeFile(tinyCsv, tiny));
        const AppRun figures = runApp({u"import-financials"_s, tinyCsv, u"--library"_s, m_small});
        QVERIFY2(figures.exitCode == 0, qPrintable(figures.err));
    }

    void importOnAFullDiskChangesNothing()
    {
        QString text = QString::fromUtf8(readFile(QStringLiteral(ER_SEED_FILE)));
        text.replace(u"Blackwell"_s, u"Rubin"_s);
        const QString transcript = m_dir.filePath(u"rubin.txt"_s);
        QVERIFY(writeFile(transcript, text.repeated(6).toUtf8()));
        const QStringList args =
            withLibrary({u"import"_s, transcript, u"--company"_s, u"RUBN"_s, u"--period"_s, u"FY2027Q1"_s});

        const AppRun full = runApp(args, {.fileSizeLimit = kFullDisk});
        QVERIFY(!full.crashed);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(u"rubin.txt"_s) && full.err.contains(u"disk may be full"_s),
                 qPrintable(full.err));
        QCOMPARE(integrityOf(m_library), u"ok"_s);
        QCOMPARE(libraryContents(), m_contents);
    }

    void importFinancialsOnAFullDiskChangesNothing()
    {
        const QString all = m_dir.filePath(u"all.csv"_s);
        QCOMPARE(runApp(withLibrary({u"export-financials"_s, all})).exitCode, 0);
        // The same rows for three new companies: hundreds of new figures in one transaction.
        const QList<QByteArray> lines = readFile(all).split('\n');
        QByteArray csv = lines.first() + '\n';
        for (const QByteArray ticker : {"AAAA", "BBBB", "CCCC"}) {
            for (qsizetype i = 1; i < lines.size(); ++i) {
                if (!lines.at(i).isEmpty())
                    csv += QByteArray(lines.at(i)).replace("NVDA", ticker) + '\n';
            }
        }
        const QString more = m_dir.filePath(u"more.csv"_s);
        QVERIFY(writeFile(more, csv));

        const AppRun full = runApp(withLibrary({u"import-financials"_s, more}), {.fileSizeLimit = kFullDisk});
        QVERIFY(!full.crashed);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(u"disk may be full"_s), qPrintable(full.err));
        QCOMPARE(integrityOf(m_library), u"ok"_s);
        QCOMPARE(libraryContents(), m_contents);
    }

    void exportOnAFullDiskLeavesNoPartialFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("financials csv") << QStringList{u"export-financials"_s, u"%1"_s} << u"figures.csv"_s;
        QTest::newRow("notes md") << QStringList{u"notes"_s, u"--format"_s, u"md"_s, u"--out"_s, u"%1"_s}
                                  << u"notes.md"_s;
        QTest::newRow("notes json") << QStringList{u"notes"_s, u"--format"_s, u"json"_s, u"--out"_s, u"%1"_s}
                                    << u"notes.json"_s;
        QTest::newRow("chart png") << QStringList{u"export-chart"_s, u"revenue"_s, u"--out"_s, u"%1"_s}
                                   << u"revenue.png"_s;
        QTest::newRow("chart svg") << QStringList{u"export-chart"_s, u"margin"_s, u"--out"_s, u"%1"_s}
                                   << u"margin.svg"_s;
    }

    void exportOnAFullDiskLeavesNoPartialFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fileName);
        const QString folder = m_dir.filePath(u"out-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(fileName);
        args.replaceInStrings(u"%1"_s, path);

        // A new file: not created at all.
        const AppRun full = runApp(withLibrary(args), {.fileSizeLimit = kFullDisk});
        QVERIFY(!full.crashed);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(fileName) && full.err.contains(u"disk may be full"_s),
                 qPrintable(full.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());

        // An earlier export of the same name: kept as it was.
        QVERIFY(writeFile(path, "earlier export"));
        const AppRun again = runApp(withLibrary(args), {.fileSizeLimit = kFullDisk});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(readFile(path), QByteArray("earlier export"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{fileName});

        // With room on the disk the same command works: the limit is what failed it.
        const AppRun roomy = runApp(withLibrary(args));
        QVERIFY2(roomy.exitCode == 0, qPrintable(roomy.err));
        QVERIFY(QFileInfo(path).size() > kFullDisk);
    }

    // An export smaller than the write buffer fails only when the buffer is flushed: the earlier
    // file must survive that too, and the command must say so.
    void smallExportOnAFullDiskKeepsTheEarlierFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("financials csv")
            << QStringList{u"export-financials"_s, u"%1"_s, u"--company"_s, u"TINY"_s} << u"tiny.csv"_s;
        QTest::newRow("notes md") << QStringList{u"notes"_s, u"--tag"_s, u"short"_s, u"--format"_s,
                                                 u"md"_s,    u"--out"_s, u"%1"_s}
                                  << u"short.md"_s;
    }

    void smallExportOnAFullDiskKeepsTheEarlierFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fileName);
        const QString folder = m_dir.filePath(u"small-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(fileName);
        args.replaceInStrings(u"%1"_s, path);
        args << u"--library"_s << m_small;

        // With room on the disk: small, but more than the nearly full disk holds.
        const AppRun roomy = runApp(args);
        QVERIFY2(roomy.exitCode == 0, qPrintable(roomy.err));
        const QByteArray earlier = readFile(path);
        QVERIFY(earlier.size() > kNearlyFullDisk && earlier.size() < 16384);

        // SQLite's shared-memory index needs more room than this disk has: a connection held
        // open here keeps it at its full size for the command's.
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(m_small);
        QVERIFY(holder.open());
        QSqlQuery read(holder);
        QVERIFY(read.exec(u"SELECT count(*) FROM calls"_s) && read.next());
        const AppRun full = runApp(args, {.fileSizeLimit = kNearlyFullDisk});
        read.finish();
        holder.close();
        holder = {};
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY(!full.crashed);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(fileName) && full.err.contains(u"disk may be full"_s),
                 qPrintable(full.err));
        QCOMPARE(readFile(path), earlier);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{fileName});
    }

    // Every command that writes the library, on a disk with no room left: each fails saying the
    // disk may be full, and the library is as it was.
    void libraryWritesOnAFullDiskChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString notes = m_dir.filePath(u"small-notes.json"_s);
        if (!QFileInfo::exists(notes))
            QCOMPARE(
                runApp({u"notes"_s, u"--format"_s, u"json"_s, u"--out"_s, notes, u"--library"_s, m_small})
                    .exitCode,
                0);
        QTest::newRow("annotate") << QStringList{u"annotate"_s, u"1"_s,    u"--turn"_s, u"12"_s,
                                                 u"--start"_s,  u"0"_s,    u"--end"_s,  u"4"_s,
                                                 u"--note"_s,   u"short"_s};
        QTest::newRow("import-notes") << QStringList{u"import-notes"_s, notes};
        QTest::newRow("company facts") << QStringList{
            u"import-financials"_s, QStringLiteral(ER_TEST_DATA_DIR "/companyfacts/CIK0009990001.json"),
            u"--company"_s, u"FCTA"_s};
        QTest::newRow("repair") << QStringList{u"repair"_s, u"1"_s, u"2"_s, u"1"_s, u"none"_s};
        QTest::newRow("edit-turn") << QStringList{u"edit-turn"_s, u"1"_s, u"13"_s, u"--split-at"_s, u"3"_s};
        QTest::newRow("remove") << QStringList{u"remove"_s, u"2"_s};
    }

    void libraryWritesOnAFullDiskChangeNothing()
    {
        QFETCH(QStringList, args);
        // As in smallExportOnAFullDiskKeepsTheEarlierFile: a connection held open keeps SQLite's
        // shared-memory index at its full size, so the command meets the full disk where it writes.
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer-holder"_s);
        holder.setDatabaseName(m_library);
        QVERIFY(holder.open());
        QSqlQuery read(holder);
        QVERIFY(read.exec(u"SELECT count(*) FROM calls"_s) && read.next());
        const AppRun full = runApp(withLibrary(args), {.fileSizeLimit = kNearlyFullDisk});
        read.finish();
        holder.close();
        holder = {};
        QSqlDatabase::removeDatabase(u"writer-holder"_s);
        QVERIFY(!full.crashed);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(u"disk may be full"_s), qPrintable(full.err));
        QCOMPARE(integrityOf(m_library), u"ok"_s);
        QCOMPARE(libraryContents(), m_contents);
    }

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_small;
    QString m_contents;
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
