#include "cli/CommandLine.h"

#include "Startup.h"
#include "cli/CliCallCommands.h"
#include "cli/CliChartCommands.h"
#include "cli/CliGuidanceCommands.h"
#include "cli/CliNoteCommands.h"
#include "cli/CliOptionsCommands.h"
#include "cli/CliPairCommands.h"
#include "cli/CliSearchCommands.h"
#include "cli/CliTrendCommands.h"
#include "store/LibraryStore.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr for a flag
    const char *description;
};

// Every option of every sub-command, in one table so that the pre-scan in
// subCommandIn() knows which options swallow the next argument.
constexpr std::array kOptions = {
    OptionSpec{"library", "file",
               QT_TRANSLATE_NOOP("CommandLine", "Library file to use instead of the default.")},
    OptionSpec{"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print JSON instead of text.")},
    OptionSpec{"company", "ticker",
               QT_TRANSLATE_NOOP("CommandLine", "Company ticker of the imported calls.")},
    OptionSpec{"company-name", "name", QT_TRANSLATE_NOOP("CommandLine", "Company name, with --company.")},
    OptionSpec{"period", "FY2025Q4", QT_TRANSLATE_NOOP("CommandLine", "Fiscal period of the imported call.")},
    OptionSpec{"date", "yyyy-mm-dd", QT_TRANSLATE_NOOP("CommandLine", "Date of the imported call.")},
    OptionSpec{"title", "text", QT_TRANSLATE_NOOP("CommandLine", "Title of the imported call.")},
    OptionSpec{"call", "id", QT_TRANSLATE_NOOP("CommandLine", "The call to open, show or limit to.")},
    OptionSpec{
        "limit", "n",
        QT_TRANSLATE_NOOP("CommandLine", "Most hits to print (search; default 50; changes: 20 each way).")},
    OptionSpec{"by", "speaker|role",
               QT_TRANSLATE_NOOP("CommandLine", "Split a trend by speaker (default) or by role (trend).")},
    OptionSpec{"no-analysts", nullptr,
               QT_TRANSLATE_NOOP("CommandLine", "Leave analysts out of a trend (trend).")},
    OptionSpec{"size", "WIDTHxHEIGHT",
               QT_TRANSLATE_NOOP("CommandLine", "Size of a screenshot or an exported image.")},
    OptionSpec{"pane", "revenue|margin|product",
               QT_TRANSLATE_NOOP("CommandLine", "Chart pane to show in the window.")},
    OptionSpec{"language", "zh_TW|zh_CN|en",
               QT_TRANSLATE_NOOP("CommandLine", "Interface language for this run.")},
    OptionSpec{"dark", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Use a dark palette for this run.")},
    OptionSpec{"screenshot", "file.png",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Open the window, save a picture of it after its first paint, and quit.")},
    OptionSpec{"script", "traditional|simplified|original",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Chinese script of the call's text (show: default original; export-call: "
                                 "default the window's choice). Characters only, words as said.")},
    OptionSpec{"tag", "tag", QT_TRANSLATE_NOOP("CommandLine", "Only annotations with this tag (notes).")},
    OptionSpec{"format", "md|csv|json",
               QT_TRANSLATE_NOOP("CommandLine", "Export format (notes, trend, guidance).")},
    OptionSpec{"out", "file",
               QT_TRANSLATE_NOOP("CommandLine", "File to write to (notes: instead of the terminal).")},
    OptionSpec{"turn", "id",
               QT_TRANSLATE_NOOP("CommandLine", "Turn to annotate, as `show` lists it (annotate).")},
    OptionSpec{"start", "n",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "First character of the highlight in the turn's text, from 0 (annotate).")},
    OptionSpec{"end", "n",
               QT_TRANSLATE_NOOP("CommandLine", "Character after the highlight's last (annotate).")},
    OptionSpec{"note", "text", QT_TRANSLATE_NOOP("CommandLine", "Note of the annotation (annotate).")},
    OptionSpec{"tags", "a,b",
               QT_TRANSLATE_NOOP("CommandLine", "Comma-separated tags of the annotation (annotate).")},
    OptionSpec{"color", "name",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Highlight colour: yellow, green, blue, pink or orange (annotate).")},
    OptionSpec{"speaker", "name",
               QT_TRANSLATE_NOOP("CommandLine", "Give the turn this speaker, listed or not (edit-turn).")},
    OptionSpec{"split-at", "n",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Split the turn before this character of its text, from 0 (edit-turn).")},
    OptionSpec{"merge-previous", nullptr,
               QT_TRANSLATE_NOOP("CommandLine", "Merge the turn into the one before it (edit-turn).")},
    OptionSpec{"question-starts", nullptr,
               QT_TRANSLATE_NOOP("CommandLine", "A new question starts with the turn (edit-turn).")},
    OptionSpec{
        "not-question", nullptr,
        QT_TRANSLATE_NOOP("CommandLine",
                          "The question the turn starts is none: it joins the one before (edit-turn).")},
    OptionSpec{"qa-starts", nullptr,
               QT_TRANSLATE_NOOP("CommandLine", "The Q&A starts with the turn (edit-turn).")},
    OptionSpec{"from", "FY2024Q1",
               QT_TRANSLATE_NOOP("CommandLine", "First fiscal quarter of an exported chart.")},
    OptionSpec{"to", "FY2026Q4",
               QT_TRANSLATE_NOOP("CommandLine", "Last fiscal quarter of an exported chart.")},
    OptionSpec{
        "scale", "2",
        QT_TRANSLATE_NOOP("CommandLine",
                          "Scale of an exported chart: text and lines this many times larger (default 2).")},
    OptionSpec{
        "product", "name",
        QT_TRANSLATE_NOOP("CommandLine",
                          "Product whose ramp export-chart product draws (default: the company's first).")},
    OptionSpec{"theme", "light|dark",
               QT_TRANSLATE_NOOP("CommandLine", "Background of an exported chart (default light).")},
    OptionSpec{"price", "P", QT_TRANSLATE_NOOP("CommandLine", "Stock price per share (put-calc).")},
    OptionSpec{"strike", "K", QT_TRANSLATE_NOOP("CommandLine", "Strike of the put (put-calc).")},
    OptionSpec{"premium", "X", QT_TRANSLATE_NOOP("CommandLine", "Premium received per share (put-calc).")},
    OptionSpec{"trade-date", "yyyy-mm-dd",
               QT_TRANSLATE_NOOP("CommandLine", "Day the put is sold (put-calc).")},
    OptionSpec{"expiry", "yyyy-mm-dd",
               QT_TRANSLATE_NOOP("CommandLine", "Expiry date of the put (put-calc).")},
    OptionSpec{"contracts", "n",
               QT_TRANSLATE_NOOP("CommandLine", "Contracts of 100 shares sold (put-calc; default 1).")},
    OptionSpec{
        "fees", "F",
        QT_TRANSLATE_NOOP("CommandLine", "Fees for the whole trade, in dollars (put-calc; default 0).")},
    OptionSpec{"iv", "percent",
               QT_TRANSLATE_NOOP("CommandLine", "Implied volatility, e.g. 45 for 45% (put-calc; optional).")},
    OptionSpec{"rate", "percent",
               QT_TRANSLATE_NOOP("CommandLine", "Risk-free rate, e.g. 4.3 for 4.3% (put-calc; default 0).")},
    OptionSpec{
        "day-basis", "calendar|trading",
        QT_TRANSLATE_NOOP("CommandLine",
                          "Days counted: calendar (365 a year, default) or trading (252) (put-calc).")},
    OptionSpec{"at-price", "P",
               QT_TRANSLATE_NOOP("CommandLine", "Stock price to work out the result at (put-calc).")},
    OptionSpec{
        "at-date", "yyyy-mm-dd",
        QT_TRANSLATE_NOOP("CommandLine", "Date to value the put on before expiry (put-calc, with --iv).")},
};

struct SubCommand
{
    const char *name;
    const char *synopsis;
    int (*run)(CliContext &);
    bool needsGui;
};

constexpr std::array kSubCommands = {
    SubCommand{"import", QT_TRANSLATE_NOOP("CommandLine", "import FILE...  Import transcripts"),
               CliCallCommands::importFiles, false},
    SubCommand{"calls", QT_TRANSLATE_NOOP("CommandLine", "calls  List the calls in the library"),
               CliCallCommands::listCalls, false},
    SubCommand{"show",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "show ID [--script traditional|simplified|original] [--json]  Print a call"),
               CliCallCommands::showCall, false},
    SubCommand{"export-call",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "export-call ID --out FILE.pdf [--script traditional|simplified|original]  "
                                 "Save a call with its notes as PDF, as the window exports it"),
               nullptr, true},
    SubCommand{
        "remove",
        QT_TRANSLATE_NOOP("CommandLine", "remove ID  Remove a call with its annotations from the library"),
        CliCallCommands::removeCall, false},
    SubCommand{"edit-turn",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "edit-turn CALL_ID TURN_ID --speaker NAME|--split-at N|--merge-previous|"
                                 "--question-starts|--not-question|--qa-starts [--json]  Fix what the parser "
                                 "made of a turn (kept when the call is re-imported)"),
               CliCallCommands::editTurn, false},
    SubCommand{"search",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "search QUERY [--call ID] [--json] [--limit N]  Search the calls "
                                 "(Chinese in either script, English in any case)"),
               CliSearchCommands::search, false},
    SubCommand{"trend",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "trend TERM... [--company T] [--by speaker|role] [--no-analysts] "
                                 "[--json|--format csv]  Count terms call by call, per speaker or role"),
               CliTrendCommands::trend, false},
    SubCommand{"changes",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "changes CALL_ID [--limit N] [--json]  Terms that rose or fell most since "
                                 "the company's previous call"),
               CliTrendCommands::changes, false},
    SubCommand{"guidance",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "guidance [--company T] [--json|--format csv|md]  What management guided, "
                                 "for which period, and how it turned out against the figures"),
               CliGuidanceCommands::guidance, false},
    SubCommand{"check-numbers",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "check-numbers CALL_ID [--json]  The numbers a call states about reported "
                                 "figures, each checked against the stored figures"),
               CliGuidanceCommands::checkNumbers, false},
    SubCommand{"notes",
               QT_TRANSLATE_NOOP(
                   "CommandLine",
                   "notes [--call ID] [--tag T] --format md|csv|json [--out FILE]  Export annotations"),
               CliNoteCommands::exportNotes, false},
    SubCommand{"annotate",
               QT_TRANSLATE_NOOP("CommandLine", "annotate ID --turn TURN_ID --start N --end N [--note TEXT] "
                                                "[--tags a,b] [--color NAME]  Highlight text"),
               CliNoteCommands::annotate, false},
    SubCommand{"import-notes",
               QT_TRANSLATE_NOOP("CommandLine", "import-notes FILE.json  Import exported annotations"),
               CliNoteCommands::importNotes, false},
    SubCommand{
        "reimport",
        QT_TRANSLATE_NOOP("CommandLine", "reimport ID FILE  Replace a call's text, keeping its annotations"),
        CliNoteCommands::reimportCall, false},
    SubCommand{
        "export-chart",
        QT_TRANSLATE_NOOP("CommandLine",
                          "export-chart revenue|margin|product --out FILE.png|.svg|.pdf "
                          "[--company T] [--product P] [--from Q] [--to Q] [--size WxH]  Export a chart"),
        nullptr, true},
    SubCommand{"import-financials",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "import-financials FILE.csv|FILE.json [--company T]  Import figures "
                                 "from CSV or SEC company facts (all or none)"),
               CliChartCommands::importFinancials, false},
    SubCommand{"export-financials",
               QT_TRANSLATE_NOOP("CommandLine", "export-financials FILE.csv [--company T]  Export figures"),
               CliChartCommands::exportFinancials, false},
    SubCommand{"install-sample",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "install-sample  Put the built-in NVIDIA call and figures into the library"),
               CliChartCommands::installSample, false},
    SubCommand{
        "put-calc",
        QT_TRANSLATE_NOOP("CommandLine",
                          "put-calc --price P --strike K --premium X --trade-date D --expiry D "
                          "[--contracts N] [--fees F] [--iv V] [--rate R] [--day-basis calendar|trading] "
                          "[--json]  Work out selling a put, with every formula"),
        CliOptionsCommands::putCalc, false},
    SubCommand{
        "put-scenarios",
        QT_TRANSLATE_NOOP("CommandLine",
                          "put-scenarios --call ID [--json]  Put scenarios saved with a call, worked out"),
        CliOptionsCommands::listScenarios, false},
    SubCommand{"pair",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "pair ID_A ID_B [--json]  Pair the questions of two versions of one call "
                                 "(e.g. a translation and its original), with the evidence"),
               CliPairCommands::pairCalls, false},
    SubCommand{"compare-numbers",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "compare-numbers ID_A ID_B [--json]  The numbers of each paired question "
                                 "side by side, flagging those that differ or are on one side only"),
               CliPairCommands::compareNumbers, false},
    SubCommand{"repair",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "repair ID_A ID_B QUESTION_A QUESTION_B|none|auto  Pair a question by hand "
                                 "(none: it has no counterpart; auto: back to the aligner's choice)"),
               CliPairCommands::repairQuestion, false},
};

