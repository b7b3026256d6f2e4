#pragma once

#include "annotations/Annotation.h"
#include "options/PutScenario.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class AnnotationRepository;
class QJsonObject;
class LibraryStore;

// Annotations out of the library and back in. Markdown is for reading (grouped by call and
// question, with the quote, note, tags and speaker); CSV for spreadsheets; JSON for moving
// annotations to another library: it keeps stable anchors (call content hash, turn
// position, offsets, quote) and each annotation's uid, and carries the calls' text so that
// an empty library can take it. Importing the same file twice adds nothing the second time.
// The put scenarios saved with the calls go along in Markdown (inputs and results) and JSON
// (and come back from it); CSV holds annotations only.
class AnnotationExport
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationExport)
public:
    enum class Format { Markdown, Csv, Json };
    static std::optional<Format> formatFromName(const QString &name); // "md", "csv", "json"
    static QString suffix(Format format);

    // The question marks of the calls the annotations belong to go along.
    static QByteArray write(Format format, const LibraryStore &store, const AnnotationRepository &repository,
                            const QList<Annotation> &annotations, const QList<PutScenario> &scenarios = {});
    static QByteArray toMarkdown(const LibraryStore &store, const QList<Annotation> &annotations,
                                 const QList<QuestionMark> &marks, const QList<PutScenario> &scenarios = {});
    static QByteArray toCsv(const LibraryStore &store, const QList<Annotation> &annotations);
    static QByteArray toJson(const LibraryStore &store, const QList<Annotation> &annotations,
                             const QList<QuestionMark> &marks, const QList<PutScenario> &scenarios = {});

    struct ImportReport
    {
        int added = 0;
        int duplicates = 0;    // already in this library (same uid; a scenario: same name and time)
        int unplaced = 0;      // added, but their quote was not found in the call's text
        int callsImported = 0; // calls the library did not have, imported from the file
        int marks = 0;         // question marks added
        int scenarios = 0;     // put scenarios added
        QStringList problems;  // what was left out, and why
    };
    // nullopt (and *error naming the file) if the file is not an annotations export or the
    // library refused the write. One file is one transaction: the calls it brings, its
    // annotations, question marks and put scenarios are all stored, or none is.
    static std::optional<ImportReport> importJson(LibraryStore &store, AnnotationRepository &repository,
                                                  const QByteArray &json, const QString &fileName,
                                                  QString *error);

private:
    // The body of importJson, inside its transaction.
    static bool importInto(LibraryStore &store, AnnotationRepository &repository, const QJsonObject &root,
                           const QString &fileName, ImportReport *report, QString *error);
};
