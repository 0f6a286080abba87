#pragma once

#include "storage/articlestore.h"
#include "storage/datestore.h"
#include "storage/eventstore.h"
#include "storage/mentionstore.h"

#include <QString>

namespace chipline::storage {
class Database;
}

namespace chipline::exchange {

// Everything stored about one article as one JSON object on one line (chipline export):
// the article, its mentions, dates and events, offsets in Unicode code points into body.
// Reads through storage's stores only.
class ArticleJsonLines final
{
public:
    explicit ArticleJsonLines(storage::Database &db)
        : m_mentions(db),
          m_dates(db),
          m_events(db)
    {}

    QString line(const storage::StoredArticle &a);

private:
    storage::MentionStore m_mentions;
    storage::DateStore m_dates;
    storage::EventStore m_events;
};

} // namespace chipline::exchange
