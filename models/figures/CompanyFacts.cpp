#include "figures/CompanyFacts.h"

#include "figures/FiscalCalendar.h"
#include "figures/MetricRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// What the import reads from the statements; gross profit may also come as revenue minus
// cost of revenue.
enum class Quantity { Revenue, GrossProfit, CostOfRevenue, OperatingIncome, NetIncome, DilutedEps };
enum class Measure { Money, PerShare };

struct Concept
{
    QLatin1StringView taxonomy;
    QLatin1StringView name;
};

struct Mapping
{
    Quantity quantity;
    Measure measure;
    QList<Concept> concepts; // preferred first, for a period several of them report
};

const QList<Mapping> &mappings()
{
    using L = QLatin1StringView;
    static const QList<Mapping> list = {
        {Quantity::Revenue,
         Measure::Money,
         {{L("us-gaap"), L("Revenues")},
          {L("us-gaap"), L("RevenueFromContractWithCustomerExcludingAssessedTax")},
          {L("us-gaap"), L("SalesRevenueNet")},
          {L("us-gaap"), L("RevenueFromContractWithCustomerIncludingAssessedTax")},
          {L("ifrs-full"), L("Revenue")}}},
        {Quantity::GrossProfit,
         Measure::Money,
         {{L("us-gaap"), L("GrossProfit")}, {L("ifrs-full"), L("GrossProfit")}}},
        {Quantity::CostOfRevenue,
         Measure::Money,
         {{L("us-gaap"), L("CostOfRevenue")},
          {L("us-gaap"), L("CostOfGoodsAndServicesSold")},
          {L("us-gaap"), L("CostOfGoodsSold")},
          {L("ifrs-full"), L("CostOfSales")}}},
        {Quantity::OperatingIncome,
         Measure::Money,
         {{L("us-gaap"), L("OperatingIncomeLoss")},
          {L("ifrs-full"), L("ProfitLossFromOperatingActivities")}}},
        {Quantity::NetIncome,
         Measure::Money,
         {{L("us-gaap"), L("NetIncomeLoss")},
          {L("ifrs-full"), L("ProfitLossAttributableToOwnersOfParent")},
          {L("ifrs-full"), L("ProfitLoss")}}},
        {Quantity::DilutedEps,
         Measure::PerShare,
         {{L("us-gaap"), L("EarningsPerShareDiluted")}, {L("ifrs-full"), L("DilutedEarningsLossPerShare")}}},
    };
    return list;
}

struct Fact
{
    QString conceptName; // "us-gaap:Revenues"
    int rank = 0;        // the concept's place in its mapping
    QDate start;
    QDate end;
    double value = 0;
    QString accession;
    QString form;
    QDate filed;

    qint64 days() const { return start.daysTo(end) + 1; }
    bool isLaterFilingThan(const Fact &other) const
    {
        return filed != other.filed ? filed > other.filed : accession > other.accession;
    }
};

// One period's value: the latest filing's fact, and the first differing one if an
// earlier filing reported another value.
struct Reported
{
    Fact latest;
    std::optional<Fact> firstDifferent;
};

// A quarter's value, reported or derived, with the words that say where it comes from.
struct QuarterValue
{
    double value = 0;
    QDate periodEnd;
    QString conceptName;
    QString source;
    QString note;
    QString status;
    bool derived = false;
};

bool isAnnualForm(const QString &form)
{
    return form.startsWith(u"10-K"_s) || form.startsWith(u"20-F"_s) || form.startsWith(u"40-F"_s);
}

bool isQuarter(const Fact &f)
{
    return f.days() >= 80 && f.days() <= 100;
}
bool isNineMonths(const Fact &f)
{
    return f.days() >= 260 && f.days() <= 285;
}
bool isYear(const Fact &f)
{
    return f.days() >= 350 && f.days() <= 380;
}

QString filingText(const Fact &f)
{
    return CompanyFacts::tr("%1 filed on %2, accession %3")
        .arg(f.form, f.filed.toString(Qt::ISODate), f.accession);
}

double scaled(const Fact &f, Measure measure)
{
    return measure == Measure::Money ? f.value / 1e6 : f.value;
}

QString unitOf(Measure measure)
{
    return measure == Measure::Money ? QString(Unit::MillionsUsd) : QString(Unit::Usd);
}

