#include "AppRunner.h"
#include "calls/CallImporter.h"
#include "calls/NavigatorModel.h"
#include "calls/TranscriptDocument.h"
#include "search/SearchIndex.h"
#include "search/SearchResultModel.h"
#include "store/LibraryStore.h"
#include "transcript/RoleStyle.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Importing a real transcript: the header's metadata as defaults, the participant list as the
// call's roster, page furniture kept but out of the way.
class TestCallImport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.close();
        const QString file = m_dir.filePath(u"import-%1.sqlite"_s.arg(++m_opened));
        QString error;
        QVERIFY2(m_store.open(file, &error), qPrintable(error));
    }

    void headerMetadataBecomesTheDefaults()
    {
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const CallSummary call = m_store.call(outcome.callId)->summary;
        QCOMPARE(call.companyTicker, u"NVDA"_s);
        QCOMPARE(call.companyName, u"Nvidia"_s);
        QCOMPARE(call.fiscalPeriod, u"FY2025Q4"_s);
        QCOMPARE(call.callDate, QDate(2025, 2, 26));
        QCOMPARE(call.title, u"Nvidia Q4 2025 Earnings Call"_s);
        QCOMPARE(outcome.title, call.title);
    }

    void overridesWin()
    {
        CallMetadata overrides;
        overrides.companyTicker = u"AMD"_s;
        overrides.fiscalPeriod = u"FY2024Q4"_s;
        overrides.callDate = QDate(2024, 1, 2);
        overrides.title = u"Given title"_s;
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4(), overrides);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const CallSummary call = m_store.call(outcome.callId)->summary;
        QCOMPARE(call.companyTicker, u"AMD"_s);
        // The header's "Nvidia" names NVDA, not the ticker given instead.
        QCOMPARE(call.companyName, u"AMD"_s);
        QCOMPARE(call.fiscalPeriod, u"FY2024Q4"_s);
        QCOMPARE(call.callDate, QDate(2024, 1, 2));
        QCOMPARE(call.title, u"Given title"_s);
    }

    void onlyGivenFieldsOverride()
    {
        CallMetadata overrides;
        overrides.fiscalPeriod = u"FY2025Q3"_s;
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4(), overrides);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const CallSummary call = m_store.call(outcome.callId)->summary;
        QCOMPARE(call.fiscalPeriod, u"FY2025Q3"_s);
        QCOMPARE(call.companyTicker, u"NVDA"_s);
        QCOMPARE(call.callDate, QDate(2025, 2, 26));
    }

    void aFileWithNoHeaderKeepsTheFallbacks()
    {
        CallImporter importer(m_store);
        const auto outcome = importer.importBytes("Q1:How is gross margin?\nCFO Jane:It improves.\n",
                                                  u"/tmp/plain-call.txt"_s);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const CallSummary call = m_store.call(outcome.callId)->summary;
        QCOMPARE(call.companyTicker, QString());
        QCOMPARE(call.fiscalPeriod, QString());
        QVERIFY(!call.callDate.isValid());
        QCOMPARE(call.title, u"plain-call"_s);
    }

    void fieldsShownToTheUserAreTakenAsGiven()
    {
        // The import dialog showed the header's values and the user cleared the period.
        QString error;
        auto chosen = CallImporter::inspectFile(nvdaQ4(), &error);
        QVERIFY2(chosen, qPrintable(error));
        QCOMPARE(chosen->fiscalPeriod, u"FY2025Q4"_s);
        chosen->fiscalPeriod.clear();
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4(), *chosen, CallImporter::Header::Ignored);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const CallSummary call = m_store.call(outcome.callId)->summary;
        QCOMPARE(call.fiscalPeriod, QString());
        QCOMPARE(call.companyTicker, u"NVDA"_s);
        QVERIFY(m_store.calls().size() == 1);
    }

    void inspectingWritesNothingAndNamesBadFiles()
    {
        QString error;
        QVERIFY(!CallImporter::inspectFile(m_dir.filePath(u"missing.txt"_s), &error));
        QVERIFY2(error.contains(u"missing.txt"_s), qPrintable(error));
        QVERIFY(CallImporter::inspectFile(nvdaQ4(), &error));
        QVERIFY(m_store.calls().isEmpty());
    }

    void rosterIsStoredAndReplaced()
    {
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const auto call = m_store.call(outcome.callId);
        QVERIFY(call->roster.size() >= 10);
        const auto find = [&](const QString &name) {
            for (const Participant &p : call->roster) {
                if (p.name == name)
                    return p;
            }
            return Participant{};
        };
        QCOMPARE(find(u"Jensen Huang"_s).title, u"President and Chief Executive Officer"_s);
        QCOMPARE(find(u"Jensen Huang"_s).role, QString::fromLatin1(Role::Executive));
        QCOMPARE(find(u"Joe Moore"_s).firm, u"JPMorgan Chase and Company"_s);
        QCOMPARE(find(u"Joe Moore"_s).role, QString::fromLatin1(Role::Analyst));

        // A re-import replaces the roster with the new text's, in the same transaction.
        ParsedTranscript shorter;
        shorter.sections.append(
            {SectionKind::Prepared, {ParsedTurn{u"Jane"_s, {}, {}, u"executive"_s, 0, u"Hello."_s, {}}}});
        shorter.roster.append({u"Jane Doe"_s, u"CFO"_s, {}, u"executive"_s});
        CallMetadata meta;
        meta.contentHash = "feed";
        QString error;
        QVERIFY2(m_store.replaceCallText(outcome.callId, shorter, meta, {}, &error), qPrintable(error));
        const auto replaced = m_store.call(outcome.callId);
        QCOMPARE(replaced->roster.size(), 1);
        QCOMPARE(replaced->roster.first().name, u"Jane Doe"_s);

        QVERIFY(m_store.removeCall(outcome.callId, &error));
        QSqlQuery left(m_store.database());
        QVERIFY(left.exec(u"SELECT count(*) FROM participants"_s) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void furnitureIsKeptButNoQuestionsTurn()
    {
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.questions, 9);
        const auto call = m_store.call(outcome.callId);
        int furniture = 0;
        for (const SectionRecord &section : call->sections) {
            for (const TurnRecord &turn : section.turns) {
                if (TranscriptDocument::isFurniture(turn)) {
                    ++furniture;
                    QCOMPARE(turn.question, 0);
                    QCOMPARE(turn.speaker, QString());
                }
            }
        }
        // The table of contents, the closing roster and the site's footer, at least; the roster
        // stays in the Q&A section but is no part of the last question.
        QVERIFY(furniture >= 3);
        const QList<TurnRecord> &qa = call->sections.last().turns;
        const auto roster = std::find_if(qa.cbegin(), qa.cend(), [](const TurnRecord &turn) {
            return turn.text.contains(u"Call participants:"_s);
        });
        QVERIFY(roster != qa.cend());
        QVERIFY(TranscriptDocument::isFurniture(*roster));
    }

    void navigatorListsNoFurniture()
    {
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QUndoStack undo;
        NavigatorModel model(&m_store, &undo);
        QAbstractItemModelTester tester(&model);
        model.setCall(m_store.call(outcome.callId));
        QStringList questions;
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex section = model.index(s, 0);
            for (int row = 0; row < model.rowCount(section); ++row) {
                const QModelIndex entry = model.index(row, 0, section);
                const TurnRecord *turn =
                    model.call()->turn(entry.data(NavigatorModel::TurnIdRole).toLongLong());
                QVERIFY(turn);
                QVERIFY2(!TranscriptDocument::isFurniture(*turn), qPrintable(entry.data().toString()));
                if (entry.data(NavigatorModel::EntryKindRole).value<NavigatorModel::EntryKind>() ==
                    NavigatorModel::EntryKind::Question)
                    questions
                        << u"Q%1 %2"_s.arg(entry.data(NavigatorModel::QuestionRole).toInt())
                               .arg(entry.siblingAtColumn(NavigatorModel::SpeakerColumn).data().toString());
            }
        }
        QCOMPARE(questions.size(), 9);
        QCOMPARE(questions.first(), u"Q1 C.J. Muse"_s);
        QCOMPARE(questions.last(), u"Q9 Atif Malik"_s);
    }

    void documentLeavesFurnitureOutUnlessAsked()
    {
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const CallRecord call = *m_store.call(outcome.callId);
        const QString pageFurniture = RoleStyle::displayName(QString::fromLatin1(Role::Furniture));
        QCOMPARE(pageFurniture, u"Page furniture"_s);

        for (const auto furniture :
             {TranscriptDocument::Furniture::Hidden, TranscriptDocument::Furniture::Shown}) {
            QTextDocument doc;
            const TranscriptLayout layout = TranscriptDocument::build(
                &doc, call, QGuiApplication::palette(), ChineseConverter::Script::AsStored,
                ChineseConverter::Vocabulary::Characters, furniture);
            const QString text = doc.toPlainText();
            const bool shown = furniture == TranscriptDocument::Furniture::Shown;
            QCOMPARE(text.contains(u"Call participants:"_s), shown);
            QCOMPARE(text.contains(pageFurniture), shown);
            QVERIFY(!text.split(u'\n').contains(QString::fromLatin1(Role::Furniture)));
            // Every laid-out turn is where its range says, so offsets into a turn still apply.
            for (const SectionRecord &section : call.sections) {
                for (const TurnRecord &turn : section.turns) {
                    const bool isFurniture = TranscriptDocument::isFurniture(turn);
                    QCOMPARE(layout.turnRanges.contains(turn.id), shown || !isFurniture);
                    if (const auto range = layout.turnRanges.value(turn.id); range.length > 0)
                        QCOMPARE(text.mid(range.start, range.length), turn.text);
                    if (isFurniture && shown)
                        QCOMPARE(layout.turnQuestion.value(turn.id), 0);
                }
            }
            QCOMPARE(layout.questionOrder.size(), 9);
        }
    }

    void searchFindsFurnitureAndSaysWhatItIs()
    {
        CallImporter importer(m_store);
        const auto outcome = importer.importFile(nvdaQ4());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const SearchResults results = SearchIndex(m_store).search(SearchQuery(u"Call participants"_s));
        // The table of contents and the closing roster: both furniture, both found.
        QCOMPARE(results.hits.size(), 2);
        for (const SearchHit &hit : results.hits)
            QCOMPARE(hit.role, QString::fromLatin1(Role::Furniture));
        SearchResultModel model;
        model.setResults(results);
        const QModelIndex call = model.index(0, 0);
        QModelIndex hit = call;
        while (model.rowCount(hit) > 0)
            hit = model.index(0, 0, hit);
        QCOMPARE(hit.data(SearchResultModel::SpeakerRole).toString(), u"Page furniture"_s);
        QVERIFY(hit.data().toString().startsWith(u"Page furniture: "_s));
    }

    void schema7LibraryGetsAnEmptyRoster()
    {
        const QString copy = m_dir.filePath(u"upgrade7.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR "/libraries/library-schema7.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(copy, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
        QVERIFY(!store.calls().isEmpty());
        for (const CallSummary &summary : store.calls())
            QVERIFY(store.call(summary.id)->roster.isEmpty());
        CallImporter importer(store);
        const auto outcome = importer.importFile(nvdaQ4());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!store.call(outcome.callId)->roster.isEmpty());
    }

    void commandLineOverridesAndShowsTheRoster()
    {
        const QString library = m_dir.filePath(u"cli.sqlite"_s);
        const AppRun found = runApp({u"--library"_s, library, u"import"_s, nvdaQ4(), u"--json"_s});
        QCOMPARE(found.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(found.out.toUtf8()).array().first().toObject();
        QCOMPARE(first[u"title"_s].toString(), u"Nvidia Q4 2025 Earnings Call"_s);

        const AppRun shown = runApp(
            {u"--library"_s, library, u"show"_s, QString::number(first[u"call"_s].toInteger()), u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject call = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(call[u"company"_s].toString(), u"NVDA"_s);
        QCOMPARE(call[u"fiscal_period"_s].toString(), u"FY2025Q4"_s);
        QCOMPARE(call[u"call_date"_s].toString(), u"2025-02-26"_s);
        const QJsonArray participants = call[u"participants"_s].toArray();
        QVERIFY(participants.size() >= 10);
        QCOMPARE(participants.first()[u"name"_s].toString(), u"Stewart Stecker"_s);
        QCOMPARE(participants.first()[u"title"_s].toString(), u"Senior Director, Investor Relations"_s);

        // Another library, the same file, every field given.
        const QString other = m_dir.filePath(u"cli-overrides.sqlite"_s);
        const AppRun given =
            runApp({u"--library"_s, other, u"import"_s, nvdaQ4(), u"--company"_s, u"nvda"_s, u"--period"_s,
                    u"FY2025Q3"_s, u"--date"_s, u"2025-03-01"_s, u"--title"_s, u"Mine"_s});
        QCOMPARE(given.exitCode, 0);
        const AppRun again = runApp({u"--library"_s, other, u"show"_s, u"1"_s, u"--json"_s});
        const QJsonObject overridden = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(overridden[u"company"_s].toString(), u"NVDA"_s);
        QCOMPARE(overridden[u"company_name"_s].toString(), u"Nvidia"_s);
        QCOMPARE(overridden[u"fiscal_period"_s].toString(), u"FY2025Q3"_s);
        QCOMPARE(overridden[u"call_date"_s].toString(), u"2025-03-01"_s);
        QCOMPARE(overridden[u"title"_s].toString(), u"Mine"_s);
    }

private:
    static QString nvdaQ4()
    {
        return QStringLiteral(ER_TEST_DATA_DIR "/transcripts/nvda_fy2025q4_motleyfool.txt");
    }

    QTemporaryDir m_dir;
    LibraryStore m_store;
    int m_opened = 0;
};

QTEST_MAIN(TestCallImport)
#include "tst_callimport.moc"
