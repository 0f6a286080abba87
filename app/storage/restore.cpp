#include "storage/restore.h"

#include "storage/backup.h"
#include "storage/database.h"
#include "storage/databasefiles.h"
#include "storage/migrations.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace chipline::storage {

namespace {

using Connection = std::unique_ptr<sqlite3, int (*)(sqlite3 *)>;

core::Result<Connection> openRaw(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Connection db(raw, &sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return core::Error{QStringLiteral("%1: %2").arg(
            path, raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc)))};
    sqlite3_busy_timeout(raw, 10000);
    return db;
}

// The backup must be a whole Chipline database this program can open.
core::Status checkBackup(const QString &backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return core::Error{QStringLiteral("%1: no such backup").arg(backupPath)};
    auto version = Backup::schemaVersion(backupPath);
    if (!version)
        return version.error();
    if (version.value() < 1 || version.value() > Migrations::latestVersion())
        return core::Error{QStringLiteral("%1: not a backup this version of Chipline can restore (schema %2)")
                               .arg(backupPath)
                               .arg(version.value())};
    if (auto st = Backup::checkFile(backupPath); !st)
        return core::Error{QStringLiteral("%1: the backup is damaged (%2)").arg(backupPath, st.error().message)};
    return {};
}

core::Status copyInto(const QString &backupPath, const QString &path)
{
    auto source = openRaw(backupPath, SQLITE_OPEN_READONLY);
    if (!source)
        return source.error();
    auto dest = openRaw(path, SQLITE_OPEN_READWRITE);
    if (!dest)
        return dest.error();
    if (auto st = Backup::copyPages(source.value().get(), dest.value().get(), path); !st)
        return st;
    if (sqlite3_exec(dest.value().get(), "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) != SQLITE_OK)
        return core::Error{QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(dest.value().get())))};
    return {};
}

} // namespace

core::Result<QString> Restore::moveAside(const QString &path)
{
    const QString aside =
        path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &from : DatabaseFiles::family(path)) {
        if (QFileInfo::exists(from) && !QFile::rename(from, aside + from.mid(path.size())))
            return core::Error{QStringLiteral("%1: cannot move the damaged file aside to %2").arg(from, aside)};
    }
    return aside;
}

core::Result<Restore::Outcome> Restore::fromBackup(const QString &databasePath, const QString &backupPath, int keep)
{
    const QString path = DatabaseFiles::canonicalPath(databasePath);
    const QString backup = DatabaseFiles::canonicalPath(backupPath);
    if (DatabaseFiles::family(path).contains(backup))
        return core::Error{QStringLiteral("%1: is the database itself, not a backup of it").arg(backupPath)};
    if (auto st = checkBackup(backup); !st)
        return st.error();
    Outcome outcome;
    outcome.restoredFrom = backup;
    bool damaged = false;
    if (QFileInfo(path).exists()) {
        auto current = Database::open(path, Database::Mode::ReadOnly);
        damaged = !current && current.error().kind == core::Error::Kind::Damaged;
        if (!current && !damaged && Backup::schemaVersion(path))
            return current.error(); // readable but refused (newer schema): leave it alone
        damaged = damaged || !current;
    }
    if (!QFileInfo(path).exists()) {
        if (auto copied = Backup::copy(backup, path); !copied)
            return copied.error();
    } else if (damaged) {
        outcome.wasDamaged = true;
        auto aside = moveAside(path);
        if (!aside)
            return aside.error();
        outcome.keptAs = aside.value();
        if (auto copied = Backup::copy(backup, path); !copied)
            return copied.error();
    } else {
        auto kept = BackupSet(path, keep).make(QStringLiteral("before-restore"), backup);
        if (!kept)
            return core::Error{QStringLiteral("%1: not restored: the current state could not be kept first: %2")
                                   .arg(path, kept.error().message)};
        outcome.keptAs = kept->path;
        if (auto st = copyInto(backup, path); !st)
            return st.error();
    }
    // Migrates an older backup and rebuilds the search index for the restored articles.
    auto reopened = Database::open(path);
    if (!reopened)
        return reopened.error();
    return outcome;
}

} // namespace chipline::storage