class Reader
{
public:
    Reader(const QString &ticker, const CompanyFacts::Progress &progress)
        : m_ticker(ticker), m_progress(progress)
    {}

    CompanyFacts::ReadResult run(const QByteArray &json)
    {
        CompanyFacts::ReadResult result;
        if (!MetricCatalog::isValidTicker(m_ticker)) {
            result.error =
                CompanyFacts::tr("name the company's ticker (capital letters, digits, dots); company "
                                 "facts identify a company by its CIK only");
            return result;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        report(60);
        if (parseError.error != QJsonParseError::NoError) {
            result.error = CompanyFacts::tr("not valid JSON: %1 at byte %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset);
            return result;
        }
        const QJsonObject facts = document.object().value(u"facts"_s).toObject();
        if (!document.isObject() || facts.isEmpty()) {
            result.error =
                CompanyFacts::tr("not SEC company facts: there is no \"facts\" object (expected the "
                                 "file EDGAR serves as CIK##########.json)");
            return result;
        }
        result.entityName = document.object().value(u"entityName"_s).toString();
        for (const Mapping &mapping : mappings()) {
            if (!collect(facts, mapping, &result.error))
                return result;
        }
        report(75);
        if (m_facts.value(Quantity::Revenue).isEmpty()) {
            result.error =
                CompanyFacts::tr("no revenue concept with periods (looked for us-gaap Revenues, "
                                 "RevenueFromContractWithCustomerExcludingAssessedTax, SalesRevenueNet "
                                 "and ifrs-full Revenue)");
            return result;
        }
        QList<QDate> yearEnds;
        for (const QList<Fact> &list : std::as_const(m_facts)) {
            for (const Fact &f : list) {
                if (isAnnualForm(f.form) && isYear(f))
                    yearEnds.append(f.end);
            }
        }
        m_calendar = FiscalCalendar(yearEnds);
        if (m_calendar.isEmpty()) {
            result.error =
                CompanyFacts::tr("no annual report (10-K) period to learn the fiscal year end from");
            return result;
        }
        buildFigures(&result);
        report(100);
        if (result.figures.isEmpty() && result.error.isEmpty()) {
            result.error = CompanyFacts::tr("no revenue for a fiscal quarter or a whole fiscal year");
        }
        if (!result.ok())
            result.figures.clear();
        return result;
    }

private:
    void report(int percent) const
    {
        if (m_progress)
            m_progress(percent);
    }

    bool collect(const QJsonObject &facts, const Mapping &mapping, QString *error)
    {
        for (int rank = 0; rank < mapping.concepts.size(); ++rank) {
            const Concept &c = mapping.concepts.at(rank);
            const QJsonObject units = facts.value(QString(c.taxonomy))
                                          .toObject()
                                          .value(QString(c.name))
                                          .toObject()
                                          .value(u"units"_s)
                                          .toObject();
            const QString conceptName = QString(c.taxonomy) + u':' + QString(c.name);
            for (auto unit = units.constBegin(); unit != units.constEnd(); ++unit) {
                if (!acceptsUnit(mapping.measure, unit.key(), conceptName, error))
                    return false;
                for (const QJsonValue &entry : unit.value().toArray()) {
                    const QJsonObject o = entry.toObject();
                    Fact f;
                    f.conceptName = conceptName;
                    f.rank = rank;
                    f.start = QDate::fromString(o.value(u"start"_s).toString(), Qt::ISODate);
                    f.end = QDate::fromString(o.value(u"end"_s).toString(), Qt::ISODate);
                    f.filed = QDate::fromString(o.value(u"filed"_s).toString(), Qt::ISODate);
                    f.accession = o.value(u"accn"_s).toString();
                    f.form = o.value(u"form"_s).toString();
                    const QJsonValue val = o.value(u"val"_s);
                    // Instants (balances) have no start; a fact without a number or a filing
                    // cannot be sourced.
                    if (!f.start.isValid() || !f.end.isValid() || f.end < f.start || !val.isDouble() ||
                        !f.filed.isValid() || f.accession.isEmpty() || f.form.isEmpty())
                        continue;
                    f.value = val.toDouble();
                    m_facts[mapping.quantity].append(f);
                }
            }
        }
        return true;
    }

    static bool acceptsUnit(Measure measure, const QString &unit, const QString &conceptName, QString *error)
    {
        static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
        const QString expected = measure == Measure::Money ? u"USD"_s : u"USD/shares"_s;
        if (unit == expected)
            return true;
        const QString base = unit.section(u'/', 0, 0);
        if (!currency.match(base).hasMatch() ||
            (measure == Measure::PerShare && !unit.endsWith(u"/shares"_s))) {
            *error = CompanyFacts::tr("%1 is in \"%2\", which is not a currency").arg(conceptName, unit);
        } else {
            *error = CompanyFacts::tr("%1 is in %2; the library keeps figures in US dollars")
                         .arg(conceptName, base);
        }
        return false;
    }

    // Groups the facts of one quantity by period, keeping the preferred concept and the
    // latest filing.
    static QList<Reported> byPeriod(const QList<Fact> &facts)
    {
        QMap<std::pair<QDate, QDate>, QList<Fact>> periods;
        for (const Fact &f : facts)
            periods[{f.start, f.end}].append(f);
        QList<Reported> result;
        for (QList<Fact> &list : periods) {
            const int rank = std::min_element(list.cbegin(), list.cend(), [](const Fact &a, const Fact &b) {
                                 return a.rank < b.rank;
                             })->rank;
            list.removeIf([rank](const Fact &f) { return f.rank != rank; });
            std::sort(list.begin(), list.end(),
                      [](const Fact &a, const Fact &b) { return b.isLaterFilingThan(a); });
            Reported reported{list.last(), std::nullopt};
            for (const Fact &f : std::as_const(list)) {
                if (f.value != reported.latest.value) {
                    reported.firstDifferent = f;
                    break;
                }
            }
            result.append(reported);
        }
        return result;
    }

    QuarterValue reportedValue(const Reported &r, Measure measure) const
    {
        QuarterValue v;
        v.value = scaled(r.latest, measure);
        v.periodEnd = r.latest.end;
        v.conceptName = r.latest.conceptName;
        v.source = CompanyFacts::tr("%1 (%2)").arg(filingText(r.latest), r.latest.conceptName);
        v.status = u"reported"_s;
        if (r.firstDifferent) {
            v.status = u"restated"_s;
            v.note = CompanyFacts::tr("restated: first reported as %1 in the %2")
                         .arg(FigureFormat::value(scaled(*r.firstDifferent, measure), unitOf(measure)),
                              filingText(*r.firstDifferent));
        }
        return v;
    }

    QHash<FiscalQuarter, QuarterValue> quarterValues(Quantity quantity, Measure measure, int *derived,
                                                     int *restated) const
    {
        QHash<FiscalQuarter, QuarterValue> quarters;
        QHash<FiscalQuarter, Fact> quarterFacts;
        QHash<int, Reported> years;
        QHash<int, Reported> nineMonths;
        for (const Reported &r : byPeriod(m_facts.value(quantity))) {
            const Fact &f = r.latest;
            const auto yearEnd = m_calendar.yearEndFor(f.end);
            if (!yearEnd)
                continue;
            const int year = FiscalCalendar::yearName(*yearEnd);
            if (isQuarter(f)) {
                const auto q = m_calendar.quarterEnding(f.end);
                // Two periods taken for one quarter (a start a few days off): the latest filing.
                if (q && (!quarterFacts.contains(*q) || f.isLaterFilingThan(quarterFacts.value(*q)))) {
                    quarterFacts.insert(*q, f);
                    quarters.insert(*q, reportedValue(r, measure));
                }
            } else if (isYear(f) && std::abs(f.end.daysTo(*yearEnd)) <= 10) {
                years.insert(year, r);
            } else if (isNineMonths(f) && std::abs(f.start.daysTo(m_calendar.yearStart(*yearEnd))) <= 10) {
                nineMonths.insert(year, r);
            }
        }
        // Per-share figures do not subtract: the year's share count is not the quarters'.
        if (measure == Measure::Money) {
            for (auto it = years.cbegin(); it != years.cend(); ++it) {
                const FiscalQuarter q4{it.key(), 4};
                const auto nine = nineMonths.constFind(it.key());
                if (quarters.contains(q4) || nine == nineMonths.cend() ||
                    nine->latest.conceptName != it->latest.conceptName)
                    continue;
                const Fact &year = it->latest;
                const Fact &ytd = nine->latest;
                QuarterValue v;
                v.value = scaled(year, measure) - scaled(ytd, measure);
                v.periodEnd = year.end;
                v.conceptName = year.conceptName;
                v.derived = true;
                v.status = u"derived"_s;
                v.source = CompanyFacts::tr("%1 minus %2 (%3)")
                               .arg(filingText(year), filingText(ytd), year.conceptName);
                v.note = CompanyFacts::tr("derived: fiscal year %1 %2 minus the nine months to %3, %4")
                             .arg(q4.toString().left(6),
                                  FigureFormat::value(scaled(year, measure), unitOf(measure)),
                                  ytd.end.toString(Qt::ISODate),
                                  FigureFormat::value(scaled(ytd, measure), unitOf(measure)));
                quarters.insert(q4, v);
                ++*derived;
            }
        }
        for (const QuarterValue &v : std::as_const(quarters)) {
            if (v.status == u"restated"_s)
                ++*restated;
        }
        return quarters;
    }

    // The fiscal years of the 10-Ks, each under its fourth quarter, for a company whose
    // file has no quarters: figures by year are better than none, and are kept apart.
    QHash<FiscalQuarter, QuarterValue> yearValues(Quantity quantity, Measure measure, int *restated) const
    {
        QHash<FiscalQuarter, QuarterValue> years;
        QHash<FiscalQuarter, Fact> yearFacts;
        for (const Reported &r : byPeriod(m_facts.value(quantity))) {
            const Fact &f = r.latest;
            const auto yearEnd = m_calendar.yearEndFor(f.end);
            if (!yearEnd || !isYear(f) || std::abs(f.end.daysTo(*yearEnd)) > 10)
                continue;
            const FiscalQuarter q4{FiscalCalendar::yearName(*yearEnd), 4};
            if (!yearFacts.contains(q4) || f.isLaterFilingThan(yearFacts.value(q4))) {
                yearFacts.insert(q4, f);
                years.insert(q4, reportedValue(r, measure));
            }
        }
        for (const QuarterValue &v : std::as_const(years)) {
            if (v.status == u"restated"_s)
                ++*restated;
        }
        return years;
    }

    Figure figure(const FiscalQuarter &q, QLatin1StringView metric, const QuarterValue &v,
                  const QString &unit) const
    {
        Figure f;
        f.company = m_ticker;
        f.quarter = q;
        f.periodEnd = v.periodEnd;
        f.metric = m_annual ? Metric::AnnualPrefix + metric : QString(metric);
        f.kind = FigureKind::Actual;
        f.value = v.value;
        f.unit = unit;
        f.note = v.note;
        f.status = v.status;
        f.source = v.source;
        return f;
    }

    void buildFigures(CompanyFacts::ReadResult *result)
    {
        int derived = 0;
        int restated = 0;
        int uncounted = 0;
        auto revenue = quarterValues(Quantity::Revenue, Measure::Money, &derived, &restated);
        const int revenueDerived = derived;
        m_annual = revenue.isEmpty();
        const auto values = [&](Quantity quantity, Measure measure) {
            return m_annual ? yearValues(quantity, measure, &restated)
                            : quarterValues(quantity, measure, &uncounted, &restated);
        };
        if (m_annual)
            revenue = values(Quantity::Revenue, Measure::Money);
        result->annualOnly = m_annual && !revenue.isEmpty();
        const auto grossProfit = values(Quantity::GrossProfit, Measure::Money);
        const auto cost = values(Quantity::CostOfRevenue, Measure::Money);
        const auto operating = values(Quantity::OperatingIncome, Measure::Money);
        const auto net = values(Quantity::NetIncome, Measure::Money);
        const auto eps = values(Quantity::DilutedEps, Measure::PerShare);
        report(90);

        QList<FiscalQuarter> quarters = revenue.keys();
        std::sort(quarters.begin(), quarters.end());
        for (const FiscalQuarter &q : std::as_const(quarters)) {
            const QuarterValue &rev = revenue.value(q);
            result->figures.append(figure(q, Metric::Revenue, rev, Unit::MillionsUsd));
            std::optional<QuarterValue> gross;
            if (grossProfit.contains(q)) {
                gross = grossProfit.value(q);
            } else if (cost.contains(q)) {
                const QuarterValue &c = cost.value(q);
                gross = c;
                gross->value = rev.value - c.value;
                gross->derived = rev.derived || c.derived;
                gross->status = u"computed"_s;
                gross->note = CompanyFacts::tr("computed: %1 minus %2").arg(rev.conceptName, c.conceptName);
                gross->source = CompanyFacts::tr("%1; %2").arg(rev.source, c.source);
            }
            if (gross) {
                result->figures.append(figure(q, Metric::GaapGrossProfit, *gross, Unit::MillionsUsd));
                if (rev.value != 0) {
                    QuarterValue margin = *gross;
                    margin.value = gross->value / rev.value * 100.0;
                    margin.status = rev.derived || gross->derived ? u"derived"_s : u"computed"_s;
                    margin.note =
                        CompanyFacts::tr("computed: gross profit %1 / revenue %2 (%3)")
                            .arg(FigureFormat::value(gross->value, Unit::MillionsUsd),
                                 FigureFormat::value(rev.value, Unit::MillionsUsd), rev.conceptName);
                    margin.source = gross->source == rev.source
                                        ? rev.source
                                        : CompanyFacts::tr("%1; %2").arg(gross->source, rev.source);
                    result->figures.append(figure(q, Metric::GaapGrossMargin, margin, Unit::Percent));
                }
            }
            if (operating.contains(q))
                result->figures.append(
                    figure(q, Metric::GaapOperatingIncome, operating.value(q), Unit::MillionsUsd));
            if (net.contains(q))
                result->figures.append(figure(q, Metric::GaapNetIncome, net.value(q), Unit::MillionsUsd));
            if (eps.contains(q))
                result->figures.append(figure(q, Metric::GaapDilutedEps, eps.value(q), Unit::Usd));
        }
        result->derivedQuarters = revenueDerived;
        result->restated = restated;
        for (const Figure &f : std::as_const(result->figures)) {
            const QString problem = MetricCatalog::problemWith(f);
            if (!problem.isEmpty()) {
                result->error = CompanyFacts::tr("%1 %2: %3").arg(f.quarter.toString(), f.metric, problem);
                return;
            }
        }
    }

    QString m_ticker;
    CompanyFacts::Progress m_progress;
    QMap<Quantity, QList<Fact>> m_facts;
    FiscalCalendar m_calendar;
    bool m_annual = false;
};

} // namespace

bool CompanyFacts::isJsonFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    QByteArrayView rest(head);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    rest = rest.trimmed();
    return rest.startsWith('{');
}

