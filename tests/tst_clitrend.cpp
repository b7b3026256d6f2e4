#include "AppRunner.h"
#include "TestCalls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Who a count belongs to in the independent count: a person by the letters of the name, or
// every analyst.
enum class Who { JensenHuang, ColetteKress, Analysts };

bool isWho(Who who, const QJsonObject &turn)
{
    const QString name = turn[u"speaker"_s].toString().toLower();
    switch (who) {
    case Who::JensenHuang:
        return name.contains(u"jensen"_s) && name.contains(u"huang"_s);
    case Who::ColetteKress:
        return name.contains(u"colette"_s) && name.contains(u"kress"_s);
    case Who::Analysts:
        return turn[u"role"_s].toString() == u"analyst"_s;
    }
    return false;
}

} // namespace

// `earnings-reader trend` and `changes`, run as a user would, on NVIDIA's real calls and the
// built-in call. The counts the app gives are checked against counts this test makes itself
// from the stored turns (`show --json`) with a plain regular expression.
class TestCliTrend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"trend.sqlite"_s);
        for (const RealCall &call : kNvidiaFy2025Calls) {
            const QString file =
                QStringLiteral(ER_TEST_DATA_DIR) + u"/transcripts/"_s + QLatin1StringView(call.file);
            const QJsonArray outcomes = runJson({u"import"_s, file, u"--company"_s, u"NVDA"_s, u"--period"_s,
                                                 QLatin1StringView(call.period), u"--date"_s,
                                                 QLatin1StringView(call.date), u"--json"_s})
                                            .array();
            QCOMPARE(outcomes.size(), 1);
            const qint64 id = outcomes.first()[u"call"_s].toInteger();
            QVERIFY(id > 0);
            m_callIds << id;
            m_periods.insert(id, QLatin1StringView(call.period));
        }
        const AppRun sample = run({u"install-sample"_s});
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
        for (const QJsonValue &call : runJson({u"calls"_s, u"--json"_s}).array()) {
            const qint64 id = call[u"id"_s].toInteger();
            if (!m_callIds.contains(id)) {
                m_callIds << id;
                m_periods.insert(id, call[u"fiscal_period"_s].toString() + u" (zh)"_s);
            }
        }
        QCOMPARE(m_callIds.size(), 5);
        for (qint64 id : std::as_const(m_callIds))
            m_calls.insert(id, runJson({u"show"_s, QString::number(id), u"--json"_s}).object());
    }

    void blackwellPerQuarterEqualsAnIndependentCount_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<QString>("by");
        QTest::newRow("Jensen Huang") << int(Who::JensenHuang) << u"speaker"_s;
        QTest::newRow("Colette Kress") << int(Who::ColetteKress) << u"speaker"_s;
        QTest::newRow("analysts") << int(Who::Analysts) << u"role"_s;
    }

    void blackwellPerQuarterEqualsAnIndependentCount()
    {
        QFETCH(int, who);
        QFETCH(QString, by);
        static const QRegularExpression blackwell(u"\\bblackwell(?:s|es)?\\b"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        QHash<qint64, int> expected;
        for (auto call = m_calls.cbegin(); call != m_calls.cend(); ++call) {
            forEachTurn(call.value(), [&](const QJsonObject &turn) {
                if (!isWho(Who(who), turn))
                    return;
                auto matches = blackwell.globalMatch(turn[u"text"_s].toString());
                while (matches.hasNext()) {
                    matches.next();
                    ++expected[call.key()];
                }
            });
        }

        const QJsonArray trends =
            runJson({u"trend"_s, u"Blackwell"_s, u"--company"_s, u"NVDA"_s, u"--by"_s, by, u"--json"_s})
                .array();
        QCOMPARE(trends.size(), 1);
        QJsonObject found;
        for (const QJsonValue &series : trends.first()[u"series"_s].toArray()) {
            // The series is named by the variant used most often ("Colette M. Kress").
            const bool match = isWho(Who(who), series.toObject());
            if (match)
                found = series.toObject();
        }
        QVERIFY2(!found.isEmpty(), "no series for the speaker");
        QHash<qint64, int> counted;
        QStringList row;
        for (const QJsonValue &point : found[u"points"_s].toArray()) {
            const qint64 id = point[u"call_id"_s].toInteger();
            if (point[u"count"_s].toInt() > 0)
                counted.insert(id, point[u"count"_s].toInt());
            QVERIFY(point[u"words"_s].toInt() > 0 || point[u"count"_s].toInt() == 0);
            QCOMPARE(point[u"period"_s].toString(), m_periods.value(id).section(u' ', 0, 0));
        }
        for (qint64 id : std::as_const(m_callIds))
            row << u"%1=%2"_s.arg(m_periods.value(id)).arg(expected.value(id));
        qInfo().noquote() << QTest::currentDataTag() << row.join(u", "_s);
        QCOMPARE(counted, expected);
        int total = 0;
        for (int count : std::as_const(expected))
            total += count;
        QVERIFY(total > 0);
    }

    void revenueInEitherScriptCountsTheSame()
    {
        QHash<QString, int> expected; // by role, both scripts counted literally
        for (const QJsonObject &call : std::as_const(m_calls)) {
            forEachTurn(call, [&](const QJsonObject &turn) {
                const QString text = turn[u"text"_s].toString();
                const int count = int(text.count(u"營收"_s) + text.count(u"营收"_s));
                if (count > 0 && turn[u"role"_s].toString() != u"furniture"_s)
                    expected[turn[u"role"_s].toString()] += count;
            });
        }
        QVERIFY(!expected.isEmpty());

        const QJsonArray traditional =
            runJson({u"trend"_s, u"營收"_s, u"--by"_s, u"role"_s, u"--json"_s}).array();
        const QJsonArray simplified =
            runJson({u"trend"_s, u"营收"_s, u"--by"_s, u"role"_s, u"--json"_s}).array();
        QCOMPARE(traditional.first()[u"series"_s], simplified.first()[u"series"_s]);
        QHash<QString, int> counted;
        for (const QJsonValue &series : traditional.first()[u"series"_s].toArray())
            counted.insert(series[u"role"_s].toString(), series[u"total"_s].toInt());
        QCOMPARE(counted, expected);
    }

    void jsonShapeAndRule()
    {
        const QJsonArray trends =
            runJson({u"trend"_s, u"Blackwell"_s, u"Blackwell Ultra"_s, u"--no-analysts"_s, u"--json"_s})
                .array();
        QCOMPARE(trends.size(), 2);
        QCOMPARE(trends.at(1)[u"term"_s].toString(), u"Blackwell Ultra"_s);
        for (const QJsonValue &trend : trends) {
            QVERIFY(trend[u"rule"_s].toString().contains(u"analysts"_s));
            QCOMPARE(trend[u"analysts"_s].toBool(), false);
            for (const QJsonValue &series : trend[u"series"_s].toArray()) {
                QVERIFY(series.toObject().contains(u"speaker"_s));
                QVERIFY(series[u"role"_s].toString() != u"analyst"_s);
                QString previous;
                for (const QJsonValue &point : series[u"points"_s].toArray()) {
                    for (const char *key : {"period", "call_id", "count", "words"})
                        QVERIFY2(point.toObject().contains(QLatin1StringView(key)), key);
                    QVERIFY(point[u"period"_s].toString() >= previous);
                    previous = point[u"period"_s].toString();
                }
            }
        }
        // A phrase is counted within its first word's count, never more.
        QVERIFY(total(trends.at(1)) > 0);
        QVERIFY(total(trends.at(1)) < total(trends.at(0)));
    }

    void csvHasOneRowPerPoint()
    {
        const AppRun csv =
            run({u"trend"_s, u"Blackwell"_s, u"--company"_s, u"NVDA"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"term,speaker,role,company,period,call_id,count,words"_s);
        const QJsonArray json =
            runJson({u"trend"_s, u"Blackwell"_s, u"--company"_s, u"NVDA"_s, u"--json"_s}).array();
        int points = 0;
        for (const QJsonValue &series : json.first()[u"series"_s].toArray())
            points += int(series[u"points"_s].toArray().size());
        QCOMPARE(lines.size() - 1, points);
        QVERIFY(!lines
                     .filter(QRegularExpression(
                         u"^Blackwell,Jensen Huang,executive,NVDA,FY2025Q\\d,\\d+,\\d+,\\d+$"_s))
                     .isEmpty());
    }

    void changesAgainstThePreviousCall()
    {
        const qint64 q2 = m_callIds.at(1);
        const QJsonObject changes = runJson({u"changes"_s, QString::number(q2), u"--json"_s}).object();
        QCOMPARE(changes[u"previous"_s][u"call_id"_s].toInteger(), m_callIds.at(0));
        QCOMPARE(changes[u"call"_s][u"period"_s].toString(), u"FY2025Q2"_s);
        const QJsonArray rose = changes[u"rose"_s].toArray();
        const QJsonArray fell = changes[u"fell"_s].toArray();
        QVERIFY(!rose.isEmpty());
        QVERIFY(!fell.isEmpty());
        int last = INT_MAX;
        for (const QJsonValue &change : rose) {
            const int rise = change[u"count"_s].toInt() - change[u"previous_count"_s].toInt();
            QVERIFY(rise > 0);
            QVERIFY(rise <= last);
            last = rise;
        }
        for (const QJsonValue &change : fell)
            QVERIFY(change[u"count"_s].toInt() < change[u"previous_count"_s].toInt());

        // A word's counts are its whole-word occurrences in each call.
        const QString term = rose.first()[u"term"_s].toString();
        if (!term.contains(u' ')) {
            const QRegularExpression word(u"(?<![\\w'])"_s + QRegularExpression::escape(term) +
                                              u"(?:'s)?(?![\\w'])"_s,
                                          QRegularExpression::CaseInsensitiveOption);
            QCOMPARE(countIn(m_calls.value(q2), word), rose.first()[u"count"_s].toInt());
            QCOMPARE(countIn(m_calls.value(m_callIds.at(0)), word),
                     rose.first()[u"previous_count"_s].toInt());
        }
        const AppRun text = run({u"changes"_s, QString::number(q2)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(term), qPrintable(text.out));
    }

    void badArgumentsAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no term") << QStringList{u"trend"_s} << 2 << u"Usage"_s;
        QTest::newRow("bad --by") << QStringList{u"trend"_s, u"a"_s, u"--by"_s, u"firm"_s} << 2 << u"--by"_s;
        QTest::newRow("bad format") << QStringList{u"trend"_s, u"a"_s, u"--format"_s, u"md"_s} << 2
                                    << u"md"_s;
        QTest::newRow("nothing to count") << QStringList{u"trend"_s, u"%"_s} << 1 << u"%"_s;
        QTest::newRow("changes without a call") << QStringList{u"changes"_s} << 2 << u"Usage"_s;
        QTest::newRow("no such call") << QStringList{u"changes"_s, u"999"_s} << 1 << u"999"_s;
    }

    void badArgumentsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const AppRun result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void firstCallHasNoPreviousCall()
    {
        const AppRun result = run({u"changes"_s, QString::number(m_callIds.at(0))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"NVDA"_s), qPrintable(result.err));
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
            qWarning().noquote() << args.join(u' ') << result.err;
        return QJsonDocument::fromJson(result.out.toUtf8());
    }

    template <typename F> static void forEachTurn(const QJsonObject &call, F f)
    {
        for (const QJsonValue &section : call[u"sections"_s].toArray()) {
            for (const QJsonValue &turn : section[u"turns"_s].toArray())
                f(turn.toObject());
        }
    }

    static int countIn(const QJsonObject &call, const QRegularExpression &pattern)
    {
        int count = 0;
        forEachTurn(call, [&](const QJsonObject &turn) {
            if (turn[u"role"_s].toString() == u"furniture"_s)
                return;
            auto matches = pattern.globalMatch(turn[u"text"_s].toString());
            while (matches.hasNext()) {
                matches.next();
                ++count;
            }
        });
        return count;
    }

    static int total(const QJsonValue &trend)
    {
        int sum = 0;
        for (const QJsonValue &series : trend[u"series"_s].toArray())
            sum += series[u"total"_s].toInt();
        return sum;
    }

    QTemporaryDir m_dir;
    QString m_library;
    QList<qint64> m_callIds; // the four English calls in order, then the built-in call
    QHash<qint64, QString> m_periods;
    QHash<qint64, QJsonObject> m_calls;
};

QTEST_GUILESS_MAIN(TestCliTrend)
#include "tst_clitrend.moc"
