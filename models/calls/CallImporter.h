#pragma once

#include "store/LibraryRecords.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

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

    // How the file's header is used: to fill the fields `overrides` leaves empty, or not at all
    // (the fields were shown to the user, who may have cleared one on purpose).
    enum class Header { FillsGaps, Ignored };

    // `overrides` wins over what the file's header says (company, fiscal period, date, title);
    // a field neither gives keeps the fallback (no company, no period, the file name as title).
    Outcome importFile(const QString &path, const CallMetadata &overrides = {},
                       Header header = Header::FillsGaps);
    Outcome importBytes(const QByteArray &bytes, const QString &fileName, const CallMetadata &overrides = {},
                        Header header = Header::FillsGaps);

    // What importing the file would take from it (company, period, date, title), read
    // without writing anything, so that the user can correct it first.
    static std::optional<CallMetadata> inspectFile(const QString &path, QString *error);
    static CallMetadata foundMetadata(const ParsedTranscript &parsed, const QString &fileName);

    static QByteArray contentHash(const QString &text);

private:
    LibraryStore &m_store;
};
