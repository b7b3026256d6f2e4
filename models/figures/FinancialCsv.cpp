#include "figures/FinancialCsv.h"

#include "util/AtomicFile.h"

#include "figures/MetricRepository.h"
#include "util/BoundedFile.h"
#include "util/UntrustedText.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Half a million figures; a larger file is not a table of quarterly figures.
constexpr qint64 kMaxCsvBytes = 64 * 1024 * 1024;

enum Column {
    Company,
    Quarter,
    PeriodEnd,
    MetricColumn,
    Kind,
    Value,
    UnitColumn,
    Note,
    Status,
    Source,
    UserEntered
};

bool needsQuotes(const QString &field)
{
    if (field.isEmpty())
        return false;
    return field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r') ||
           field.front().isSpace() || field.back().isSpace();
}

} // namespace

const QStringList &FinancialCsv::header()
{
    static const QStringList columns = {u"company"_s, u"fiscal_quarter"_s, u"period_end"_s,  u"metric"_s,
                                        u"kind"_s,    u"value"_s,          u"unit"_s,        u"note"_s,
                                        u"status"_s,  u"source"_s,         u"user_entered"_s};
    return columns;
}

QString FinancialCsv::quoteField(const QString &field)
{
    if (!needsQuotes(field))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

std::optional<QList<FinancialCsv::Record>> FinancialCsv::parseRecords(QStringView text, QString *error)
{
    QList<Record> records;
    if (!forEachRecord(
            text,
            [&](const Record &record) {
                records.append(record);
                return true;
            },
            error))
        return std::nullopt;
    return records;
}

bool FinancialCsv::forEachRecord(QStringView text, const std::function<bool(const Record &)> &onRecord,
                                 QString *error)
{
    bool go = true;
    Record record{1, {}};
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool afterQuote = false;    // the field was quoted and its closing quote was seen
    bool recordHasData = false; // blank lines are not records

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        if (recordHasData || !record.fields.isEmpty()) {
            endField();
            go = onRecord(record);
        }
        record = Record{line + 1, {}};
        field.clear();
        afterQuote = false;
        recordHasData = false;
    };

    for (qsizetype i = 0; go && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // CRLF ends the record at the LF
        if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
            continue;
        }
        if (c == u',') {
            recordHasData = true;
            endField();
            continue;
        }
        if (afterQuote) {
            *error = tr("line %1: text after the closing quote of a field").arg(line);
            return false;
        }
        if (c == u'"') {
            if (!field.isEmpty()) {
                *error = tr("line %1: a quote inside an unquoted field (quote the whole field and double the "
                            "quote)")
                             .arg(line);
                return false;
            }
            inQuotes = true;
            quoteLine = line;
            recordHasData = true;
            continue;
        }
        recordHasData = true;
        field.append(c);
    }
    if (!go)
        return true;
    if (inQuotes) {
        *error = tr("line %1: a quoted field is not closed").arg(quoteLine);
        return false;
    }
    if (recordHasData) {
        endField();
        onRecord(record);
    }
    return true;
}

FinancialCsv::ReadResult FinancialCsv::read(const QByteArray &data, const QString &fileName)
{
    ReadResult result;
    const QString name = QDir::toNativeSeparators(fileName);
    const auto fail = [&](int line, const QString &problem) {
        if (++result.problemCount <= MaxProblemsKept)
            result.errors.append(line > 0 ? tr("%1:%2: %3").arg(name).arg(line).arg(problem)
                                          : tr("%1: %2").arg(name, problem));
    };

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        fail(0, tr("the file is not UTF-8 text"));
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QString why;
    bool headerSeen = false;
    QHash<FigureKey, int> seen;
    const auto onRecord = [&](const Record &record) {
        if (!headerSeen) {
            headerSeen = true;
            if (record.fields == header())
                return true;
            fail(record.line, tr("the header must be %1").arg(header().join(u',')));
            return false;
        }
        readRecord(record, seen, result, fail);
        return true;
    };
    if (!forEachRecord(text, onRecord, &why)) {
        fail(0, why);
        result.figures.clear();
        return result;
    }
    if (!headerSeen)
        fail(0, tr("the file is empty; expected the header %1").arg(header().join(u',')));
    if (!result.ok())
        result.figures.clear();
    return result;
}

