#pragma once

#include "core/result.h"

#include <QString>

namespace chipline::storage {

class Database;

// Tells whether an article's title or text matches a search as the full-text index would
// (SearchIndex): a term of three or more characters anywhere, through the same trigram
// tokenizer, a shorter one at the start of a word, through the same word tokenizer. It
// reads the text instead of the index, for searches that match too many articles to
// collect as one types: walking the list in its order and testing each article costs a
// page, where collecting 700,000 matches costs a third of a second.
// Installed on a connection as the SQL function search_scan(title, body, search).
class SearchScan final
{
public:
    // Idempotent; fails only when the connection has no FTS5.
    static core::Status install(Database &db);
    // Whether a (trimmed) search goes to the trigram index, else to the word index.
    static bool usesTrigrams(const QString &search) { return search.size() >= 3; }
};

} // namespace chipline::storage
