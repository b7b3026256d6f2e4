#include "store/LibraryMigrations.h"

#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"
#include "text/SearchText.h"
#include "text/SearchTokenizer.h"
#include "text/WordCount.h"
#include "text/WordTokenizer.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        query.prepare(sql);
        if (!execPrepared(query, error))
            return false;
    }
    return true;
}

// Version 1: companies, calls and their text as sections, turns and speakers, plus a
// small key/value table for library-level facts (such as "the sample was installed").
bool createCoreSchema(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                       u"CREATE TABLE companies ("
                       " id INTEGER PRIMARY KEY,"
                       " ticker TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL)"_s,
                       u"CREATE TABLE calls ("
                       " id INTEGER PRIMARY KEY,"
                       " company_id INTEGER REFERENCES companies(id) ON DELETE SET NULL,"
                       " fiscal_period TEXT NOT NULL DEFAULT '',"
                       " call_date TEXT,"
                       " title TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " encoding TEXT NOT NULL DEFAULT '',"
                       " original_text TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL UNIQUE,"
                       " imported_at TEXT NOT NULL)"_s,
                       u"CREATE TABLE speakers ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " firm TEXT NOT NULL DEFAULT '')"_s,
                       u"CREATE INDEX speakers_call ON speakers(call_id)"_s,
                       u"CREATE TABLE sections ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " ordinal INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('article','commentary','prepared','qa')),"
                       " UNIQUE (call_id, ordinal))"_s,
                       u"CREATE TABLE turns ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,"
                       " ordinal INTEGER NOT NULL,"
                       " speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,"
                       " question INTEGER,"
                       " text TEXT NOT NULL,"
                       " UNIQUE (call_id, ordinal))"_s,
                       u"CREATE INDEX turns_section ON turns(section_id)"_s,
                       u"CREATE INDEX turns_speaker ON turns(speaker_id)"_s,
                   },
                   error);
}

// Annotations: highlights with notes, their tags, links to figures, and marks on whole
// questions. An annotation belongs to its call (deleted with it) but only refers to its
// turn: re-importing a call's text replaces the turns, and the annotation must survive
// that with turn_id NULL until it is placed again by its quote.
bool createAnnotationSchema(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            u"CREATE TABLE annotations ("
            " id INTEGER PRIMARY KEY,"
            " uid TEXT NOT NULL UNIQUE,"
            " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
            " turn_id INTEGER REFERENCES turns(id) ON DELETE SET NULL,"
            " start_offset INTEGER NOT NULL CHECK (start_offset >= 0),"
            " end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),"
            " quote TEXT NOT NULL,"
            " colour TEXT NOT NULL DEFAULT 'yellow',"
            " note TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " modified_at TEXT NOT NULL)"_s,
            u"CREATE INDEX annotations_call ON annotations(call_id)"_s,
            u"CREATE INDEX annotations_turn ON annotations(turn_id)"_s,
            u"CREATE TABLE tags ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE COLLATE NOCASE)"_s,
            u"CREATE TABLE annotation_tags ("
            " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
            " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
            " ordinal INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (annotation_id, tag_id))"_s,
            u"CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)"_s,
            u"CREATE TABLE annotation_figures ("
            " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
            " ticker TEXT NOT NULL,"
            " fiscal_quarter TEXT NOT NULL,"
            " metric TEXT NOT NULL,"
            " PRIMARY KEY (annotation_id, ticker, fiscal_quarter, metric))"_s,
            u"CREATE INDEX annotation_figures_quarter ON annotation_figures(ticker, fiscal_quarter)"_s,
            u"CREATE TABLE question_marks ("
            " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
            " question INTEGER NOT NULL CHECK (question > 0),"
            " label TEXT NOT NULL DEFAULT '',"
            " rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),"
            " modified_at TEXT NOT NULL,"
            " PRIMARY KEY (call_id, question))"_s,
        },
        error);
}

