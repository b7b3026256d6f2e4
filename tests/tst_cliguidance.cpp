#include "AppRunner.h"
#include "TestCalls.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The built-in figures as the CSV file states them, read here without the app's code.
QHash<QString, QHash<QString, double>> csvFacts()
{
    QFile file(QFileInfo(QStringLiteral(ER_SEED_FILE)).dir().filePath(u"nvda_quarterly_facts.csv"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(u',');
    QHash<QString, QHash<QString, double>> facts;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u',');
        for (qsizetype c = 1; c < header.size() && c < cells.size(); ++c) {
            bool ok = false;
            const double value = cells.at(c).toDouble(&ok);
            if (ok)
                facts[cells.first()].insert(header.at(c), value);
        }
    }
    return facts;
}

QString nextQuarter(const QString &period)
{
    const int year = period.mid(2, 4).toInt();
    const int quarter = period.right(1).toInt();
    return quarter == 4 ? u"FY%1Q1"_s.arg(year + 1) : u"FY%1Q%2"_s.arg(year).arg(quarter + 1);
}

QString outcome(double actual, double low, double high)
{
    return actual < low - 1e-9 ? u"below"_s : actual > high + 1e-9 ? u"above"_s : u"in_range"_s;
}

} // namespace

// `earnings-reader guidance` and `check-numbers` on NVIDIA's four English FY2025 calls and the
// built-in Chinese write-up, checked against the release outlooks and actuals of the built-in
// figures' CSV file, read by the test itself.
class TestCliGuidance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"guidance.sqlite"_s);
        QVERIFY(run({u"install-sample"_s}).exitCode == 0);
        m_builtIn = runJson({u"calls"_s, u"--json"_s}).array().first()[u"id"_s].toInteger();
        for (const RealCall &call : kNvidiaFy2025Calls) {
            const QString file =
                QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/"_s + QLatin1StringView(call.file);
            const QJsonArray outcomes = runJson({u"import"_s, file, u"--company"_s, u"NVDA"_s, u"--period"_s,
                                                 QLatin1StringView(call.period), u"--date"_s,
                                                 QLatin1StringView(call.date), u"--json"_s})
                                            .array();
            QCOMPARE(outcomes.size(), 1);
            m_calls.insert(QLatin1StringView(call.period), outcomes.first()[u"call"_s].toInteger());
        }
        m_facts = csvFacts();
        QVERIFY(m_facts.contains(u"FY2026Q1"_s));
        m_ledger = runJson({u"guidance"_s, u"--company"_s, u"NVDA"_s, u"--json"_s})
                       .object()[u"guidance"_s]
                       .toArray();
        QVERIFY(!m_ledger.isEmpty());
    }

    void eachCallsOutlookEqualsTheRelease_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("outlookColumn");
        QTest::addColumn<QString>("actualColumn");
        QTest::addColumn<double>("tolerance"); // as the release states it
        QTest::addColumn<bool>("relative");
        for (const RealCall &call : kNvidiaFy2025Calls) {
            const QString p = QLatin1StringView(call.period);
            QTest::addRow("%s revenue", call.period)
                << p << u"revenue"_s << u"guide_next_revenue_musd"_s << u"revenue_musd"_s << 2.0 << true;
            QTest::addRow("%s GAAP margin", call.period)
                << p << u"gaap_gross_margin"_s << u"guide_next_gaap_gm_pct"_s << u"gaap_gross_margin_pct"_s
                << 0.5 << false;
            QTest::addRow("%s non-GAAP margin", call.period)
                << p << u"nongaap_gross_margin"_s << u"guide_next_nongaap_gm_pct"_s
                << u"nongaap_gross_margin_pct"_s << 0.5 << false;
        }
    }

    void eachCallsOutlookEqualsTheRelease()
    {
        QFETCH(QString, period);
        QFETCH(QString, metric);
        QFETCH(QString, outlookColumn);
        QFETCH(QString, actualColumn);
        QFETCH(double, tolerance);
        QFETCH(bool, relative);
        const double outlook = m_facts.value(period).value(outlookColumn);
        const QString target = nextQuarter(period);
        QList<QJsonObject> found;
        for (const QJsonValue &value : std::as_const(m_ledger)) {
            const QJsonObject e = value.toObject();
            if (e[u"call_id"_s].toInteger() == m_calls.value(period) && e[u"metric"_s].toString() == metric &&
                e[u"target_period"_s].toString() == target)
                found << e;
        }
        QCOMPARE(found.size(), 1);
        const QJsonObject &e = found.first();
        QCOMPARE(e[u"point"_s].toDouble(), outlook);
        const double half = relative ? outlook * tolerance / 100 : tolerance;
        QVERIFY(std::abs(e[u"low"_s].toDouble() - (outlook - half)) < 1e-6);
        QVERIFY(std::abs(e[u"high"_s].toDouble() - (outlook + half)) < 1e-6);
        QCOMPARE(e[u"speaker"_s].toString().contains(u"Kress"_s), true);
        QCOMPARE(e[u"role"_s].toString(), u"executive"_s);
        QCOMPARE(e[u"release_outlook"_s].toDouble(), outlook);
        QCOMPARE(e[u"release_disagrees"_s].toBool(), false);
        const double actual = m_facts.value(target).value(actualColumn);
        QCOMPARE(e[u"actual"_s].toDouble(), actual);
        QCOMPARE(e[u"outcome"_s].toString(), outcome(actual, outlook - half, outlook + half));
        QVERIFY(e[u"quote"_s].toString().contains(QString::number(relative ? outlook / 1000 : outlook)));
    }

    void theBuiltInCallsMarginGuidanceHasItsBand()
    {
        QList<QJsonObject> bands;
        for (const QJsonValue &value : std::as_const(m_ledger)) {
            const QJsonObject e = value.toObject();
            if (e[u"call_id"_s].toInteger() == m_builtIn && e[u"role"_s].toString() == u"executive"_s)
                bands << e;
        }
        QCOMPARE(bands.size(), 2);
        // 「毛利率將處於70%出頭的水平」: the Q3 call defined "low" as 71% to 72.5%.
        QCOMPARE(bands.at(0)[u"band"_s].toString(), u"70%出頭"_s);
        QCOMPARE(bands.at(0)[u"target_period"_s].toString(), u"FY2026Q1"_s);
        QCOMPARE(bands.at(0)[u"target_stated"_s].toBool(), false);
        QCOMPARE(bands.at(0)[u"low"_s].toDouble(), 71.0);
        QCOMPARE(bands.at(0)[u"high"_s].toDouble(), 72.5);
        QCOMPARE(bands.at(0)[u"band_source_call"_s].toInteger(), m_calls.value(u"FY2025Q3"_s));
        const double q1 = m_facts.value(u"FY2026Q1"_s).value(u"nongaap_gross_margin_pct"_s);
        QCOMPARE(bands.at(0)[u"actual"_s].toDouble(), q1);
        QCOMPARE(bands.at(0)[u"outcome"_s].toString(), outcome(q1, 71.0, 72.5));
        // 「今年晚些時候毛利率可能會達到70%中期的水平」: the year's last quarter, the mid-70s.
        QCOMPARE(bands.at(1)[u"band"_s].toString(), u"70%中期"_s);
        QCOMPARE(bands.at(1)[u"target_period"_s].toString(), u"FY2026Q4 (late in the year)"_s);
        const double q4 = m_facts.value(u"FY2026Q4"_s).value(u"nongaap_gross_margin_pct"_s);
        QCOMPARE(bands.at(1)[u"actual"_s].toDouble(), q4);
        QCOMPARE(bands.at(1)[u"outcome"_s].toString(), outcome(q4, 70 + 10.0 / 3, 70 + 20.0 / 3));
    }

    void theArticlesNumbersAreChecked()
    {
        const QJsonArray numbers = runJson({u"check-numbers"_s, QString::number(m_builtIn), u"--json"_s})
                                       .object()[u"numbers"_s]
                                       .toArray();
        QHash<QString, QString> results;
        for (const QJsonValue &value : numbers)
            results.insert(value[u"text"_s].toString(), value[u"result"_s].toString());
        QCOMPARE(results.value(u"393.31億美元"_s), u"match"_s);
        QCOMPARE(results.value(u"1304.97億美元"_s), u"match"_s);
        QCOMPARE(results.value(u"728.80億美元"_s), u"match"_s);
        // 淨利潤220.66億美元: the non-GAAP figure; GAAP net income was $22,091M, up 80%.
        QCOMPARE(results.value(u"220.66億美元"_s), u"differs"_s);
        QCOMPARE(results.value(u"72%"_s), u"differs"_s);
    }

    void formatsAndUsage()
    {
        const AppRun csv = run({u"guidance"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"company,call_id,call_period,metric,target_period,low,high"_s));
        QVERIFY(csv.out.contains(u"70%出頭"_s));
        const AppRun md = run({u"guidance"_s, u"--format"_s, u"md"_s});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.contains(u"| NVDA | FY2025Q4 |"_s));
        QCOMPARE(run({u"guidance"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
        QCOMPARE(run({u"check-numbers"_s}).exitCode, 2);
        const AppRun missing = run({u"check-numbers"_s, u"999"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"999"_s));
    }

private:
    AppRun run(QStringList args) const
    {
        args << u"--library"_s << m_library;
        return runApp(args);
    }

    QJsonDocument runJson(const QStringList &args) const
    {
        const AppRun result = run(args);
        if (result.exitCode != 0)
            qWarning() << args << result.err;
        return QJsonDocument::fromJson(result.out.toUtf8());
    }

    QTemporaryDir m_dir;
    QString m_library;
    qint64 m_builtIn = 0;
    QHash<QString, qint64> m_calls;
    QHash<QString, QHash<QString, double>> m_facts;
    QJsonArray m_ledger;
};

QTEST_GUILESS_MAIN(TestCliGuidance)
#include "tst_cliguidance.moc"
