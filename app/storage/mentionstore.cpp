#include "storage/mentionstore.h"

#include "storage/database.h"

#include <algorithm>

namespace chipline::storage {

MentionStore::MentionStore(Database &db)
    : m_insert(db.statement("INSERT INTO mention(article_id, start, end, entity_id, origin, status, confidence, "
                            "found_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
      m_insertAuto(db.statement("INSERT INTO mention(article_id, start, end, entity_id, origin, status, confidence, "
                                "found_by) VALUES (?1, ?2, ?3, ?4, 'auto', 'accepted', ?5, ?6)")),
      m_forArticle(db.statement(selectSql("WHERE m.article_id = ?1 ORDER BY m.start, m.end").constData())),
      m_deleteAuto(
          db.statement("DELETE FROM mention WHERE article_id = ?1 AND origin = 'auto' AND status = 'accepted'")),
      m_kept(db.statement("SELECT start, end, origin, status FROM mention WHERE article_id = ?1"))
{}

core::Status MentionStore::add(const MentionRecord &m)
{
    // Recognition's rows, a million in a large import, bind one short text only: their
    // origin and status are written in the statement, so confidence and found_by are its
    // parameters 5 and 6 (7 and 8 in the general one).
    const bool automatic = m.origin == u"auto" && m.status == u"accepted";
    Statement &insert = automatic ? m_insertAuto : m_insert;
    insert.reset();
    insert.bind(1, m.articleId).bind(2, m.start).bind(3, m.end).bind(4, m.entityId);
    int next = 5;
    if (!automatic) {
        insert.bind(5, m.origin).bind(6, m.status);
        next = 7;
    }
    insert.bind(next, m.confidence).bind(next + 1, m.foundBy);
    if (!insert.exec())
        return core::Error{insert.errorMessage()};
    return {};
}

core::Status MentionStore::addAll(const QList<MentionRecord> &mentions)
{
    // One row per statement on purpose: a multi-row INSERT needs a statement journal inside
    // the import's transaction, which cost more than the statements it saved.
    for (const MentionRecord &m : mentions) {
        if (auto st = add(m); !st)
            return st;
    }
    return {};
}

core::Status MentionStore::replaceAuto(qint64 articleId, const QList<MentionRecord> &found)
{
    m_deleteAuto.reset();
    m_deleteAuto.bind(1, articleId);
    if (!m_deleteAuto.exec())
        return core::Error{m_deleteAuto.errorMessage()};
    struct Span
    {
        qint64 start, end;
        bool manual;
    };
    QList<Span> kept;
    m_kept.reset();
    m_kept.bind(1, articleId);
    while (m_kept.next())
        kept.append({m_kept.int64(0), m_kept.int64(1), m_kept.text(2) == u"manual" && m_kept.text(3) == u"accepted"});
    for (const MentionRecord &m : found) {
        const bool blocked = std::any_of(kept.cbegin(), kept.cend(), [&m](const Span &k) {
            if (k.manual)
                return m.start < k.end && k.start < m.end;
            return k.start == m.start && k.end == m.end; // a rejection (or a kept row) of this very span
        });
        if (blocked)
            continue;
        MentionRecord row = m;
        row.articleId = articleId;
        if (auto st = add(row); !st)
            return st;
    }
    return {};
}

QList<MentionRecord> MentionStore::forArticle(qint64 articleId)
{
    m_forArticle.reset();
    m_forArticle.bind(1, articleId);
    return readAll(m_forArticle);
}

QByteArray MentionStore::selectSql(const char *tail)
{
    return QByteArrayLiteral(
               "SELECT m.id, m.article_id, m.start, m.end, m.entity_id, m.origin, m.status, m.confidence, "
               "m.found_by, e.name, e.type, e.origin FROM mention m JOIN entity e ON e.id = m.entity_id ")
        + tail;
}

MentionRecord MentionStore::read(const Statement &st)
{
    MentionRecord m;
    m.id = st.int64(0);
    m.articleId = st.int64(1);
    m.start = st.int64(2);
    m.end = st.int64(3);
    m.entityId = st.int64(4);
    m.origin = st.text(5);
    m.status = st.text(6);
    m.confidence = st.real(7);
    m.foundBy = st.text(8);
    m.entityName = st.text(9);
    m.entityType = st.text(10);
    m.entityOrigin = st.text(11);
    return m;
}

QList<MentionRecord> MentionStore::readAll(Statement &st)
{
    QList<MentionRecord> out;
    while (st.next())
        out.append(read(st));
    return out;
}

} // namespace chipline::storage
