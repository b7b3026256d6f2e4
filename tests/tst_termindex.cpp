#include "annotations/AnnotationRepository.h"
#include "annotations/CallReimporter.h"
#include "calls/CallImporter.h"
#include "calls/TurnEditCommand.h"
#include "calls/TurnEditPlanner.h"
#include "search/SearchIndex.h"
#include "store/LibraryStore.h"
#include "text/SearchText.h"
#include "text/WordCount.h"
#include "text/WordTokenizer.h"
#include "trends/TermMatcher.h"
#include "trends/TermTrend.h"
#include "util/UndoHistory.h"

#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The word index of the term trends (schema step 10, docs/TRENDS.md): turn_terms and
// er_term_count count exactly what TermMatcher counts in the text; turns.words and spoken_words
// are WordCount of the texts; both are filled when an old library is migrated and stay so through
// import, re-import, removal and structure edits. Each check compares the trend with a count made
// here over every turn's text.
class TestTermIndex : public QObject
{
    Q_OBJECT

private:
    // Counts and words spoken by role and call.
    using Counts = QHash<QString, QHash<qint64, int>>;
    struct Trend
    {
        Counts counts;
        Counts words;
        bool operator==(const Trend &) const = default;
    };

    static QString nvdaQ4()
    {
        return QStringLiteral(ER_TEST_DATA_DIR "/transcripts/nvda_fy2025q4_motleyfool.txt");
    }

    static const QStringList &terms()
    {
        static const QStringList list = {
            u"Blackwell"_s, u"Blackwell Ultra"_s, u"data center"_s, u"營收"_s, u"营收"_s,
            u"推理"_s,      u"Hopper"_s,          u"inference"_s};
        return list;
    }

    static Trend byTrend(const LibraryStore &store, const QString &term)
    {
        TrendOptions options;
        options.by = TrendOptions::SplitBy::Role;
        const TrendResult result = TermTrendCounter(store).compute({term}, options);
        Trend trend;
        if (!result.error.isEmpty() || result.terms.isEmpty())
            qWarning("trend failed: %s", qPrintable(result.error));
        for (const TrendSeries &series : result.terms.value(0).series) {
            for (const TrendPoint &point : series.points) {
                if (point.count > 0)
                    trend.counts[series.role][point.callId] += point.count;
                if (point.words > 0)
                    trend.words[series.role][point.callId] += point.words;
            }
        }
        return trend;
    }

    static QHash<qint64, int> perCall(const Counts &counts)
    {
        QHash<qint64, int> sums;
        for (const QHash<qint64, int> &ofRole : counts) {
            for (auto it = ofRole.cbegin(); it != ofRole.cend(); ++it)
                sums[it.key()] += it.value();
        }
        return sums;
    }

    // Split by speaker, added up per call: the speakers and their series come from the words
    // spoken per call and speaker (spoken_words) joined to the speakers, so this checks those rows
    // through every change as well. (A person's series has the role they have most often, so its
    // counts per role are not the split by role's.)
    static QHash<qint64, int> perCallBySpeaker(const LibraryStore &store, const QString &term)
    {
        TrendOptions options;
        options.by = TrendOptions::SplitBy::Speaker;
        const TrendResult result = TermTrendCounter(store).compute({term}, options);
        QHash<qint64, int> sums;
        for (const TrendSeries &series : result.terms.value(0).series) {
            for (const TrendPoint &point : series.points) {
                if (point.count > 0)
                    sums[point.callId] += point.count;
            }
        }
        return sums;
    }

