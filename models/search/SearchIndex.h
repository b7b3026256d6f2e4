#pragma once

#include "search/SearchQuery.h"
#include "transcript/Transcript.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class LibraryStore;
class QSqlDatabase;

// One occurrence of the searched text in a turn. Offsets are into the turn's text as
// stored, whatever script the reader shows it in.
struct SearchHit
{
    qint64 callId = 0;
    QString callTitle;
    QString companyTicker;
    QString fiscalPeriod;
    qint64 turnId = 0;
    int turnOrdinal = 0;
    SectionKind section = SectionKind::Article;
    int question = 0; // 0 outside the Q&A
    QString asker;    // who asked the question, if known
    QString askerFirm;
    QString speaker; // empty for narration and unnamed analysts
    QString role;    // Role::*
    int offset = 0;
    int length = 0;
    QString snippet;       // stored text around the hit, on one line
    int snippetOffset = 0; // where the hit starts in the snippet
};

// One occurrence in an annotation's note.
struct NoteHit
{
    qint64 annotationId = 0;
    qint64 callId = 0;
    QString callTitle;
    qint64 turnId = 0; // 0 if the annotation is not placed
    int annotationStart = 0;
    int annotationLength = 0;
    QString quote;
    int offset = 0; // into the note
    int length = 0;
    QString snippet;
    int snippetOffset = 0;
};

struct SearchOptions
{
    qint64 callId = 0;                  // 0: the whole library
    QStringList roles;                  // Role::* values; empty: every speaker
    std::optional<SectionKind> section; // empty: every section
    int limit = 50;                     // hits at most; 0: no limit
};

struct SearchResults
{
    QList<SearchHit> hits;  // in reading order: by call as imported, then through the call
    bool truncated = false; // more hits exist beyond the limit
    QString error;
};

// Library-wide full-text search in Chinese (either script) and English, over the index
// kept by the triggers of the schema (see docs/SEARCH.md).
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    explicit SearchIndex(LibraryStore &store) : m_store(store) {}

    SearchResults search(const SearchQuery &query, const SearchOptions &options = {}) const;
    // Notes are searched in the same scope; role and section filters do not apply.
    QList<NoteHit> searchNotes(const SearchQuery &query, const SearchOptions &options = {}) const;

    // An index built with a different text folding (another OpenCC or Unicode version)
    // could miss hits: this rebuilds it. It also indexes the turns still queued. Nothing
    // to do in the common case.
    bool ensureCurrent(QString *error);
    bool rebuild(QString *error);

    // The stored text around [offset, offset + length) on one line, and where the hit
    // starts in it.
    static QString snippet(const QString &text, int offset, int length, int *snippetOffset);

private:
    LibraryStore &m_store;
};