CompanyFacts::ReadResult CompanyFacts::read(const QByteArray &json, const QString &ticker,
                                            const Progress &progress)
{
    return Reader(ticker, progress).run(json);
}

CompanyFacts::ImportOutcome CompanyFacts::importFile(MetricRepository &repository, const QString &path,
                                                     const QString &ticker, const Progress &progress)
{
    ImportOutcome outcome;
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile()) {
        outcome.error = tr("%1: not a regular file").arg(name);
        return outcome;
    }
    if (info.size() > MaxFileBytes) {
        outcome.error = tr("%1: %2 bytes is more than any company facts file (at most %3)")
                            .arg(name)
                            .arg(info.size())
                            .arg(MaxFileBytes);
        return outcome;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = tr("%1: cannot read the file: %2").arg(name, file.errorString());
        return outcome;
    }
    // Read in pieces, for progress on a large file, and never past the bound even if the
    // file grows while it is read.
    QByteArray data;
    constexpr qint64 kChunk = 4 * 1024 * 1024;
    const qint64 expected = std::max<qint64>(info.size(), 1);
    while (!file.atEnd() && data.size() <= MaxFileBytes) {
        const QByteArray chunk = file.read(std::min(kChunk, MaxFileBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
        if (progress)
            progress(int(std::min<qint64>(50, data.size() * 50 / expected)));
    }
    if (file.error() != QFileDevice::NoError || data.size() > MaxFileBytes) {
        outcome.error = tr("%1: cannot read the file: %2").arg(name, file.errorString());
        return outcome;
    }
    const ReadResult result = read(data, ticker, progress);
    if (!result.ok()) {
        outcome.error = tr("%1: nothing was imported: %2").arg(name, result.error);
        return outcome;
    }
    QString error;
    if (!repository.store(result.figures, &error)) {
        outcome.error = tr("%1: nothing was imported: %2").arg(name, error);
        return outcome;
    }
    outcome.ok = true;
    outcome.imported = int(result.figures.size());
    outcome.derivedQuarters = result.derivedQuarters;
    outcome.restated = result.restated;
    outcome.annualOnly = result.annualOnly;
    outcome.entityName = result.entityName;
    return outcome;
}