// Financial figures: one row per company, fiscal quarter, metric and kind (an actual and
// an outlook for the same quarter are two rows). A statement has no value, only its note.
// user_entered marks a figure typed or changed by the user rather than imported.
bool createMetricsSchema(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            u"CREATE TABLE metrics ("
            " id INTEGER PRIMARY KEY,"
            " company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
            " fiscal_quarter TEXT NOT NULL CHECK (fiscal_quarter GLOB 'FY[0-9][0-9][0-9][0-9]Q[1-4]'),"
            " period_end TEXT,"
            " metric_key TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('actual','guidance','disclosed','estimate')),"
            " value REAL,"
            " unit TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL DEFAULT '',"
            " source TEXT NOT NULL DEFAULT '',"
            " user_entered INTEGER NOT NULL DEFAULT 0 CHECK (user_entered IN (0, 1)),"
            " UNIQUE (company_id, fiscal_quarter, metric_key, kind))"_s,
            u"CREATE INDEX metrics_metric ON metrics(metric_key)"_s,
        },
        error);
}

// Search: FTS5 indexes over turn text and annotation notes, tokenized by er_bigram
// (SearchTokenizer, registered on every connection). They hold only the index and read
// the text from their tables; triggers keep them in the transaction that changes the text.
// New turns are queued in turn_search_pending, searched by scanning while queued, and
// indexed by one statement per batch (SearchIndex::indexQueuedTurns, run by the store when
// it writes a call): FTS5 writes its pending terms out at every statement that touches
// it, so a row trigger would write one segment per turn. A queued turn is not in the index
// yet, so its delete and update triggers leave the index alone. detail=none: the index only narrows the turns
// to look at and SearchIndex finds the exact occurrences, so positions are not needed. prefix='1' makes a
// one-character query a single lookup. The meta value records the text folding the index was built with.
bool createSearchIndex(QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {
                     u"CREATE VIRTUAL TABLE turn_search USING fts5(text, content='turns', content_rowid='id',"
                     " tokenize='er_bigram', detail=none, prefix='1')"_s,
                     u"CREATE TABLE turn_search_pending (turn_id INTEGER PRIMARY KEY)"_s,
                     u"CREATE TRIGGER turn_search_insert AFTER INSERT ON turns BEGIN"
                     " INSERT INTO turn_search_pending (turn_id) VALUES (new.id); END"_s,
                     u"CREATE TRIGGER turn_search_delete AFTER DELETE ON turns BEGIN"
                     " INSERT INTO turn_search (turn_search, rowid, text) SELECT 'delete', old.id, old.text"
                     " WHERE NOT EXISTS (SELECT 1 FROM turn_search_pending WHERE turn_id = old.id);"
                     " DELETE FROM turn_search_pending WHERE turn_id = old.id; END"_s,
                     u"CREATE TRIGGER turn_search_update AFTER UPDATE OF text ON turns"
                     " WHEN NOT EXISTS (SELECT 1 FROM turn_search_pending WHERE turn_id = old.id) BEGIN"
                     " INSERT INTO turn_search (turn_search, rowid, text)"
                     " VALUES ('delete', old.id, old.text);"
                     " INSERT INTO turn_search (rowid, text) VALUES (new.id, new.text); END"_s,
                     u"INSERT INTO turn_search (turn_search) VALUES ('rebuild')"_s,
                     u"CREATE VIRTUAL TABLE note_search USING fts5(note, content='annotations',"
                     " content_rowid='id', tokenize='er_bigram', detail=none, prefix='1')"_s,
                     u"CREATE TRIGGER note_search_insert AFTER INSERT ON annotations BEGIN"
                     " INSERT INTO note_search (rowid, note) VALUES (new.id, new.note); END"_s,
                     u"CREATE TRIGGER note_search_delete AFTER DELETE ON annotations BEGIN"
                     " INSERT INTO note_search (note_search, rowid, note)"
                     " VALUES ('delete', old.id, old.note); END"_s,
                     u"CREATE TRIGGER note_search_update AFTER UPDATE OF note ON annotations BEGIN"
                     " INSERT INTO note_search (note_search, rowid, note)"
                     " VALUES ('delete', old.id, old.note);"
                     " INSERT INTO note_search (rowid, note) VALUES (new.id, new.note); END"_s,
                     u"INSERT INTO note_search (note_search) VALUES ('rebuild')"_s,
                 },
                 error))
        return false;
    QSqlQuery folding(db);
    folding.prepare(u"INSERT INTO meta (key, value) VALUES ('search_folding', ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    folding.addBindValue(QString::fromLatin1(SearchText::signature()));
    return execPrepared(folding, error);
}

// Version 5: the call list counts each call's questions and turns; an index holding both
// columns answers that without reading the turns' rows (24 ms down to 10 ms for 500 calls).
bool indexTurnQuestions(QSqlDatabase &db, QString *error)
{
    return execAll(db, {u"CREATE INDEX turns_call_question ON turns(call_id, question)"_s}, error);
}

