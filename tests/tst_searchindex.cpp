#include "SyntheticCorpus.h"
#include "sample/SampleLibrary.h"
#include "search/SearchIndex.h"
#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"
#include "text/ChineseConverter.h"
#include "text/SearchText.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Hit
{
    qint64 turn = 0;
    int offset = 0;
    int length = 0;
    bool operator==(const Hit &) const = default;
};

char *toString(const Hit &hit)
{
    const QByteArray text = "turn " + QByteArray::number(hit.turn) + " @" + QByteArray::number(hit.offset) +
                            "+" + QByteArray::number(hit.length);
    return qstrdup(text.constData());
}

// Every turn of a library with what the filters need, ordered by id: the reference that
// search results are compared with.
struct StoredTurn
{
    qint64 id = 0;
    qint64 callId = 0;
    QString role;
    SectionKind section = SectionKind::Article;
    QString text;
    QString normalised;
};

QList<StoredTurn> storedTurns(const LibraryStore &store)
{
    QList<StoredTurn> turns;
    for (const CallSummary &summary : store.calls()) {
        const auto call = store.call(summary.id);
        for (const SectionRecord &section : call->sections) {
            for (const TurnRecord &turn : section.turns)
                turns.append({turn.id, summary.id, turn.role, section.kind, turn.text,
                              SearchText::normalise(turn.text)});
        }
    }
    std::sort(turns.begin(), turns.end(),
              [](const StoredTurn &a, const StoredTurn &b) { return a.id < b.id; });
    return turns;
}

// A plain linear scan: the normalised query as a substring of each normalised turn text.
QList<Hit> linearScan(const QList<StoredTurn> &turns, const QString &query, const SearchOptions &options = {})
{
    QList<Hit> hits;
    const QString needle = SearchText::normalise(query).trimmed();
    if (needle.isEmpty())
        return hits;
    for (const StoredTurn &turn : turns) {
        if ((options.callId && turn.callId != options.callId) ||
            (!options.roles.isEmpty() && !options.roles.contains(turn.role)) ||
            (options.section && turn.section != *options.section))
            continue;
        for (qsizetype at = turn.normalised.indexOf(needle); at >= 0;
             at = turn.normalised.indexOf(needle, at + needle.size()))
            hits.append({turn.id, int(at), int(needle.size())});
    }
    return hits;
}

