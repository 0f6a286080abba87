#pragma once

#include <QString>
#include <QStringList>

namespace chipline::storage {

// The files that make up a Chipline database, and the rule that keeps every other code
// path away from them. On Linux, closing any descriptor of a file drops every POSIX lock
// the process holds on it, including SQLite's lock on "-shm" that tells other processes
// the wal-index is live; another process may then reset the WAL under this one and
// corrupt the database (sqlite.org/howtocorrupt.html, 2.2). So nothing but SQLite may
// open, read, copy or close these files, and everything opens a database by one path.
class DatabaseFiles final
{
public:
    // Symbolic links and "..", resolved; for a file not made yet, its folder resolved.
    static QString canonicalPath(const QString &path);
    // The database, its journal, WAL and wal-index, the search index and its own.
    static QStringList family(const QString &databasePath);
    // Where automatic backups go: a folder beside the database.
    static QString backupFolder(const QString &databasePath);
    // Why the file at path must not be read as an article, or empty when it may be: it
    // belongs to the open database, lies in its backup folder, or is (by its name or its
    // neighbours' names) some SQLite database or companion. Decided from names alone,
    // without opening the file.
    static QString whyNotASource(const QString &path, const QString &openDatabase);
    // An error naming the file when path names a database file (by the same rule), so
    // that an export never replaces one; empty when path may be written.
    static QString refusedOutput(const QString &path);
};

} // namespace chipline::storage
