#pragma once

namespace chipline::storage {

class Database;

// Connection settings for a run that only inserts (an import), restored when it ends:
// fewer, larger WAL checkpoints, since an import rewrites the same index pages many times
// over; and no foreign-key checks, since every parent id the run writes was read or
// inserted in the same transaction (checking about two million keys per 100,000 articles
// would re-verify what cannot be wrong). Only for writers that keep that promise.
class BulkInsert final
{
public:
    explicit BulkInsert(Database &db);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

private:
    Database &m_db;
};

} // namespace chipline::storage
