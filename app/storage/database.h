#pragma once

#include "core/result.h"

#include <QString>
#include <QtGlobal>

#include <memory>

struct sqlite3;

namespace chipline::storage {

class Statement;

// Owns one SQLite connection: WAL, foreign keys, a busy timeout, schema migrated on open.
// A database written by a newer Chipline is refused rather than changed; one that fails
// the check on open (IntegrityCheck) is refused with an Error of kind Damaged, unwritten.
// The path is made canonical, so every connection names a database the same way.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Mode {
        ReadWrite,
        ReadOnly
    };

    // The file as given; the connection uses its canonical path (path()).
    static core::Result<std::unique_ptr<Database>> open(const QString &given, Mode mode = Mode::ReadWrite);
    ~Database();

    core::Status exec(const char *sql);
    core::Result<Statement> prepare(const char *sql);
    // Prepares or aborts: for the program's own fixed SQL, where failure is a bug.
    Statement statement(const char *sql);

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    QString lastError() const;
    qint64 lastInsertId() const;
    int changes() const;

private:
    Database(sqlite3 *db, QString path);

    sqlite3 *m_db;
    QString m_path;
    bool m_damaged = false;
};

// The default database file: AppDataLocation/chipline.db.
QString defaultDatabasePath();

} // namespace chipline::storage
