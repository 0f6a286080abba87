#include "storage/savepoint.h"

#include "storage/database.h"

namespace chipline::storage {

Savepoint::Savepoint(Database &db)
    : m_db(db)
{
    m_active = m_db.exec("SAVEPOINT chipline_sp").ok();
}

Savepoint::~Savepoint()
{
    rollback();
}

core::Status Savepoint::release()
{
    if (!m_active)
        return core::Error{QStringLiteral("no savepoint")};
    auto st = m_db.exec("RELEASE chipline_sp");
    if (st)
        m_active = false;
    return st;
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    (void)m_db.exec("ROLLBACK TO chipline_sp; RELEASE chipline_sp");
    m_active = false;
}

} // namespace chipline::storage