    // Every turn's text read and counted: the trend must say the same.
    static Trend byReading(const LibraryStore &store, const QString &term)
    {
        const TermMatcher matcher(term);
        QSqlQuery all(store.database());
        all.prepare(u"SELECT t.call_id, coalesce(s.role, 'narrator'), t.text FROM turns t"
                    " LEFT JOIN speakers s ON s.id = t.speaker_id"
                    " WHERE coalesce(s.role, 'narrator') <> 'furniture'"_s);
        if (!all.exec())
            qWarning("%s", qPrintable(all.lastError().text()));
        Trend trend;
        Counts words;
        while (all.next()) {
            const QString role = all.value(1).toString();
            const qint64 callId = all.value(0).toLongLong();
            const QString text = all.value(2).toString();
            if (const int count = matcher.countInNormalised(SearchText::normalise(text)); count > 0)
                trend.counts[role][callId] += count;
            if (const int spoken = WordCount::count(text); spoken > 0)
                words[role][callId] += spoken;
        }
        for (auto it = words.cbegin(); it != words.cend(); ++it) {
            if (trend.counts.contains(it.key()))
                trend.words.insert(it.key(), it.value());
        }
        return trend;
    }

    static int queryInt(const LibraryStore &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toInt();
    }

    // The index against its turns (FTS5's own check, reading the text again), the words of each
    // turn against its text, the sums per call and speaker against the turns, and every term's
    // trend against a reading of the texts.
    static void verifyConsistent(const LibraryStore &store)
    {
        // Against the turns only when none is queued: a queued turn is in no index yet.
        const bool queued = queryInt(store, u"SELECT count(*) FROM turn_search_pending"_s) > 0;
        QSqlQuery check(store.database());
        QVERIFY2(check.exec(u"INSERT INTO turn_terms (turn_terms, rank) VALUES ('integrity-check', %1)"_s.arg(
                     queued ? 0 : 1)),
                 qPrintable(check.lastError().text()));
        QSqlQuery turns(store.database());
        QVERIFY(turns.exec(u"SELECT id, text, words FROM turns"_s));
        while (turns.next())
            QCOMPARE(turns.value(2).toInt(), WordCount::count(turns.value(1).toString()));
        const auto rows = [&](const QString &sql) {
            QMap<std::pair<qint64, qint64>, int> words;
            QSqlQuery query(store.database());
            if (!query.exec(sql))
                qWarning("%s", qPrintable(query.lastError().text()));
            while (query.next()) {
                if (query.value(2).toInt() != 0)
                    words.insert({query.value(0).toLongLong(), query.value(1).toLongLong()},
                                 query.value(2).toInt());
            }
            return words;
        };
        QCOMPARE(rows(u"SELECT call_id, speaker_id, words FROM spoken_words"_s),
                 rows(u"SELECT call_id, coalesce(speaker_id, 0), sum(words) FROM turns GROUP BY 1, 2"_s));
        for (const QString &term : terms()) {
            QVERIFY2(!TermMatcher(term).wordIndexQuery().isEmpty(), qPrintable(term));
            const Trend counted = byReading(store, term);
            QVERIFY2(byTrend(store, term) == counted, qPrintable(term));
            QVERIFY2(perCallBySpeaker(store, term) == perCall(counted.counts), qPrintable(term));
        }
    }

    static bool push(QUndoStack &stack, LibraryStore &store, qint64 callId, qint64 turnId,
                     TurnEdit::Kind kind, int splitAt = 0, const QString &speaker = {})
    {
        QString why;
        const auto plan = TurnEditPlanner::plan(*store.call(callId), turnId, kind, splitAt, speaker, &why);
        if (!plan) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        return UndoHistory::of(&stack)->push(new TurnEditCommand(&store, *plan, UndoHistory::of(&stack)));
    }

