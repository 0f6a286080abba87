#pragma once

#include "core/result.h"

namespace chipline::storage {

class Database;

// Questions about the database as a whole: at start-up, and after a bulk run.
class LibraryState final
{
public:
    // True when nothing was ever imported: no articles and no source rows (not even failed
    // ones), so a user who deleted everything is not handed the sample corpus again.
    static core::Result<bool> isPristine(Database &db);
    // Accepted mentions and events: what a recognition run reports at its end.
    static qint64 acceptedMentionCount(Database &db);
    static qint64 eventCount(Database &db);
};

} // namespace chipline::storage
