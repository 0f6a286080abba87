// chipline: the commands, headless. The window and the command that paints (timeline) run
// in chipline-gui beside this executable, which this one becomes (exec) for them, so that a
// command loads none of Qt's GUI libraries and their dependencies: a sixth of tag's time on
// a one-line file went to loading them.
#include "cli/commandline.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <unistd.h>

namespace {

int runWindowed(char *argv[])
{
    std::string path(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", path.data(), path.size() - 1);
    if (n <= 0) { // never a chipline-gui from the current folder instead
        std::fprintf(stderr, "chipline: cannot find where chipline is: %s\n", std::strerror(errno));
        return 127;
    }
    path.resize(std::size_t(n));
    path = path.substr(0, path.rfind('/') + 1) + "chipline-gui";
    execv(path.c_str(), argv); // argv[0] stays: the window's class and name are chipline's
    std::fprintf(stderr, "chipline: cannot start %s: %s\n", path.c_str(), std::strerror(errno));
    return 127;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!chipline::cli::CommandLine::isCommand(argc, argv) || chipline::cli::CommandLine::paints(argc, argv)
        || (argc >= 2 && std::strcmp(argv[1], "screenshot") == 0))
        return runWindowed(argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Chipline"));
    QCoreApplication::setApplicationName(QStringLiteral("chipline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIPLINE_VERSION));
    return chipline::cli::CommandLine::run(argc, argv);
}