    static const TurnRecord *turnContaining(const CallRecord &call, const QString &text)
    {
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.text.contains(text))
                    return &turn;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // One text and one term: the index's count is the matcher's, or the term is one the index
    // leaves to the matcher.
    void indexCountsWhatTheMatcherCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("indexed");
        QTest::newRow("plain") << u"Blackwell is here. BLACKWELL again."_s << u"blackwell"_s << true;
        QTest::newRow("plural and possessive")
            << u"Blackwells, Blackwell's and Blackwells' chips"_s << u"Blackwell"_s << true;
        QTest::newRow("not inside a word")
            << u"Blackwellian GraceBlackwell Blackwell-based"_s << u"Blackwell"_s << true;
        QTest::newRow("-es") << u"two boxes, one box, boxess"_s << u"box"_s << true;
        QTest::newRow("phrase across a line break")
            << u"Blackwell\n Ultra and Blackwell Ultras"_s << u"Blackwell Ultra"_s << true;
        QTest::newRow("phrase not across punctuation")
            << u"Blackwell, Ultra; Blackwell-Ultra"_s << u"Blackwell Ultra"_s << true;
        QTest::newRow("phrase words in order")
            << u"Ultra Blackwell, Blackwell and Ultra"_s << u"Blackwell Ultra"_s << true;
        QTest::newRow("overlapping phrase") << u"ab ab ab ab ab"_s << u"ab ab"_s << true;
        QTest::newRow("Chinese in either script") << u"營收成長，营收创新高，營 收"_s << u"营收"_s << true;
        QTest::newRow("Chinese repeated") << u"营营营营营"_s << u"营营"_s << true;
        QTest::newRow("Chinese phrase with a space")
            << u"营收 增长，营收增长，营收\u3000增长"_s << u"营收 增长"_s << true;
        QTest::newRow("Latin beside Chinese")
            << u"的Blackwell芯片，Blackwell 芯片"_s << u"Blackwell芯片"_s << true;
        QTest::newRow("full width") << u"ＢＬＡＣＫＷＥＬＬ與Ｂｌａｃｋｗｅｌｌ"_s << u"blackwell"_s << true;
        QTest::newRow("digits") << u"GB200 and GB2000 and GB200s, GB200NVL72"_s << u"GB200"_s << true;
        QTest::newRow("possessive before s") << u"it's s's"_s << u"s"_s << false;
        QTest::newRow("punctuation in the term") << u"GB-200 and GB 200"_s << u"GB-200"_s << false;
    }

    void indexCountsWhatTheMatcherCounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QFETCH(bool, indexed);
        const TermMatcher matcher(term);
        const QString query = matcher.wordIndexQuery();
        QCOMPARE(!query.isEmpty(), indexed);
        if (!indexed)
            return;
        int indexCount = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"words"_s);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(WordTokenizer::registerOn(db, &error), qPrintable(error));
            QSqlQuery sql(db);
            QVERIFY2(
                sql.exec(u"CREATE VIRTUAL TABLE words USING fts5(text, tokenize='er_words', detail=full)"_s),
                qPrintable(sql.lastError().text()));
            QVERIFY(sql.prepare(u"INSERT INTO words (text) VALUES (?)"_s));
            sql.addBindValue(text);
            QVERIFY(sql.exec());
            QVERIFY(sql.prepare(u"SELECT er_term_count(words) FROM words WHERE words MATCH ?"_s));
            sql.addBindValue(query);
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
            indexCount = sql.next() ? sql.value(0).toInt() : 0;
        }
        QSqlDatabase::removeDatabase(u"words"_s);
        QCOMPARE(indexCount, TermMatcher(term).countInNormalised(SearchText::normalise(text)));
    }

    // An old library gets the index and the words inside the step: turns indexed before stay
    // indexed, queued ones stay queued, and every count is the texts'.
    void migratedLibraryCountsAsTheTexts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("hasIndexedTurns");
        QTest::newRow("schema 8, every turn queued") << u"library-schema8.sqlite"_s << false;
        QTest::newRow("schema 9, indexed and queued turns, a split") << u"library-schema9.sqlite"_s << true;
    }

    void migratedLibraryCountsAsTheTexts()
    {
        QFETCH(QString, file);
        QFETCH(bool, hasIndexedTurns);
        const QString copy = m_dir.filePath(file);
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR "/libraries/") + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(copy, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
        QCOMPARE(queryInt(store, u"SELECT count(*) FROM turn_terms WHERE turn_terms MATCH 'blackwell'"_s) > 0,
                 hasIndexedTurns);
        verifyConsistent(store);
        SearchIndex search(store);
        QVERIFY2(search.ensureCurrent(&error), qPrintable(error));
        QCOMPARE(queryInt(store, u"SELECT count(*) FROM turn_search_pending"_s), 0);
        QVERIFY(queryInt(store, u"SELECT count(*) FROM turn_terms WHERE turn_terms MATCH 'blackwell'"_s) > 0);
        verifyConsistent(store);
    }

    // Each write that changes turns keeps the index, the words and the trend right: import, a
    // split and a merge (and their undo), a speaker edit, a re-import and a removal, with the
    // turns in the index and waiting for it.
    void indexFollowsEveryChangeOfTheTurns()
    {
        const QString path = m_dir.filePath(u"edits.sqlite"_s);
        QFile::remove(path);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        CallImporter importer(store);
        const auto nvda = importer.importFile(nvdaQ4());
        QVERIFY2(nvda.ok, qPrintable(nvda.error));
        const auto seed = importer.importFile(QStringLiteral(ER_SEED_FILE));
        QVERIFY2(seed.ok, qPrintable(seed.error));
        verifyConsistent(store); // queued
        SearchIndex search(store);
        QVERIFY(search.ensureCurrent(&error));
        verifyConsistent(store); // indexed

        QUndoStack stack;
        const CallRecord before = *store.call(nvda.callId);
        const TurnRecord *turn = turnContaining(before, u"Blackwell"_s);
        QVERIFY(turn);
        const qint64 turnId = turn->id;
        const int splitAt = int(turn->text.indexOf(u"Blackwell"_s)) + 5; // inside the word: "Black|well"
        QVERIFY(push(stack, store, nvda.callId, turnId, TurnEdit::Kind::Split, splitAt));
        verifyConsistent(store);
        stack.undo();
        verifyConsistent(store);
        stack.redo();
        verifyConsistent(store);
        QVERIFY(search.ensureCurrent(&error));
        verifyConsistent(store);

        const CallRecord split = *store.call(nvda.callId);
        const TurnRecord *second = nullptr;
        for (const SectionRecord &section : split.sections) {
            for (qsizetype i = 1; i < section.turns.size(); ++i) {
                if (section.turns.at(i - 1).id == turnId)
                    second = &section.turns.at(i);
            }
        }
        QVERIFY(second);
        QVERIFY(push(stack, store, nvda.callId, second->id, TurnEdit::Kind::MergePrevious));
        verifyConsistent(store);
        QCOMPARE(store.call(nvda.callId)->turn(turnId)->text,
                 turn->text.left(splitAt) + u'\n' + turn->text.mid(splitAt));
        stack.undo();
        verifyConsistent(store);

        // The record is kept: the turn pointer points into it.
        const std::optional<CallRecord> afterUndo = store.call(nvda.callId);
        QVERIFY(afterUndo);
        const TurnRecord *analyst = turnContaining(*afterUndo, u"Blackwell"_s);
        QVERIFY(
            push(stack, store, nvda.callId, analyst->id, TurnEdit::Kind::Speaker, 0, u"A. New Speaker"_s));
        verifyConsistent(store);

        QFile file(nvdaQ4());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray corrected = file.readAll();
        QVERIFY(corrected.contains("Blackwell"));
        corrected.replace("Blackwell", "Blackwell Ultra");
        AnnotationRepository notes(&store);
        CallReimporter reimporter(store, notes);
        const auto outcome = reimporter.reimportBytes(nvda.callId, corrected, u"nvda.txt"_s);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        verifyConsistent(store);
        QVERIFY(search.ensureCurrent(&error));
        verifyConsistent(store);
        QVERIFY(byTrend(store, u"Blackwell Ultra"_s).counts.value(u"executive"_s).value(nvda.callId) > 0);

        QVERIFY2(store.removeCall(nvda.callId, &error), qPrintable(error));
        verifyConsistent(store);
        QCOMPARE(queryInt(store, u"SELECT count(*) FROM spoken_words WHERE call_id = %1"_s.arg(nvda.callId)),
                 0);
        QVERIFY(byTrend(store, u"Blackwell"_s).counts.value(u"executive"_s).value(nvda.callId) == 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTermIndex)
#include "tst_termindex.moc"
