#pragma once

namespace chipline::cli {

// The headless entry point: `chipline COMMAND [options]`. Needs no display.
class CommandLine final
{
public:
    // True when argv names a subcommand or asks for --help/--version, i.e. no window opens.
    static bool isCommand(int argc, char *argv[]);
    // Exit status: 0 success, 1 some inputs failed, 2 usage error.
    static int run(int argc, char *argv[]);
};

} // namespace chipline::cli
