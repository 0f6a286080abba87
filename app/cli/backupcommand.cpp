#include "cli/backupcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "storage/backup.h"

namespace chipline::cli {

const char *BackupCommand::summary()
{
    return "Copy the database to a backup file (safe while Chipline runs).";
}

int BackupCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("backup"),
                     QStringLiteral("Copies the database to OUT with SQLite's online backup: a consistent copy "
                                    "even while an import or the main window uses the database. The database "
                                    "itself is only read, never upgraded or changed.\n\n"
                                    "To restore: quit Chipline, copy OUT over the database file, and delete the "
                                    "database's -wal and -shm files if they exist. For example:\n"
                                    "  cp backup.db ~/.local/share/Chipline/chipline/chipline.db\n"
                                    "  rm -f ~/.local/share/Chipline/chipline/chipline.db-wal "
                                    "~/.local/share/Chipline/chipline/chipline.db-shm\n"
                                    "The search index (the database's -search file) is not copied: Chipline "
                                    "rebuilds it from the articles when it opens the restored database.\n\n"
                                    "Exit status: 0 when the backup is written, 1 when it failed (no partial "
                                    "file is left), 2 for usage errors."),
                     QStringLiteral("OUT"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace OUT if it exists."));
    cp.addOption(force);
    cp.parser().addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The backup file to write."));
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList pos = cp.parser().positionalArguments();
    if (pos.size() != 1)
        return cp.usageError(console, QStringLiteral("expected one backup file to write"));
    const QString from = cp.databasePath();
    auto copied = storage::Backup::copy(from, pos.front(), cp.parser().isSet(force));
    if (!copied) {
        console.err() << "chipline backup: " << copied.error().message << "\n";
        return 1;
    }
    console.out() << "backed up " << from << " (schema " << copied->schemaVersion << ") to " << pos.front() << ", "
                  << QString::number(double(copied->bytes) / (1024.0 * 1024.0), 'f', 1) << " MB\n";
    return 0;
}

} // namespace chipline::cli
