#pragma once

#include "store/LibraryRecords.h"

#include <QCoreApplication>
#include <QString>

class LibraryStore;

// Turns transcript files into stored calls: decode, parse, detect duplicates, store in
// one transaction. The command line and the GUI both import through this class.
class CallImporter
{
    Q_DECLARE_TR_FUNCTIONS(CallImporter)
public:
    struct Outcome
    {
        QString fileName;
        bool ok = false;
        bool duplicate = false; // ok is false too: nothing was written
        qint64 callId = 0;      // the new call, or the existing one for a duplicate
        QString title;
        int questions = 0;
        int turns = 0;
        QString error; // names the file and the problem
    };

    explicit CallImporter(LibraryStore &store) : m_store(store) {}

    // `defaults` supplies what the file cannot tell: company, fiscal period, date, title.
    Outcome importFile(const QString &path, const CallMetadata &defaults = {});
    Outcome importBytes(const QByteArray &bytes, const QString &fileName, const CallMetadata &defaults = {});

    static QByteArray contentHash(const QString &text);

private:
    LibraryStore &m_store;
};
