#include "figures/SampleFigures.h"

#include "figures/FinancialCsv.h"
#include "figures/MetricRepository.h"
#include "store/LibraryStore.h"
#include "store/SqlHelpers.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kFiguresInstalledKey = u"sample_figures_installed"_s;
const QString kQuarterlyResource = u":/sample/nvda_quarterly_facts.csv"_s;
const QString kBlackwellResource = u":/sample/nvda_blackwell_facts.csv"_s;
// Figures the built-in article itself states (NVIDIA's close on the day of the call), cited
// to the article with its sentence, so that the put calculator fills its price from the
// library and never from a market feed.
const QString kArticleQuotesResource = u":/sample/nvda_article_quotes.csv"_s;
const QString kManifestResource = u":/sample/sample-call.json"_s;

// Where each numeric column of the quarterly file goes. Outlooks are stored in the quarter
// whose release gave them; FigureSet::outlookFor() reads them for the next quarter.
struct QuarterlyColumn
{
    const char *column;
    QLatin1StringView metric;
    FigureKind kind;
};
constexpr QuarterlyColumn kQuarterlyColumns[] = {
    {"revenue_musd", Metric::Revenue, FigureKind::Actual},
    {"data_center_musd", Metric::DataCenter, FigureKind::Actual},
    {"dc_compute_musd", Metric::DataCenterCompute, FigureKind::Actual},
    {"dc_networking_musd", Metric::DataCenterNetworking, FigureKind::Actual},
    {"gaming_musd", Metric::Gaming, FigureKind::Actual},
    {"gaap_gross_margin_pct", Metric::GaapGrossMargin, FigureKind::Actual},
    {"nongaap_gross_margin_pct", Metric::NonGaapGrossMargin, FigureKind::Actual},
    {"gaap_net_income_musd", Metric::GaapNetIncome, FigureKind::Actual},
    {"gaap_diluted_eps_usd", Metric::GaapDilutedEps, FigureKind::Actual},
    {"guide_next_revenue_musd", Metric::NextRevenueGuidance, FigureKind::Guidance},
    {"guide_next_gaap_gm_pct", Metric::NextGaapGrossMarginGuidance, FigureKind::Guidance},
    {"guide_next_nongaap_gm_pct", Metric::NextNonGaapGrossMarginGuidance, FigureKind::Guidance},
};

// From the data set's README: the quarter's margins are as reported, charge included.
const FiscalQuarter kH20Quarter{2026, 1};
// Stored as data, like the files' own text columns.
const QString kH20Note = u"Includes the $4.5B H20 charge; non-GAAP excluding it: 71.3% (data set README)"_s;
const QString kSourceDescription =
    u"NVIDIA press releases and 10-Q/10-K filings; Blackwell statements from the earnings calls"_s;

// The file's rows as column name -> text, with the file's line for messages.
struct Row
{
    int line;
    QHash<QString, QString> values;
};

std::optional<QList<Row>> readTable(const QString &resource, QString *error)
{
    const QByteArray data = SampleFigures::readResource(resource, error);
    if (data.isEmpty())
        return std::nullopt;
    QString why;
    const auto records = FinancialCsv::parseRecords(QString::fromUtf8(data), &why);
    if (!records || records->isEmpty()) {
        *error = SampleFigures::tr("%1: %2").arg(resource, why);
        return std::nullopt;
    }
    const QStringList header = records->first().fields;
    QList<Row> rows;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const FinancialCsv::Record &record = records->at(i);
        if (record.fields.size() != header.size()) {
            *error = SampleFigures::tr("%1:%2: expected %3 fields")
                         .arg(resource)
                         .arg(record.line)
                         .arg(header.size());
            return std::nullopt;
        }
        Row row{record.line, {}};
        for (qsizetype c = 0; c < header.size(); ++c)
            row.values.insert(header.at(c), record.fields.at(c));
        rows.append(row);
    }
    return rows;
}

