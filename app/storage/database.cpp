#include "storage/database.h"

#include "storage/backupset.h"
#include "storage/databasefiles.h"
#include "storage/integritycheck.h"
#include "storage/migrations.h"
#include "storage/searchindex.h"
#include "storage/statement.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

#include <mutex>

namespace chipline::storage {

namespace {
constexpr int kBusyTimeoutMs = 10000;
constexpr int kBusyStepMs = 2;

// Waits up to kBusyTimeoutMs for another connection's lock, trying every few milliseconds.
// sqlite3_busy_timeout backs off to 100 ms between tries and so keeps missing the moment an
// import in another process lets go of the write lock between its batches.
int retryWhileBusy(void *, int count)
{
    if (count * kBusyStepMs >= kBusyTimeoutMs)
        return 0;
    sqlite3_sleep(kBusyStepMs);
    return 1;
}
} // namespace

core::Result<std::unique_ptr<Database>> Database::open(const QString &given, Mode mode)
{
    // One path per database in every connection: the search index and the backup folder
    // are named after it, and a link must not give one database two of each.
    const QString path = DatabaseFiles::canonicalPath(given);
    if (mode == Mode::ReadWrite) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return core::Error{QStringLiteral("%1: cannot create folder %2").arg(path, dir)};
    }
    // Memory statistics take a global mutex on every allocation SQLite makes, a few
    // million in a large import; nothing reads them. Must precede SQLite's initialization.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    sqlite3 *db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return core::Error{QStringLiteral("%1: cannot open database: %2").arg(path, msg)};
    }
    std::unique_ptr<Database> self(new Database(db, path));
    sqlite3_busy_handler(db, &retryWhileBusy, nullptr);
    sqlite3_extended_result_codes(db, 1);
    // Before anything can write: a damaged file is reported and left exactly as it is.
    if (auto st = IntegrityCheck::onOpen(*self); !st) {
        self->m_damaged = true;
        return st.error();
    }
    if (auto st = self->exec(
            "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
        !st)
        return core::Error{QStringLiteral("%1: %2").arg(path, st.error().message)};
    if (mode == Mode::ReadWrite) {
        // Before anything writes: switching to WAL already changes a newer database's header.
        if (auto st = Migrations::check(*self); !st)
            return core::Error{QStringLiteral("%1: %2").arg(path, st.error().message)};
        if (auto st = self->exec("PRAGMA journal_mode=WAL;"); !st)
            return core::Error{QStringLiteral("%1: %2").arg(path, st.error().message)};
        // A migration rewrites the schema: the database as it was is kept first.
        if (const int version = Migrations::currentVersion(*self);
            version > 0 && version < Migrations::latestVersion()) {
            if (auto made = BackupSet(path, BackupSet::keepSetting()).make(QStringLiteral("upgrade")); !made)
                return core::Error{QStringLiteral("%1: not upgraded: the backup before the upgrade failed: %2")
                                       .arg(path, made.error().message)};
        }
        if (auto st = Migrations::apply(*self); !st)
            return core::Error{QStringLiteral("%1: %2").arg(path, st.error().message)};
        // Also indexes what a writer stored but did not index (a crash, a killed import).
        if (auto st = SearchIndex::attach(*self, true); !st)
            return st.error();
    } else if (auto st = Migrations::check(*self); !st) {
        return core::Error{QStringLiteral("%1: %2").arg(path, st.error().message)};
    } else if (const int version = Migrations::currentVersion(*self);
               version > 0 && version < Migrations::latestVersion()) {
        // An older schema cannot be read with this version's statements: it is upgraded
        // once, as the window or any writing command would (backup first), then read.
        self.reset();
        auto upgraded = open(path, Mode::ReadWrite);
        if (!upgraded)
            return core::Error{
                QStringLiteral("written by an older Chipline (schema %1) and not upgraded to schema %2: %3")
                    .arg(version)
                    .arg(Migrations::latestVersion())
                    .arg(upgraded.error().message)};
        upgraded.value().reset();
        return open(path, Mode::ReadOnly);
    } else if (Migrations::currentVersion(*self) >= SearchIndex::firstSchema()) {
        if (auto attached = SearchIndex::attach(*self, false); !attached)
            return attached.error();
    }
    return self;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db),
      m_path(std::move(path))
{}

Database::~Database()
{
    if (m_damaged) {
        // Closing the last connection checkpoints the WAL into the file: not into a
        // damaged one, which a salvage reads as it is.
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    } else {
        // Optimize on close keeps the query planner's statistics fresh; the analysis limit
        // (SQLite's advice) samples big tables instead of reading them whole after an import.
        sqlite3_exec(m_db, "PRAGMA analysis_limit=400; PRAGMA optimize;", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(m_db);
}

core::Status Database::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return core::Error{msg};
    }
    return {};
}

core::Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return core::Error{lastError()};
    return Statement(stmt);
}

Statement Database::statement(const char *sql)
{
    auto st = prepare(sql);
    if (!st)
        qFatal("Chipline SQL error: %s in %s", qPrintable(st.error().message), sql);
    return std::move(st).value();
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/chipline");
    return dir + QStringLiteral("/chipline.db");
}

} // namespace chipline::storage
