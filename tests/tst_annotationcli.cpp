#include "AppRunner.h"
#include "annotations/AnnotationRepository.h"
#include "options/PutScenarioRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// The annotation sub-commands of the real executable, and that an annotation is on disk
// as soon as `annotate` has said so.
class TestAnnotationCli : public QObject
{
    Q_OBJECT

private:
    // A library with the sample call; returns Q3's answer turn.
    TurnRecord prepareLibrary(const QString &path)
    {
        LibraryStore store;
        QString error;
        if (!store.open(path, &error) || !SampleLibrary::install(store, &error))
            qFatal("%s", qPrintable(error));
        const CallRecord call = *store.call(store.calls().first().id);
        m_callId = call.summary.id;
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.question == 3 && turn.role == QLatin1StringView(Role::Executive))
                    return turn;
            }
        }
        return {};
    }

    QList<Annotation> annotationsIn(const QString &path)
    {
        LibraryStore store;
        QString error;
        if (!store.open(path, &error))
            return {};
        return AnnotationRepository(&store).annotations();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void annotateThenExport()
    {
        const QString library = m_dir.filePath(u"cli.sqlite"_s);
        const TurnRecord turn = prepareLibrary(library);
        QVERIFY(turn.id);
        const QStringList base{u"--library"_s, library};
        const QString call = QString::number(m_callId);

        const AppRun ok = runApp(
            base + QStringList{u"annotate"_s, call, u"--turn"_s, QString::number(turn.id), u"--start"_s,
                               u"0"_s, u"--end"_s, u"10"_s, u"--note"_s, u"margin trough"_s, u"--tags"_s,
                               u"guidance,margin"_s, u"--color"_s, u"green"_s, u"--json"_s});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const QJsonObject json = QJsonDocument::fromJson(ok.out.toUtf8()).object();
        QCOMPARE(json.value("quote"_L1).toString(), turn.text.left(10));
        QCOMPARE(json.value("colour"_L1).toString(), u"green"_s);

        const QString length = QString::number(turn.text.size());
        const AppRun past = runApp(base + QStringList{u"annotate"_s, call, u"--turn"_s,
                                                      QString::number(turn.id), u"--start"_s, u"5"_s,
                                                      u"--end"_s, QString::number(turn.text.size() + 1)});
        QCOMPARE(past.exitCode, 1);
        QVERIFY2(past.err.contains(u"out of range"_s) && past.err.contains(length), qPrintable(past.err));
        const AppRun backwards =
            runApp(base + QStringList{u"annotate"_s, call, u"--turn"_s, QString::number(turn.id),
                                      u"--start"_s, u"9"_s, u"--end"_s, u"3"_s});
        QCOMPARE(backwards.exitCode, 1);
        const AppRun noTurn = runApp(base + QStringList{u"annotate"_s, call, u"--turn"_s, u"999999"_s,
                                                        u"--start"_s, u"0"_s, u"--end"_s, u"1"_s});
        QCOMPARE(noTurn.exitCode, 1);
        QVERIFY(noTurn.err.contains(u"999999"_s));
        const AppRun colour =
            runApp(base + QStringList{u"annotate"_s, call, u"--turn"_s, QString::number(turn.id),
                                      u"--start"_s, u"0"_s, u"--end"_s, u"2"_s, u"--color"_s, u"mauve"_s});
        QCOMPARE(colour.exitCode, 1);
        QVERIFY(colour.err.contains(u"mauve"_s));
        const AppRun usage = runApp(base + QStringList{u"annotate"_s, call, u"--start"_s, u"0"_s});
        QCOMPARE(usage.exitCode, 2);
        QCOMPARE(annotationsIn(library).size(), 1);

        const AppRun md = runApp(base + QStringList{u"notes"_s, u"--format"_s, u"md"_s});
        QVERIFY2(md.exitCode == 0, qPrintable(md.err));
        QVERIFY(md.out.contains(u"> "_s + turn.text.left(10)));
        QVERIFY(md.out.contains(u"margin trough"_s));
        QVERIFY(md.out.contains(u"`guidance`"_s));

        const QString out = m_dir.filePath(u"notes.csv"_s);
        const AppRun csv = runApp(base + QStringList{u"notes"_s, u"--call"_s, call, u"--tag"_s, u"margin"_s,
                                                     u"--format"_s, u"csv"_s, u"--out"_s, out});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(u"\r\n"_s), 2);
        QVERIFY(text.contains(turn.text.left(10)));

        const AppRun none =
            runApp(base + QStringList{u"notes"_s, u"--tag"_s, u"absent"_s, u"--format"_s, u"json"_s});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).object().value("annotations"_L1).toArray().size(),
                 0);
        QCOMPARE(runApp(base + QStringList{u"notes"_s, u"--format"_s, u"pdf"_s}).exitCode, 2);
        QCOMPARE(runApp(base + QStringList{u"notes"_s}).exitCode, 2);
        QCOMPARE(
            runApp(base + QStringList{u"notes"_s, u"--call"_s, u"777"_s, u"--format"_s, u"md"_s}).exitCode,
            1);
    }

    // SIGKILL as soon as `annotate` has printed its line: the annotation must be in the
    // library. AppRun several times, so that most kills land before the process could close
    // the library in an orderly way.
    // Scenarios go along with the notes (md and json) and come back with import-notes.
    void notesCarryPutScenarios()
    {
        const QString library = m_dir.filePath(u"scenarios.sqlite"_s);
        QVERIFY(prepareLibrary(library).id);
        {
            LibraryStore store;
            QString error;
            QVERIFY2(store.open(library, &error), qPrintable(error));
            PutScenario scenario;
            scenario.callId = m_callId;
            scenario.name = u"Ten days at 110"_s;
            scenario.inputs.price = 131.28;
            scenario.inputs.strike = 110;
            scenario.inputs.premium = 3.725;
            scenario.inputs.tradeDate = QDate(2025, 2, 26);
            scenario.inputs.expiry = QDate(2025, 3, 8);
            QVERIFY2(PutScenarioRepository(&store).add(scenario, &error), qPrintable(error));
        }
        const QStringList base{u"--library"_s, library};
        const AppRun md = runApp(base + QStringList{u"notes"_s, u"--format"_s, u"md"_s});
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(md.out.contains(u"### Ten days at 110"_s) && md.out.contains(u"$372.50"_s),
                 qPrintable(md.out));
        const AppRun tagged =
            runApp(base + QStringList{u"notes"_s, u"--format"_s, u"md"_s, u"--tag"_s, u"x"_s});
        QCOMPARE(tagged.exitCode, 0);
        QVERIFY2(!tagged.out.contains(u"Ten days at 110"_s), qPrintable(tagged.out));

        const QString file = m_dir.filePath(u"scenarios.json"_s);
        const AppRun json =
            runApp(base + QStringList{u"notes"_s, u"--format"_s, u"json"_s, u"--out"_s, file});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QString other = m_dir.filePath(u"scenarios-other.sqlite"_s);
        const AppRun imported = runApp({u"--library"_s, other, u"import-notes"_s, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"1 calls imported, 0 question marks, 1 put scenarios"_s),
                 qPrintable(imported.out));
        const AppRun listed =
            runApp({u"--library"_s, other, u"put-scenarios"_s, u"--call"_s, u"1"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray scenarios = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(scenarios.size(), 1);
        QCOMPARE(scenarios.first()["name"_L1].toString(), u"Ten days at 110"_s);
        QCOMPARE(scenarios.first()["annualised_yield_pct"_L1].toDouble(), 3.725 / 110 * 365 / 10 * 100);
    }

    void annotationSurvivesSigkill()
    {
        const QString library = m_dir.filePath(u"kill.sqlite"_s);
        const TurnRecord turn = prepareLibrary(library);
        QVERIFY(turn.id);
        constexpr int kRuns = 10;
        int killedWhileRunning = 0;
        for (int i = 0; i < kRuns; ++i) {
            QProcess process;
            process.start(QStringLiteral(ER_APP_BINARY),
                          {u"--library"_s, library, u"annotate"_s, QString::number(m_callId), u"--turn"_s,
                           QString::number(turn.id), u"--start"_s, QString::number(i), u"--end"_s,
                           QString::number(i + 5), u"--note"_s, u"run %1"_s.arg(i)});
            QVERIFY(process.waitForStarted());
            while (!process.canReadLine() && process.state() == QProcess::Running)
                process.waitForReadyRead(50);
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(10000));
            if (process.exitStatus() == QProcess::CrashExit)
                ++killedWhileRunning;
            QVERIFY2(QString::fromUtf8(process.readAllStandardOutput()).startsWith(u"annotation "_s),
                     "annotate printed its line before the kill");
        }
        qInfo("%d of %d runs were killed before they exited on their own", killedWhileRunning, kRuns);
        QVERIFY2(killedWhileRunning > 0, "no kill landed while the process was still running");

        const QList<Annotation> stored = annotationsIn(library);
        QCOMPARE(stored.size(), kRuns);
        for (int i = 0; i < kRuns; ++i) {
            QCOMPARE(stored.at(i).note, u"run %1"_s.arg(i));
            QCOMPARE(stored.at(i).quote, turn.text.mid(i, 5));
        }
    }

    void reimportKeepsAnnotations()
    {
        const QString library = m_dir.filePath(u"reimport.sqlite"_s);
        const TurnRecord turn = prepareLibrary(library);
        const QString base = QString::number(m_callId);
        const AppRun annotated = runApp({u"--library"_s, library, u"annotate"_s, base, u"--turn"_s,
                                         QString::number(turn.id), u"--start"_s, u"0"_s, u"--end"_s, u"8"_s});
        QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));

        QFile seed(QStringLiteral(ER_SEED_FILE));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(seed.readAll());
        const QString quote = turn.text.left(8);
        QVERIFY(text.contains(quote));
        text.replace(quote, u"(修訂)"_s + quote);
        const QString edited = m_dir.filePath(u"edited.txt"_s);
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();

        const AppRun reimported = runApp({u"--library"_s, library, u"reimport"_s, base, edited});
        QVERIFY2(reimported.exitCode == 0, qPrintable(reimported.err));
        QVERIFY2(reimported.out.contains(u"1 moved"_s), qPrintable(reimported.out));
        const QList<Annotation> after = annotationsIn(library);
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().isPlaced());
        QCOMPARE(after.first().quote, quote);
        QCOMPARE(after.first().start, 4);

        QCOMPARE(
            runApp({u"--library"_s, library, u"reimport"_s, base, m_dir.filePath(u"missing.txt"_s)}).exitCode,
            1);
    }

private:
    QTemporaryDir m_dir;
    qint64 m_callId = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationCli)
#include "tst_annotationcli.moc"
