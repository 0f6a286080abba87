#pragma once

#include "core/result.h"

namespace chipline::storage {

class Database;

// Numbered schema migrations keyed on PRAGMA user_version, each applied in one
// transaction. A shipped migration is never edited: add a new one at the end.
class Migrations final
{
public:
    static int latestVersion();
    // Brings the schema up to date; refuses a database newer than this program.
    static core::Status apply(Database &db);
    // For read-only use: only checks that the version is one this program understands.
    static core::Status check(Database &db);
    static int currentVersion(Database &db);
    // The SQL that brings schema version - 1 to version (1 to latestVersion()): tests build
    // an older database with it.
    static const char *script(int version);
};

} // namespace chipline::storage
