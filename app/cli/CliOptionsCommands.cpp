#include "cli/CliOptionsCommands.h"

#include "cli/CommandLine.h"
#include "options/PutCalculator.h"
#include "options/PutJson.h"
#include "options/PutScenarioRepository.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CliOptionsCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliOptionsCommands", text);
}

// Reads the options into inputs; on a malformed value prints why and returns false. Whether
// the values make a trade is the calculator's to say. (Its messages name their context: lupdate
// would file a bare tr() here under the class.)
class InputReader
{
public:
    explicit InputReader(CliContext &ctx) : m_ctx(ctx) {}

    bool ok() const { return m_ok; }

    std::optional<double> number(const QString &name)
    {
        if (!m_ctx.parser.isSet(name))
            return std::nullopt;
        bool parsed = false;
        const double value = m_ctx.parser.value(name).toDouble(&parsed);
        if (!parsed)
            fail(QCoreApplication::translate("CliOptionsCommands", "--%1 must be a number, not \"%2\"")
                     .arg(name, m_ctx.parser.value(name)));
        return value;
    }

    // Percentages are given as such: --iv 45 or --iv 45% is 45%.
    std::optional<double> percentage(const QString &name)
    {
        if (!m_ctx.parser.isSet(name))
            return std::nullopt;
        QString text = m_ctx.parser.value(name).trimmed();
        if (text.endsWith(u'%'))
            text.chop(1);
        bool parsed = false;
        const double value = text.toDouble(&parsed);
        if (!parsed)
            fail(QCoreApplication::translate("CliOptionsCommands",
                                             "--%1 must be a percentage like 45 or 45%, not \"%2\"")
                     .arg(name, m_ctx.parser.value(name)));
        return value / 100;
    }

    std::optional<QDate> date(const QString &name)
    {
        if (!m_ctx.parser.isSet(name))
            return std::nullopt;
        const QDate value = QDate::fromString(m_ctx.parser.value(name), Qt::ISODate);
        if (!value.isValid())
            fail(QCoreApplication::translate("CliOptionsCommands",
                                             "--%1 must be a date like 2025-02-26, not \"%2\"")
                     .arg(name, m_ctx.parser.value(name)));
        return value;
    }

    double required(const QString &name)
    {
        if (!m_ctx.parser.isSet(name))
            fail(QCoreApplication::translate("CliOptionsCommands", "--%1 is required").arg(name));
        return number(name).value_or(0);
    }

    QDate requiredDate(const QString &name)
    {
        if (!m_ctx.parser.isSet(name))
            fail(QCoreApplication::translate("CliOptionsCommands", "--%1 is required").arg(name));
        return date(name).value_or(QDate());
    }

    void fail(const QString &message)
    {
        m_ctx.err << message << u'\n';
        m_ok = false;
    }

private:
    CliContext &m_ctx;
    bool m_ok = true;
};

void printText(CliContext &ctx, const PutInputs &in, const QList<PutFigure> &figures)
{
    ctx.out << tr("Selling %1 put contract(s) at %2, traded %3, expiring %4; %5")
                   .arg(in.contracts)
                   .arg(PutCalculator::money(in.strike), in.tradeDate.toString(Qt::ISODate),
                        in.expiry.toString(Qt::ISODate), PutCalculator::basisDescription(in.dayBasis))
            << u"\n\n"_s;
    for (const PutFigure &figure : figures)
        ctx.out << figure.label << u": "_s << figure.display << u"\n    "_s << figure.formula << u'\n';
    ctx.out << u'\n' << tr("Assumptions:") << u'\n';
    for (const QString &assumption : PutCalculator::assumptions(in))
        ctx.out << u"  - "_s << assumption << u'\n';
}

} // namespace

int putCalc(CliContext &ctx)
{
    const QString usage =
        tr("Usage: earnings-reader put-calc --price P --strike K --premium X --trade-date YYYY-MM-DD "
           "--expiry YYYY-MM-DD [--contracts N] [--fees F] [--iv PERCENT] [--rate PERCENT] "
           "[--day-basis calendar|trading] [--at-price P] [--at-date YYYY-MM-DD] [--json]");
    if (!ctx.args.isEmpty()) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    InputReader read(ctx);
    PutInputs in;
    in.price = read.required(u"price"_s);
    in.strike = read.required(u"strike"_s);
    in.premium = read.required(u"premium"_s);
    in.tradeDate = read.requiredDate(u"trade-date"_s);
    in.expiry = read.requiredDate(u"expiry"_s);
    if (ctx.parser.isSet(u"contracts"_s)) {
        bool parsed = false;
        in.contracts = ctx.parser.value(u"contracts"_s).toInt(&parsed);
        if (!parsed)
            read.fail(
                tr("--contracts must be a whole number, not \"%1\"").arg(ctx.parser.value(u"contracts"_s)));
    }
    in.fees = read.number(u"fees"_s).value_or(0);
    in.volatility = read.percentage(u"iv"_s);
    in.riskFreeRate = read.percentage(u"rate"_s);
    in.scenarioPrice = read.number(u"at-price"_s);
    in.scenarioDate = read.date(u"at-date"_s);
    if (ctx.parser.isSet(u"day-basis"_s)) {
        const QString basis = ctx.parser.value(u"day-basis"_s);
        if (basis == PutCalculator::basisName(DayBasis::Trading252))
            in.dayBasis = DayBasis::Trading252;
        else if (basis != PutCalculator::basisName(DayBasis::Calendar365))
            read.fail(tr("--day-basis must be calendar or trading, not \"%1\"").arg(basis));
    }
    if (!read.ok()) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }

    const PutResult result = PutCalculator::compute(in);
    if (!result.ok()) {
        ctx.err << result.error << u'\n';
        return ExitCode::Usage;
    }
    const QList<PutFigure> figures = PutCalculator::figures(in, result);
    if (ctx.parser.isSet(u"json"_s))
        ctx.out << QString::fromUtf8(
            QJsonDocument(PutJson::calculation(in, result, figures)).toJson(QJsonDocument::Indented));
    else
        printText(ctx, in, figures);
    return ExitCode::Ok;
}

int listScenarios(CliContext &ctx)
{
    const QString usage = tr("Usage: earnings-reader put-scenarios --call ID [--json]");
    bool parsed = false;
    const qint64 callId = ctx.parser.value(u"call"_s).toLongLong(&parsed);
    if (!ctx.args.isEmpty() || !parsed || callId <= 0) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    if (!ctx.store.call(callId)) {
        ctx.err << tr("No call with id %1 in %2").arg(callId).arg(ctx.store.path()) << u'\n';
        return ExitCode::Failure;
    }
    // The outputs are worked out now from the stored inputs, as the pane shows them.
    const QList<PutScenario> scenarios = PutScenarioRepository(&ctx.store).scenarios(callId);
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const PutScenario &scenario : scenarios)
            list.append(PutJson::scenario(scenario));
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (const PutScenario &scenario : scenarios) {
        ctx.out << u"== "_s << scenario.id << u' ' << scenario.name << u" ==\n"_s;
        const PutResult result = PutCalculator::compute(scenario.inputs);
        printText(ctx, scenario.inputs, PutCalculator::figures(scenario.inputs, result));
        ctx.out << u'\n';
    }
    if (scenarios.isEmpty())
        ctx.err << tr("No put scenarios saved with call %1").arg(callId) << u'\n';
    return ExitCode::Ok;
}

} // namespace CliOptionsCommands