// Version 6: put-selling scenarios worked out beside a call (models/options). The inputs
// are stored as given, not the outputs: those follow from the calculator of the day.
bool createPutScenarios(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       u"CREATE TABLE put_scenarios ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " price REAL NOT NULL,"
                       " strike REAL NOT NULL,"
                       " premium REAL NOT NULL,"
                       " trade_date TEXT NOT NULL,"
                       " expiry TEXT NOT NULL,"
                       " contracts INTEGER NOT NULL,"
                       " fees REAL NOT NULL,"
                       " volatility REAL,"
                       " rate REAL,"
                       " day_basis TEXT NOT NULL CHECK (day_basis IN ('calendar', 'trading')),"
                       " at_price REAL,"
                       " at_date TEXT,"
                       " created_at TEXT NOT NULL)"_s,
                       u"CREATE INDEX put_scenarios_call ON put_scenarios(call_id)"_s,
                   },
                   error);
}

// Version 7: two calls paired as versions of one event (models/pairing), and the questions the
// user re-paired by hand. Only the hand-made choices are stored: the rest of the alignment
// follows from the texts, by the aligner of the day. A NULL b_question is "no counterpart".
bool createCallPairs(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       u"CREATE TABLE call_pairs ("
                       " id INTEGER PRIMARY KEY,"
                       " call_a INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " call_b INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " UNIQUE (call_a, call_b),"
                       " CHECK (call_a <> call_b))"_s,
                       u"CREATE TABLE question_repairs ("
                       " pair_id INTEGER NOT NULL REFERENCES call_pairs(id) ON DELETE CASCADE,"
                       " a_question INTEGER NOT NULL CHECK (a_question > 0),"
                       " b_question INTEGER CHECK (b_question > 0),"
                       " PRIMARY KEY (pair_id, a_question))"_s,
                   },
                   error);
}

// Version 8: the call's participant list ("Call participants:", "Company Participants") as
// the transcript gives it, in its order. Kept apart from speakers: a listed person may never
// speak, and the list is what a later edit of a turn's speaker picks from.
bool createParticipants(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       u"CREATE TABLE participants ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " ordinal INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " firm TEXT NOT NULL DEFAULT '',"
                       " role TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (call_id, ordinal))"_s,
                   },
                   error);
}

// Version 9: the reader's corrections of a call's structure (a turn's speaker, a turn split or
// merged, where a question or the Q&A starts), in the order made. The turns hold their result;
// this list is what a re-import makes again, each edit anchored by the text of its turn.
bool createTurnEdits(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       u"CREATE TABLE turn_edits ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN"
                       " ('speaker','split','merge','question','not_question','qa_start')),"
                       " turn_text TEXT NOT NULL,"
                       " previous_text TEXT NOT NULL DEFAULT '',"
                       " ordinal INTEGER NOT NULL,"
                       " split_at INTEGER NOT NULL DEFAULT 0 CHECK (split_at >= 0),"
                       " speaker TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)"_s,
                       u"CREATE INDEX turn_edits_call ON turn_edits(call_id)"_s,
                   },
                   error);
}

