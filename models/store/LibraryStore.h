#pragma once

#include "store/CallStructure.h"
#include "store/LibraryRecords.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>

#include <chrono>
#include <optional>

// The one owner of a library file. Every write is a single transaction; readers get
// plain records. The schema is versioned with PRAGMA user_version and upgraded by the
// ordered steps in LibraryMigrations.
class LibraryStore : public QObject
{
    Q_OBJECT
public:
    explicit LibraryStore(QObject *parent = nullptr);
    ~LibraryStore() override;

    // A full check reads every page of the file (SQLite's quick_check); the schema check
    // reads only the schema, for a file known to be as this app last left it.
    enum class Check { Full, SchemaOnly };

    // Opens or creates the file and brings its schema up to date. A library is created only
    // where no file is or an empty one; a file whose schema is newer than this app, or that is
    // not a library, is refused and left untouched.
    bool open(const QString &path, QString *error, Check check = Check::Full);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool wasCreated() const { return m_created; }
    // Whether every page was read and found sound: when opened, or before the first write of
    // a library opened with the schema check only.
    bool wasFullyChecked() const { return m_fullyChecked; }
    // Why nothing more is written to this library: damage found by the check before the first
    // write, or met by a write. Empty while the library is sound as far as is known.
    QString damage() const { return m_damage; }

    // PRAGMA application_id of every library: "ERLB" (0x45524C42) in the file's header, set when
    // a library is created and when one written before the mark is opened. A SQLite file with
    // another value, or with none and not exactly our schema, is some other program's.
    static int applicationId();
    static int latestSchemaVersion();
    static QString sqliteVersion();
    int schemaVersion() const;

    std::optional<qint64> callIdForHash(const QByteArray &contentHash) const;
    // Stores a parsed call with its metadata in one transaction; returns the new call id.
    std::optional<qint64> addCall(const ParsedTranscript &transcript, const CallMetadata &meta,
                                  QString *error);
    // Deletes a call and everything that refers to it (sections, turns, annotations, marks).
    bool removeCall(qint64 callId, QString *error);
    // Re-import: replaces an existing call's text (sections, turns, speakers, original text
    // and hash) with a newly parsed version, keeping its id, metadata and everything that
    // refers to the call. `reanchor` runs in the same transaction once the new turns are
    // written, so rows that pointed at the old turns can be moved; returning false undoes
    // the whole replacement.
    bool replaceCallText(qint64 callId, const ParsedTranscript &transcript, const CallMetadata &meta,
                         const std::function<bool(QString *)> &reanchor, QString *error);

    QList<CallSummary> calls() const;
    // The companies that have calls, in the order calls() lists their first call (newest
    // first), without counting every call's questions and turns.
    QStringList tickersByNewestCall() const;
    std::optional<CallRecord> call(qint64 callId) const;
    std::optional<SpeakerRecord> speaker(qint64 speakerId) const;
    bool updateSpeaker(const SpeakerRecord &speaker, QString *error);
    // A call's company, fiscal period, date and title as the reader corrected them (the counts
    // of the summary are ignored). The ticker and period must be valid or empty, the title not
    // empty; control characters are refused. Emits callsChanged().
    bool setCallDetails(const CallSummary &details, QString *error);

    // Writes a structure edit of a call (split, merge, speaker, questions, the Q&A's start) in
    // one transaction, with the annotations on moved text and the call's list of edits. Rows
    // the change adds under placeholder ids (below zero) get their own; *ids maps each
    // placeholder to it.
    bool changeCallStructure(const StructureChange &change, QHash<qint64, qint64> *ids, QString *error);
    // The structure edits of a call, in the order they were made.
    QList<TurnEdit> turnEdits(qint64 callId) const;
    bool removeTurnEdit(qint64 editId, QString *error);

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value, QString *error);

    // For the models layer only: the connection, so feature classes can prepare their
    // own statements while the store keeps ownership.
    QSqlDatabase database() const;

    // How long one statement may run before SQLite interrupts it: a library from someone
    // else is refused if its schema holds anything we did not create, and this bounds
    // whatever a check cannot foresee. Generous enough for an upgrade of a large library.
    void setQueryTimeLimit(std::chrono::milliseconds limit) { m_queryTimeLimit = limit; }
    std::chrono::milliseconds queryTimeLimit() const { return m_queryTimeLimit; }

    // Runs fn inside one transaction; fn returns false (and sets *error) to roll back. Called
    // inside another, it is a savepoint of the outer one: undone alone when fn fails, and with
    // everything else when the outer transaction is.
    bool inTransaction(const std::function<bool(QString *)> &fn, QString *error);

signals:
    void callsChanged();
    void speakerChanged(qint64 callId, qint64 speakerId);
    void callTextReplaced(qint64 callId);
    void callStructureChanged(qint64 callId);

private:
    bool configure(Check check, QString *error);
    std::optional<qint64> companyId(const QString &ticker, const QString &name, QString *error);
    // Sections, speakers and turns of a call, inside the caller's transaction.
    bool writeCallText(qint64 callId, const ParsedTranscript &transcript, QString *why);
    bool guardConnection(QString *error);
    // Before the first write into a file opened without the full check: damage that kept the
    // file's size and time must not be written into and made worse.
    bool checkBeforeWriting(QString *error);
    // Reads every page (SQLite's quick_check): what is damaged, or empty when every page is
    // sound; nullopt, and *error, when the check itself could not run.
    std::optional<QString> damageFoundByFullCheck(QString *error);
    // Notes damage that the last statement met (SQLITE_CORRUPT or SQLITE_NOTADB).
    void noteDamage();
    // SQLite's callbacks: a statement starts; a statement is running.
    static int onStatementTrace(unsigned event, void *store, void *statement, void *sql);
    static int onProgress(void *store);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_created = false;
    bool m_fullyChecked = false;
    QString m_damage;
    int m_transactionDepth = 0;
    std::chrono::milliseconds m_queryTimeLimit{std::chrono::seconds(60)};
    QElapsedTimer m_statementClock;
};
