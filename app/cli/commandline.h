#pragma once

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace chipline::cli {

class Console;

// The headless entry point: `chipline COMMAND [options]`. Needs no display.
class CommandLine final
{
public:
    // What only the windowed executable links: the command that paints with Qt GUI and the
    // application object it needs. The headless one passes none and never gets "timeline".
    struct Painting
    {
        std::unique_ptr<QCoreApplication> (*application)(int &argc, char *argv[]);
        int (*timeline)(const QStringList &args, Console &console);
    };

    // True when argv names a subcommand or asks for --help/--version, i.e. no window opens.
    static bool isCommand(int argc, char *argv[]);
    // True when argv names a command that paints.
    static bool paints(int argc, char *argv[]);
    // Exit status: 0 success, 1 some inputs failed, 2 usage error.
    static int run(int argc, char *argv[], const Painting *painting = nullptr);
};

} // namespace chipline::cli
