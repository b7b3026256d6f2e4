#pragma once

#include "trends/TermTrend.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class LibraryStore;

struct TermChange
{
    QString term;          // in normal form: lower case, Simplified characters
    int count = 0;         // in the call
    int previousCount = 0; // in the company's previous call
};

struct CallChangesResult
{
    TrendCall call;
    std::optional<TrendCall> previous;
    int words = 0; // words spoken in each call (WordCount), to compare calls of different length
    int previousWords = 0;
    QList<TermChange> rose; // largest rise first
    QList<TermChange> fell; // largest fall first
    QString error;
};

// "What changed since the last call": the terms whose use rose or fell most against the same
// company's previous call by fiscal period. Terms are English words and two-word phrases,
// and two- to four-character Chinese terms (docs/TRENDS.md). The two calls are read whole:
// candidate terms are every term of either call, which no index lookup can list.
class CallChanges
{
    Q_DECLARE_TR_FUNCTIONS(CallChanges)
public:
    explicit CallChanges(const LibraryStore &store) : m_store(store) {}

    CallChangesResult compute(qint64 callId, int limit = 20) const;

private:
    const LibraryStore &m_store;
};
