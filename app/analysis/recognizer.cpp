#include "analysis/recognizer.h"

#include "analysis/analysiswriter.h"
#include "analysis/articleanalyzer.h"
#include "storage/articlestore.h"
#include "storage/backupset.h"
#include "storage/database.h"
#include "storage/librarystate.h"
#include "storage/transaction.h"

#include <QtConcurrent/QtConcurrentMap>

namespace chipline::analysis {

namespace {

constexpr int kChunk = 500;

struct Work
{
    qint64 id = 0;
    core::Article article;
    ArticleAnalysis analysis;
};

core::Result<std::unique_ptr<ArticleAnalyzer>> ownAnalyzer(storage::Database &db, const ArticleAnalyzer *given)
{
    if (given)
        return std::unique_ptr<ArticleAnalyzer>();
    return ArticleAnalyzer::create(db);
}

} // namespace

core::Result<RecognizeSummary> Recognizer::run(storage::Database &db, const ArticleAnalyzer *analyzer,
                                               const Progress &progress, const std::atomic_bool *cancel)
{
    auto own = ownAnalyzer(db, analyzer);
    if (!own)
        return own.error();
    // Recognition over the whole corpus rewrites every article's mentions: backed up first.
    if (auto st = storage::BackupSet::beforeBulkEdit(db.path(), QStringLiteral("recognize"),
                                                     storage::BackupSet::keepSetting());
        !st)
        return core::Error{QStringLiteral("not started: the automatic backup failed: %1").arg(st.error().message)};
    const ArticleAnalyzer *use = analyzer ? analyzer : own.value().get();
    storage::ArticleStore store(db);
    AnalysisWriter writer(db);
    RecognizeSummary summary;
    const qint64 total = store.articleCount();
    qint64 after = 0;
    for (;;) {
        QList<Work> chunk;
        for (const qint64 id : store.idsAfter(after, kChunk))
            chunk.append({id, {}, {}});
        if (chunk.isEmpty())
            break;
        after = chunk.last().id;
        for (Work &w : chunk) {
            if (auto a = store.article(w.id))
                w.article = a->article;
        }
        QtConcurrent::blockingMap(chunk, [use](Work &w) { w.analysis = use->analyze(w.article); });
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        storage::Transaction tx(db, storage::Transaction::Scope::DatabaseOnly);
        if (!tx.active())
            return tx.beginStatus().error();
        for (const Work &w : chunk) {
            if (auto st = writer.replace(w.id, w.analysis); !st) {
                writer.transactionEnded();
                return core::Error{QStringLiteral("article %1: %2").arg(w.id).arg(st.error().message)};
            }
        }
        const core::Status committed = tx.commit();
        writer.transactionEnded();
        if (!committed)
            return committed.error();
        summary.articles += chunk.size();
        if (progress)
            progress(summary.articles, total);
    }
    summary.mentions = storage::LibraryState::acceptedMentionCount(db);
    summary.events = storage::LibraryState::eventCount(db);
    return summary;
}

core::Status Recognizer::runOne(storage::Database &db, qint64 articleId, const ArticleAnalyzer *analyzer)
{
    auto own = ownAnalyzer(db, analyzer);
    if (!own)
        return own.error();
    const ArticleAnalyzer *use = analyzer ? analyzer : own.value().get();
    const auto article = storage::ArticleStore(db).article(articleId);
    if (!article)
        return core::Error{QStringLiteral("no article with id %1").arg(articleId)};
    const ArticleAnalysis analysis = use->analyze(article->article);
    storage::Transaction tx(db, storage::Transaction::Scope::DatabaseOnly);
    if (!tx.active())
        return tx.beginStatus();
    AnalysisWriter writer(db);
    if (auto st = writer.replace(articleId, analysis); !st)
        return st;
    return tx.commit();
}

core::Result<Redated> Recognizer::redate(storage::Database &db, qint64 articleId, const QDateTime &published,
                                         const ArticleAnalyzer *analyzer)
{
    auto own = ownAnalyzer(db, analyzer);
    if (!own)
        return own.error();
    const ArticleAnalyzer *use = analyzer ? analyzer : own.value().get();
    storage::ArticleStore store(db);
    storage::Transaction tx(db, storage::Transaction::Scope::DatabaseOnly);
    if (!tx.active())
        return tx.beginStatus().error();
    auto article = store.article(articleId);
    if (!article)
        return core::Error{QStringLiteral("no article with id %1").arg(articleId)};
    Redated out;
    out.previous = article->article.published;
    if (auto st = store.setPublished(articleId, published); !st)
        return st.error();
    article->article.published = published;
    const ArticleAnalysis analysis = use->analyze(article->article);
    AnalysisWriter writer(db);
    if (auto st = writer.replace(articleId, analysis); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    out.dates = analysis.dates.size();
    out.events = analysis.events.size();
    return out;
}

} // namespace chipline::analysis
