#include "storage/entitystore.h"

#include "storage/database.h"

namespace chipline::storage {

EntityStore::EntityStore(Database &db)
    : m_db(db),
      m_find(db.statement("SELECT id FROM entity WHERE name = ?1"))
      // Another process may add the same name between the lookup and the insert: the
      // insert then does nothing and the lookup after it finds the other's row.
      ,
      m_insert(db.statement("INSERT INTO entity(name, type, origin) VALUES (?1, ?2, ?3) ON CONFLICT(name) DO NOTHING")),
      m_insertLocal(db.statement("INSERT INTO entity(name, type, origin, article_id) VALUES (?1, ?2, 'pattern', ?3) "
                                 "ON CONFLICT(name) DO NOTHING"))
{}

QString EntityStore::localName(const QString &surface, qint64 articleId)
{
    return surface + QStringLiteral(" #") + QString::number(articleId);
}

core::Result<qint64> EntityStore::ensureLocal(const QString &surface, const QString &type, qint64 articleId)
{
    const QString name = localName(surface, articleId);
    m_insertLocal.reset();
    m_insertLocal.bind(1, name).bind(2, type).bind(3, articleId);
    return findOrInsert(name, m_insertLocal);
}

core::Result<qint64> EntityStore::ensure(const QString &name, const QString &type, const QString &origin)
{
    m_insert.reset();
    m_insert.bind(1, name).bind(2, type).bind(3, origin);
    return findOrInsert(name, m_insert);
}

core::Result<qint64> EntityStore::findOrInsert(const QString &name, Statement &insert)
{
    m_find.reset();
    m_find.bind(1, name);
    if (const auto id = m_find.lookupInt64())
        return *id;
    if (m_find.failed())
        return core::Error{m_find.errorMessage()};
    if (!insert.exec())
        return core::Error{QStringLiteral("entity \"%1\": %2").arg(name, insert.errorMessage())};
    if (m_db.changes() == 1)
        return m_db.lastInsertId();
    // Ignored: another connection stored it meanwhile.
    m_find.reset();
    m_find.bind(1, name);
    if (const auto id = m_find.lookupInt64())
        return *id;
    return core::Error{QStringLiteral("entity \"%1\": %2").arg(name, m_find.errorMessage())};
}

QHash<QString, qint64> EntityStore::idsByName()
{
    QHash<QString, qint64> ids;
    auto st = m_db.statement("SELECT name, id FROM entity");
    while (st.next())
        ids.insert(st.text(0), st.int64(1));
    return ids;
}

QList<EntityRecord> EntityStore::entities()
{
    QList<EntityRecord> out;
    auto st = m_db.statement("SELECT id, name, type, origin FROM entity ORDER BY name");
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3)});
    return out;
}

QList<AliasRecord> EntityStore::userAliases()
{
    QList<AliasRecord> out;
    auto st = m_db.statement("SELECT entity_id, text, language, origin, removed FROM alias "
                             "WHERE origin = 'user' OR removed ORDER BY id");
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0});
    return out;
}

core::Status EntityStore::addAlias(qint64 entityId, const QString &text, const QString &language)
{
    auto st = m_db.statement("INSERT INTO alias(entity_id, text, language, origin) VALUES (?1, ?2, ?3, 'user') "
                             "ON CONFLICT(entity_id, text) DO UPDATE SET removed = 0");
    st.bind(1, entityId).bind(2, text).bindOptional(3, language);
    if (!st.exec())
        return core::Error{QStringLiteral("alias \"%1\": %2").arg(text, st.errorMessage())};
    return {};
}

core::Status EntityStore::removeAlias(qint64 entityId, const QString &text)
{
    // Kept as a removal row, so that a built-in alias stays removed after an upgrade.
    auto st = m_db.statement("INSERT INTO alias(entity_id, text, origin, removed) VALUES (?1, ?2, 'builtin', 1) "
                             "ON CONFLICT(entity_id, text) DO UPDATE SET removed = 1");
    st.bind(1, entityId).bind(2, text);
    if (!st.exec())
        return core::Error{QStringLiteral("alias \"%1\": %2").arg(text, st.errorMessage())};
    return {};
}

QList<EntitySummary> EntityStore::summaries(const QString &type)
{
    QList<EntitySummary> out;
    auto st = m_db.statement("SELECT e.id, e.name, e.type, e.origin, count(m.id), count(DISTINCT m.article_id) "
                             "FROM entity e LEFT JOIN mention m ON m.entity_id = e.id AND m.status = 'accepted' "
                             "WHERE ?1 IS NULL OR e.type = ?1 GROUP BY e.id HAVING count(m.id) > 0 "
                             "ORDER BY count(m.id) DESC, e.name");
    st.bindOptional(1, type);
    while (st.next())
        out.append({{st.int64(0), st.text(1), st.text(2), st.text(3)}, st.int64(4), st.int64(5)});
    return out;
}

} // namespace chipline::storage
