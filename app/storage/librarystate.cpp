#include "storage/librarystate.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace chipline::storage {

core::Result<bool> LibraryState::isPristine(Database &db)
{
    auto st = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM article) AND NOT EXISTS (SELECT 1 FROM source)");
    if (!st)
        return st.error();
    if (!st->next())
        return core::Error{st->errorMessage()};
    return st->int64(0) != 0;
}

qint64 LibraryState::acceptedMentionCount(Database &db)
{
    auto st = db.statement("SELECT count(*) FROM mention WHERE status = 'accepted'");
    return st.next() ? st.int64(0) : 0;
}

qint64 LibraryState::eventCount(Database &db)
{
    auto st = db.statement("SELECT count(*) FROM event");
    return st.next() ? st.int64(0) : 0;
}

} // namespace chipline::storage
