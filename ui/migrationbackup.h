#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

class QWidget;

namespace chipline::ui {

// Before Chipline upgrades the schema of a database written by an older version, the user
// is offered a backup (storage::Backup) of it: a migration is the one moment Chipline
// rewrites a database the user may still want as it was.
class MigrationBackup final
{
public:
    // The schema version the database at path would be upgraded from, or nullopt when it
    // needs no upgrade (no file yet, a fresh file, current, or newer: Database refuses that).
    static std::optional<int> pendingUpgrade(const QString &path);
    // Where the backup goes: beside the database, named after its schema and the time.
    static QString backupPathFor(const QString &path, int fromVersion);
    // Asks, and backs up when the user agrees. False when the user chose not to open the
    // database after all (cancel, or a failed backup they did not want to ignore).
    static bool offer(const QString &path, QWidget *parent = nullptr);
};

} // namespace chipline::ui
