#include "storage/transaction.h"

#include "storage/database.h"

namespace chipline::storage {

Transaction::Transaction(Database &db, Scope scope)
    : m_db(db)
{
    if (scope == Scope::Everything) {
        m_begin = m_db.exec("BEGIN IMMEDIATE");
    } else {
        // BEGIN IMMEDIATE would lock every attached file; a write that changes nothing
        // takes the database's lock alone, and first thing, so a busy lock is waited for.
        m_begin = m_db.exec("BEGIN");
        if (m_begin) {
            m_begin = m_db.exec("UPDATE main.db_identity SET value = value WHERE 0");
            if (!m_begin)
                (void)m_db.exec("ROLLBACK");
        }
    }
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK");
}

core::Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? core::Status(core::Error{QStringLiteral("no transaction")}) : m_begin;
    auto st = m_db.exec("COMMIT");
    if (st)
        m_active = false;
    return st;
}

} // namespace chipline::storage