const SubCommand *findSubCommand(const QString &name)
{
    for (const SubCommand &command : kSubCommands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

bool takesValue(QStringView arg)
{
    if (!arg.startsWith(u"--") || arg.contains(u'='))
        return false;
    for (const OptionSpec &option : kOptions) {
        if (option.valueName && arg.mid(2) == QLatin1StringView(option.name))
            return true;
    }
    return false;
}

} // namespace

QString CommandLine::subCommandIn(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(u'-')) {
            if (takesValue(arg))
                ++i;
            continue;
        }
        return arg;
    }
    return {};
}

QString CommandLine::requestedLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--language"_s)
            return i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (arg.startsWith(u"--language="_s))
            return arg.mid(int(sizeof("--language=")) - 1);
        if (takesValue(arg))
            ++i;
    }
    return {};
}

bool CommandLine::wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--screenshot"_s || arg.startsWith(u"--screenshot="_s))
            return true;
        if (takesValue(arg))
            ++i;
    }
    return false;
}

bool CommandLine::subCommandNeedsGui(const QString &name)
{
    const SubCommand *command = findSubCommand(name);
    return command && command->needsGui;
}

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Read earnings calls against the numbers. With no sub-command, opens the window."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const OptionSpec &option : kOptions) {
        const QString description = QCoreApplication::translate("CommandLine", option.description);
        if (option.valueName)
            m_parser.addOption(
                {QString::fromLatin1(option.name), description, QString::fromLatin1(option.valueName)});
        else
            m_parser.addOption({QString::fromLatin1(option.name), description});
    }
    m_parser.addPositionalArgument(u"command"_s,
                                   QCoreApplication::translate("CommandLine", "Sub-command to run:"),
                                   u"[command [args...]]"_s);
}

