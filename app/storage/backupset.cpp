#include "storage/backupset.h"

#include "storage/backup.h"
#include "storage/databasefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <sqlite3.h>

#include <algorithm>

namespace chipline::storage {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

// "<stem>-20261202-034800-daily.db" -> time and reason.
std::optional<std::pair<QDateTime, QString>> parseName(const QString &stem, const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^-(\\d{8}-\\d{6})(?:-(\\d+))?-([a-z0-9-]+)\\.db$"));
    if (!fileName.startsWith(stem))
        return std::nullopt;
    const auto m = re.match(QStringView(fileName).mid(stem.size()));
    if (!m.hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(m.captured(1), kStamp);
    if (!time.isValid())
        return std::nullopt;
    return std::make_pair(time, m.captured(3));
}

// Counts straight through SQLite, read-only: the file is never opened any other way.
void readCounts(BackupInfo &info)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(info.path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        info.problem = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return;
    }
    const auto value = [db](const char *sql, qint64 *out) {
        sqlite3_stmt *st = nullptr;
        bool ok = sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
        if (ok)
            *out = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return ok;
    };
    qint64 version = 0;
    if (!value("PRAGMA user_version", &version) || !value("SELECT count(*) FROM article", &info.articles)) {
        info.problem = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        info.schemaVersion = int(version);
        value("SELECT count(*) FROM mention WHERE origin = 'manual' OR status = 'rejected'", &info.annotations);
        value("SELECT count(*) FROM event WHERE status = 'confirmed' OR edited", &info.confirmedEvents);
    }
    sqlite3_close(db);
    if (info.problem.isEmpty()) {
        if (auto st = Backup::checkFile(info.path); !st)
            info.problem = st.error().message;
    }
}

} // namespace

int BackupSet::keepSetting()
{
    const int keep = QSettings().value(QLatin1String(kKeepSettingKey), kDefaultKeep).toInt();
    return keep > 0 ? keep : kDefaultKeep;
}

BackupSet::BackupSet(const QString &databasePath, int keep)
    : m_database(DatabaseFiles::canonicalPath(databasePath)),
      m_folder(DatabaseFiles::backupFolder(m_database)),
      m_keep(std::max(1, keep))
{}

core::Result<BackupInfo> BackupSet::make(const QString &reason, const QString &keepAlso) const
{
    if (!QDir().mkpath(m_folder))
        return core::Error{QStringLiteral("%1: cannot create the backup folder").arg(m_folder)};
    const QDateTime now = QDateTime::currentDateTime();
    const QString stem = QFileInfo(m_database).fileName();
    QString target = QDir(m_folder).filePath(QStringLiteral("%1-%2-%3.db").arg(stem, now.toString(kStamp), reason));
    // Two backups in one second (a bulk edit right after an upgrade) get distinct names.
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(m_folder).filePath(
            QStringLiteral("%1-%2-%3-%4.db").arg(stem, now.toString(kStamp)).arg(n).arg(reason));
    auto copied = Backup::copy(m_database, target);
    if (!copied)
        return copied.error();
    prune(keepAlso);
    BackupInfo info;
    info.path = target;
    info.time = now;
    info.reason = reason;
    info.bytes = copied->bytes;
    info.schemaVersion = copied->schemaVersion;
    return info;
}

core::Result<std::optional<BackupInfo>> BackupSet::makeIfOlderThan(const QString &reason, qint64 maxAgeSeconds) const
{
    const QList<BackupInfo> existing = list(false);
    if (!existing.isEmpty() && existing.first().time.secsTo(QDateTime::currentDateTime()) < maxAgeSeconds)
        return std::optional<BackupInfo>();
    auto made = make(reason);
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(std::move(made).value());
}

QList<BackupInfo> BackupSet::list(bool withCounts) const
{
    QList<BackupInfo> out;
    const QString stem = QFileInfo(m_database).fileName();
    const QFileInfoList files = QDir(m_folder).entryInfoList({stem + QStringLiteral("-*.db")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto parsed = parseName(stem, file.fileName());
        if (!parsed)
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.time = parsed->first;
        info.reason = parsed->second;
        info.bytes = file.size();
        out.append(info);
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    if (withCounts) {
        for (BackupInfo &info : out)
            readCounts(info);
    }
    return out;
}

void BackupSet::prune(const QString &keepAlso) const
{
    const QList<BackupInfo> all = list(false);
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        const QString &path = all[i].path;
        // A backup being written or changed has its journal beside it.
        if (path == keepAlso || QFileInfo::exists(path + QStringLiteral("-journal"))
            || QFileInfo::exists(path + QStringLiteral("-wal")))
            continue;
        QFile::remove(path);
    }
}

core::Status BackupSet::beforeBulkEdit(const QString &databasePath, const QString &reason, int keep)
{
    auto made = BackupSet(databasePath, keep).makeIfOlderThan(reason, kBulkSpacingSeconds);
    if (!made)
        return made.error();
    return {};
}

} // namespace chipline::storage
