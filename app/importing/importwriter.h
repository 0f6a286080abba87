#pragma once

#include "analysis/analysiswriter.h"
#include "analysis/articleanalysis.h"
#include "importing/importer.h"
#include "ingest/layoutparsers.h"
#include "storage/articlestore.h"
#include "storage/bulkinsert.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <memory>

namespace chipline::importing {

// Everything the worker threads work out for one file; the writer only stores it.
struct ParsedSource
{
    QString path;
    storage::SourceRecord record;
    core::Result<ingest::ParsedFile> parsed = core::Error{};
    QList<analysis::ArticleAnalysis> analyses; // one per parsed article
    QList<QByteArray> contentHashes; // one per parsed article (ArticleStore::contentHash)
};

// The single writer of an import. Files are committed together about once a second,
// because a commit per file costs more than the parsing. A file that fails leaves nothing
// behind: the batch is rolled back and its files are written again one by one, each in a
// savepoint of its own. (A savepoint per file always would copy every page the file
// touches once more, a sixth of the writer's time.) A kill loses at most the last
// uncommitted second, never part of a file. After each commit, committed() is called:
// another connection indexes the batch for search.
class ImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::importing::ImportWriter)
    Q_DISABLE_COPY_MOVE(ImportWriter)

public:
    ImportWriter(storage::Database &db, ImportSummary &summary, std::function<void()> committed);
    ~ImportWriter();

    void store(const ParsedSource &src);
    // Commits what is pending when the batch is old enough, or always with force.
    void commit(bool force);

private:
    // A file the open transaction holds: counted into the summary when it commits, and
    // written again if a later file fails part-way.
    struct Written
    {
        ParsedSource source;
        QString failure; // recorded as a failed file (already counted)
        int added = 0;
        int duplicates = 0;
    };

    // What the user reads when the database refuses a file, or one of its articles (from 0).
    static QString databaseError(const QString &path, const QString &message);
    static QString databaseError(const QString &path, int article, const QString &message);

    core::Status openBatch();
    // Opens the batch if needed; when it cannot, counts path as failed.
    bool begin(const QString &path);
    void failUnrecorded(const QString &path, const QString &message);
    // Stores done.source, counting into done; false with error when it fails.
    bool storeFile(Written &done, QString &error);
    void storeInSavepoint(const ParsedSource &src);
    void rewriteFileByFile(const ParsedSource &failed);
    void fail(const ParsedSource &src, const QString &message);

    storage::Database &m_db;
    storage::BulkInsert m_bulk; // outlives every member after it, the open batch among them
    storage::ArticleStore m_store;
    analysis::AnalysisWriter m_analysis;
    ImportSummary &m_summary;
    std::function<void()> m_committed;
    std::unique_ptr<storage::Transaction> m_batch;
    QElapsedTimer m_batchAge;
    QList<Written> m_written;
};

} // namespace chipline::importing
