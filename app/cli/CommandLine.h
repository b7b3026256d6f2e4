#pragma once

#include "text/ChineseConverter.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <optional>

class LibraryStore;

// Everything a sub-command needs: the parsed options, its positional arguments (after the
// sub-command's name), the streams, and the open library.
struct CliContext
{
    const QCommandLineParser &parser;
    QStringList args;
    QTextStream &out;
    QTextStream &err;
    LibraryStore &store;
};

// JSON output: an empty text is null, not "".
QJsonValue jsonOrNull(const QString &text);

// The value of --script; nullopt if it is not given, or (with *bad set and the reason printed)
// if it names no script.
std::optional<ChineseConverter::Script> scriptOption(const QCommandLineParser &parser, QTextStream &err,
                                                     bool *bad);

namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;
} // namespace ExitCode

// The command line of earnings-reader: `earnings-reader [options] [sub-command args...]`.
// Options may stand before or after the sub-command.
class CommandLine
{
public:
    // Looks at argv before any QCoreApplication exists, to choose which kind to create.
    static QString subCommandIn(int argc, char **argv);
    static bool subCommandNeedsGui(const QString &name);
    // The value of --language, looked up the same way: the translators must be installed
    // before the parser is built, so that --help and every message are in that language.
    static QString requestedLanguage(int argc, char **argv);
    // Whether --screenshot is given: the window is then drawn for a file, not for a screen.
    static bool wantsScreenshot(int argc, char **argv);

    CommandLine();
    // Parses QCoreApplication::arguments(); false on a usage error (already printed).
    bool parse(QTextStream &err);
    // The same for a given argument list, whose first item is the program's name.
    bool parse(const QStringList &arguments, QTextStream &err);
    bool wantsGui() const { return m_positional.isEmpty(); }
    QString libraryPath() const;
    const QCommandLineParser &parser() const { return m_parser; }

    // Runs the sub-command. Those that draw (subCommandNeedsGui) are not in this library:
    // the window's module passes the one to run as drawingCommand.
    using Runner = int (*)(CliContext &);
    int runSubCommand(QTextStream &out, QTextStream &err, Runner drawingCommand = nullptr);

private:
    QCommandLineParser m_parser;
    QStringList m_positional;
};
