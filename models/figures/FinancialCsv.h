#pragma once

#include "figures/FinancialFigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

class MetricRepository;

// Figures as CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks in
// double quotes, CRLF line ends, UTF-8), one figure per row under a fixed header:
//   company,fiscal_quarter,period_end,metric,kind,value,unit,note,status,source,user_entered
// Reading validates every row before anything is stored; a file with one bad row stores
// nothing. Writing then reading gives back the same figures, value for value.
class FinancialCsv
{
    Q_DECLARE_TR_FUNCTIONS(FinancialCsv)
public:
    struct Record
    {
        int line = 0; // where the record starts, from 1
        QStringList fields;
    };
    // Splits text into records; on a malformed quote returns nothing and sets *error
    // to "line N: ...".
    static std::optional<QList<Record>> parseRecords(QStringView text, QString *error);
    // The same, one record at a time, so a large file is never held as records too; stops
    // early when onRecord returns false. False, and *error, on a malformed quote.
    static bool forEachRecord(QStringView text, const std::function<bool(const Record &)> &onRecord,
                              QString *error);
    static QString quoteField(const QString &field);

    static const QStringList &header();

    // A file of a million bad rows is told by its first problems and a count.
    static constexpr int MaxProblemsKept = 50;

    struct ReadResult
    {
        QList<Figure> figures;
        QStringList errors;   // "FILE:LINE: problem", one per bad row, the first MaxProblemsKept
        int problemCount = 0; // all of them
        bool ok() const { return errors.isEmpty(); }
    };
    // fileName is used in messages only.
    static ReadResult read(const QByteArray &data, const QString &fileName);
    static QByteArray write(const QList<Figure> &figures);

    struct ImportOutcome
    {
        bool ok = false;
        int imported = 0;
        QStringList errors;   // the first MaxProblemsKept
        int problemCount = 0; // all of them
    };
    // Reads, validates and stores all the figures of a file in one transaction, or none.
    static ImportOutcome importFile(MetricRepository &repository, const QString &path);
    // Writes the figures of one company (all when empty) through a temporary file, so a
    // failed export never leaves a half-written file behind.
    static bool exportFile(const MetricRepository &repository, const QString &path, const QString &company,
                           int *written, QString *error);

private:
    // Validates one data row into result.figures, or reports it through fail(line, problem).
    static void readRecord(const Record &record, QHash<FigureKey, int> &seen, ReadResult &result,
                           const std::function<void(int, const QString &)> &fail);
};
