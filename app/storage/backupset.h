#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chipline::storage {

// One automatic or manual backup in a database's backup folder.
struct BackupInfo
{
    QString path;
    QDateTime time; // when it was made (from its name)
    QString reason; // what it was made before: upgrade, apply-to-all, recognize, daily, ...
    qint64 bytes = 0;
    // Read from the file by list(true); -1 when not read or unreadable (then problem says why).
    qint64 articles = -1;
    qint64 annotations = -1; // the analyst's own mentions and rejections
    qint64 confirmedEvents = -1;
    int schemaVersion = 0;
    QString problem;
};

// The backups kept in a folder beside a database (DatabaseFiles::backupFolder): each a
// consistent copy made through SQLite's online backup API (storage::Backup), named
// "<database>-<yyyyMMdd-HHmmss>-<reason>.db"; only the newest `keep` are kept. Made before
// a migration, before bulk edits (apply to all, recognize, events import, merges) and once
// a day while the window is open. The search index is not copied: it is rebuilt.
class BackupSet final
{
public:
    static constexpr int kDefaultKeep = 5;
    // The QSettings key of how many to keep, shared by the window and the command line.
    static constexpr const char *kKeepSettingKey = "backups/keep";
    // The kept count the user chose (QSettings of this application), else kDefaultKeep.
    static int keepSetting();
    // Bulk edits that follow each other closely share the backup made before the first.
    static constexpr qint64 kBulkSpacingSeconds = 10 * 60;

    explicit BackupSet(const QString &databasePath, int keep = kDefaultKeep);

    const QString &folder() const { return m_folder; }
    // A backup now; then the oldest beyond `keep` are removed, except keepAlso (the backup
    // a restore is about to read).
    core::Result<BackupInfo> make(const QString &reason, const QString &keepAlso = {}) const;
    // A backup unless the newest is younger than maxAgeSeconds; nullopt when none was needed.
    core::Result<std::optional<BackupInfo>> makeIfOlderThan(const QString &reason, qint64 maxAgeSeconds) const;
    // Newest first; withCounts opens each (read-only) for its counts and a quick check.
    QList<BackupInfo> list(bool withCounts) const;
    // Shorthand for the bulk edits: makeIfOlderThan(reason, kBulkSpacingSeconds), with
    // the keep count the user chose (QSettings "backups/keep", read by the caller).
    static core::Status beforeBulkEdit(const QString &databasePath, const QString &reason, int keep = kDefaultKeep);

private:
    void prune(const QString &keepAlso) const;

    QString m_database;
    QString m_folder;
    int m_keep;
};

} // namespace chipline::storage
