#pragma once

#include "analysis/articleanalysis.h"
#include "core/result.h"
#include "storage/datestore.h"
#include "storage/entitystore.h"
#include "storage/eventstore.h"
#include "storage/mentionstore.h"

#include <QHash>
#include <QSet>

namespace chipline::analysis {

// Stores what ArticleAnalyzer found for an article: mentions, dates and candidate
// events. Runs inside the caller's transaction. Re-analysis (replace) keeps the analyst's
// work: manual mentions, rejections, and confirmed, rejected or edited events.
class AnalysisWriter final
{
    Q_DISABLE_COPY_MOVE(AnalysisWriter)

public:
    explicit AnalysisWriter(storage::Database &db);

    // For an article just stored: nothing of the analyst's can exist yet.
    core::Status storeNew(qint64 articleId, const ArticleAnalysis &analysis);
    core::Status replace(qint64 articleId, const ArticleAnalysis &analysis);
    // When the caller's transaction ends (committed or rolled back) or a savepoint in it
    // is rolled back: ids cached since may name rows that the rollback removed, or that
    // another connection changes before the next transaction.
    void transactionEnded();
    // The caller's transaction committed: what was read of the events stays valid until
    // another connection writes, and is not read again before then.
    void committed();

private:
    core::Result<qint64> entityId(const QString &name, const QString &type, const QString &origin);
    core::Result<qint64> localId(const QString &surface, const QString &type, qint64 articleId);
    core::Result<QList<storage::MentionRecord>> mentionRows(qint64 articleId, const ArticleAnalysis &analysis);
    core::Status storeDatesAndEvents(qint64 articleId, const ArticleAnalysis &analysis, bool fresh);

    storage::EntityStore m_entities;
    storage::MentionStore m_mentions;
    storage::DateStore m_dates;
    storage::EventStore m_events;
    QHash<QString, qint64> m_ids; // canonical name -> entity id
};

} // namespace chipline::analysis
