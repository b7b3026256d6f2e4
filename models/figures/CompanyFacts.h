#pragma once

#include "figures/FinancialFigures.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class MetricRepository;

// SEC EDGAR company facts (the CIK##########.json EDGAR serves per company: facts ->
// taxonomy -> concept -> units -> facts with start, end, val, accn, fy, fp, form, filed,
// frame) read into quarterly figures. Each period comes from a fact's own start and end on
// the fiscal calendar learned from the company's 10-K years (see FiscalCalendar); fy and fp
// are ignored. The same period in several filings keeps the latest filing's value, marked
// "restated" when an earlier filing said otherwise. A fourth quarter not reported as such
// is the fiscal year minus the nine months to the third quarter, marked "derived". Every
// figure names its concept and filing in its source.
class CompanyFacts
{
    Q_DECLARE_TR_FUNCTIONS(CompanyFacts)
public:
    // EDGAR's largest company facts files are tens of MB; anything far beyond is not one.
    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;
    // Called with 0..100 while reading, parsing and mapping, for a progress bar.
    using Progress = std::function<void(int percent)>;

    // Whether a file starts like JSON (after a BOM and white space), to tell company facts
    // from CSV by content rather than by the name's extension.
    static bool isJsonFile(const QString &path);

    struct ReadResult
    {
        QList<Figure> figures;
        QString entityName;
        int derivedQuarters = 0; // fourth quarters computed as year minus nine months
        int restated = 0;        // figures whose latest filing changed an earlier value
        // No quarter in the file: its fiscal years, under Metric::AnnualPrefix keys.
        bool annualOnly = false;
        QString error; // why nothing can be imported; empty when it can
        bool ok() const { return error.isEmpty(); }
    };
    // ticker is the company the figures are filed under (company facts name a CIK only).
    static ReadResult read(const QByteArray &json, const QString &ticker, const Progress &progress = {});

    struct ImportOutcome
    {
        bool ok = false;
        int imported = 0;
        int derivedQuarters = 0;
        int restated = 0;
        bool annualOnly = false;
        QString entityName;
        QString error; // "FILE: reason"
    };
    // Reads a regular file of at most MaxFileBytes and stores all its figures in one
    // transaction, or none.
    static ImportOutcome importFile(MetricRepository &repository, const QString &path, const QString &ticker,
                                    const Progress &progress = {});
};