bool CommandLine::parse(QTextStream &err)
{
    return parse(QCoreApplication::arguments(), err);
}

bool CommandLine::parse(const QStringList &arguments, QTextStream &err)
{
    if (!m_parser.parse(arguments)) {
        err << m_parser.errorText() << u'\n';
        return false;
    }
    m_positional = m_parser.positionalArguments();
    return true;
}

QString CommandLine::libraryPath() const
{
    return m_parser.value(u"library"_s);
}

int CommandLine::runSubCommand(QTextStream &out, QTextStream &err, Runner drawingCommand)
{
    if (m_parser.isSet(u"help"_s)) {
        out << m_parser.helpText() << u'\n' << QCoreApplication::translate("CommandLine", "Sub-commands:")
            << u'\n';
        for (const SubCommand &command : kSubCommands)
            out << u"  "_s << QCoreApplication::translate("CommandLine", command.synopsis) << u'\n';
        return ExitCode::Ok;
    }
    if (m_parser.isSet(u"version"_s)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return ExitCode::Ok;
    }
    const SubCommand *command = findSubCommand(m_positional.value(0));
    if (!command) {
        err << QCoreApplication::translate("CommandLine", "Unknown sub-command: %1 (see --help)")
                   .arg(m_positional.value(0))
            << u'\n';
        return ExitCode::Usage;
    }
    const Runner run = command->run ? command->run : drawingCommand;
    if (!run) {
        err << QCoreApplication::translate("CommandLine",
                                           "%1 draws, and cannot run without the window's module")
                   .arg(m_positional.value(0))
            << u'\n';
        return ExitCode::Failure;
    }
    LibraryStore store;
    QString error;
    if (!Startup::openLibrary(store, libraryPath(), &error)) {
        err << error << u'\n';
        return ExitCode::Failure;
    }
    CliContext ctx{m_parser, m_positional.mid(1), out, err, store};
    const int code = run(ctx);
    // After a failure the library is left for the next start to check in full.
    if (code == ExitCode::Ok)
        Startup::closeLibrary(store);
    return code;
}

std::optional<ChineseConverter::Script> scriptOption(const QCommandLineParser &parser, QTextStream &err,
                                                     bool *bad)
{
    if (!parser.isSet(u"script"_s))
        return std::nullopt;
    const QString value = parser.value(u"script"_s);
    if (value == u"traditional"_s)
        return ChineseConverter::Script::Traditional;
    if (value == u"simplified"_s)
        return ChineseConverter::Script::Simplified;
    if (value == u"original"_s)
        return ChineseConverter::Script::AsStored;
    err << QCoreApplication::translate("CommandLine",
                                       "--script must be traditional, simplified or original, not %1")
               .arg(value)
        << u'\n';
    *bad = true;
    return std::nullopt;
}

QJsonValue jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