// Version 10: what the term trends count from (docs/TRENDS.md), so that a trend over thousands
// of calls reads no text. turn_terms indexes the turns by word (er_words, WordTokenizer) with
// positions, so that a term's occurrences in a turn, phrases included, are a query and
// er_term_count; it shares the queue of turn_search (a turn waiting there is in neither index,
// and is read while it waits), so the triggers of turn_search now keep both. turns.words holds a
// turn's words spoken (WordCount), written with its text; spoken_words adds them up per call and
// speaker (0 for a turn without one), kept by triggers through every change of a turn's text,
// speaker or call. turn_terms' rowid is not the turn's id but turns.term_key, which holds whose
// turn it is: the speaker's id and the turn's id, or (a turn without a speaker) the negated call
// and turn id (each id below 2^31, as rowids of a library are), so a match says where it counts
// without a lookup of its turn; the update trigger moves a turn in turn_terms when its speaker
// changes. calls_in_order gives the trend's time axis without reading the calls' rows, which hold
// their whole original text.
bool createTermIndex(QSqlDatabase &db, QString *error)
{
    if (!execAll(db, {u"ALTER TABLE turns ADD COLUMN words INTEGER NOT NULL DEFAULT 0"_s}, error))
        return false;
    {
        QSqlQuery turns(db);
        turns.setForwardOnly(true);
        turns.prepare(u"SELECT id, text FROM turns"_s);
        if (!execPrepared(turns, error))
            return false;
        QSqlQuery words(db);
        words.prepare(u"UPDATE turns SET words = ? WHERE id = ?"_s);
        while (turns.next()) {
            words.bindValue(0, WordCount::count(turns.value(1).toString()));
            words.bindValue(1, turns.value(0));
            if (!execPrepared(words, error))
                return false;
        }
    }
    return execAll(
        db,
        {
            u"ALTER TABLE turns ADD COLUMN term_key INTEGER GENERATED ALWAYS AS (CASE WHEN speaker_id IS NULL"
            " THEN -((call_id << 32) | id) ELSE (speaker_id << 32) | id END) VIRTUAL"_s,
            u"CREATE UNIQUE INDEX turns_term_key ON turns(term_key)"_s,
            u"CREATE INDEX calls_in_order ON calls(fiscal_period, call_date, id, company_id, title)"_s,
            u"CREATE TABLE spoken_words ("
            " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
            " speaker_id INTEGER NOT NULL,"
            " words INTEGER NOT NULL,"
            " PRIMARY KEY (call_id, speaker_id)) WITHOUT ROWID"_s,
            u"INSERT INTO spoken_words (call_id, speaker_id, words)"
            " SELECT call_id, coalesce(speaker_id, 0), sum(words) FROM turns GROUP BY 1, 2"_s,
            u"CREATE TRIGGER spoken_words_insert AFTER INSERT ON turns BEGIN"
            " INSERT INTO spoken_words (call_id, speaker_id, words)"
            " VALUES (new.call_id, coalesce(new.speaker_id, 0), new.words)"
            " ON CONFLICT (call_id, speaker_id) DO UPDATE SET words = words + excluded.words; END"_s,
            u"CREATE TRIGGER spoken_words_delete AFTER DELETE ON turns BEGIN"
            " UPDATE spoken_words SET words = words - old.words"
            " WHERE call_id = old.call_id AND speaker_id = coalesce(old.speaker_id, 0); END"_s,
            u"CREATE TRIGGER spoken_words_update AFTER UPDATE OF call_id, speaker_id, words ON turns BEGIN"
            " UPDATE spoken_words SET words = words - old.words"
            " WHERE call_id = old.call_id AND speaker_id = coalesce(old.speaker_id, 0);"
            " INSERT INTO spoken_words (call_id, speaker_id, words)"
            " VALUES (new.call_id, coalesce(new.speaker_id, 0), new.words)"
            " ON CONFLICT (call_id, speaker_id) DO UPDATE SET words = words + excluded.words; END"_s,
            u"CREATE VIRTUAL TABLE turn_terms USING fts5(text, content='turns', content_rowid='term_key',"
            " tokenize='er_words', detail=full, columnsize=0)"_s,
            u"INSERT INTO turn_terms (rowid, text) SELECT term_key, text FROM turns"
            " WHERE id NOT IN (SELECT turn_id FROM turn_search_pending)"_s,
            u"DROP TRIGGER turn_search_delete"_s,
            u"DROP TRIGGER turn_search_update"_s,
            u"CREATE TRIGGER turn_search_delete AFTER DELETE ON turns BEGIN"
            " INSERT INTO turn_search (turn_search, rowid, text) SELECT 'delete', old.id, old.text"
            " WHERE NOT EXISTS (SELECT 1 FROM turn_search_pending WHERE turn_id = old.id);"
            " INSERT INTO turn_terms (turn_terms, rowid, text) SELECT 'delete', old.term_key, old.text"
            " WHERE NOT EXISTS (SELECT 1 FROM turn_search_pending WHERE turn_id = old.id);"
            " DELETE FROM turn_search_pending WHERE turn_id = old.id; END"_s,
            // One trigger for text and speaker: two would both move a turn whose text and speaker
            // one statement sets.
            u"CREATE TRIGGER turn_search_update AFTER UPDATE OF text, speaker_id, call_id ON turns"
            " WHEN NOT EXISTS (SELECT 1 FROM turn_search_pending WHERE turn_id = old.id) BEGIN"
            " INSERT INTO turn_search (turn_search, rowid, text) SELECT 'delete', old.id, old.text"
            " WHERE old.text IS NOT new.text;"
            " INSERT INTO turn_search (rowid, text) SELECT new.id, new.text WHERE old.text IS NOT new.text;"
            " INSERT INTO turn_terms (turn_terms, rowid, text) SELECT 'delete', old.term_key, old.text"
            " WHERE old.text IS NOT new.text OR old.term_key IS NOT new.term_key;"
            " INSERT INTO turn_terms (rowid, text) SELECT new.term_key, new.text"
            " WHERE old.text IS NOT new.text OR old.term_key IS NOT new.term_key; END"_s,
        },
        error);
}

