#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace chipline::storage {

// A consistent copy of a database file through SQLite's online backup API: safe while
// another process imports into it (WAL readers never block writers). The source is opened
// read-only and never migrated, so a newer or damaged database can still be saved. The
// copy is written beside the target and renamed into place only once it is complete and
// passes quick_check: a failed backup leaves no half file behind.
//
// Restoring goes through storage::Restore, never a file copy over a database.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::storage::Backup)

public:
    // How long copyPages waits, in all, while another connection keeps a database locked.
    static constexpr int kBusyBudgetMs = 30000;

    struct Copied
    {
        qint64 bytes = 0;
        int schemaVersion = 0;
    };

    // Refuses to replace an existing target unless overwrite is set.
    static core::Result<Copied> copy(const QString &from, const QString &to, bool overwrite = false);
    // The schema version (PRAGMA user_version) of the file at path, read without changing it.
    static core::Result<int> schemaVersion(const QString &path);
    // PRAGMA quick_check of the file, opened read-only; the error says what it found.
    static core::Status checkFile(const QString &path);
    // Every page of source into out, in one read transaction, then a quick check of out;
    // `to` names out in messages. While either is locked by another connection it tries
    // again, backing off, for busyBudgetMs at most (and the busy timeout of the try under
    // way); then it gives up with an error naming the locked file, having changed neither.
    static core::Status copyPages(sqlite3 *source, sqlite3 *out, const QString &to, int busyBudgetMs = kBusyBudgetMs);
};

} // namespace chipline::storage
