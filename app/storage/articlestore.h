#pragma once

#include "core/article.h"
#include "core/result.h"
#include "storage/statement.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace chipline::storage {

class Database;

// An imported file as recorded in the source table.
struct SourceRecord
{
    QString path;
    qint64 size = 0;
    QByteArray hash;
    QString layout;
};

struct StoredArticle
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourcePath;
    int sourceIndex = 0;
    core::Article article;
};

// Sources and articles: recording imports, de-duplicating by normalized body, reading back.
class ArticleStore final
{
    Q_DISABLE_COPY_MOVE(ArticleStore)

public:
    explicit ArticleStore(Database &db);
    // Indexes what is still pending, as a safety net for callers that forgot.
    ~ArticleStore();

    // SHA-1 of the body with white space folded: equal for the same story however it was
    // wrapped or indented.
    static QByteArray contentHash(QStringView body);

    // True when this very file (same path and content) was already imported successfully.
    bool isImported(const QString &path, const QByteArray &hash);
    core::Result<qint64> addSource(const SourceRecord &source);
    core::Status finishSource(qint64 sourceId, bool ok, const QString &message, int articles, int duplicates);
    // Records a file that failed before anything was stored.
    core::Status recordFailure(const SourceRecord &source, const QString &message);

    // Adds the article unless its body is already stored; returns its new id, or 0 for a duplicate.
    // Full-text search sees it after indexPending(), on this or another connection.
    core::Result<qint64> addArticle(qint64 sourceId, int sourceIndex, const core::Article &article);
    // The same with contentHash(article.body) worked out beforehand (an import's workers do).
    core::Result<qint64> addArticle(qint64 sourceId, int sourceIndex, const core::Article &article,
                                    const QByteArray &contentHash);
    // Adds every article not yet in the full-text indexes (SearchIndex::indexPending).
    core::Status indexPending();
    // Another connection indexes what this one adds (an import's indexer).
    void leaveIndexingToOthers() { m_pending = false; }

    std::optional<StoredArticle> article(qint64 id);
    qint64 articleCount();
    // Up to limit article ids greater than after, ascending: a walk over the corpus in chunks.
    QList<qint64> idsAfter(qint64 after, int limit);
    // Counts again what triggers keep counted for the article list (the articles, each
    // one's events): for a database written around them, such as one salvaged row by row
    // (REPLACE deletes fire no trigger, rows arrive in any order).
    static core::Status recount(Database &db);
    core::Status setPublished(qint64 id, const QDateTime &published);

    // Calls visit for every article in id order; stops early when visit returns false.
    core::Status forEach(const std::function<bool(const StoredArticle &)> &visit);

private:
    Database &m_db;
    Statement m_isImported;
    Statement m_addSource;
    Statement m_finishSource;
    Statement m_hashExists;
    Statement m_addArticle;
    bool m_pending = false;
};

} // namespace chipline::storage
