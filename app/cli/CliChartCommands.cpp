#include "cli/CliChartCommands.h"

#include "cli/CommandLine.h"
#include "figures/CompanyFacts.h"
#include "figures/FinancialCsv.h"
#include "figures/MetricRepository.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace CliChartCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliChartCommands", text);
}

} // namespace

int importFinancials(CliContext &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.err << tr("Usage: earnings-reader import-financials FILE.csv|FILE.json [--company TICKER]")
                << u'\n';
        return ExitCode::Usage;
    }
    const QString path = ctx.args.first();
    MetricRepository repository(&ctx.store);
    if (CompanyFacts::isJsonFile(path)) {
        const QString ticker = ctx.parser.value(u"company"_s).trimmed().toUpper();
        if (ticker.isEmpty()) {
            ctx.err << tr("%1 is SEC company facts, which name a company by its CIK only: give its ticker "
                          "with --company")
                           .arg(QDir::toNativeSeparators(path))
                    << u'\n';
            return ExitCode::Usage;
        }
        const CompanyFacts::ImportOutcome outcome = CompanyFacts::importFile(repository, path, ticker);
        if (!outcome.ok) {
            ctx.err << outcome.error << u'\n' << tr("Nothing was imported.") << u'\n';
            return ExitCode::Failure;
        }
        ctx.out << tr("Imported %1 figures of %2 (%3) from %4: %5 fourth quarters derived from the year, %6 "
                      "restated")
                       .arg(outcome.imported)
                       .arg(ticker, outcome.entityName, QDir::toNativeSeparators(path))
                       .arg(outcome.derivedQuarters)
                       .arg(outcome.restated)
                << u'\n';
        return ExitCode::Ok;
    }
    const FinancialCsv::ImportOutcome outcome = FinancialCsv::importFile(repository, path);
    if (!outcome.ok) {
        for (const QString &error : outcome.errors)
            ctx.err << error << u'\n';
        if (outcome.problemCount > outcome.errors.size())
            ctx.err << QCoreApplication::translate("CliChartCommands", "… and %n more problem(s)", nullptr,
                                                   outcome.problemCount - int(outcome.errors.size()))
                    << u'\n';
        ctx.err << tr("Nothing was imported.") << u'\n';
        return ExitCode::Failure;
    }
    ctx.out << tr("Imported %1 figures from %2").arg(outcome.imported).arg(QDir::toNativeSeparators(path))
            << u'\n';
    return ExitCode::Ok;
}

int exportFinancials(CliContext &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.err << tr("Usage: earnings-reader export-financials FILE.csv [--company TICKER]") << u'\n';
        return ExitCode::Usage;
    }
    MetricRepository repository(&ctx.store);
    const QString company = ctx.parser.value(u"company"_s).trimmed().toUpper();
    if (!company.isEmpty() && !repository.companies().contains(company)) {
        ctx.err << tr("The library %1 holds no figures for %2")
                       .arg(QDir::toNativeSeparators(ctx.store.path()), company)
                << u'\n';
        return ExitCode::Failure;
    }
    int written = 0;
    QString error;
    if (!FinancialCsv::exportFile(repository, ctx.args.first(), company, &written, &error)) {
        ctx.err << error << u'\n';
        return ExitCode::Failure;
    }
    ctx.out << tr("Wrote %1 figures to %2").arg(written).arg(QDir::toNativeSeparators(ctx.args.first()))
            << u'\n';
    return ExitCode::Ok;
}

int installSample(CliContext &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.err << tr("Usage: earnings-reader install-sample [--library FILE]") << u'\n';
        return ExitCode::Usage;
    }
    QString error;
    if (!SampleLibrary::install(ctx.store, &error)) {
        ctx.err << error << u'\n';
        return ExitCode::Failure;
    }
    ctx.out << tr("The built-in sample (the NVIDIA call and its figures) is in %1")
                   .arg(QDir::toNativeSeparators(ctx.store.path()))
            << u'\n';
    return ExitCode::Ok;
}

} // namespace CliChartCommands
