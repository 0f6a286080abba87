#pragma once

#include "core/result.h"

#include <QString>

namespace chipline::storage {

class Database;

// Checks of a database file's health. onOpen is cheap enough for every open (a few
// milliseconds at 100,000 articles): the header and schema, every page of the tables
// that hold the analyst's own entities, aliases and lanes, and the right edge of every
// large table (events among them). full is PRAGMA quick_check over everything, for backups and
// for the restore list. A failure names the file and is of kind Damaged.
class IntegrityCheck final
{
public:
    static core::Status onOpen(Database &db);
    static core::Status full(Database &db);
    // The message for a damaged file: which file, what failed, and what to do.
    static core::Error damaged(const QString &path, const QString &detail);
};

} // namespace chipline::storage
