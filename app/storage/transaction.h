#pragma once

#include "core/result.h"

#include <QtGlobal>

namespace chipline::storage {

class Database;

// BEGIN IMMEDIATE on construction (so a writer waits for the lock up front instead of
// failing mid-way), ROLLBACK on destruction unless commit() succeeded.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    // Everything locks every attached file (the search index too); DatabaseOnly locks the
    // database file alone, for writers that never touch the index, so that they do not
    // wait for another connection's indexing (an import's) while holding the database.
    enum class Scope {
        Everything,
        DatabaseOnly
    };

    explicit Transaction(Database &db, Scope scope = Scope::Everything);
    ~Transaction();

    bool active() const { return m_active; }
    const core::Status &beginStatus() const { return m_begin; }
    core::Status commit();

private:
    Database &m_db;
    core::Status m_begin;
    bool m_active = false;
};

} // namespace chipline::storage
