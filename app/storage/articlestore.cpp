#include "storage/articlestore.h"

#include "storage/database.h"
#include "storage/searchindex.h"

#include <QCryptographicHash>

namespace chipline::storage {

namespace {

constexpr const char *kArticleColumns =
    "a.id, a.source_id, s.path, a.source_index, a.layout, a.outlet, a.title, a.published, a.reporter, "
    "a.dateline, a.language, a.body, a.url";

StoredArticle readArticle(const Statement &st)
{
    StoredArticle r;
    r.id = st.int64(0);
    r.sourceId = st.int64(1);
    r.sourcePath = st.text(2);
    r.sourceIndex = int(st.int64(3));
    r.article.layout = st.text(4);
    r.article.outlet = st.text(5);
    r.article.title = st.text(6);
    r.article.published = core::parsePublished(st.text(7));
    r.article.reporter = st.text(8);
    r.article.dateline = st.text(9);
    r.article.language = st.text(10);
    r.article.body = st.text(11);
    r.article.url = st.text(12);
    return r;
}

QByteArray selectArticles(const char *tail)
{
    return QByteArray("SELECT ") + kArticleColumns + " FROM article a JOIN source s ON s.id = a.source_id " + tail;
}

} // namespace

ArticleStore::ArticleStore(Database &db)
    : m_db(db),
      m_isImported(db.statement("SELECT 1 FROM source WHERE path = ?1 AND hash = ?2 AND outcome = 'imported' LIMIT 1")),
      m_addSource(db.statement("INSERT INTO source(path, size, hash, layout, imported_at, outcome, message) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")),
      m_finishSource(db.statement("UPDATE source SET outcome = ?2, message = ?3, articles = ?4, duplicates = ?5 "
                                  "WHERE id = ?1")),
      m_hashExists(db.statement("SELECT 1 FROM article WHERE content_hash = ?1")),
      m_addArticle(db.statement("INSERT INTO article(source_id, source_index, layout, outlet, title, published, "
                                "reporter, dateline, language, url, body, content_hash) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"))
{}

ArticleStore::~ArticleStore()
{
    if (m_pending)
        (void)indexPending();
}

core::Status ArticleStore::indexPending()
{
    auto st = SearchIndex::indexPending(m_db);
    if (st)
        m_pending = false;
    return st;
}

QByteArray ArticleStore::contentHash(QStringView body)
{
    QString folded;
    folded.reserve(body.size());
    bool space = false;
    for (const QChar c : body) {
        if (c.isSpace()) {
            space = !folded.isEmpty();
            continue;
        }
        if (space)
            folded.append(u' ');
        space = false;
        folded.append(c);
    }
    return QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha1);
}

bool ArticleStore::isImported(const QString &path, const QByteArray &hash)
{
    m_isImported.reset();
    m_isImported.bind(1, path).bindBlob(2, hash);
    return m_isImported.lookupInt64().has_value();
}

core::Result<qint64> ArticleStore::addSource(const SourceRecord &source)
{
    m_addSource.reset();
    m_addSource.bind(1, source.path)
        .bind(2, source.size)
        .bindBlob(3, source.hash)
        .bindOptional(4, source.layout)
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(6, QStringLiteral("imported"))
        .bindNull(7);
    if (!m_addSource.exec())
        return core::Error{m_addSource.errorMessage()};
    return m_db.lastInsertId();
}

core::Status ArticleStore::finishSource(qint64 sourceId, bool ok, const QString &message, int articles, int duplicates)
{
    m_finishSource.reset();
    m_finishSource.bind(1, sourceId)
        .bind(2, ok ? QStringLiteral("imported") : QStringLiteral("failed"))
        .bindOptional(3, message)
        .bind(4, articles)
        .bind(5, duplicates);
    if (!m_finishSource.exec())
        return core::Error{m_finishSource.errorMessage()};
    return {};
}

core::Status ArticleStore::recordFailure(const SourceRecord &source, const QString &message)
{
    auto id = addSource(source);
    if (!id)
        return id.error();
    return finishSource(id.value(), false, message, 0, 0);
}

core::Result<qint64> ArticleStore::addArticle(qint64 sourceId, int sourceIndex, const core::Article &a)
{
    return addArticle(sourceId, sourceIndex, a, contentHash(a.body));
}

core::Result<qint64> ArticleStore::addArticle(qint64 sourceId, int sourceIndex, const core::Article &a,
                                              const QByteArray &hash)
{
    m_hashExists.reset();
    m_hashExists.bindBlob(1, hash);
    if (m_hashExists.lookupInt64())
        return qint64(0);
    m_addArticle.reset();
    m_addArticle.bind(1, sourceId)
        .bind(2, sourceIndex)
        .bind(3, a.layout)
        .bindOptional(4, a.outlet)
        .bindOptional(5, a.title)
        .bindOptional(6, core::formatPublished(a.published))
        .bindOptional(7, a.reporter)
        .bindOptional(8, a.dateline)
        .bindOptional(9, a.language)
        .bindOptional(10, a.url)
        .bind(11, a.body)
        .bindBlob(12, hash);
    if (!m_addArticle.exec())
        return core::Error{m_addArticle.errorMessage()};
    m_pending = true;
    return m_db.lastInsertId();
}

std::optional<StoredArticle> ArticleStore::article(qint64 id)
{
    auto st = m_db.statement(selectArticles("WHERE a.id = ?1").constData());
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return readArticle(st);
}

qint64 ArticleStore::articleCount()
{
    auto st = m_db.statement("SELECT articles FROM article_total");
    return st.next() ? st.int64(0) : 0;
}

QList<qint64> ArticleStore::idsAfter(qint64 after, int limit)
{
    auto st = m_db.statement("SELECT id FROM article WHERE id > ?1 ORDER BY id LIMIT ?2");
    st.bind(1, after).bind(2, qint64(limit));
    QList<qint64> ids;
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}

core::Status ArticleStore::recount(Database &db)
{
    return db.exec("DELETE FROM article_event_count;"
                   "INSERT INTO article_event_count(article_id, events)"
                   "  SELECT v.article_id, count(DISTINCT v.event_id) FROM event_evidence v"
                   "   WHERE EXISTS (SELECT 1 FROM article a WHERE a.id = v.article_id) GROUP BY v.article_id;"
                   "INSERT OR IGNORE INTO article_event_count(article_id) SELECT id FROM article;"
                   "DELETE FROM article_total;"
                   "INSERT INTO article_total SELECT count(*) FROM article_event_count;");
}

core::Status ArticleStore::setPublished(qint64 id, const QDateTime &published)
{
    auto st = m_db.statement("UPDATE article SET published = ?2 WHERE id = ?1");
    st.bind(1, id).bindOptional(2, core::formatPublished(published));
    if (!st.exec())
        return core::Error{st.errorMessage()};
    if (m_db.changes() == 0)
        return core::Error{QStringLiteral("no article with id %1").arg(id)};
    return {};
}

core::Status ArticleStore::forEach(const std::function<bool(const StoredArticle &)> &visit)
{
    auto st = m_db.statement(selectArticles("ORDER BY a.id").constData());
    while (st.next()) {
        if (!visit(readArticle(st)))
            break;
    }
    if (st.failed())
        return core::Error{st.errorMessage()};
    return {};
}

} // namespace chipline::storage
