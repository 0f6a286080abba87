#pragma once

#include "core/result.h"

#include <QtGlobal>

namespace chipline::storage {

class Database;

// A nested transaction inside the current one: rolled back on destruction unless
// released, so one file's failure undoes that file alone.
class Savepoint final
{
    Q_DISABLE_COPY_MOVE(Savepoint)

public:
    explicit Savepoint(Database &db);
    ~Savepoint();

    bool active() const { return m_active; }
    core::Status release();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace chipline::storage