// The reader's decisions about the guidance the app finds in a call (GuidanceReviews): the
// entries follow from the text, so only a confirmation, a dismissal or an edit is kept,
// under the entry's metric and sentence, which a re-import keeps.
bool createGuidanceReviews(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       u"CREATE TABLE guidance_reviews ("
                       " id INTEGER PRIMARY KEY,"
                       " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                       " review_key TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('confirmed','edited','dismissed')),"
                       " low REAL NOT NULL,"
                       " high REAL NOT NULL CHECK (high >= low),"
                       " target_from TEXT NOT NULL,"
                       " target_to TEXT NOT NULL,"
                       " whole_year INTEGER NOT NULL DEFAULT 0 CHECK (whole_year IN (0, 1)),"
                       " late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),"
                       " updated_at TEXT NOT NULL,"
                       " UNIQUE (call_id, review_key))"_s,
                   },
                   error);
}

} // namespace

const std::vector<MigrationStep> &libraryMigrations()
{
    static const std::vector<MigrationStep> steps = {
        createCoreSchema,   createAnnotationSchema, createMetricsSchema,   createSearchIndex,
        indexTurnQuestions, createPutScenarios,     createCallPairs,       createParticipants,
        createTurnEdits,    createTermIndex,        createGuidanceReviews,
    };
    return steps;
}

namespace {

// One row of sqlite_schema, as "type name" and the SQL that made it.
using SchemaObjects = QMap<QString, QString>;

std::optional<SchemaObjects> schemaObjects(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // The planner's statistics (ANALYZE, a user's sqlite3 shell) hold no code; they may come and go.
    query.prepare(u"SELECT type, name, coalesce(sql, '') FROM sqlite_schema"
                  " WHERE name NOT LIKE 'sqlite_stat%'"_s);
    if (!execPrepared(query, error))
        return std::nullopt;
    SchemaObjects objects;
    QStringList virtualTables;
    while (query.next()) {
        const QString sql = query.value(2).toString();
        if (sql.startsWith(u"CREATE VIRTUAL TABLE"_s))
            virtualTables << query.value(1).toString();
        objects.insert(query.value(0).toString() + u' ' + query.value(1).toString(), sql);
    }
    // FTS5 writes its own tables' SQL, which may change with the SQLite version; their names
    // are what the virtual table needs.
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        for (const QString &table : std::as_const(virtualTables)) {
            if (it.key().startsWith(u"table "_s + table + u'_'))
                it.value().clear();
        }
    }
    return objects;
}

std::optional<SchemaObjects> schemaAfter(int version, QString *error)
{
    static std::mutex mutex;
    static QHash<int, SchemaObjects> made;
    const std::lock_guard lock(mutex);
    if (const auto it = made.constFind(version); it != made.cend())
        return *it;
    static std::atomic<int> counter = 0;
    const QString name = u"schema-scratch-%1"_s.arg(++counter);
    std::optional<SchemaObjects> objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else if (SearchTokenizer::registerOn(db, error) && WordTokenizer::registerOn(db, error)) {
            const auto &steps = libraryMigrations();
            bool ok = true;
            for (int step = 0; ok && step < version && step < int(steps.size()); ++step)
                ok = steps[size_t(step)](db, error);
            if (ok)
                objects = schemaObjects(db, error);
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (objects)
        made.insert(version, *objects);
    return objects;
}

} // namespace

std::optional<SchemaDifference> compareSchema(const QSqlDatabase &db, int version, QString *error)
{
    const auto expected = schemaAfter(version, error);
    const auto actual = expected ? schemaObjects(db, error) : std::nullopt;
    if (!actual)
        return std::nullopt;
    SchemaDifference difference;
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (expected->value(it.key(), u"\x01"_s) != it.value())
            difference.unknown << it.key();
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (actual->value(it.key(), u"\x01"_s) != it.value())
            difference.missing << it.key();
    }
    return difference;
}
