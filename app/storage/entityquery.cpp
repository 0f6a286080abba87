#include "storage/entityquery.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace chipline::storage {

EntityQuery::EntityQuery(Database &db)
    : m_db(db)
{}

QList<EntitySummary> EntityQuery::forArticle(qint64 articleId)
{
    QList<EntitySummary> out;
    auto st = m_db.statement("SELECT e.id, e.name, e.type, e.origin, count(*) FROM mention m JOIN entity e ON "
                             "e.id = m.entity_id WHERE m.article_id = ?1 AND m.status = 'accepted' GROUP BY e.id "
                             "ORDER BY count(*) DESC, e.name");
    st.bind(1, articleId);
    while (st.next())
        out.append({{st.int64(0), st.text(1), st.text(2), st.text(3)}, st.int64(4), 1});
    return out;
}

QList<EntitySummary> EntityQuery::corpus()
{
    QList<EntitySummary> out;
    // Counted from the mention index alone, then joined: cheaper than a join per mention.
    auto st =
        m_db.statement("SELECT e.id, e.name, e.type, e.origin, c.n, c.a FROM (SELECT entity_id, count(*) AS n, "
                       "count(DISTINCT article_id) AS a FROM mention WHERE status = 'accepted' GROUP BY entity_id) c "
                       "JOIN entity e ON e.id = c.entity_id ORDER BY c.n DESC, e.name");
    while (st.next())
        out.append({{st.int64(0), st.text(1), st.text(2), st.text(3)}, st.int64(4), st.int64(5)});
    return out;
}

qint64 EntityQuery::articleCount(qint64 entityId)
{
    auto st =
        m_db.statement("SELECT count(DISTINCT article_id) FROM mention WHERE entity_id = ?1 AND status = 'accepted'");
    st.bind(1, entityId);
    return st.next() ? st.int64(0) : 0;
}

} // namespace chipline::storage
