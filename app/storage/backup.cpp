#include "storage/backup.h"

#include "storage/databasefiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

namespace chipline::storage {

namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kMaxPauseMs = 1000;

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

core::Result<Connection> openFile(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return core::Error{raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc))};
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    return db;
}

bool isBusy(int rc)
{
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

core::Result<int> userVersion(sqlite3 *db)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &raw, nullptr) != SQLITE_OK)
        return core::Error{errorOf(db)};
    const int rc = sqlite3_step(raw);
    const int version = rc == SQLITE_ROW ? sqlite3_column_int(raw, 0) : 0;
    sqlite3_finalize(raw);
    if (rc != SQLITE_ROW)
        return core::Error{errorOf(db)};
    return version;
}

// PRAGMA quick_check's verdict as a status whose message is what it found.
core::Status quickCheck(sqlite3 *db)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &raw, nullptr) != SQLITE_OK)
        return core::Error{errorOf(db)};
    const bool stepped = sqlite3_step(raw) == SQLITE_ROW;
    const QString verdict =
        stepped ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0))) : errorOf(db);
    sqlite3_finalize(raw);
    if (verdict != QStringLiteral("ok"))
        return core::Error{verdict};
    return {};
}

core::Result<Connection> openExisting(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return core::Error{QStringLiteral("%1: no such database").arg(path)};
    if (info.isDir())
        return core::Error{QStringLiteral("%1: is a folder, not a database").arg(path)};
    auto db = openFile(path, SQLITE_OPEN_READONLY);
    if (!db)
        return core::Error{QStringLiteral("%1: cannot open database: %2").arg(path, db.error().message)};
    return db;
}

} // namespace

core::Status Backup::checkFile(const QString &path)
{
    auto db = openExisting(path);
    if (!db)
        return db.error();
    return quickCheck(db.value().get());
}

core::Result<int> Backup::schemaVersion(const QString &path)
{
    auto db = openExisting(path);
    if (!db)
        return db.error();
    auto version = userVersion(db.value().get());
    if (!version)
        return core::Error{QStringLiteral("%1: not a Chipline database: %2").arg(path, version.error().message)};
    return version;
}

core::Result<Backup::Copied> Backup::copy(const QString &from, const QString &to, bool overwrite)
{
    const QFileInfo target(to);
    if (target.isDir())
        return core::Error{QStringLiteral("%1: is a folder; name the backup file").arg(to)};
    if (target.exists() && !overwrite)
        return core::Error{QStringLiteral("%1: already exists (use --force to replace it)").arg(to)};
    const QString source = DatabaseFiles::canonicalPath(from);
    const QString canonicalTarget = DatabaseFiles::canonicalPath(to);
    if (DatabaseFiles::family(source).contains(canonicalTarget))
        return core::Error{QStringLiteral("%1: is the database itself or one of its files").arg(to)};
    // Replacing a database another program has open would pull the file from under it.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (target.exists() && QFileInfo::exists(canonicalTarget + QLatin1String(suffix)))
            return core::Error{QStringLiteral("%1: is a database in use (it has a %2 file); choose another name")
                                   .arg(to, QLatin1String(suffix))};
    }
    auto sourceDb = openExisting(source);
    if (!sourceDb)
        return sourceDb.error();
    auto version = userVersion(sourceDb.value().get());
    if (!version)
        return core::Error{QStringLiteral("%1: not a Chipline database: %2").arg(from, version.error().message)};

    // A name of its own per attempt: two backups to one target never share a half file.
    static std::atomic_int attempt{0};
    const QString part = QStringLiteral("%1.%2-%3.part").arg(to).arg(QCoreApplication::applicationPid()).arg(++attempt);
    core::Status status;
    {
        auto dest = openFile(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!dest)
            return core::Error{QStringLiteral("%1: cannot create: %2").arg(to, dest.error().message)};
        status = copyPages(sourceDb.value().get(), dest.value().get(), to);
        // One self-contained file: no -wal or -shm beside the backup.
        if (status
            && sqlite3_exec(dest.value().get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
            status = core::Error{QStringLiteral("%1: %2").arg(to, errorOf(dest.value().get()))};
    }
    if (!status) {
        QFile::remove(part);
        return status.error();
    }
    // rename() replaces the old file in one step: there is never a moment without one.
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(part);
        return core::Error{QStringLiteral("%1: cannot write the backup file").arg(to)};
    }
    return Copied{QFileInfo(to).size(), version.value()};
}

core::Status Backup::copyPages(sqlite3 *source, sqlite3 *out, const QString &to, int busyBudgetMs)
{
    // A database another connection keeps locked is waited for with a growing pause, each
    // try also waiting out the connection's own busy timeout, until the budget is spent.
    QElapsedTimer clock;
    clock.start();
    int pause = 10;
    const auto backOff = [&] {
        const qint64 left = busyBudgetMs - clock.elapsed();
        if (left <= 0)
            return false;
        sqlite3_sleep(int(std::min<qint64>(pause, left)));
        pause = std::min(pause * 2, kMaxPauseMs);
        return true;
    };
    const auto seconds = [&clock] { return int((clock.elapsed() + 999) / 1000); };

    // The source's read transaction first, so that a busy source is told from a busy target;
    // the backup reads every page in it.
    if (sqlite3_exec(source, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return core::Error{QStringLiteral("%1: cannot start the backup: %2").arg(to, errorOf(source))};
    const auto endRead = qScopeGuard([source] { sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr); });
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_exec(source, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    } while (isBusy(rc) && backOff());
    if (isBusy(rc))
        return core::Error{tr("%1: not copied: %2 stayed locked by another program for %n second(s); nothing was "
                              "written. Try again once it is done.",
                              nullptr, seconds())
                               .arg(to, QString::fromUtf8(sqlite3_db_filename(source, "main")))};
    if (rc != SQLITE_OK)
        return core::Error{QStringLiteral("%1: cannot read the database: %2").arg(to, errorOf(source))};

    // All pages in one step: one read transaction, so the copy is one consistent
    // snapshot even while an import commits (a stepwise copy restarts on every write).
    // A copy given up leaves the target as it was: sqlite3_backup_finish rolls back its write.
    sqlite3_backup *backup = sqlite3_backup_init(out, "main", source, "main");
    if (!backup)
        return core::Error{QStringLiteral("%1: cannot start the backup: %2").arg(to, errorOf(out))};
    do {
        rc = sqlite3_backup_step(backup, -1);
    } while (rc == SQLITE_OK || (isBusy(rc) && backOff()));
    sqlite3_backup_finish(backup);
    if (isBusy(rc))
        return core::Error{tr("%1: stayed locked by another program for %n second(s); nothing was written to it. "
                              "Try again once it is done.",
                              nullptr, seconds())
                               .arg(to)};
    if (rc != SQLITE_DONE)
        return core::Error{QStringLiteral("%1: backup failed: %2").arg(to, QString::fromUtf8(sqlite3_errstr(rc)))};
    if (auto st = quickCheck(out); !st)
        return core::Error{QStringLiteral("%1: the copy fails its integrity check: %2").arg(to, st.error().message)};
    return {};
}

} // namespace chipline::storage
