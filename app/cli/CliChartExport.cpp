#include "cli/CliChartExport.h"

#include "charts/ChartBuilder.h"
#include "charts/ChartExporter.h"
#include "charts/GuidedRanges.h"
#include "cli/CommandLine.h"
#include "figures/MetricRepository.h"
#include "guidance/GuidanceLedger.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace CliChartExport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliChartExport", text);
}

// The company to chart when none is named: the newest call's, if it has figures, or the
// only company that has any.
QString defaultCompany(const LibraryStore &store, const QStringList &withFigures)
{
    for (const QString &ticker : store.tickersByNewestCall()) {
        if (withFigures.contains(ticker))
            return ticker;
    }
    return withFigures.size() == 1 ? withFigures.first() : QString();
}

std::optional<FiscalQuarter> quarterOption(CliContext &ctx, const QString &name, bool *bad)
{
    if (!ctx.parser.isSet(name))
        return std::nullopt;
    const auto quarter = FiscalQuarter::parse(ctx.parser.value(name));
    if (!quarter) {
        ctx.err << tr("--%1 must be a fiscal quarter like FY2025Q4, not %2").arg(name, ctx.parser.value(name))
                << u'\n';
        *bad = true;
    }
    return quarter;
}

} // namespace

int exportChart(CliContext &ctx)
{
    const QString usage =
        tr("Usage: earnings-reader export-chart revenue|margin|product --out FILE.png|.svg|.pdf "
           "[--company TICKER] [--product NAME] [--from FY2024Q1] [--to FY2026Q4] [--size 1600x1000] "
           "[--scale 2] "
           "[--theme light|dark]");
    if (ctx.args.size() != 1) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    const QString chartId = ctx.args.first();
    const std::unique_ptr<ChartBuilder> builder = ChartBuilder::create(chartId);
    if (!builder) {
        ctx.err
            << tr("Unknown chart \"%1\": choose one of %2").arg(chartId, ChartBuilder::ids().join(u", "_s))
            << u'\n';
        return ExitCode::Usage;
    }
    const QString out = ctx.parser.value(u"out"_s);
    if (out.isEmpty()) {
        ctx.err << tr("export-chart needs --out FILE.png, FILE.svg or FILE.pdf") << u'\n' << usage << u'\n';
        return ExitCode::Usage;
    }
    if (!ChartExporter::formatForPath(out)) {
        ctx.err << tr("Cannot tell the format of %1: the file name must end in .png, .svg or .pdf")
                       .arg(QDir::toNativeSeparators(out))
                << u'\n';
        return ExitCode::Usage;
    }
    ChartExporter::Options options;
    if (ctx.parser.isSet(u"size"_s)) {
        options.size = ChartExporter::parseSize(ctx.parser.value(u"size"_s));
        if (!options.size.isValid()) {
            ctx.err << tr("--size must be WIDTHxHEIGHT in pixels between 100 and 10000, such as 1600x1000, "
                          "not %1")
                           .arg(ctx.parser.value(u"size"_s))
                    << u'\n';
            return ExitCode::Usage;
        }
    }
    if (ctx.parser.isSet(u"scale"_s)) {
        bool ok = false;
        options.scale = ctx.parser.value(u"scale"_s).toDouble(&ok);
        // Written so that NaN, which fails every comparison, is refused too.
        if (!ok || !(options.scale >= 0.5 && options.scale <= 8)) {
            ctx.err
                << tr("--scale must be a number between 0.5 and 8, not %1").arg(ctx.parser.value(u"scale"_s))
                << u'\n';
            return ExitCode::Usage;
        }
    }
    const QString theme = ctx.parser.value(u"theme"_s);
    if (theme == u"dark"_s) {
        options.palette = ChartPalette::dark();
    } else if (!theme.isEmpty() && theme != u"light"_s) {
        ctx.err << tr("--theme must be light or dark, not %1").arg(theme) << u'\n';
        return ExitCode::Usage;
    }
    bool badQuarter = false;
    const auto from = quarterOption(ctx, u"from"_s, &badQuarter);
    const auto to = quarterOption(ctx, u"to"_s, &badQuarter);
    if (badQuarter)
        return ExitCode::Usage;

    MetricRepository repository(&ctx.store);
    const QStringList companies = repository.companies();
    QString company = ctx.parser.value(u"company"_s).trimmed().toUpper();
    if (company.isEmpty())
        company = defaultCompany(ctx.store, companies);
    if (company.isEmpty()) {
        ctx.err
            << (companies.isEmpty()
                    ? tr("The library %1 holds no figures; add them with import-financials or install-sample")
                          .arg(QDir::toNativeSeparators(ctx.store.path()))
                    : tr("The library holds figures of several companies (%1); choose one with --company")
                          .arg(companies.join(u", "_s)))
            << u'\n';
        return ExitCode::Failure;
    }
    if (!companies.contains(company)) {
        ctx.err << tr("The library %1 holds no figures for %2")
                       .arg(QDir::toNativeSeparators(ctx.store.path()), company)
                << u'\n';
        return ExitCode::Failure;
    }

    // The ranges the company's calls guided, as the window's panes draw them.
    const ChartInput input{repository.figureSet(company), company, repository.sourceDescription(company),
                           ctx.parser.value(u"product"_s).trimmed(),
                           guidedRanges(GuidanceLedger::build(&ctx.store, company))};
    const QStringList choices = builder->choices(input);
    if (!input.product.isEmpty() && !choices.contains(input.product)) {
        ctx.err
            << (choices.isEmpty()
                    ? tr("--product is for a chart with products to choose from; %1 has none").arg(company)
                    : tr("%1 discloses no product \"%2\"; choose one of %3")
                          .arg(company, input.product, choices.join(u", "_s)))
            << u'\n';
        return ExitCode::Failure;
    }
    const auto [defaultFrom, defaultTo] = builder->defaultRange(input);
    const FiscalQuarter first = from.value_or(defaultFrom);
    const FiscalQuarter last = to.value_or(defaultTo);
    if (first > last) {
        ctx.err << tr("The range %1 to %2 is empty: --from comes after --to")
                       .arg(first.toString(), last.toString())
                << u'\n';
        return ExitCode::Failure;
    }
    if (!builder->hasFiguresFor(input.figures)) {
        ctx.err << tr("Nothing to draw: %1").arg(builder->missingFigures(company)) << u'\n';
        return ExitCode::Failure;
    }
    const QList<FiscalQuarter> quarters = ChartBuilder::quartersBetween(input.figures, first, last);
    const ChartSpec spec = builder->build(input, quarters);
    if (!spec.hasData()) {
        ctx.err << tr("The range %1 to %2 is empty: the %3 chart has no figures of %4 there")
                       .arg(first.toString(), last.toString(), chartId, company)
                << u'\n';
        return ExitCode::Failure;
    }
    QString error;
    if (!ChartExporter::exportChart(spec, {}, out, options, &error)) {
        ctx.err << error << u'\n';
        return ExitCode::Failure;
    }
    ctx.out << tr("Wrote %1: %2 chart of %3, %4 to %5, %6x%7 at %8x")
                   .arg(QDir::toNativeSeparators(out), chartId, company, quarters.first().toString(),
                        quarters.last().toString())
                   .arg(options.size.width())
                   .arg(options.size.height())
                   .arg(options.scale)
            << u'\n';
    return ExitCode::Ok;
}

} // namespace CliChartExport
