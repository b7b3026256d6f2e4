#include "annotations/AnnotationExport.h"
#include "annotations/AnnotationModel.h"
#include "annotations/AnnotationRepository.h"
#include "options/PutScenarioRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// RFC 4180 reader, enough to check what the exporter wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestAnnotationExport : public QObject
{
    Q_OBJECT

private:
    const TurnRecord *turnWhere(const CallRecord &call, int question, const char *role)
    {
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.question == question && turn.role == QLatin1StringView(role))
                    return &turn;
            }
        }
        return nullptr;
    }

    bool openLibrary(LibraryStore &store, const QString &name, bool withSample)
    {
        QString error;
        if (!store.open(m_dir.filePath(name), &error)) {
            qWarning() << error;
            return false;
        }
        return !withSample || SampleLibrary::install(store, &error);
    }

    // Three annotations on the sample: Q3's answer (note with a comma, quotes and a line
    // break), Q5's question, and one outside the Q&A, plus a mark on Q3.
    void annotateSample(LibraryStore &store, AnnotationRepository &repo)
    {
        const CallRecord call = *store.call(store.calls().first().id);
        QString error;
        Annotation a;
        a.turnId = turnWhere(call, 3, Role::Executive)->id;
        a.start = 0;
        a.end = 12;
        a.note = u"Margin trough, \"low 70s\"\nthen mid 70s"_s;
        a.tags = {u"guidance"_s, u"margin"_s};
        a.figures = {{u"NVDA"_s, u"FY2025Q4"_s, u"gaap_gross_margin_pct"_s}};
        QVERIFY2(repo.add(a, &error), qPrintable(error));
        Annotation b;
        b.turnId = turnWhere(call, 5, Role::Analyst)->id;
        b.start = 2;
        b.end = 9;
        b.colour = u"pink"_s;
        b.tags = {u"china"_s};
        QVERIFY2(repo.add(b, &error), qPrintable(error));
        Annotation c;
        c.turnId = call.sections.first().turns.first().id;
        c.start = 0;
        c.end = 6;
        c.note = u"intro"_s;
        QVERIFY2(repo.add(c, &error), qPrintable(error));
        QVERIFY2(repo.setQuestionMark({call.summary.id, 3, u"answered"_s, 4}, &error), qPrintable(error));
    }

    // The trade the issue works by hand: strike 110, premium 3.725, 10 calendar days.
    PutScenario savedScenario(LibraryStore &store, const QString &name)
    {
        PutScenario scenario;
        scenario.callId = store.calls().first().id;
        scenario.name = name;
        scenario.inputs.price = 131.28;
        scenario.inputs.strike = 110;
        scenario.inputs.premium = 3.725;
        scenario.inputs.tradeDate = QDate(2025, 2, 26);
        scenario.inputs.expiry = QDate(2025, 3, 8);
        scenario.inputs.volatility = 0.45;
        QString error;
        const auto stored = PutScenarioRepository(&store).add(scenario, &error);
        if (!stored)
            qWarning() << error;
        return stored.value_or(PutScenario());
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void markdownCarriesTheCallsPutScenarios()
    {
        LibraryStore store;
        QVERIFY(openLibrary(store, u"scenarios-md.sqlite"_s, true));
        AnnotationRepository repo(&store);
        annotateSample(store, repo);
        const PutScenario scenario = savedScenario(store, u"Ten days at 110"_s);
        QVERIFY(scenario.id > 0);
        const QString md = QString::fromUtf8(AnnotationExport::write(
            AnnotationExport::Format::Markdown, store, repo, repo.annotations(), {scenario}));
        const qsizetype section = md.indexOf(u"## Selling a put: saved scenarios"_s);
        QVERIFY2(section > 0, qPrintable(md));
        // After the call's questions, with the inputs and each result with its formula.
        QVERIFY(md.indexOf(u"## Q3"_s) < section);
        QVERIFY(md.contains(u"### Ten days at 110"_s));
        for (const QString &expected : {u"$372.50"_s, u"$11,000.00"_s, u"106.275"_s, u"3.39%"_s, u"123.6"_s,
                                        u"traded 2025-02-26, expiring 2025-03-08"_s})
            QVERIFY2(md.contains(expected), qPrintable(expected + u" not in:\n"_s + md.mid(section)));

        // Without scenarios the export is what it was.
        const QString plain = QString::fromUtf8(
            AnnotationExport::write(AnnotationExport::Format::Markdown, store, repo, repo.annotations()));
        QVERIFY(!plain.contains(u"Selling a put"_s));
    }

    // A linked figure reads as the metric's name; the JSON keeps the key to import it by.
    void markdownNamesLinkedMetrics()
    {
        LibraryStore store;
        QVERIFY(openLibrary(store, u"names-md.sqlite"_s, true));
        AnnotationRepository repo(&store);
        const CallRecord call = *store.call(store.calls().first().id);
        Annotation a;
        a.turnId = turnWhere(call, 3, Role::Executive)->id;
        a.start = 0;
        a.end = 12;
        a.figures = {{u"NVDA"_s, u"FY2025Q4"_s, u"gaap_gross_margin"_s},
                     {u"NVDA"_s, u"FY2025Q4"_s, u"blackwell_revenue"_s}};
        QString error;
        QVERIFY2(repo.add(a, &error), qPrintable(error));
        const QString md = QString::fromUtf8(
            AnnotationExport::write(AnnotationExport::Format::Markdown, store, repo, repo.annotations()));
        QVERIFY2(md.contains(u"NVDA FY2025Q4 GAAP gross margin"_s), qPrintable(md));
        QVERIFY2(md.contains(u"NVDA FY2025Q4 Blackwell revenue"_s), qPrintable(md));
        QVERIFY2(!md.contains(u"gaap_gross_margin"_s) && !md.contains(u"blackwell_revenue"_s),
                 qPrintable(md));
        const QString json = QString::fromUtf8(
            AnnotationExport::write(AnnotationExport::Format::Json, store, repo, repo.annotations()));
        QVERIFY(json.contains(u"gaap_gross_margin"_s));
    }

    void jsonCarriesPutScenariosIntoAnotherLibrary()
    {
        QByteArray json;
        PutScenario original;
        {
            LibraryStore source;
            QVERIFY(openLibrary(source, u"scenarios-source.sqlite"_s, true));
            AnnotationRepository repo(&source);
            // A call with a scenario and no annotation still travels with its text.
            original = savedScenario(source, u"Ten days at 110"_s);
            QVERIFY(original.id > 0);
            json = AnnotationExport::write(AnnotationExport::Format::Json, source, repo, {}, {original});
        }
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("calls"_L1).toArray().size(), 1);
        const QJsonObject exported = root.value("put_scenarios"_L1).toArray().first().toObject();
        QCOMPARE(exported.value("premium_received"_L1).toDouble(), 372.5);
        QCOMPARE(exported.value("breakeven"_L1).toDouble(), 106.275);

        LibraryStore target;
        QVERIFY(openLibrary(target, u"scenarios-target.sqlite"_s, false));
        AnnotationRepository repo(&target);
        QString error;
        const auto report = AnnotationExport::importJson(target, repo, json, u"notes.json"_s, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->callsImported, 1);
        QCOMPARE(report->scenarios, 1);
        const QList<PutScenario> imported =
            PutScenarioRepository(&target).scenarios(target.calls().first().id);
        QCOMPARE(imported.size(), 1);
        const PutScenario &copy = imported.first();
        QCOMPARE(copy.name, original.name);
        QCOMPARE(copy.created, original.created);
        QCOMPARE(copy.inputs.price, original.inputs.price);
        QCOMPARE(copy.inputs.strike, original.inputs.strike);
        QCOMPARE(copy.inputs.premium, original.inputs.premium);
        QCOMPARE(copy.inputs.tradeDate, original.inputs.tradeDate);
        QCOMPARE(copy.inputs.expiry, original.inputs.expiry);
        QCOMPARE(copy.inputs.contracts, original.inputs.contracts);
        QVERIFY(copy.inputs.volatility.has_value());
        QCOMPARE(*copy.inputs.volatility, 0.45);
        QVERIFY(!copy.inputs.riskFreeRate.has_value());
        QVERIFY(!copy.inputs.scenarioPrice.has_value());
        QVERIFY(!copy.inputs.scenarioDate.has_value());

        const auto again = AnnotationExport::importJson(target, repo, json, u"notes.json"_s, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->scenarios, 0);
        QCOMPARE(again->duplicates, 1);
        QCOMPARE(PutScenarioRepository(&target).scenarios(target.calls().first().id).size(), 1);
    }

    void badPutScenarioIsNamedAndLeftOut_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("expiry before trade") << u"expiry"_s << QJsonValue(u"2025-02-01"_s) << u"expiry"_s;
        QTest::newRow("negative premium") << u"premium"_s << QJsonValue(-1) << u"premium"_s;
        QTest::newRow("zero strike") << u"strike"_s << QJsonValue(0) << u"strike"_s;
        QTest::newRow("price as text")
            << u"price"_s << QJsonValue(u"cheap"_s) << u"\"price\" is not a number"_s;
        QTest::newRow("half a contract") << u"contracts"_s << QJsonValue(0.5) << u"contracts"_s;
        QTest::newRow("no trade date") << u"trade_date"_s << QJsonValue() << u"trade_date"_s;
    }

    void badPutScenarioIsNamedAndLeftOut()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QByteArray json;
        {
            LibraryStore source;
            QVERIFY(openLibrary(source, u"bad-scenario-source.sqlite"_s, true));
            AnnotationRepository repo(&source);
            annotateSample(source, repo);
            const PutScenario good = savedScenario(source, u"Good"_s);
            const PutScenario bad = savedScenario(source, u"Broken one"_s);
            json = AnnotationExport::write(AnnotationExport::Format::Json, source, repo, repo.annotations(),
                                           {good, bad});
        }
        QFile::remove(m_dir.filePath(u"bad-scenario-source.sqlite"_s));
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray scenarios = root.value("put_scenarios"_L1).toArray();
        QJsonObject broken = scenarios.at(1).toObject();
        QJsonObject inputs = broken.value("inputs"_L1).toObject();
        inputs.insert(field, value);
        broken.insert(u"inputs"_s, inputs);
        scenarios.replace(1, broken);
        root.insert(u"put_scenarios"_s, scenarios);

        LibraryStore target;
        QVERIFY(openLibrary(target,
                            u"bad-scenario-target-%1.sqlite"_s.arg(
                                QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')),
                            false));
        AnnotationRepository repo(&target);
        QString error;
        const auto report =
            AnnotationExport::importJson(target, repo, QJsonDocument(root).toJson(), u"notes.json"_s, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().contains(u"\"Broken one\""_s) &&
                     report->problems.first().contains(problem, Qt::CaseInsensitive),
                 qPrintable(report->problems.first()));
        QCOMPARE(report->scenarios, 1);
        QCOMPARE(report->added, 3);
        const QList<PutScenario> imported =
            PutScenarioRepository(&target).scenarios(target.calls().first().id);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().name, u"Good"_s);
    }

    void markdownGroupsByQuestion()
    {
        LibraryStore store;
        QVERIFY(openLibrary(store, u"md.sqlite"_s, true));
        AnnotationRepository repo(&store);
        annotateSample(store, repo);
        const QList<Annotation> all = repo.annotations();
        const QString md =
            QString::fromUtf8(AnnotationExport::write(AnnotationExport::Format::Markdown, store, repo, all));
        for (const Annotation &a : all) {
            QVERIFY2(md.contains(u"> "_s + a.quote.split(u'\n').first()), qPrintable(a.quote));
            if (!a.speaker.isEmpty())
                QVERIFY(md.contains(a.speaker));
        }
        QVERIFY(md.contains(u"**Note:** Margin trough, \"low 70s\"\nthen mid 70s"_s));
        QVERIFY(md.contains(u"`guidance`, `margin`"_s));
        QVERIFY(md.contains(u"`china`"_s));
        QVERIFY(md.contains(u"NVDA FY2025Q4 gaap_gross_margin_pct"_s));
        QVERIFY(md.contains(u"## Q3 · Vivek Arya, Bank of America — answered, ★★★★☆"_s));
        // Outside the Q&A comes first, then Q3, then Q5.
        const qsizetype outside = md.indexOf(u"## Outside the Q&A"_s);
        const qsizetype q3 = md.indexOf(u"## Q3"_s);
        const qsizetype q5 = md.indexOf(u"## Q5"_s);
        QVERIFY(outside >= 0 && q3 > outside && q5 > q3);
        // The Q3 quote is under the Q3 heading.
        const qsizetype q3quote = md.indexOf(u"> "_s + all.at(1).quote);
        QVERIFY(q3quote > q3 && q3quote < q5);
    }

    void csvQuotesWhatNeedsIt()
    {
        LibraryStore store;
        QVERIFY(openLibrary(store, u"csv.sqlite"_s, true));
        AnnotationRepository repo(&store);
        annotateSample(store, repo);
        const QList<Annotation> all = repo.annotations();
        const QByteArray bytes = AnnotationExport::toCsv(store, all);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(u"\"Margin trough, \"\"low 70s\"\"\nthen mid 70s\""_s));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), all.size() + 1);
        const QStringList header = rows.first();
        const qsizetype quote = header.indexOf(u"quote"_s);
        const qsizetype note = header.indexOf(u"note"_s);
        const qsizetype tags = header.indexOf(u"tags"_s);
        const qsizetype question = header.indexOf(u"question"_s);
        QVERIFY(quote >= 0 && note >= 0 && tags >= 0 && question >= 0);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(rows.at(i + 1).size(), header.size());
            QCOMPARE(rows.at(i + 1).at(quote), all.at(i).quote);
            QCOMPARE(rows.at(i + 1).at(note), all.at(i).note);
            QCOMPARE(rows.at(i + 1).at(tags), all.at(i).tags.join(u"; "_s));
        }
        QCOMPARE(rows.at(2).at(question), u"3"_s);
    }

    void filteredExportTakesWhatThePanelShows()
    {
        LibraryStore store;
        QVERIFY(openLibrary(store, u"filtered.sqlite"_s, true));
        AnnotationRepository repo(&store);
        annotateSample(store, repo);
        QUndoStack stack;
        AnnotationModel model(&repo, &stack);
        model.showLibrary();
        AnnotationFilter filter;
        filter.tag = u"china"_s;
        model.setFilter(filter);
        QCOMPARE(model.visibleAnnotations().size(), 1);
        const QString csv =
            QString::fromUtf8(AnnotationExport::toCsv(store, model.visibleAnnotations()).mid(3));
        QCOMPARE(parseCsv(csv).size(), 2);
        QVERIFY(csv.contains(u"china"_s));
        QVERIFY(!csv.contains(u"guidance"_s));
    }

    void jsonRoundTripsIntoAnEmptyLibrary()
    {
        QByteArray json;
        QList<Annotation> original;
        {
            LibraryStore source;
            QVERIFY(openLibrary(source, u"source.sqlite"_s, true));
            AnnotationRepository repo(&source);
            annotateSample(source, repo);
            original = repo.annotations();
            json = AnnotationExport::write(AnnotationExport::Format::Json, source, repo, original);
        }
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("annotations"_L1).toArray().size(), original.size());
        const QJsonObject first = root.value("annotations"_L1).toArray().first().toObject();
        for (const char *key : {"uid", "call", "turn", "turn_ordinal", "start", "end", "quote"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);

        LibraryStore target;
        QVERIFY(openLibrary(target, u"empty.sqlite"_s, false));
        QVERIFY(target.calls().isEmpty());
        AnnotationRepository repo(&target);
        QString error;
        const auto report = AnnotationExport::importJson(target, repo, json, u"notes.json"_s, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->callsImported, 1);
        QCOMPARE(report->added, original.size());
        QCOMPARE(report->unplaced, 0);
        QCOMPARE(report->marks, 1);

        const QList<Annotation> imported = repo.annotations();
        QCOMPARE(imported.size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            const Annotation &a = original.at(i);
            const Annotation &b = imported.at(i);
            QCOMPARE(b.uid, a.uid);
            QCOMPARE(b.quote, a.quote);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.turnOrdinal, a.turnOrdinal);
            QCOMPARE(b.note, a.note);
            QCOMPARE(b.tags, a.tags);
            QCOMPARE(b.colour, a.colour);
            QCOMPARE(b.figures, a.figures);
            QCOMPARE(b.question, a.question);
            QCOMPARE(b.speaker, a.speaker);
            QCOMPARE(b.created, a.created);
        }
        const CallRecord call = *target.call(target.calls().first().id);
        QCOMPARE(call.summary.title, original.first().callTitle);
        QCOMPARE(repo.questionMark(call.summary.id, 3).label, u"answered"_s);

        // Importing the same file again adds nothing.
        const auto again = AnnotationExport::importJson(target, repo, json, u"notes.json"_s, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->duplicates, original.size());
        QCOMPARE(again->callsImported, 0);
        QCOMPARE(again->marks, 0);
        QCOMPARE(repo.annotations().size(), original.size());
        QCOMPARE(target.calls().size(), 1);
    }

    void jsonIntoALibraryThatHasTheCall()
    {
        QByteArray json;
        {
            LibraryStore source;
            QVERIFY(openLibrary(source, u"source2.sqlite"_s, true));
            AnnotationRepository repo(&source);
            annotateSample(source, repo);
            json = AnnotationExport::write(AnnotationExport::Format::Json, source, repo, repo.annotations());
        }
        LibraryStore target;
        QVERIFY(openLibrary(target, u"withsample.sqlite"_s, true));
        AnnotationRepository repo(&target);
        QString error;
        const auto report = AnnotationExport::importJson(target, repo, json, u"notes.json"_s, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->callsImported, 0);
        QCOMPARE(report->added, 3);
        QCOMPARE(target.calls().size(), 1);
    }

    void badFilesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not json") << QByteArray("{ nope");
        QTest::newRow("other json") << QByteArray("{\"hello\": 1}");
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"earnings-reader-annotations\", \"version\": 99}");
    }

    void annotationWithoutUidIsAProblemNotADuplicate()
    {
        QByteArray json;
        {
            LibraryStore source;
            QVERIFY(openLibrary(source, u"uidless-source.sqlite"_s, true));
            AnnotationRepository repo(&source);
            annotateSample(source, repo);
            json = AnnotationExport::write(AnnotationExport::Format::Json, source, repo, repo.annotations());
        }
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray list = root.value("annotations"_L1).toArray();
        QJsonObject first = list.first().toObject();
        first.insert(u"uid"_s, QString());
        list.replace(0, first);
        root.insert(u"annotations"_s, list);
        LibraryStore target;
        QVERIFY(openLibrary(target, u"uidless-target.sqlite"_s, false));
        AnnotationRepository repo(&target);
        QString error;
        const auto report =
            AnnotationExport::importJson(target, repo, QJsonDocument(root).toJson(), u"notes.json"_s, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->duplicates, 0);
        QCOMPARE(report->added, int(list.size()) - 1);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().contains(u"no uid"_s), qPrintable(report->problems.first()));
    }

    void badFilesAreRefusedByName()
    {
        QFETCH(QByteArray, bytes);
        LibraryStore store;
        QVERIFY(openLibrary(store, u"bad%1.sqlite"_s.arg(++m_run), false));
        AnnotationRepository repo(&store);
        QString error;
        QVERIFY(!AnnotationExport::importJson(store, repo, bytes, u"broken.json"_s, &error));
        QVERIFY2(error.contains(u"broken.json"_s), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationExport)
#include "tst_annotationexport.moc"
