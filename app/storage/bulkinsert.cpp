#include "storage/bulkinsert.h"

#include "storage/database.h"

namespace chipline::storage {

BulkInsert::BulkInsert(Database &db)
    : m_db(db)
{
    // Settings only: a failure leaves the defaults, which are slower, never wrong.
    (void)m_db.exec("PRAGMA wal_autocheckpoint=8192");
    (void)m_db.exec("PRAGMA foreign_keys=OFF");
}

BulkInsert::~BulkInsert()
{
    (void)m_db.exec("PRAGMA wal_autocheckpoint=1000; PRAGMA foreign_keys=ON");
}

} // namespace chipline::storage