std::optional<double> number(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double value = QLocale::c().toDouble(text, ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

std::optional<QList<Figure>> SampleFigures::figures(QString *error)
{
    const QByteArray manifest = SampleFigures::readResource(kManifestResource, error);
    if (manifest.isEmpty())
        return std::nullopt;
    const QString company = QJsonDocument::fromJson(manifest)["company"_L1]["ticker"_L1].toString();

    const auto quarterly = readTable(kQuarterlyResource, error);
    const auto blackwell = quarterly ? readTable(kBlackwellResource, error) : std::nullopt;
    const auto quotes = blackwell ? readTable(kArticleQuotesResource, error) : std::nullopt;
    if (!quotes)
        return std::nullopt;

    QList<Figure> result;
    QHash<FiscalQuarter, QDate> periodEnds;
    for (const Row &row : *quarterly) {
        const auto quarter = FiscalQuarter::parse(row.values.value(u"fiscal_quarter"_s));
        if (!quarter) {
            *error = tr("%1:%2: bad fiscal quarter").arg(kQuarterlyResource).arg(row.line);
            return std::nullopt;
        }
        const QDate periodEnd = QDate::fromString(row.values.value(u"period_end"_s), Qt::ISODate);
        periodEnds.insert(*quarter, periodEnd);
        for (const QuarterlyColumn &column : kQuarterlyColumns) {
            bool ok = false;
            const auto value = number(row.values.value(QString::fromLatin1(column.column)), &ok);
            if (!ok) {
                *error = tr("%1:%2: %3 is not a number")
                             .arg(kQuarterlyResource)
                             .arg(row.line)
                             .arg(QString::fromLatin1(column.column));
                return std::nullopt;
            }
            if (!value)
                continue; // not found in the filings: left blank, never guessed
            Figure figure;
            figure.company = company;
            figure.quarter = *quarter;
            figure.periodEnd = periodEnd;
            figure.metric = column.metric;
            figure.kind = column.kind;
            figure.value = value;
            figure.unit = MetricCatalog::find(column.metric)->unit;
            figure.status = row.values.value(u"status"_s);
            figure.source = row.values.value(u"source"_s);
            if (column.metric == Metric::GaapDilutedEps)
                figure.note = row.values.value(u"eps_basis"_s); // the 10-for-1 split of June 2024
            else if (*quarter == kH20Quarter && (column.metric == Metric::GaapGrossMargin ||
                                                 column.metric == Metric::NonGaapGrossMargin))
                figure.note = kH20Note;
            result.append(figure);
        }
    }

    for (const Row &row : *blackwell) {
        const auto quarter = FiscalQuarter::parse(row.values.value(u"fiscal_quarter"_s));
        bool ok = false;
        const auto value = number(row.values.value(u"value"_s), &ok);
        if (!quarter || !ok) {
            *error = tr("%1:%2: bad quarter or value").arg(kBlackwellResource).arg(row.line);
            return std::nullopt;
        }
        Figure figure;
        figure.company = company;
        figure.quarter = *quarter;
        figure.periodEnd = periodEnds.value(*quarter);
        figure.metric = u"blackwell_"_s + row.values.value(u"kind"_s);
        figure.kind = FigureKind::Disclosed;
        figure.value = value;
        figure.unit = row.values.value(u"unit"_s);
        figure.note = row.values.value(u"what"_s);
        figure.status = row.values.value(u"status"_s);
        figure.source = row.values.value(u"source"_s);
        const QString problem = MetricCatalog::problemWith(figure);
        if (!problem.isEmpty()) {
            *error = tr("%1:%2: %3").arg(kBlackwellResource).arg(row.line).arg(problem);
            return std::nullopt;
        }
        result.append(figure);
    }

    for (const Row &row : *quotes) {
        const auto quarter = FiscalQuarter::parse(row.values.value(u"fiscal_quarter"_s));
        const QDate day = QDate::fromString(row.values.value(u"close_date"_s), Qt::ISODate);
        bool ok = false;
        const auto value = number(row.values.value(u"value"_s), &ok);
        if (!quarter || !day.isValid() || !ok) {
            *error = tr("%1:%2: bad quarter, date or value").arg(kArticleQuotesResource).arg(row.line);
            return std::nullopt;
        }
        Figure figure;
        figure.company = company;
        figure.quarter = *quarter;
        figure.periodEnd = periodEnds.value(*quarter);
        figure.metric = row.values.value(u"metric"_s);
        figure.kind = FigureKind::Disclosed;
        figure.value = value;
        figure.unit = row.values.value(u"unit"_s);
        // The metrics table keys a figure by quarter and has no day, so the day the price
        // is of, and the sentence it is quoted from, go into its note.
        figure.note = quotedNote(day, row.values.value(u"quote"_s));
        figure.status = row.values.value(u"status"_s);
        figure.source = row.values.value(u"source"_s);
        const QString problem = MetricCatalog::problemWith(figure);
        if (!problem.isEmpty()) {
            *error = tr("%1:%2: %3").arg(kArticleQuotesResource).arg(row.line).arg(problem);
            return std::nullopt;
        }
        result.append(figure);
    }
    return result;
}

QString SampleFigures::quotedNote(const QDate &day, const QString &quote)
{
    return u"Close of %1, as the article states it: “%2”"_s.arg(day.toString(Qt::ISODate), quote);
}

std::optional<SampleFigures::Quote> SampleFigures::parseQuotedNote(const QString &note)
{
    static const QRegularExpression pattern(
        u"^Close of (\\d{4}-\\d{2}-\\d{2}), as the article states it: “(.+)”$"_s);
    const QRegularExpressionMatch match = pattern.match(note);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return Quote{day, match.captured(2)};
}

QByteArray SampleFigures::readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the built-in resource %1 is missing").arg(path);
        return {};
    }
    return file.readAll();
}

bool SampleFigures::isInstalled(const LibraryStore &store)
{
    return !store.metaValue(kFiguresInstalledKey).isEmpty();
}

bool SampleFigures::install(LibraryStore &store, QString *error)
{
    if (isInstalled(store))
        return true;
    const auto sample = figures(error);
    if (!sample)
        return false;
    const QByteArray manifest = SampleFigures::readResource(kManifestResource, error);
    const QJsonObject company = QJsonDocument::fromJson(manifest)["company"_L1].toObject();
    const QString ticker = company["ticker"_L1].toString();

    MetricRepository repository(&store);
    return store.inTransaction(
        [&](QString *why) {
            if (!repository.ensureCompany(ticker, company["name"_L1].toString(), why) ||
                !repository.storeInTransaction(*sample, why))
                return false;
            QSqlQuery meta(store.database());
            meta.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            meta.addBindValue(kFiguresInstalledKey);
            meta.addBindValue(QString::number(sample->size()));
            meta.addBindValue(MetricRepository::sourceDescriptionKey(ticker));
            meta.addBindValue(kSourceDescription);
            return execPrepared(meta, why);
        },
        error);
}
