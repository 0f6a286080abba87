// chipline-gui: the main window, and every command too; `chipline` hands it the window and
// the command that paints.
#include "cli/commandline.h"
#include "cli/timelinecommand.h"
#include "ui/guiapp.h"
#include "ui/screenshotcommand.h"

#include <QCoreApplication>

#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Chipline"));
    QCoreApplication::setApplicationName(QStringLiteral("chipline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIPLINE_VERSION));

    // The one command that needs the widgets: it renders the main window to a file.
    if (argc >= 2 && std::strcmp(argv[1], "screenshot") == 0)
        return chipline::ui::ScreenshotCommand::run(argc, argv);
    if (chipline::cli::CommandLine::isCommand(argc, argv)) {
        const chipline::cli::CommandLine::Painting painting{&chipline::cli::TimelineCommand::application,
                                                            &chipline::cli::TimelineCommand::run};
        return chipline::cli::CommandLine::run(argc, argv, &painting);
    }
    return chipline::ui::GuiApp::run(argc, argv);
}
