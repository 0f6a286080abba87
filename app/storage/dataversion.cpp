#include "storage/dataversion.h"

#include "storage/database.h"

namespace chipline::storage {

DataVersion::DataVersion(Database &db)
    : m_statement(db.statement("PRAGMA data_version"))
{}

qint64 DataVersion::current()
{
    m_statement.reset();
    const qint64 version = m_statement.next() ? m_statement.int64(0) : -1;
    m_statement.reset();
    return version;
}

} // namespace chipline::storage
