#include "storage/searchquery.h"

#include "core/textnormalizer.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace chipline::storage {

namespace {

constexpr qsizetype kTrigram = 3;

QString quoted(const QString &term)
{
    QString q = term;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

// Length in code points: a trigram is three characters, not three UTF-16 units.
qsizetype characters(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        n += !s[i].isLowSurrogate();
    return n;
}

} // namespace

SearchQuery::SearchQuery(const QString &text)
{
    const QStringList terms = core::TextNormalizer::nfc(text).split(u' ', Qt::SkipEmptyParts);
    for (QString term : terms) {
        term = term.trimmed();
        // Quotes and FTS operators are literal text here; users type words, not syntax.
        term.remove(u'"');
        if (term.isEmpty())
            continue;
        (characters(term) >= kTrigram ? m_long : m_short).append(term);
    }
}

QString SearchQuery::trigramMatch() const
{
    QStringList parts;
    for (const QString &t : m_long)
        parts.append(quoted(t));
    return parts.join(QStringLiteral(" AND "));
}

QString SearchQuery::wordMatch() const
{
    QStringList parts;
    for (const QString &t : m_short)
        parts.append(quoted(t) + u'*');
    return parts.join(QStringLiteral(" AND "));
}

QList<SearchHit> SearchQuery::run(Database &db, int limit) const
{
    QList<SearchHit> hits;
    if (isEmpty())
        return hits;
    const bool useTrigram = !m_long.isEmpty();
    const bool useWords = !m_short.isEmpty();
    // The index that ranks is the one with the long terms; the other one only filters.
    const char *sql = nullptr;
    if (useTrigram && useWords) {
        sql = "SELECT a.id, a.published, coalesce(a.title, substr(a.body, 1, 60)), "
              "snippet(article_fts, 1, '[', ']', '…', 16), bm25(article_fts) AS r "
              "FROM article_fts JOIN article a ON a.id = article_fts.rowid "
              "WHERE article_fts MATCH ?1 AND a.id IN (SELECT rowid FROM article_words WHERE article_words MATCH ?2) "
              "ORDER BY r, a.published DESC LIMIT ?3";
    } else if (useTrigram) {
        sql = "SELECT a.id, a.published, coalesce(a.title, substr(a.body, 1, 60)), "
              "snippet(article_fts, 1, '[', ']', '…', 16), bm25(article_fts) AS r "
              "FROM article_fts JOIN article a ON a.id = article_fts.rowid "
              "WHERE article_fts MATCH ?1 ORDER BY r, a.published DESC LIMIT ?3";
    } else {
        sql = "SELECT a.id, a.published, coalesce(a.title, substr(a.body, 1, 60)), "
              "snippet(article_words, 1, '[', ']', '…', 16), bm25(article_words) AS r "
              "FROM article_words JOIN article a ON a.id = article_words.rowid "
              "WHERE article_words MATCH ?2 ORDER BY r, a.published DESC LIMIT ?3";
    }
    auto st = db.statement(sql);
    if (useTrigram)
        st.bind(1, trigramMatch());
    if (useWords)
        st.bind(2, wordMatch());
    st.bind(3, qint64(limit));
    while (st.next())
        hits.append({st.int64(0), st.text(1), st.text(2).simplified(), st.text(3).simplified(), st.real(4)});
    return hits;
}

QList<qint64> SearchQuery::matchingIds(Database &db) const
{
    QList<qint64> ids;
    if (isEmpty())
        return ids;
    QByteArray sql;
    if (!m_long.isEmpty() && !m_short.isEmpty())
        sql = "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 INTERSECT "
              "SELECT rowid FROM article_words WHERE article_words MATCH ?2";
    else if (!m_long.isEmpty())
        sql = "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1";
    else
        sql = "SELECT rowid FROM article_words WHERE article_words MATCH ?2";
    auto st = db.statement(sql.constData());
    if (!m_long.isEmpty())
        st.bind(1, trigramMatch());
    if (!m_short.isEmpty())
        st.bind(2, wordMatch());
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}

} // namespace chipline::storage
