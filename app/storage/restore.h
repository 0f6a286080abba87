#pragma once

#include "core/result.h"
#include "storage/backupset.h"

#include <QString>

namespace chipline::storage {

// Puts a backup back in place of a database. A healthy database is first kept as a backup
// of its own ("before-restore"); then the backup's pages are written into the live file
// through SQLite's online backup API, under SQLite's locks, so that other connections (the
// window, another command) see the restored content and nothing replaces the file under
// them. A damaged database is moved aside with its -wal and -shm, never deleted, and the
// backup copied in its place. Either way the schema is brought up to date and the search
// index rebuilt before this returns.
class Restore final
{
public:
    struct Outcome
    {
        QString restoredFrom;
        QString keptAs; // the backup of the replaced state, or where the damaged file went
        bool wasDamaged = false;
    };

    static core::Result<Outcome> fromBackup(const QString &databasePath, const QString &backupPath,
                                            int keep = BackupSet::kDefaultKeep);
    // Moves a damaged database and every file of its family (DatabaseFiles::family) aside,
    // beside it and named with the time; never deletes. Gives the new name.
    static core::Result<QString> moveAside(const QString &path);
};

} // namespace chipline::storage
