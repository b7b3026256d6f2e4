#include "AppRunner.h"
#include "figures/FinancialCsv.h"
#include "figures/MetricRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader =
    "company,fiscal_quarter,period_end,metric,kind,value,unit,note,status,source,user_entered\r\n";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFinancialCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parsesRecords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain, LF") << u"a,b\nc,d\n"_s
                                   << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                                   << QList<int>{1, 2};
        QTest::newRow("CRLF, no final break")
            << u"a,b\r\nc,d"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<int>{1, 2};
        QTest::newRow("quoted comma")
            << u"\"a,1\",b\n"_s << QList<QStringList>{{u"a,1"_s, u"b"_s}} << QList<int>{1};
        QTest::newRow("doubled quote")
            << u"\"say \"\"hi\"\"\",x\n"_s << QList<QStringList>{{u"say \"hi\""_s, u"x"_s}} << QList<int>{1};
        QTest::newRow("line break in quotes counts lines")
            << u"\"two\nlines\",x\ny,z\n"_s << QList<QStringList>{{u"two\nlines"_s, u"x"_s}, {u"y"_s, u"z"_s}}
            << QList<int>{1, 3};
        QTest::newRow("empty fields")
            << u",,\n"_s << QList<QStringList>{{QString(), QString(), QString()}} << QList<int>{1};
        QTest::newRow("blank lines skipped")
            << u"a\n\n\nb\n"_s << QList<QStringList>{{u"a"_s}, {u"b"_s}} << QList<int>{1, 4};
        QTest::newRow("Chinese text")
            << u"毛利率,\"約110億美元, 快\"\n"_s << QList<QStringList>{{u"毛利率"_s, u"約110億美元, 快"_s}}
            << QList<int>{1};
    }
    void parsesRecords()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        QString error;
        const auto parsed = FinancialCsv::parseRecords(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(parsed->at(i).fields, records.at(i));
            QCOMPARE(parsed->at(i).line, lines.at(i));
        }
    }

    void rejectsMalformedQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed") << u"a,b\nc,\"open\nstill\n"_s << u"line 2"_s;
        QTest::newRow("text after closing quote") << u"\"a\"b,c\n"_s << u"line 1"_s;
        QTest::newRow("quote inside unquoted field") << u"x\nab\"c,d\n"_s << u"line 2"_s;
    }
    void rejectsMalformedQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!FinancialCsv::parseRecords(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void quotesWhatNeedsIt()
    {
        QCOMPARE(FinancialCsv::quoteField(u"plain"_s), u"plain"_s);
        QCOMPARE(FinancialCsv::quoteField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(FinancialCsv::quoteField(u"say \"x\""_s), u"\"say \"\"x\"\"\""_s);
        QCOMPARE(FinancialCsv::quoteField(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(FinancialCsv::quoteField(u" padded"_s), u"\" padded\""_s);
    }

    void reportsEachBadRow_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown metric")
            << QByteArray("NVDA,FY2025Q4,,revnue,actual,1,musd,,,,0") << u"revnue"_s;
        QTest::newRow("bad quarter") << QByteArray("NVDA,FY2025Q5,,revenue,actual,1,musd,,,,0")
                                     << u"FY2025Q5"_s;
        QTest::newRow("quarter not canonical")
            << QByteArray("NVDA,fy2025q4,,revenue,actual,1,musd,,,,0") << u"fy2025q4"_s;
        QTest::newRow("non-numeric value")
            << QByteArray("NVDA,FY2025Q4,,revenue,actual,lots,musd,,,,0") << u"lots"_s;
        QTest::newRow("grouped number")
            << QByteArray("NVDA,FY2025Q4,,revenue,actual,\"39,331\",musd,,,,0") << u"39,331"_s;
        QTest::newRow("missing value")
            << QByteArray("NVDA,FY2025Q4,,revenue,actual,,musd,,,,0") << u"value"_s;
        QTest::newRow("wrong unit") << QByteArray("NVDA,FY2025Q4,,revenue,actual,1,pct,,,,0") << u"unit"_s;
        QTest::newRow("unknown kind")
            << QByteArray("NVDA,FY2025Q4,,revenue,rumour,1,musd,,,,0") << u"rumour"_s;
        QTest::newRow("too few fields") << QByteArray("NVDA,FY2025Q4,,revenue,actual,1,musd") << u"found 7"_s;
        QTest::newRow("unquoted comma in note")
            << QByteArray("NVDA,FY2025Q4,,revenue,actual,1,musd,a, b,,,0") << u"found 12"_s;
        QTest::newRow("bad date") << QByteArray("NVDA,FY2025Q4,2025-13-40,revenue,actual,1,musd,,,,0")
                                  << u"2025-13-40"_s;
        QTest::newRow("bad flag") << QByteArray("NVDA,FY2025Q4,,revenue,actual,1,musd,,,,yes") << u"yes"_s;
        QTest::newRow("bad ticker") << QByteArray("nv da,FY2025Q4,,revenue,actual,1,musd,,,,0") << u"nv da"_s;
        QTest::newRow("duplicate") << QByteArray("NVDA,FY2025Q1,,revenue,actual,2,musd,,,,0")
                                   << u"duplicate of line 2"_s;
    }
    void reportsEachBadRow()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, problem);
        // Line 4 is the bad one, between good rows; nothing may be imported.
        const QByteArray data = kHeader +
                                "NVDA,FY2025Q1,,revenue,actual,1,musd,,,,0\r\n"
                                "NVDA,FY2025Q2,,revenue,actual,\"2\",musd,\"with, comma\",,,0\r\n" +
                                row + "\r\nNVDA,FY2025Q3,,revenue,actual,3,musd,,,,0\r\n";
        const QString file = m_dir.filePath(u"bad.csv"_s);
        QVERIFY(writeFile(file, data));

        LibraryStore store;
        QString error;
        QVERIFY2(
            store.open(m_dir.filePath(u"bad-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()))),
                       &error),
            qPrintable(error));
        MetricRepository repository(&store);
        const FinancialCsv::ImportOutcome outcome = FinancialCsv::importFile(repository, file);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.imported, 0);
        QCOMPARE(outcome.errors.size(), 1);
        const QString message = outcome.errors.first();
        QVERIFY2(message.startsWith(QDir::toNativeSeparators(file) + u":4: "_s), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY(repository.figures().isEmpty());
    }

    void reportsEveryBadRowAtOnce()
    {
        const QByteArray data = kHeader + "NVDA,FY2025Q1,,revenue,actual,1,musd,,,,0\r\n"
                                          "NVDA,FY2025Q2,,revenue,actual,x,musd,,,,0\r\n"
                                          "NVDA,\"multi\nline note\",,revenue,actual,1,musd,,,,0\r\n"
                                          "NVDA,FY2025Q3,,gross,actual,1,musd,,,,0\r\n";
        const FinancialCsv::ReadResult result = FinancialCsv::read(data, u"many.csv"_s);
        QCOMPARE(result.errors.size(), 3);
        QVERIFY(result.errors.at(0).startsWith(u"many.csv:3: "_s));
        QVERIFY(result.errors.at(1).startsWith(u"many.csv:4: "_s));
        QVERIFY(result.errors.at(2).startsWith(u"many.csv:6: "_s)); // after the two-line record
        QVERIFY(result.figures.isEmpty());
    }

    // A file of many bad rows keeps its first problems and counts the rest; the window and
    // the command line say how many more there are.
    void keepsTheFirstProblemsAndCountsAll()
    {
        QByteArray data = kHeader;
        for (int i = 0; i < 1000; ++i)
            data += "NVDA,FY2025Q9,,revenue,actual,1,musd,,,,0\r\n";
        const FinancialCsv::ReadResult result = FinancialCsv::read(data, u"huge.csv"_s);
        QCOMPARE(result.problemCount, 1000);
        QCOMPARE(result.errors.size(), FinancialCsv::MaxProblemsKept);
        QVERIFY(result.errors.first().startsWith(u"huge.csv:2: "_s));
        QVERIFY(result.errors.last().startsWith(u"huge.csv:%1: "_s.arg(FinancialCsv::MaxProblemsKept + 1)));
        QVERIFY(result.figures.isEmpty());

        QTemporaryDir dir;
        const QString file = dir.filePath(u"huge.csv"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        const AppRun run =
            runApp({u"--library"_s, dir.filePath(u"library.sqlite"_s), u"import-financials"_s, file});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u"bad fiscal quarter"_s), FinancialCsv::MaxProblemsKept);
        QVERIFY2(run.err.contains(u"… and 950 more problems"_s), qPrintable(run.err.right(200)));
    }

    void rejectsWholeFileProblems_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("wrong header") << QByteArray("ticker,quarter\r\nNVDA,FY2025Q4\r\n") << u"header"_s;
        QTest::newRow("not UTF-8") << QByteArray(kHeader +
                                                 "NVDA,FY2025Q4,,revenue,actual,1,musd,\xff\xfe,,,0\r\n")
                                   << u"UTF-8"_s;
        QTest::newRow("unclosed quote") << QByteArray(kHeader + "NVDA,\"FY2025Q4\r\n") << u"not closed"_s;
    }
    void rejectsWholeFileProblems()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        const FinancialCsv::ReadResult result = FinancialCsv::read(data, u"whole.csv"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.errors.first().startsWith(u"whole.csv"_s), qPrintable(result.errors.first()));
        QVERIFY2(result.errors.first().contains(problem), qPrintable(result.errors.first()));
    }

    void acceptsBomStatementsAndQuotedText()
    {
        const QByteArray data = "\xEF\xBB\xBF" + kHeader +
                                "NVDA,FY2025Q2,2024-07-28,blackwell_expectation,disclosed,,,"
                                "\"Several \"\"billion\"\", in Q4\",confirmed,\"call, Q2\",0\r\n"
                                "NVDA,FY2026Q1,,blackwell_revenue,estimate,23940,,mine,,,1\r\n";
        const FinancialCsv::ReadResult result = FinancialCsv::read(data, u"ok.csv"_s);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.figures.size(), 2);
        const Figure &statement = result.figures.at(0);
        QVERIFY(!statement.value);
        QCOMPARE(statement.note, u"Several \"billion\", in Q4"_s);
        QCOMPARE(statement.source, u"call, Q2"_s);
        QCOMPARE(statement.periodEnd, QDate(2024, 7, 28));
        const Figure &estimate = result.figures.at(1);
        QCOMPARE(estimate.kind, FigureKind::Estimate);
        QCOMPARE(estimate.unit, u"musd"_s); // an empty unit takes the metric's
        QVERIFY(estimate.userEntered);
    }

    void exportThenImportRoundTrips()
    {
        LibraryStore source;
        QString error;
        QVERIFY2(source.open(m_dir.filePath(u"rt-source.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(source, &error), qPrintable(error));
        MetricRepository sourceRepository(&source);
        // A user-entered figure with text that needs every kind of quoting.
        Figure mine;
        mine.company = u"NVDA"_s;
        mine.quarter = {2026, 3};
        mine.metric = u"blackwell_revenue"_s;
        mine.kind = FigureKind::Estimate;
        mine.value = 0.1 + 0.2; // not exactly representable in a short decimal
        mine.unit = u"musd"_s;
        mine.note = u"my \"guess\", two\r\nlines; 約 "_s;
        mine.userEntered = true;
        QVERIFY(sourceRepository.store({mine}, &error));

        const QString first = m_dir.filePath(u"first.csv"_s);
        int written = 0;
        QVERIFY2(FinancialCsv::exportFile(sourceRepository, first, u"NVDA"_s, &written, &error),
                 qPrintable(error));
        QCOMPARE(written, sourceRepository.figures().size());

        LibraryStore target;
        QVERIFY2(target.open(m_dir.filePath(u"rt-target.sqlite"_s), &error), qPrintable(error));
        MetricRepository targetRepository(&target);
        const FinancialCsv::ImportOutcome outcome = FinancialCsv::importFile(targetRepository, first);
        QVERIFY2(outcome.ok, qPrintable(outcome.errors.join(u'\n')));
        QCOMPARE(outcome.imported, written);
        QCOMPARE(targetRepository.figures(), sourceRepository.figures());

        const QString second = m_dir.filePath(u"second.csv"_s);
        QVERIFY(FinancialCsv::exportFile(targetRepository, second, QString(), &written, &error));
        QCOMPARE(readFile(second), readFile(first));

        // Importing the same file again replaces, it does not duplicate.
        QVERIFY(FinancialCsv::importFile(targetRepository, first).ok);
        QCOMPARE(targetRepository.figures().size(), sourceRepository.figures().size());
    }

    void exportLeavesNoPartialFile()
    {
        LibraryStore store;
        QString error;
        QVERIFY(store.open(m_dir.filePath(u"export.sqlite"_s), &error));
        MetricRepository repository(&store);
        const QString target = m_dir.filePath(u"no-such-folder/out.csv"_s);
        int written = 0;
        QVERIFY(!FinancialCsv::exportFile(repository, target, QString(), &written, &error));
        QVERIFY2(error.contains(u"out.csv"_s), qPrintable(error));
        QVERIFY(!QFile::exists(target));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFinancialCsv)
#include "tst_financialcsv.moc"
