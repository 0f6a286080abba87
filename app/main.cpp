// Wiring only: a subcommand runs headless, anything else opens the main window.
#include "cli/commandline.h"
#include "ui/guiapp.h"
#include "ui/screenshotcommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Chipline"));
    QCoreApplication::setApplicationName(QStringLiteral("chipline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIPLINE_VERSION));

    // The one command that needs the widgets: it renders the main window to a file.
    if (argc >= 2 && std::strcmp(argv[1], "screenshot") == 0)
        return chipline::ui::ScreenshotCommand::run(argc, argv);
    if (chipline::cli::CommandLine::isCommand(argc, argv))
        return chipline::cli::CommandLine::run(argc, argv);
    return chipline::ui::GuiApp::run(argc, argv);
}
