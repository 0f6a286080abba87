#include "cli/backupcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "storage/backup.h"
#include "storage/backupset.h"
#include "storage/restore.h"
#include "storage/salvage.h"

#include <QDir>
#include <QFileInfo>

namespace chipline::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

QString count(qint64 n)
{
    return n < 0 ? QStringLiteral("?") : QString::number(n);
}

int listBackups(const QString &database, Console &console)
{
    const storage::BackupSet set(database, storage::BackupSet::keepSetting());
    const auto backups = set.list(true);
    if (backups.isEmpty()) {
        console.out() << "no backups in " << set.folder() << "\n";
        return 0;
    }
    console.out() << "time\treason\tsize\tarticles\tannotations\tconfirmed events\tfile\n";
    for (const storage::BackupInfo &b : backups) {
        console.out() << b.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t' << b.reason << '\t'
                      << megabytes(b.bytes) << '\t' << count(b.articles) << '\t' << count(b.annotations) << '\t'
                      << count(b.confirmedEvents) << '\t' << b.path;
        if (!b.problem.isEmpty())
            console.out() << "\tDAMAGED: " << b.problem;
        console.out() << "\n";
    }
    return 0;
}

} // namespace

const char *BackupCommand::summary()
{
    return "Back up the database (safe while Chipline runs), or list its backups.";
}

int BackupCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("backup"),
                     QStringLiteral("Copies the database with SQLite's online backup: a consistent copy even while "
                                    "an import or the main window uses the database, which is only read. Without "
                                    "OUT the copy goes to the database's backup folder (DATABASE-backups beside "
                                    "it), where Chipline also keeps automatic backups: before a schema upgrade, "
                                    "before bulk edits (apply to all, recognize, events import, merges) and once a "
                                    "day while the window is open; the newest 5 are kept (the window's Restore "
                                    "from Backup dialog changes that number).\n\n"
                                    "--list shows the backups with their time, size, articles, annotations and "
                                    "confirmed events. Restore one with 'chipline restore'.\n"
                                    "The search index (the database's -search file) is not copied: Chipline "
                                    "rebuilds it from the articles.\n\n"
                                    "Exit status: 0 when the backup is written, 1 when it failed (no partial "
                                    "file is left), 2 for usage errors."),
                     QStringLiteral("[OUT]"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace OUT if it exists."));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the backups in the backup folder."));
    cp.addOption(force);
    cp.addOption(list);
    cp.parser().addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The backup file to write."));
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList pos = cp.parser().positionalArguments();
    if (pos.size() > 1)
        return cp.usageError(console, QStringLiteral("expected at most one backup file to write"));
    const QString from = cp.databasePath();
    if (cp.parser().isSet(list))
        return pos.isEmpty() ? listBackups(from, console)
                             : cp.usageError(console, QStringLiteral("--list takes no file"));
    if (!QFileInfo(from).isFile()) {
        console.err() << "chipline backup: " << from << ": no such database\n";
        return 1;
    }
    QString written;
    qint64 bytes = 0;
    int schema = 0;
    if (pos.isEmpty()) {
        auto made = storage::BackupSet(from, storage::BackupSet::keepSetting()).make(QStringLiteral("manual"));
        if (!made) {
            console.err() << "chipline backup: " << made.error().message << "\n";
            return 1;
        }
        written = made->path;
        bytes = made->bytes;
        schema = made->schemaVersion;
    } else {
        auto copied = storage::Backup::copy(from, pos.front(), cp.parser().isSet(force));
        if (!copied) {
            console.err() << "chipline backup: " << copied.error().message << "\n";
            return 1;
        }
        written = pos.front();
        bytes = copied->bytes;
        schema = copied->schemaVersion;
    }
    console.out() << "backed up " << from << " (schema " << schema << ") to " << written << ", " << megabytes(bytes)
                  << "\n";
    return 0;
}

const char *RestoreCommand::summary()
{
    return "Put a backup back in place of the database.";
}

int RestoreCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("restore"),
                     QStringLiteral("Restores BACKUP (a file, or a name from 'chipline backup --list') in place of "
                                    "the database. The current state is first kept as a backup of its own, so a "
                                    "restore can itself be undone by restoring that one; a damaged database is "
                                    "moved aside instead (DATABASE.damaged-TIME), never deleted. The restore goes "
                                    "through SQLite, so a window that has the database open shows the restored "
                                    "articles. The search index is rebuilt.\n\n"
                                    "Exit status: 0 when restored, 1 when not (the database is unchanged), 2 for "
                                    "usage errors."),
                     QStringLiteral("BACKUP"));
    cp.parser().addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("The backup to restore."));
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList pos = cp.parser().positionalArguments();
    if (pos.size() != 1)
        return cp.usageError(console, QStringLiteral("expected one backup to restore"));
    const QString database = cp.databasePath();
    QString backup = pos.front();
    const storage::BackupSet set(database, storage::BackupSet::keepSetting());
    if (!QFileInfo::exists(backup) && QFileInfo::exists(QDir(set.folder()).filePath(backup)))
        backup = QDir(set.folder()).filePath(backup);
    auto restored = storage::Restore::fromBackup(database, backup, storage::BackupSet::keepSetting());
    if (!restored) {
        console.err() << "chipline restore: " << restored.error().message << "\n";
        return 1;
    }
    console.out() << "restored " << database << " from " << restored->restoredFrom << "\n";
    if (restored->wasDamaged)
        console.out() << "the damaged database was moved aside to " << restored->keptAs << "\n";
    else if (!restored->keptAs.isEmpty())
        console.out() << "the state before the restore is kept as " << restored->keptAs << "\n";
    return 0;
}

const char *RecoverCommand::summary()
{
    return "Salvage what can be read from a damaged database into a new one.";
}

int RecoverCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("recover"),
                     QStringLiteral("Reads every row that can still be read from the damaged database DAMAGED "
                                    "(page by page, with its -wal) into the new database OUT, and builds OUT's "
                                    "search index. DAMAGED is only read. Rows that fit no table are written to "
                                    "OUT.unplaced.jsonl. Restoring a backup ('chipline restore') is the better "
                                    "choice when a recent one exists; recover keeps what happened since.\n\n"
                                    "Exit status: 0 when OUT was written, 1 when not, 2 for usage errors."),
                     QStringLiteral("DAMAGED OUT"));
    cp.parser().addPositionalArgument(QStringLiteral("DAMAGED"), QStringLiteral("The damaged database."));
    cp.parser().addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The new database to write."));
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList pos = cp.parser().positionalArguments();
    if (pos.size() != 2)
        return cp.usageError(console, QStringLiteral("expected the damaged database and a new file to write"));
    auto report = storage::Salvage::run(pos[0], pos[1]);
    if (!report) {
        console.err() << "chipline recover: " << report.error().message << "\n";
        return 1;
    }
    qint64 total = 0;
    for (auto it = report->rows.cbegin(); it != report->rows.cend(); ++it)
        total += it.value();
    console.out() << "salvaged " << total << " rows from " << pos[0] << " into " << pos[1] << " (" << report->pages
                  << " pages read, " << report->unreadablePages << " with unreadable rows; schema "
                  << (report->schemaFound ? "found" : "lost, tables matched by their columns") << ")\n";
    for (auto it = report->rows.cbegin(); it != report->rows.cend(); ++it)
        console.out() << "  " << it.key() << ": " << it.value() << "\n";
    if (report->unplacedRows > 0)
        console.out() << report->unplacedRows << " rows fit no table; they are in " << report->unplacedFile << "\n";
    return 0;
}

} // namespace chipline::cli
