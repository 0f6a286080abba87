#include "storage/kwicquery.h"

#include "core/article.h"
#include "storage/database.h"
#include "storage/statement.h"

namespace chipline::storage {

namespace {

QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// One line: line breaks in the context would break the list's rows.
QString flat(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

// The context columns both queries select in this order from column first: left, hit,
// right, title, outlet, published.
void readContext(const Statement &st, int first, KwicLine &line)
{
    line.left = flat(st.text(first));
    line.hit = flat(st.text(first + 1));
    line.right = flat(st.text(first + 2));
    line.title = st.text(first + 3);
    line.outlet = st.text(first + 4);
    line.published = core::parsePublished(st.text(first + 5));
}

} // namespace

KwicQuery::KwicQuery(Database &db)
    : m_db(db)
{}

QList<KwicLine> KwicQuery::forEntity(qint64 entityId, int limit, int contextChars)
{
    QList<KwicLine> out;
    // The newest articles first (SQLite sorts NULL dates last when descending). An entity
    // named in many articles is found by walking the articles newest first, stopping at
    // the limit; sorting its mentions instead read the text of every one of them (400,000
    // mentions: seconds). A rarer one is sorted: the walk would pass every article.
    auto many = m_db.statement("SELECT count(*) FROM (SELECT 1 FROM mention WHERE entity_id = ?1 LIMIT ?2)");
    many.bind(1, entityId).bind(2, kWalkAbove + 1);
    const bool walk = many.next() && many.int64(0) > kWalkAbove;
    many.reset();
    const QByteArray from = walk
        ? "FROM article a INDEXED BY article_published CROSS JOIN mention m ON m.article_id = a.id "
        : "FROM mention m JOIN article a ON a.id = m.article_id ";
    auto st = m_db.statement(
        QByteArray(
            "SELECT m.id, m.article_id, m.start, m.end, substr(a.body, max(m.start + 1 - ?3, 1), m.start - max(m.start "
            "- ?3, 0)), "
            "substr(a.body, m.start + 1, m.end - m.start), substr(a.body, m.end + 1, ?3), a.title, a.outlet, "
            "a.published, "
            "CASE WHEN coalesce(a.title, '') = '' THEN substr(a.body, 1, 60) END "
            + from
            + "WHERE m.entity_id = ?1 AND m.status = 'accepted' ORDER BY a.published DESC, a.id DESC, m.start LIMIT ?2")
            .constData());
    st.bind(1, entityId).bind(2, limit).bind(3, contextChars);
    while (st.next()) {
        KwicLine line;
        line.mentionId = st.int64(0);
        line.articleId = st.int64(1);
        line.start = st.int64(2);
        line.end = st.int64(3);
        readContext(st, 4, line);
        line.lead = st.text(10).simplified();
        out.append(std::move(line));
    }
    return out;
}

QList<ArticleText> KwicQuery::articlesContaining(const QString &text, int limit)
{
    QList<ArticleText> out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    // Trigrams find any substring of three or more characters; shorter names go to the
    // word index as a prefix (중국 in 중국의).
    const bool trigram = needle.size() >= 3;
    auto st =
        m_db.statement(trigram ? "SELECT a.id, a.title, a.body FROM article a WHERE a.id IN (SELECT rowid FROM "
                                 "article_fts WHERE article_fts MATCH ?1) ORDER BY a.published DESC LIMIT ?2"
                               : "SELECT a.id, a.title, a.body FROM article a WHERE a.id IN (SELECT rowid FROM "
                                 "article_words WHERE article_words MATCH ?1) ORDER BY a.published DESC LIMIT ?2");
    st.bind(1, trigram ? phrase(needle) : phrase(needle) + u'*').bind(2, limit);
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2)});
    return out;
}

KwicLine KwicQuery::context(qint64 articleId, qint64 start, qint64 end, int contextChars)
{
    KwicLine line;
    line.articleId = articleId;
    line.start = start;
    line.end = end;
    auto st = m_db.statement(
        "SELECT substr(a.body, max(?2 + 1 - ?4, 1), ?2 - max(?2 - ?4, 0)), substr(a.body, ?2 + 1, ?3 - ?2), "
        "substr(a.body, ?3 + 1, ?4), a.title, a.outlet, a.published FROM article a WHERE a.id = ?1");
    st.bind(1, articleId).bind(2, start).bind(3, end).bind(4, contextChars);
    if (st.next()) {
        readContext(st, 0, line);
    }
    return line;
}

} // namespace chipline::storage