QList<Hit> indexSearch(const LibraryStore &store, const QString &query, SearchOptions options = {},
                       QString *error = nullptr)
{
    options.limit = 0;
    const SearchResults results =
        SearchIndex(const_cast<LibraryStore &>(store)).search(SearchQuery(query), options);
    if (error)
        *error = results.error;
    QList<Hit> hits;
    for (const SearchHit &hit : results.hits)
        hits.append({hit.turnId, hit.offset, hit.length});
    return hits;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_seed.open(m_dir.filePath(u"seed.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(m_seed, &error), qPrintable(error));
        m_seedTurns = storedTurns(m_seed);
        QVERIFY2(m_seedTurns.size() > 30, qPrintable(QString::number(m_seedTurns.size())));

        QVERIFY2(m_synthetic.open(m_dir.filePath(u"synthetic.sqlite"_s), &error), qPrintable(error));
        const SyntheticCorpus corpus;
        for (int i = 0; i < 35; ++i) {
            const SyntheticCorpus::Call call = corpus.call(i);
            QVERIFY2(m_synthetic.addCall(call.transcript, call.meta, &error), qPrintable(error));
        }
        m_syntheticTurns = storedTurns(m_synthetic);
        QVERIFY(m_syntheticTurns.size() >= 3500);
        // Most turns are indexed, the last calls' still queued: searches merge both.
        QSqlQuery queued(m_synthetic.database());
        queued.prepare(u"SELECT count(*) FROM turn_search_pending"_s);
        QVERIFY(queued.exec() && queued.next());
        QVERIFY(queued.value(0).toInt() > 0);
        QVERIFY(queued.value(0).toInt() < m_syntheticTurns.size() / 2);
    }

    void seedQueriesMatchTheLinearScan_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("hasHits");
        // Two-character Chinese words, in the stored script and the other one.
        QTest::newRow("gross profit") << u"毛利"_s << true;
        QTest::newRow("revenue, Traditional") << u"營收"_s << true;
        QTest::newRow("revenue, Simplified") << u"营收"_s << true;
        QTest::newRow("inference") << u"推理"_s << true;
        QTest::newRow("compute") << u"算力"_s << true;
        QTest::newRow("data centre, Simplified") << u"数据中心"_s << true;
        QTest::newRow("three characters") << u"毛利率"_s << true;
        QTest::newRow("long phrase") << u"毛利率將處於70%出頭的水平"_s << true;
        QTest::newRow("phrase with a space") << u"Grace Blackwell 的生產規模"_s << true;
        // One character: the end of a run and inside one.
        QTest::newRow("one character") << u"毛"_s << true;
        QTest::newRow("one character before punctuation") << u"嗎?"_s << true;
        QTest::newRow("one letter") << u"a"_s << true;
        QTest::newRow("one digit") << u"7"_s << true;
        // Latin terms, case-insensitively, inside longer words too (GraceBlackwell).
        QTest::newRow("Blackwell") << u"Blackwell"_s << true;
        QTest::newRow("blackwell") << u"blackwell"_s << true;
        QTest::newRow("BLACKWELL") << u"BLACKWELL"_s << true;
        QTest::newRow("inside a word") << u"ackwel"_s << true;
        QTest::newRow("NVL72") << u"NVL72"_s << true;
        QTest::newRow("nvl72") << u"nvl72"_s << true;
        QTest::newRow("GB200") << u"GB200"_s << true;
        QTest::newRow("full-width GB200") << u"ＧＢ２００"_s << true;
        QTest::newRow("DeepSeek") << u"deepseek"_s << true;
        QTest::newRow("ASIC") << u"asic"_s << true;
        // Mixed Latin and Chinese.
        QTest::newRow("mixed") << u"Blackwell產品"_s << true;
        QTest::newRow("mixed, Simplified") << u"Blackwell产品"_s << true;
        QTest::newRow("digits and percent") << u"70%"_s << true;
        // Nothing to index: every turn is a candidate.
        QTest::newRow("punctuation only") << u"?"_s << true;
        QTest::newRow("percent sign") << u"%"_s << true;
        QTest::newRow("absent") << u"量子糾纏"_s << false;
        QTest::newRow("absent Latin") << u"quantum"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << u"   "_s << false;
        // FTS5 syntax is text.
        QTest::newRow("quoted") << u"\"毛利\""_s << false;
        QTest::newRow("lone quote") << u"\""_s << false;
        QTest::newRow("unbalanced quote") << u"毛利\""_s << false;
        QTest::newRow("star") << u"毛利*"_s << false;
        QTest::newRow("lone star") << u"*"_s << false;
        QTest::newRow("minus") << u"-毛利"_s << false;
        QTest::newRow("colon") << u"text:毛利"_s << false;
        QTest::newRow("parentheses") << u"(CES)"_s << true;
        QTest::newRow("unbalanced parenthesis") << u"(推理"_s << false;
        QTest::newRow("NEAR") << u"NEAR(毛利 推理)"_s << false;
        QTest::newRow("AND") << u"毛利 AND 推理"_s << false;
        QTest::newRow("OR") << u"OR"_s << true;
        QTest::newRow("NOT") << u"NOT 毛利"_s << false;
        QTest::newRow("caret") << u"^毛利"_s << false;
        QTest::newRow("braces") << u"{text}: 毛利"_s << false;
        QTest::newRow("injection") << u"'); DROP TABLE turns; --"_s << false;
    }

    void seedQueriesMatchTheLinearScan()
    {
        QFETCH(QString, query);
        QFETCH(bool, hasHits);
        QString error;
        const QList<Hit> expected = linearScan(m_seedTurns, query);
        const QList<Hit> actual = indexSearch(m_seed, query, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(actual, expected);
        QCOMPARE(!expected.isEmpty(), hasHits);
        for (const Hit &hit : actual) {
            const auto turn = std::find_if(m_seedTurns.cbegin(), m_seedTurns.cend(),
                                           [&](const StoredTurn &t) { return t.id == hit.turn; });
            QCOMPARE(SearchText::normalise(turn->text.mid(hit.offset, hit.length)),
                     SearchText::normalise(query).trimmed());
        }
    }

    void bothScriptsFindTheSameHits()
    {
        const QList<Hit> traditional = indexSearch(m_seed, u"營收"_s);
        QVERIFY(!traditional.isEmpty());
        QCOMPARE(indexSearch(m_seed, u"营收"_s), traditional);

        const QList<Hit> tsmc = indexSearch(m_synthetic, u"台积电"_s);
        QVERIFY(!tsmc.isEmpty());
        QCOMPARE(indexSearch(m_synthetic, u"台積電"_s), tsmc);
        bool foundTraditional = false;
        for (const Hit &hit : tsmc) {
            const auto turn = std::find_if(m_syntheticTurns.cbegin(), m_syntheticTurns.cend(),
                                           [&](const StoredTurn &t) { return t.id == hit.turn; });
            foundTraditional |= turn->text.mid(hit.offset, hit.length) == u"台積電"_s;
        }
        QVERIFY(foundTraditional);
    }

    void grossMarginIsFoundInQuestionsThreeAndNine()
    {
        const SearchResults results = SearchIndex(m_seed).search(SearchQuery(u"毛利"_s), {});
        QSet<int> questions;
        for (const SearchHit &hit : results.hits) {
            questions.insert(hit.question);
            QCOMPARE(hit.snippet.mid(hit.snippetOffset, hit.length), u"毛利"_s);
            QVERIFY(!hit.snippet.contains(u'\n'));
            QCOMPARE(hit.callTitle, m_seed.calls().first().title);
        }
        QVERIFY(questions.contains(3));
        QVERIFY(questions.contains(9));
        const auto q3 = std::find_if(results.hits.cbegin(), results.hits.cend(),
                                     [](const SearchHit &hit) { return hit.question == 3; });
        QCOMPARE(q3->asker, u"Vivek Arya"_s);
        QCOMPARE(q3->askerFirm, u"Bank of America"_s);
    }

    void filtersMatchTheLinearScan_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<int>("section"); // -1: any
        QTest::addColumn<bool>("thisCall");
        QTest::newRow("analysts") << u"毛利"_s << QStringList{u"analyst"_s} << -1 << false;
        QTest::newRow("executives") << u"Blackwell"_s << QStringList{u"executive"_s} << -1 << false;
        QTest::newRow("investor") << u"算力"_s << QStringList{u"investor"_s} << -1 << false;
        QTest::newRow("two roles") << u"推理"_s << QStringList{u"analyst"_s, u"executive"_s} << -1 << false;
        QTest::newRow("article") << u"營收"_s << QStringList{} << int(SectionKind::Article) << false;
        QTest::newRow("Q&A, executives")
            << u"数据中心"_s << QStringList{u"executive"_s} << int(SectionKind::QA) << false;
        QTest::newRow("this call") << u"毛利"_s << QStringList{} << -1 << true;
        QTest::newRow("this call, analysts") << u"GB200"_s << QStringList{u"analyst"_s} << -1 << true;
        QTest::newRow("this call, nothing to index")
            << u"?"_s << QStringList{} << int(SectionKind::QA) << true;
    }

    void filtersMatchTheLinearScan()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, roles);
        QFETCH(int, section);
        QFETCH(bool, thisCall);
        for (auto [store, turns] :
             {std::pair{&m_seed, &m_seedTurns}, std::pair{&m_synthetic, &m_syntheticTurns}}) {
            SearchOptions options;
            options.roles = roles;
            if (section >= 0)
                options.section = SectionKind(section);
            if (thisCall)
                options.callId = store->calls().last().id;
            const QList<Hit> expected = linearScan(*turns, query, options);
            QCOMPARE(indexSearch(*store, query, options), expected);
            if (store == &m_synthetic)
                QVERIFY(!expected.isEmpty());
        }
    }

    void syntheticQueriesMatchTheLinearScan_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("gross margin") << u"毛利"_s;
        QTest::newRow("revenue") << u"营收"_s;
        QTest::newRow("inference") << u"推理"_s;
        QTest::newRow("compute, Traditional") << u"算力"_s;
        QTest::newRow("four characters") << u"數據中心"_s;
        QTest::newRow("blackwell") << u"blackwell"_s;
        QTest::newRow("NVL72") << u"NVL72"_s;
        QTest::newRow("run together") << u"200nvl"_s;
        QTest::newRow("GB200") << u"gb200"_s;
        QTest::newRow("full-width") << u"ＮＶＬ７２"_s;
        QTest::newRow("mixed") << u"Blackwell芯片"_s;
        QTest::newRow("one character") << u"營"_s;
        QTest::newRow("English phrase") << u"gross margins in the mid-70s"_s;
        QTest::newRow("dollar amounts") << u"$1"_s;
        QTest::newRow("absent") << u"量子纠缠"_s;
    }

    void syntheticQueriesMatchTheLinearScan()
    {
        QFETCH(QString, query);
        QCOMPARE(indexSearch(m_synthetic, query), linearScan(m_syntheticTurns, query));
    }

    // Random pieces of stored text, as stored and in the other script, upper-cased:
    // each finds at least itself, and exactly what the scan finds.
    void randomSubstringsMatchTheLinearScan()
    {
        QRandomGenerator random(7);
        const ChineseConverter &t2s =
            ChineseConverter::instance(ChineseConverter::Conversion::TraditionalToSimplified);
        const ChineseConverter &s2t =
            ChineseConverter::instance(ChineseConverter::Conversion::SimplifiedToTraditional);
        for (int i = 0; i < 300; ++i) {
            const StoredTurn &turn =
                m_syntheticTurns.at(int(random.bounded(quint32(m_syntheticTurns.size()))));
            const int length = 1 + int(random.bounded(8u));
            const int start = int(random.bounded(quint32(qMax<qsizetype>(1, turn.text.size() - length))));
            QString piece = turn.text.mid(start, length);
            switch (i % 4) {
            case 1:
                piece = t2s.convert(piece);
                break;
            case 2:
                piece = s2t.convert(piece);
                break;
            case 3:
                piece = piece.toUpper();
                break;
            }
            const QList<Hit> expected = linearScan(m_syntheticTurns, piece);
            QCOMPARE(indexSearch(m_synthetic, piece), expected);
            if (i % 4 == 0 && !piece.trimmed().isEmpty())
                QVERIFY2(!expected.isEmpty(), qPrintable(piece));
        }
    }

    void limitStopsEarlyAndSaysSo()
    {
        const QList<Hit> all = linearScan(m_syntheticTurns, u"推理"_s);
        QVERIFY(all.size() > 50);
        SearchOptions options;
        options.limit = 50;
        const SearchResults first = SearchIndex(m_synthetic).search(SearchQuery(u"推理"_s), options);
        QVERIFY(first.truncated);
        QCOMPARE(first.hits.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE((Hit{first.hits.at(i).turnId, first.hits.at(i).offset, first.hits.at(i).length}),
                     all.at(i));

        options.limit = int(all.size());
        QVERIFY(!SearchIndex(m_synthetic).search(SearchQuery(u"推理"_s), options).truncated);
    }

    // One enormous turn must not cost a list of all its occurrences when a few are asked for.
    void occurrencesStopAtTheLimit()
    {
        const QString text = u"營收 "_s.repeated(1000);
        const SearchQuery query(u"营收"_s);
        const QList<SearchQuery::Occurrence> all = query.occurrencesIn(text);
        QCOMPARE(all.size(), 1000);
        const QList<SearchQuery::Occurrence> first = query.occurrencesIn(text, 3);
        QCOMPARE(first.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(first.at(i).offset, all.at(i).offset);
        QCOMPARE(first.at(2).offset, 6);
        QCOMPARE(query.occurrencesIn(text, 5000).size(), 1000);
    }

    void indexFollowsEditsAndRemovals()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"edits.sqlite"_s), &error), qPrintable(error));
        const SyntheticCorpus corpus(99);
        QList<qint64> calls;
        for (int i = 0; i < 3; ++i) {
            const SyntheticCorpus::Call call = corpus.call(i);
            calls << *store.addCall(call.transcript, call.meta, &error);
        }
        QVERIFY(!indexSearch(store, u"毛利"_s).isEmpty());

        QVERIFY2(store.removeCall(calls.at(1), &error), qPrintable(error));
        QCOMPARE(indexSearch(store, u"推理"_s), linearScan(storedTurns(store), u"推理"_s));

        // A changed turn text is re-indexed in the same statement.
        QVERIFY(store.inTransaction(
            [&](QString *why) {
                QSqlQuery update(store.database());
                update.prepare(
                    u"UPDATE turns SET text = '這裡提到了量子糾纏。' WHERE id = (SELECT min(id) FROM turns)"_s);
                return execPrepared(update, why);
            },
            &error));
        QCOMPARE(indexSearch(store, u"量子纠缠"_s).size(), 1);
        QCOMPARE(indexSearch(store, u"推理"_s), linearScan(storedTurns(store), u"推理"_s));

        // With the queue indexed, the index matches the turns exactly.
        QVERIFY2(SearchIndex(store).ensureCurrent(&error), qPrintable(error));
        QSqlQuery check(store.database());
        check.prepare(u"INSERT INTO turn_search (turn_search, rank) VALUES ('integrity-check', 1)"_s);
        QVERIFY2(execPrepared(check, &error), qPrintable(error));
    }

    // New turns wait in a queue until a batch is full; queued turns are found by scanning,
    // merged in order with what the index finds, until they are indexed.
    void queuedTurnsAreFoundBeforeTheyAreIndexed()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"queued.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        QVERIFY(store.inTransaction(
            [&](QString *why) {
                QSqlQuery insert(store.database());
                insert.prepare(
                    u"INSERT INTO turns (call_id, section_id, ordinal, text)"
                    " SELECT call_id, section_id, 1000, '補充:量子糾纏與毛利無關。' FROM turns LIMIT 1"_s);
                return execPrepared(insert, why);
            },
            &error));
        const auto pending = [&] {
            QSqlQuery count(store.database());
            count.prepare(u"SELECT count(*) FROM turn_search_pending"_s);
            return count.exec() && count.next() ? count.value(0).toInt() : -1;
        };
        QVERIFY2(SearchIndex(store).ensureCurrent(&error), qPrintable(error));
        QCOMPARE(pending(), 0);
        QVERIFY(store.inTransaction(
            [&](QString *why) {
                QSqlQuery insert(store.database());
                insert.prepare(u"INSERT INTO turns (call_id, section_id, ordinal, text)"
                               " SELECT call_id, section_id, 1001, '又一條:量子糾纏。' FROM turns LIMIT 1"_s);
                return execPrepared(insert, why);
            },
            &error));
        QCOMPARE(pending(), 1);
        const QList<StoredTurn> turns = storedTurns(store);
        QCOMPARE(indexSearch(store, u"量子纠缠"_s).size(), 2);
        QCOMPARE(indexSearch(store, u"毛利"_s), linearScan(turns, u"毛利"_s));
        QCOMPARE(indexSearch(store, u"量子"_s), linearScan(turns, u"量子"_s));

        QVERIFY2(SearchIndex(store).ensureCurrent(&error), qPrintable(error));
        QCOMPARE(pending(), 0);
        QCOMPARE(indexSearch(store, u"毛利"_s), linearScan(turns, u"毛利"_s));
        QCOMPARE(indexSearch(store, u"量子纠缠"_s).size(), 2);
        QSqlQuery check(store.database());
        check.prepare(u"INSERT INTO turn_search (turn_search, rank) VALUES ('integrity-check', 1)"_s);
        QVERIFY2(execPrepared(check, &error), qPrintable(error));
    }

    void notesAreSearchedToo()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"notes.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        const qint64 callId = store.calls().first().id;
        QVERIFY(store.inTransaction(
            [&](QString *why) {
                QSqlQuery insert(store.database());
                insert.prepare(
                    u"INSERT INTO annotations (uid, call_id, start_offset, end_offset, quote, note,"
                    " created_at, modified_at) VALUES ('n1', ?, 0, 2, '毛利', '營收和毛利率要對照財報看', '', '')"_s);
                insert.addBindValue(callId);
                return execPrepared(insert, why);
            },
            &error));
        const QList<NoteHit> hits = SearchIndex(store).searchNotes(SearchQuery(u"营收"_s));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().offset, 0);
        QCOMPARE(hits.first().callId, callId);
        QVERIFY(SearchIndex(store).searchNotes(SearchQuery(u"推理"_s)).isEmpty());
    }

    void upgradedLibraryIsIndexed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"old.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(ER_TEST_DATA_DIR) + u"/libraries/library-schema1.sqlite"_s, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        const QList<StoredTurn> turns = storedTurns(store);
        QVERIFY(!turns.isEmpty());
        const StoredTurn &longest =
            *std::max_element(turns.cbegin(), turns.cend(),
                              [](const auto &a, const auto &b) { return a.text.size() < b.text.size(); });
        for (const QString &query :
             {longest.text.mid(2, 2), longest.text.mid(5, 4), u"毛利"_s, u"Blackwell"_s})
            QCOMPARE(indexSearch(store, query), linearScan(turns, query));
        QVERIFY(!indexSearch(store, longest.text.mid(2, 2)).isEmpty());
    }

    void staleIndexIsRebuilt()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(u"stale.sqlite"_s), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(store, &error), qPrintable(error));
        QVERIFY2(SearchIndex(store).ensureCurrent(&error), qPrintable(error)); // nothing left queued
        QVERIFY(store.setMetaValue(u"search_folding"_s, u"from another OpenCC"_s, &error));
        QVERIFY(store.inTransaction(
            [&](QString *why) {
                QSqlQuery clear(store.database());
                clear.prepare(u"INSERT INTO turn_search (turn_search) VALUES ('delete-all')"_s);
                return execPrepared(clear, why);
            },
            &error));
        QVERIFY(indexSearch(store, u"毛利"_s).isEmpty());
        SearchIndex index(store);
        QVERIFY2(index.ensureCurrent(&error), qPrintable(error));
        QCOMPARE(store.metaValue(u"search_folding"_s), QString::fromLatin1(SearchText::signature()));
        QCOMPARE(indexSearch(store, u"毛利"_s), linearScan(storedTurns(store), u"毛利"_s));
    }

    void snippetStaysOnTheHitsLine()
    {
        const QString text =
            u"第一行\n前面的文字很長很長很長很長很長很長很長很長很長很長很長很長很長很長很長很長,毛利率回升,後面的文字\n第三行"_s;
        const int offset = int(text.indexOf(u"毛利"_s));
        int at = -1;
        const QString snippet = SearchIndex::snippet(text, offset, 2, &at);
        QCOMPARE(snippet.mid(at, 2), u"毛利"_s);
        QVERIFY(!snippet.contains(u"第一行"_s));
        QVERIFY(!snippet.contains(u"第三行"_s));
        QVERIFY(snippet.startsWith(u'…'));
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_seed;
    LibraryStore m_synthetic;
    QList<StoredTurn> m_seedTurns;
    QList<StoredTurn> m_syntheticTurns;
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
