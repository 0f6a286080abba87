#include "storage/namestore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace chipline::storage {

namespace {

constexpr const char *kNewNames =
    "SELECT e.id, e.name, e.type, count(m.id), count(DISTINCT m.article_id) FROM entity e "
    "JOIN mention m ON m.entity_id = e.id AND m.status = 'accepted' "
    "WHERE e.origin = 'pattern' AND e.article_id IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM rejected_name r WHERE r.name = e.name) ";

NewNameRecord readNewName(const Statement &st)
{
    return {st.int64(0), st.text(1), st.text(2), st.int64(3), st.int64(4)};
}

} // namespace

NameStore::NameStore(Database &db)
    : m_db(db)
{}

QList<NewNameRecord> NameStore::newNames(const QString &type, int minArticles)
{
    QList<NewNameRecord> out;
    const QByteArray sql = kNewNames
        + QByteArray("AND (?1 IS NULL OR e.type = ?1) GROUP BY e.id "
                     "HAVING count(DISTINCT m.article_id) >= ?2 "
                     "ORDER BY count(DISTINCT m.article_id) DESC, count(m.id) DESC, e.name");
    auto st = m_db.statement(sql.constData());
    st.bindOptional(1, type).bind(2, qint64(minArticles));
    while (st.next())
        out.append(readNewName(st));
    return out;
}

std::optional<NewNameRecord> NameStore::newName(const QString &name)
{
    const QByteArray sql = kNewNames + QByteArray("AND e.name = ?1 GROUP BY e.id");
    auto st = m_db.statement(sql.constData());
    st.bind(1, name);
    if (!st.next())
        return std::nullopt;
    return readNewName(st);
}

QSet<QString> NameStore::rejectedNames()
{
    QSet<QString> out;
    auto st = m_db.statement("SELECT name FROM rejected_name");
    while (st.next())
        out.insert(st.text(0));
    return out;
}

std::optional<RejectedNameRecord> NameStore::rejected(const QString &name)
{
    auto st = m_db.statement("SELECT name, type FROM rejected_name WHERE name = ?1");
    st.bind(1, name);
    if (!st.next())
        return std::nullopt;
    return RejectedNameRecord{st.text(0), st.text(1)};
}

} // namespace chipline::storage
