#include "storage/transaction.h"

#include "storage/database.h"

namespace chipline::storage {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_begin = m_db.exec("BEGIN IMMEDIATE");
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
