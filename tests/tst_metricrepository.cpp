#include "figures/FinancialCsv.h"
#include "figures/FinancialFigures.h"
#include "figures/MetricRepository.h"
#include "figures/ProductRamp.h"
#include "figures/SampleFigures.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The bundled CSV files, read here without the app's CSV code: they hold no quoted
// fields, so a plain split is exact, and a row with the wrong field count fails the test.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QString value(int row, const QString &column) const { return rows.at(row).at(header.indexOf(column)); }
};

CsvTable readPlainCsv(const QString &path)
{
    CsvTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    table.header = lines.value(0).split(u',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u',');
        if (fields.size() != table.header.size())
            return {};
        table.rows.append(fields);
    }
    return table;
}

QString sampleDir()
{
    return QFileInfo(QStringLiteral(ER_SEED_FILE)).absolutePath();
}

struct Column
{
    QString csv;
    QString metric;
    FigureKind kind;
    QString unit;
};

const QList<Column> &quarterlyColumns()
{
    static const QList<Column> columns = {
        {u"revenue_musd"_s, u"revenue"_s, FigureKind::Actual, u"musd"_s},
        {u"data_center_musd"_s, u"data_center"_s, FigureKind::Actual, u"musd"_s},
        {u"dc_compute_musd"_s, u"data_center_compute"_s, FigureKind::Actual, u"musd"_s},
        {u"dc_networking_musd"_s, u"data_center_networking"_s, FigureKind::Actual, u"musd"_s},
        {u"gaming_musd"_s, u"gaming"_s, FigureKind::Actual, u"musd"_s},
        {u"gaap_gross_margin_pct"_s, u"gaap_gross_margin"_s, FigureKind::Actual, u"pct"_s},
        {u"nongaap_gross_margin_pct"_s, u"nongaap_gross_margin"_s, FigureKind::Actual, u"pct"_s},
        {u"gaap_net_income_musd"_s, u"gaap_net_income"_s, FigureKind::Actual, u"musd"_s},
        {u"gaap_diluted_eps_usd"_s, u"gaap_diluted_eps"_s, FigureKind::Actual, u"usd"_s},
        {u"guide_next_revenue_musd"_s, u"next_revenue_guidance"_s, FigureKind::Guidance, u"musd"_s},
        {u"guide_next_gaap_gm_pct"_s, u"next_gaap_gross_margin_guidance"_s, FigureKind::Guidance, u"pct"_s},
        {u"guide_next_nongaap_gm_pct"_s, u"next_nongaap_gross_margin_guidance"_s, FigureKind::Guidance,
         u"pct"_s},
    };
    return columns;
}

int count(LibraryStore &store, const QString &sql)
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

Figure userFigure(const QString &metric, const FiscalQuarter &q, double value)
{
    Figure f;
    f.company = u"ACME"_s;
    f.quarter = q;
    f.metric = metric;
    f.kind = FigureKind::Estimate;
    f.value = value;
    f.unit = MetricCatalog::find(metric)->unit;
    f.userEntered = true;
    return f;
}

// The article's sentence has commas of its own, so that file quotes its fields.
CsvTable readQuotedCsv(const QString &path)
{
    CsvTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    QString error;
    const auto records = FinancialCsv::parseRecords(QString::fromUtf8(file.readAll()), &error);
    if (!records || records->isEmpty())
        return table;
    table.header = records->first().fields;
    for (qsizetype i = 1; i < records->size(); ++i)
        table.rows.append(records->at(i).fields);
    return table;
}

} // namespace

class TestMetricRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_quarterly = readPlainCsv(sampleDir() + u"/nvda_quarterly_facts.csv"_s);
        m_blackwell = readPlainCsv(sampleDir() + u"/nvda_blackwell_facts.csv"_s);
        m_quotes = readQuotedCsv(sampleDir() + u"/nvda_article_quotes.csv"_s);
        QCOMPARE(m_quotes.rows.size(), 1);
        QCOMPARE(m_quarterly.rows.size(), 16);
        QCOMPARE(m_blackwell.rows.size(), 6);
    }

    void fiscalQuarterParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("canonical") << u"FY2025Q4"_s << true << u"FY2025Q4"_s;
        QTest::newRow("lower case") << u"fy2026q1"_s << true << u"FY2026Q1"_s;
        QTest::newRow("spaces around") << u" FY2024Q2 "_s << true << u"FY2024Q2"_s;
        QTest::newRow("quarter five") << u"FY2025Q5"_s << false << QString();
        QTest::newRow("quarter zero") << u"FY2025Q0"_s << false << QString();
        QTest::newRow("two-digit year") << u"FY25Q4"_s << false << QString();
        QTest::newRow("calendar style") << u"2025-Q4"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void fiscalQuarterParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const auto q = FiscalQuarter::parse(text);
        QCOMPARE(q.has_value(), valid);
        if (valid)
            QCOMPARE(q->toString(), canonical);
    }

    void fiscalQuarterArithmetic()
    {
        const FiscalQuarter q{2025, 4};
        QCOMPARE(q.next().toString(), u"FY2026Q1"_s);
        QCOMPARE(q.next().previous(), q);
        QCOMPARE(FiscalQuarter({2025, 1}).previous().toString(), u"FY2024Q4"_s);
        QCOMPARE(q.yearAgo().toString(), u"FY2024Q4"_s);
        QVERIFY(FiscalQuarter({2024, 4}) < FiscalQuarter({2025, 1}));
        QCOMPARE(q.shortLabel(), u"Q4 FY25"_s);
    }

    void migrationCreatesTheMetricsTable()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path(u"schema.sqlite"_s), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"SELECT name FROM pragma_table_info('metrics')"_s));
        QStringList columns;
        while (query.next())
            columns << query.value(0).toString();
        for (const QString &column :
             {u"company_id"_s, u"fiscal_quarter"_s, u"period_end"_s, u"metric_key"_s, u"value"_s, u"unit"_s,
              u"kind"_s, u"source"_s, u"status"_s, u"user_entered"_s})
            QVERIFY2(columns.contains(column), qPrintable(column));

        // One row per company, quarter, metric and kind.
        QVERIFY(query.exec(u"INSERT INTO companies (ticker, name) VALUES ('X', 'X')"_s));
        const QString insert = u"INSERT INTO metrics (company_id, fiscal_quarter, metric_key, kind, value)"
                               " VALUES (1, 'FY2025Q4', 'revenue', 'actual', 1)"_s;
        QVERIFY(query.exec(insert));
        QVERIFY(!query.exec(insert));
        QVERIFY(query.exec(u"INSERT INTO metrics (company_id, fiscal_quarter, metric_key, kind, value)"
                           " VALUES (1, 'FY2025Q4', 'revenue', 'estimate', 1)"_s));
        QVERIFY(!query.exec(u"INSERT INTO metrics (company_id, fiscal_quarter, metric_key, kind, value)"
                            " VALUES (1, '2025Q4', 'revenue', 'actual', 1)"_s));
        QVERIFY(!query.exec(u"INSERT INTO metrics (company_id, fiscal_quarter, metric_key, kind, value)"
                            " VALUES (1, 'FY2025Q3', 'revenue', 'rumour', 1)"_s));
    }

    void everyBuiltInValueMatchesTheCsvFiles()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path(u"sample.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        MetricRepository repository(&store);
        QCOMPARE(repository.companies(), QStringList{u"NVDA"_s});

        int expected = 0;
        for (int r = 0; r < m_quarterly.rows.size(); ++r) {
            const auto quarter = FiscalQuarter::parse(m_quarterly.value(r, u"fiscal_quarter"_s));
            QVERIFY(quarter);
            for (const Column &column : quarterlyColumns()) {
                const QString text = m_quarterly.value(r, column.csv);
                const QString where = u"%1 %2"_s.arg(quarter->toString(), column.csv);
                const auto figure = repository.figure({u"NVDA"_s, *quarter, column.metric, column.kind});
                if (text.isEmpty()) {
                    QVERIFY2(!figure, qPrintable(where + u": blank in the CSV but stored"_s));
                    continue;
                }
                ++expected;
                QVERIFY2(figure, qPrintable(where + u": missing"_s));
                bool ok = false;
                QCOMPARE(*figure->value, text.toDouble(&ok));
                QVERIFY(ok);
                QCOMPARE(figure->unit, column.unit);
                QCOMPARE(figure->status, m_quarterly.value(r, u"status"_s));
                QCOMPARE(figure->source, m_quarterly.value(r, u"source"_s));
                QCOMPARE(figure->periodEnd.toString(Qt::ISODate), m_quarterly.value(r, u"period_end"_s));
                QVERIFY(!figure->userEntered);
                if (column.metric == u"gaap_diluted_eps"_s)
                    QCOMPARE(figure->note, m_quarterly.value(r, u"eps_basis"_s));
            }
        }
        for (int r = 0; r < m_blackwell.rows.size(); ++r) {
            const auto quarter = FiscalQuarter::parse(m_blackwell.value(r, u"fiscal_quarter"_s));
            QVERIFY(quarter);
            const QString metric = u"blackwell_"_s + m_blackwell.value(r, u"kind"_s);
            const auto figure = repository.figure({u"NVDA"_s, *quarter, metric, FigureKind::Disclosed});
            QVERIFY2(figure, qPrintable(metric));
            ++expected;
            const QString text = m_blackwell.value(r, u"value"_s);
            QCOMPARE(figure->value.has_value(), !text.isEmpty());
            if (figure->value)
                QCOMPARE(*figure->value, text.toDouble());
            QCOMPARE(figure->unit, m_blackwell.value(r, u"unit"_s));
            QCOMPARE(figure->note, m_blackwell.value(r, u"what"_s));
            QCOMPARE(figure->status, m_blackwell.value(r, u"status"_s));
            QCOMPARE(figure->source, m_blackwell.value(r, u"source"_s));
        }
        // The figures the built-in article states (its close of 2025-02-26), cited to it.
        for (int r = 0; r < m_quotes.rows.size(); ++r) {
            const auto quarter = FiscalQuarter::parse(m_quotes.value(r, u"fiscal_quarter"_s));
            QVERIFY(quarter);
            const QString metric = m_quotes.value(r, u"metric"_s);
            const auto figure = repository.figure({u"NVDA"_s, *quarter, metric, FigureKind::Disclosed});
            QVERIFY2(figure, qPrintable(metric));
            ++expected;
            QCOMPARE(*figure->value, m_quotes.value(r, u"value"_s).toDouble());
            QCOMPARE(figure->unit, m_quotes.value(r, u"unit"_s));
            QVERIFY(figure->note.contains(m_quotes.value(r, u"close_date"_s)));
            QVERIFY(figure->note.contains(m_quotes.value(r, u"quote"_s)));
            QCOMPARE(figure->status, m_quotes.value(r, u"status"_s));
            QCOMPARE(figure->source, m_quotes.value(r, u"source"_s));
        }
        // Nothing more than the files hold.
        QCOMPARE(repository.figures().size(), expected);
        QCOMPARE(count(store, u"SELECT count(*) FROM metrics"_s), expected);
        QVERIFY(!repository.sourceDescription(u"NVDA"_s).isEmpty());
    }

    void derivedValuesAreComputedFromStoredOnes()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path(u"derived.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        MetricRepository repository(&store);
        const FigureSet set = repository.figureSet(u"NVDA"_s);

        const auto csv = [&](const QString &quarter, const QString &column) {
            for (int r = 0; r < m_quarterly.rows.size(); ++r) {
                if (m_quarterly.value(r, u"fiscal_quarter"_s) == quarter)
                    return m_quarterly.value(r, column).toDouble();
            }
            return qQNaN();
        };
        const FiscalQuarter q{2025, 4};
        QCOMPARE(*set.yearOverYearGrowth(q, u"revenue"_s),
                 (csv(u"FY2025Q4"_s, u"revenue_musd"_s) / csv(u"FY2024Q4"_s, u"revenue_musd"_s) - 1) * 100);
        QCOMPARE(*set.quarterOverQuarterGrowth(q, u"data_center"_s),
                 (csv(u"FY2025Q4"_s, u"data_center_musd"_s) / csv(u"FY2025Q3"_s, u"data_center_musd"_s) - 1) *
                     100);
        QCOMPARE(*set.netMargin(q),
                 csv(u"FY2025Q4"_s, u"gaap_net_income_musd"_s) / csv(u"FY2025Q4"_s, u"revenue_musd"_s) * 100);
        // The outlook for FY2025Q4 was given in FY2025Q3's release.
        const Figure *outlook = set.outlookFor(q, u"next_revenue_guidance"_s);
        QVERIFY(outlook);
        QCOMPARE(outlook->quarter.toString(), u"FY2025Q3"_s);
        QCOMPARE(*set.outlookDifference(q, u"next_revenue_guidance"_s, u"revenue"_s),
                 csv(u"FY2025Q4"_s, u"revenue_musd"_s) - csv(u"FY2025Q3"_s, u"guide_next_revenue_musd"_s));
        QCOMPARE(
            *set.outlookDifference(q, u"next_nongaap_gross_margin_guidance"_s, u"nongaap_gross_margin"_s),
            csv(u"FY2025Q4"_s, u"nongaap_gross_margin_pct"_s) -
                csv(u"FY2025Q3"_s, u"guide_next_nongaap_gm_pct"_s));

        // No growth without the year-ago quarter, no margin without both figures.
        QVERIFY(!set.yearOverYearGrowth({2023, 1}, u"revenue"_s));
        QVERIFY(!set.find({2025, 4}, u"data_center_compute"_s));
        QVERIFY(!set.quarterOverQuarterGrowth({2026, 1}, u"data_center_compute"_s));
        // The GAAP margin outlook given in FY2026Q4 was not found: no outlook for FY2027Q1.
        QVERIFY(!set.outlookFor({2027, 1}, u"next_gaap_gross_margin_guidance"_s));
        QVERIFY(set.outlookFor({2027, 1}, u"next_nongaap_gross_margin_guidance"_s));
        // The last outlook's quarter is part of the set's quarters.
        const QList<FiscalQuarter> quarters = set.quarters();
        QCOMPARE(quarters.first().toString(), u"FY2023Q1"_s);
        QCOMPARE(quarters.last().toString(), u"FY2027Q1"_s);
        QCOMPARE(quarters.size(), 17);

        // Blackwell: FY2025Q4 was disclosed, so it is not estimated; FY2026Q1 is the
        // disclosed share of compute revenue; FY2026Q2 grows that by the disclosed rate.
        QVERIFY(!ProductRamp::revenueEstimate(set, ProductRamp::BuiltIn, {2025, 4}));
        const auto q1 = ProductRamp::revenueEstimate(set, ProductRamp::BuiltIn, {2026, 1});
        QVERIFY(q1);
        const double share = *set.value({2026, 1}, u"blackwell_share_of_dc_compute"_s, FigureKind::Disclosed);
        QCOMPARE(q1->value, share / 100 * csv(u"FY2026Q1"_s, u"dc_compute_musd"_s));
        const auto q2 = ProductRamp::revenueEstimate(set, ProductRamp::BuiltIn, {2026, 2});
        QVERIFY(q2);
        QCOMPARE(q2->value, q1->value * (1 + *set.value({2026, 2}, u"blackwell_sequential_growth"_s,
                                                        FigureKind::Disclosed) /
                                                 100));
        QVERIFY(!ProductRamp::revenueEstimate(set, ProductRamp::BuiltIn, {2026, 3}));
    }

    void libraryWithTheCallGetsTheFiguresOnce()
    {
        const QString file = path(u"old.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR) + u"/libraries/library-schema1.sqlite"_s, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        const int calls = int(store.calls().size());
        // What an installation before the figures existed left behind.
        QVERIFY(store.setMetaValue(u"sample_installed"_s, u"1"_s, &error));
        QVERIFY(!SampleLibrary::isInstalled(store));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        QVERIFY(SampleLibrary::isInstalled(store));
        QCOMPARE(store.calls().size(), calls);
        MetricRepository repository(&store);
        const int installed = int(repository.figures(u"NVDA"_s).size());
        QVERIFY(installed > 150);

        // Installing again adds nothing; figures the user deleted do not come back.
        QVERIFY(SampleLibrary::install(store, &error));
        QCOMPARE(repository.figures().size(), installed);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"DELETE FROM metrics"_s));
        QVERIFY(SampleLibrary::install(store, &error));
        QCOMPARE(repository.figures().size(), 0);
    }

    void storeReplacesAndValidates()
    {
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path(u"writes.sqlite"_s), &error), qPrintable(error));
        MetricRepository repository(&store);
        QSignalSpy changed(&repository, &MetricRepository::figuresChanged);

        Figure f = userFigure(u"revenue"_s, {2025, 1}, 100);
        QVERIFY2(repository.store({f}, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"ACME"_s);
        f.value = 120;
        QVERIFY(repository.store({f}, &error));
        QCOMPARE(repository.figures(u"ACME"_s).size(), 1);
        QCOMPARE(*repository.figure(f.key())->value, 120.0);

        // One bad figure among good ones: nothing is written.
        Figure bad = userFigure(u"revenue"_s, {2025, 2}, 1);
        bad.metric = u"revnue"_s;
        const Figure good = userFigure(u"gaming"_s, {2025, 2}, 5);
        QVERIFY(!repository.store({good, bad}, &error));
        QVERIFY2(error.contains(u"revnue"_s), qPrintable(error));
        QVERIFY(!repository.figure(good.key()));
        Figure wrongUnit = good;
        wrongUnit.unit = u"pct"_s;
        QVERIFY(!repository.store({wrongUnit}, &error));

        // replace() moves a figure to a new key in one change.
        Figure moved = f;
        moved.quarter = {2025, 3};
        QVERIFY(repository.replace(f, moved, &error));
        QVERIFY(!repository.figure(f.key()));
        QVERIFY(repository.figure(moved.key()));
        QVERIFY(repository.replace(moved, std::nullopt, &error));
        QVERIFY(repository.figures(u"ACME"_s).isEmpty());
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    CsvTable m_quarterly;
    CsvTable m_blackwell;
    CsvTable m_quotes;
};

QTEST_GUILESS_MAIN(TestMetricRepository)
#include "tst_metricrepository.moc"
