#pragma once

#include "storage/statement.h"

namespace chipline::storage {

class Database;

// SQLite's PRAGMA data_version on one connection: it changes when another connection
// commits, and reading it never waits for a writer's lock.
class DataVersion final
{
public:
    explicit DataVersion(Database &db);
    // -1 when it cannot be read.
    qint64 current();

private:
    Statement m_statement;
};

} // namespace chipline::storage
