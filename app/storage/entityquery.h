#pragma once

#include "storage/entitystore.h"

#include <QList>

namespace chipline::storage {

class Database;

// Read-only questions about entities for the entity panel and the reader's tooltips.
// Counts cover accepted mentions only: a rejected highlight does not count.
class EntityQuery final
{
    Q_DISABLE_COPY_MOVE(EntityQuery)

public:
    explicit EntityQuery(Database &db);

    // The entities of one article, most mentioned first.
    QList<EntitySummary> forArticle(qint64 articleId);
    // Every entity of the corpus with a mention, most mentioned first.
    QList<EntitySummary> corpus();
    // How many articles mention the entity.
    qint64 articleCount(qint64 entityId);

private:
    Database &m_db;
};

} // namespace chipline::storage
