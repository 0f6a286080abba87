// Wiring only: a subcommand runs headless, anything else opens the main window.
#include "cli/commandline.h"
#include "ui/guiapp.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Chipline"));
    QCoreApplication::setApplicationName(QStringLiteral("chipline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIPLINE_VERSION));

    if (chipline::cli::CommandLine::isCommand(argc, argv))
        return chipline::cli::CommandLine::run(argc, argv);
    return chipline::ui::GuiApp::run(argc, argv);
}
