#pragma once

#include "annotations/AnnotationAnchoring.h"
#include "store/CallStructure.h"

#include <QCoreApplication>
#include <QString>

class AnnotationRepository;
class LibraryStore;

// Re-import: a corrected transcript file replaces the text of a call already in the
// library. The call keeps its id, company, period, date, title and the analysts' names the
// user gave; its annotations are placed again by their quotes, in the same transaction,
// and those whose quote is gone are reported, never dropped. The reader's structure edits
// (a turn's speaker, splits, merges, questions, the Q&A's start) are made again, first, where
// the text they were made on is still there; the others are dropped and reported.
class CallReimporter
{
    Q_DECLARE_TR_FUNCTIONS(CallReimporter)
public:
    struct Outcome
    {
        bool ok = false;
        bool unchanged = false; // the file has the text the call already has
        qint64 callId = 0;
        int turns = 0;
        AnnotationAnchoring::Report anchoring;
        int editsKept = 0;
        QList<TurnEdit> editsDropped; // their text is no longer in the call
        QString error;                // names the file and the problem
    };

    CallReimporter(LibraryStore &store, AnnotationRepository &repository)
        : m_store(store), m_repository(repository)
    {}

    Outcome reimportFile(qint64 callId, const QString &path);
    Outcome reimportBytes(qint64 callId, const QByteArray &bytes, const QString &fileName);

private:
    LibraryStore &m_store;
    AnnotationRepository &m_repository;
};