void FinancialCsv::readRecord(const Record &record, QHash<FigureKey, int> &seen, ReadResult &result,
                              const std::function<void(int, const QString &)> &fail)
{
    const QStringList &f = record.fields;
    if (f.size() != header().size()) {
        fail(record.line, tr("expected %1 fields, found %2").arg(header().size()).arg(f.size()));
        return;
    }
    Figure figure;
    figure.company = f.at(Company);
    const auto quarter = FiscalQuarter::parse(f.at(Quarter));
    if (!quarter || f.at(Quarter) != quarter->toString()) {
        fail(record.line, tr("bad fiscal quarter \"%1\" (expected FY2025Q4)").arg(f.at(Quarter)));
        return;
    }
    figure.quarter = *quarter;
    if (!f.at(PeriodEnd).isEmpty()) {
        figure.periodEnd = QDate::fromString(f.at(PeriodEnd), Qt::ISODate);
        if (!figure.periodEnd.isValid()) {
            fail(record.line, tr("bad period end date \"%1\" (expected yyyy-mm-dd)").arg(f.at(PeriodEnd)));
            return;
        }
    }
    figure.metric = f.at(MetricColumn);
    const auto kind = figureKindFromName(f.at(Kind));
    if (!kind) {
        fail(record.line,
             tr("unknown kind \"%1\" (expected actual, guidance, disclosed or estimate)").arg(f.at(Kind)));
        return;
    }
    figure.kind = *kind;
    if (!f.at(Value).isEmpty()) {
        bool ok = false;
        QLocale strict = QLocale::c();
        strict.setNumberOptions(QLocale::RejectGroupSeparator);
        const double value = strict.toDouble(f.at(Value), &ok);
        if (!ok || !std::isfinite(value)) {
            fail(record.line, tr("the value \"%1\" is not a number").arg(f.at(Value)));
            return;
        }
        figure.value = value;
    }
    figure.unit = f.at(UnitColumn).isEmpty() ? MetricCatalog::unitOf(figure.metric).value_or(QString())
                                             : f.at(UnitColumn);
    figure.note = UntrustedText::restoredCell(f.at(Note));
    figure.status = UntrustedText::restoredCell(f.at(Status));
    figure.source = UntrustedText::restoredCell(f.at(Source));
    if (f.at(UserEntered) != u"0"_s && f.at(UserEntered) != u"1"_s && !f.at(UserEntered).isEmpty()) {
        fail(record.line, tr("user_entered must be 0 or 1, not \"%1\"").arg(f.at(UserEntered)));
        return;
    }
    figure.userEntered = f.at(UserEntered) == u"1"_s;
    const QString problem = MetricCatalog::problemWith(figure);
    if (!problem.isEmpty()) {
        fail(record.line, problem);
        return;
    }
    if (const auto it = seen.constFind(figure.key()); it != seen.cend()) {
        fail(record.line, tr("duplicate of line %1 (%2 %3 %4 %5)")
                              .arg(*it)
                              .arg(figure.company, figure.quarter.toString(), figure.metric, f.at(Kind)));
        return;
    }
    seen.insert(figure.key(), record.line);
    result.figures.append(figure);
}

QByteArray FinancialCsv::write(const QList<Figure> &figures)
{
    QString text = header().join(u',') + u"\r\n"_s;
    for (const Figure &figure : figures) {
        const QStringList fields = {
            figure.company,
            figure.quarter.toString(),
            figure.periodEnd.isValid() ? figure.periodEnd.toString(Qt::ISODate) : QString(),
            figure.metric,
            figureKindName(figure.kind),
            figure.value ? FigureFormat::exact(*figure.value) : QString(),
            figure.unit,
            // Text anyone may have typed; the other columns are validated or numbers.
            UntrustedText::neutralisedCell(figure.note),
            UntrustedText::neutralisedCell(figure.status),
            UntrustedText::neutralisedCell(figure.source),
            figure.userEntered ? u"1"_s : u"0"_s,
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(quoteField(field));
        text += quoted.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

FinancialCsv::ImportOutcome FinancialCsv::importFile(MetricRepository &repository, const QString &path)
{
    ImportOutcome outcome;
    const QString name = QDir::toNativeSeparators(path);
    QString why;
    const auto bytes = BoundedFile::read(path, kMaxCsvBytes, &why);
    if (!bytes) {
        outcome.errors.append(why);
        outcome.problemCount = 1;
        return outcome;
    }
    const ReadResult result = read(*bytes, path);
    if (!result.ok()) {
        outcome.errors = result.errors;
        outcome.problemCount = result.problemCount;
        return outcome;
    }
    QString error;
    if (!repository.store(result.figures, &error)) {
        outcome.errors.append(tr("%1: nothing was imported: %2").arg(name, error));
        outcome.problemCount = 1;
        return outcome;
    }
    outcome.ok = true;
    outcome.imported = int(result.figures.size());
    return outcome;
}

bool FinancialCsv::exportFile(const MetricRepository &repository, const QString &path, const QString &company,
                              int *written, QString *error)
{
    const QList<Figure> figures = repository.figures(company);
    QString why;
    if (!AtomicFile::write(path, write(figures), &why)) {
        *error = tr("%1: cannot write the file: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    if (written)
        *written = int(figures.size());
    return true;
}
