#include "importing/importwriter.h"

#include "storage/savepoint.h"

#include <QThread>

namespace chipline::importing {

namespace {
constexpr qint64 kBatchMs = 1000;
// After each batch the write lock stays free this long, so that another import or the
// main window waiting for it (Database polls every 2 ms) gets its turn instead of timing out.
constexpr unsigned long kYieldMs = 10;
} // namespace

QString ImportWriter::databaseError(const QString &path, const QString &message)
{
    return tr("%1: database: %2").arg(path, message);
}

QString ImportWriter::databaseError(const QString &path, int article, const QString &message)
{
    return tr("%1: article %2: database: %3").arg(path).arg(article + 1).arg(message);
}

ImportWriter::ImportWriter(storage::Database &db, ImportSummary &summary, std::function<void()> committed)
    // The writer only inserts, and every parent id it writes was read or inserted in the
    // same transaction (AnalysisWriter forgets its ids when one ends): a BulkInsert.
    : m_db(db),
      m_bulk(db),
      m_store(db),
      m_analysis(db),
      m_summary(summary),
      m_committed(std::move(committed))
{}

ImportWriter::~ImportWriter()
{
    commit(true);
    m_store.leaveIndexingToOthers();
}

core::Status ImportWriter::openBatch()
{
    if (m_batch)
        return {};
    m_batch = std::make_unique<storage::Transaction>(m_db, storage::Transaction::Scope::DatabaseOnly);
    m_batchAge.start();
    if (m_batch->active())
        return {};
    core::Status st = m_batch->beginStatus();
    m_batch.reset();
    return st;
}

bool ImportWriter::begin(const QString &path)
{
    const core::Status st = openBatch();
    if (!st)
        failUnrecorded(path, databaseError(path, st.error().message));
    return st.ok();
}

void ImportWriter::failUnrecorded(const QString &path, const QString &message)
{
    ++m_summary.filesFailed;
    m_summary.problems.append({path, message});
}

void ImportWriter::store(const ParsedSource &src)
{
    if (!begin(src.path))
        return;
    if (!src.parsed) {
        fail(src, src.parsed.error().message);
        return;
    }
    if (m_store.isImported(src.record.path, src.record.hash)) {
        ++m_summary.filesUnchanged;
        return;
    }
    Written stored{src, QString(), 0, 0};
    QString error;
    if (storeFile(stored, error)) {
        m_written.append(stored);
        return;
    }
    rewriteFileByFile(src);
}

void ImportWriter::rewriteFileByFile(const ParsedSource &failed)
{
    const QList<Written> written = std::exchange(m_written, {});
    m_batch.reset(); // rolls back
    m_analysis.transactionEnded();
    if (const core::Status st = openBatch(); !st) {
        // The lock is gone: the batch's files all fail, each counted once.
        for (const Written &w : written)
            if (w.failure.isEmpty())
                failUnrecorded(w.source.path, databaseError(w.source.path, st.error().message));
        failUnrecorded(failed.path, databaseError(failed.path, st.error().message));
        return;
    }
    for (const Written &w : written) {
        if (w.failure.isEmpty()) {
            storeInSavepoint(w.source);
        } else {
            (void)m_store.recordFailure(w.source.record, w.failure);
            m_written.append(w);
        }
    }
    storeInSavepoint(failed);
}

void ImportWriter::storeInSavepoint(const ParsedSource &src)
{
    storage::Savepoint savepoint(m_db);
    Written stored{src, QString(), 0, 0};
    QString error;
    if (savepoint.active() && storeFile(stored, error) && savepoint.release().ok()) {
        m_written.append(stored);
        return;
    }
    if (error.isEmpty())
        error = databaseError(src.path, m_db.lastError());
    savepoint.rollback(); // nothing of this file remains
    m_analysis.transactionEnded();
    fail(src, error);
}

bool ImportWriter::storeFile(Written &done, QString &error)
{
    const ParsedSource &src = done.source;
    auto sourceId = m_store.addSource(src.record);
    if (!sourceId) {
        error = databaseError(src.path, sourceId.error().message);
        return false;
    }
    const QList<core::Article> &articles = src.parsed->articles;
    for (int i = 0; i < articles.size(); ++i) {
        auto id = m_store.addArticle(sourceId.value(), i, articles[i], src.contentHashes.at(i));
        if (!id) {
            error = databaseError(src.path, i, id.error().message);
            return false;
        }
        if (!id.value()) {
            ++done.duplicates;
            continue;
        }
        ++done.added;
        if (auto st = m_analysis.storeNew(id.value(), src.analyses.value(i)); !st) {
            error = databaseError(src.path, i, st.error().message);
            return false;
        }
    }
    const QString warnings = src.parsed->warnings.join(QStringLiteral("; "));
    if (auto st = m_store.finishSource(sourceId.value(), true, warnings, done.added, done.duplicates); !st) {
        error = databaseError(src.path, st.error().message);
        return false;
    }
    return true;
}

void ImportWriter::commit(bool force)
{
    if (!m_batch || (!force && m_batchAge.elapsed() < kBatchMs))
        return;
    const auto st = m_batch->commit();
    m_batch.reset();
    if (st)
        m_analysis.committed();
    else
        m_analysis.transactionEnded();
    if (st && m_committed)
        m_committed();
    if (st && !force)
        QThread::msleep(kYieldMs);
    for (const Written &w : std::as_const(m_written)) {
        if (!w.failure.isEmpty())
            continue;
        const QString &path = w.source.path;
        if (!st) {
            failUnrecorded(path, databaseError(path, st.error().message));
            continue;
        }
        m_summary.articlesAdded += w.added;
        m_summary.duplicates += w.duplicates;
        for (const QString &warning : w.source.parsed->warnings)
            m_summary.problems.append({path, warning});
    }
    m_written.clear();
}

void ImportWriter::fail(const ParsedSource &src, const QString &message)
{
    failUnrecorded(src.path, message);
    // Kept for the import history; a failure to record it must not hide the real one.
    (void)m_store.recordFailure(src.record, message);
    m_written.append({src, message});
}

} // namespace chipline::importing
