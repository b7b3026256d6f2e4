#include "cli/CliCallExport.h"

#include "annotations/AnnotationRepository.h"
#include "annotations/CallPrinter.h"
#include "cli/CliChartExport.h"
#include "cli/CommandLine.h"
#include "settings/AppSettings.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace CliCallExport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliCallExport", text);
}

} // namespace

int exportCall(CliContext &ctx)
{
    const QString usage =
        tr("Usage: earnings-reader export-call ID --out FILE.pdf [--script traditional|simplified|original]");
    bool ok = false;
    const qint64 id = ctx.args.value(0).toLongLong(&ok);
    bool badScript = false;
    const auto script = scriptOption(ctx.parser, ctx.err, &badScript);
    if (ctx.args.size() != 1 || !ok || badScript) {
        ctx.err << usage << u'\n';
        return ExitCode::Usage;
    }
    const QString out = ctx.parser.value(u"out"_s);
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        ctx.err << tr("export-call needs --out FILE.pdf") << u'\n' << usage << u'\n';
        return ExitCode::Usage;
    }
    const auto call = ctx.store.call(id);
    if (!call) {
        ctx.err << tr("No call with id %1 in %2").arg(id).arg(QDir::toNativeSeparators(ctx.store.path()))
                << u'\n';
        return ExitCode::Failure;
    }
    // Without --script, what the window would export: the reader's script and vocabulary.
    const AnnotationRepository repository(&ctx.store);
    const CallPrinter printer(*call, repository.annotations(id), repository.questionMarks(id),
                              script.value_or(AppSettings::script()),
                              script ? ChineseConverter::Vocabulary::Characters : AppSettings::vocabulary());
    QString error;
    if (!printer.writePdf(out, &error)) {
        ctx.err << error << u'\n';
        return ExitCode::Failure;
    }
    ctx.out << tr("Saved %1").arg(QDir::toNativeSeparators(out)) << u'\n';
    return ExitCode::Ok;
}

} // namespace CliCallExport

namespace CliDrawing {

int run(CliContext &ctx)
{
    const QString name = ctx.parser.positionalArguments().value(0);
    if (name == u"export-call"_s)
        return CliCallExport::exportCall(ctx);
    return CliChartExport::exportChart(ctx);
}

} // namespace CliDrawing
