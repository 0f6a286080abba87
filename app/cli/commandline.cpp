#include "cli/commandline.h"

#include "cli/backupcommand.h"
#include "cli/console.h"
#include "cli/entitiescommand.h"
#include "cli/eventscommand.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/namescommand.h"
#include "cli/recognizecommand.h"
#include "cli/searchcommand.h"
#include "cli/setdatecommand.h"
#include "cli/tagcommand.h"
#include "cli/timelinecommand.h"

#include "core/translations.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace chipline::cli {

namespace {

struct CommandEntry
{
    const char *name;
    const char *(*summary)();
    int (*run)(const QStringList &, Console &);
};

constexpr std::array kCommands = {
    CommandEntry{"import", &ImportCommand::summary, &ImportCommand::run},
    CommandEntry{"export", &ExportCommand::summary, &ExportCommand::run},
    CommandEntry{"search", &SearchCommand::summary, &SearchCommand::run},
    CommandEntry{"set-date", &SetDateCommand::summary, &SetDateCommand::run},
    CommandEntry{"backup", &BackupCommand::summary, &BackupCommand::run},
    CommandEntry{"restore", &RestoreCommand::summary, &RestoreCommand::run},
    CommandEntry{"recover", &RecoverCommand::summary, &RecoverCommand::run},
    CommandEntry{"recognize", &RecognizeCommand::summary, &RecognizeCommand::run},
    CommandEntry{"entities", &EntitiesCommand::summary, &EntitiesCommand::run},
    CommandEntry{"names", &NamesCommand::summary, &NamesCommand::run},
    CommandEntry{"tag", &TagCommand::summary, &TagCommand::run},
    CommandEntry{"events", &EventsCommand::summary, &EventsCommand::run},
    CommandEntry{"timeline", &TimelineCommand::summary, nullptr}, // CommandLine::Painting
};

void printHelp(QTextStream &out)
{
    out << "Usage: chipline [--db FILE]            open the main window\n"
           "       chipline COMMAND [options]      work headless (no display needed)\n\n"
           "Chipline reads Korean and English news on the US-China AI-chip contest, finds the\n"
           "companies, agencies, people, chips and dates in it, and builds a timeline.\n\nCommands:\n";
    for (const auto &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << c.summary() << "\n";
    out << "\nEvery command takes --db FILE (default: the database in your data folder) and --help.\n"
           "Run 'chipline COMMAND --help' for its options.\n";
}

bool isHelp(const char *arg)
{
    return !std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "help");
}

bool isVersion(const char *arg)
{
    return !std::strcmp(arg, "--version") || !std::strcmp(arg, "-v");
}

} // namespace

bool CommandLine::isCommand(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    return argv[1][0] != '-' || isHelp(argv[1]) || isVersion(argv[1]);
}

bool CommandLine::paints(int argc, char *argv[])
{
    return argc >= 2 && !std::strcmp(argv[1], "timeline");
}

int CommandLine::run(int argc, char *argv[], const Painting *painting)
{
    // A QGuiApplication for the command that paints.
    const auto app = painting ? painting->application(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    // Messages in the user's language (a file that cannot be imported, Qt's own option
    // errors); `timeline --lang` chooses the printed language itself.
    core::Translations::install(*QCoreApplication::instance(), QString());
    Console console;
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.value(0);
    if (isHelp(argv[1])) {
        printHelp(console.out());
        return 0;
    }
    if (isVersion(argv[1])) {
        console.out() << "chipline " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    for (const auto &c : kCommands) {
        if (name == QLatin1StringView(c.name)) {
            const auto run = c.run ? c.run : painting ? painting->timeline : nullptr;
            if (!run) {
                console.err() << "chipline: \"" << name << "\" runs in chipline-gui only\n";
                return 2;
            }
            const int status = run(args.mid(1), console);
            console.out().flush();
            console.err().flush();
            return status;
        }
    }
    console.err() << "chipline: unknown command \"" << name << "\"\n\n";
    printHelp(console.err());
    return 2;
}

} // namespace chipline::cli
