#pragma once

#include "core/result.h"

namespace chipline::storage {

class Database;

// Questions about the database as a whole that the application asks at start-up.
class LibraryState final
{
public:
    // True when nothing was ever imported: no articles and no source rows (not even failed
    // ones), so a user who deleted everything is not handed the sample corpus again.
    static core::Result<bool> isPristine(Database &db);
};

} // namespace chipline::storage
