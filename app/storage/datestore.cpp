#include "storage/datestore.h"

#include "storage/database.h"

namespace chipline::storage {

DateStore::DateStore(Database &db)
    : m_delete(db.statement("DELETE FROM date_mention WHERE article_id = ?1")),
      m_insert(db.statement("INSERT INTO date_mention(article_id, start, end, text, value, precision) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
      m_select(db.statement("SELECT start, end, text, value, precision FROM date_mention "
                            "WHERE article_id = ?1 ORDER BY start"))
{}

core::Status DateStore::replace(qint64 articleId, const QList<DateRecord> &dates)
{
    m_delete.reset();
    m_delete.bind(1, articleId);
    if (!m_delete.exec())
        return core::Error{m_delete.errorMessage()};
    return add(articleId, dates);
}

core::Status DateStore::add(qint64 articleId, const QList<DateRecord> &dates)
{
    for (const DateRecord &d : dates) {
        m_insert.reset();
        m_insert.bind(1, articleId)
            .bind(2, d.start)
            .bind(3, d.end)
            .bind(4, d.text)
            .bindOptional(5, d.value)
            .bindOptional(6, d.precision);
        if (!m_insert.exec())
            return core::Error{m_insert.errorMessage()};
    }
    return {};
}

QList<DateRecord> DateStore::forArticle(qint64 articleId)
{
    QList<DateRecord> out;
    m_select.reset();
    m_select.bind(1, articleId);
    while (m_select.next())
        out.append({m_select.int64(0), m_select.int64(1), m_select.text(2), m_select.text(3), m_select.text(4)});
    return out;
}

} // namespace chipline::storage
