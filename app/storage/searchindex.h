#pragma once

#include "core/result.h"

#include <QString>

namespace chipline::storage {

class Database;

// The full-text indexes live in a file of their own beside the database, attached to
// every connection as schema "search", so that an import indexes on a second connection
// while its writer stores the next articles (one file has one writer at a time).
// The file holds only what can be rebuilt from the database: each article's title and
// body (FTS5 reads snippets from the file the index is in) and the two indexes. Articles
// are never edited or deleted in place, so the index only grows, up to indexed_through.
class SearchIndex final
{
public:
    // The schema version that moved the indexes out of the database file.
    static int firstSchema() { return 7; }
    // "<database>-search".
    static QString pathFor(const QString &databasePath);

    // Writable: creates the file, rebuilds it when it belongs to another database or to a
    // newer state of this one (a restored backup), and indexes what is pending.
    // Read-only: attaches it when it belongs to this database, else an empty index.
    static core::Status attach(Database &db, bool writable);

    // Indexes every article after indexed_through, in one statement per index. Outside a
    // transaction it locks only the search file: the database is just read.
    static core::Status indexPending(Database &db);
};

} // namespace chipline::storage
