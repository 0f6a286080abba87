#pragma once

#include "analysis/analysiswriter.h"
#include "analysis/articleanalysis.h"
#include "ingest/importer.h"
#include "ingest/layoutparsers.h"
#include "storage/articlestore.h"
#include "storage/transaction.h"

#include <QElapsedTimer>

#include <memory>

namespace chipline::ingest {

// Everything the worker threads work out for one file; the writer only stores it.
struct ParsedSource
{
    QString path;
    storage::SourceRecord record;
    core::Result<ParsedFile> parsed = core::Error{};
    QList<analysis::ArticleAnalysis> analyses; // one per parsed article
    QList<QByteArray> contentHashes;           // one per parsed article (ArticleStore::contentHash)
};

// The single writer of an import. Each file goes in a savepoint of its own, so a file
// that fails leaves nothing behind; files are committed together about once a second,
// because a commit per file costs more than the parsing (a new FTS segment each time).
// A kill loses at most the last uncommitted second, never part of a file.
class ImportWriter final
{
    Q_DISABLE_COPY_MOVE(ImportWriter)

public:
    ImportWriter(storage::Database &db, ImportSummary &summary);
    ~ImportWriter();

    void store(const ParsedSource &src);
    // Commits what is pending when the batch is old enough, or always with force.
    void commit(bool force);

private:
    struct Pending
    {
        QString path;
        int added = 0;
        int duplicates = 0;
        QStringList warnings;
    };

    bool storeFile(const ParsedSource &src, Pending &done, QString &error);
    void fail(const ParsedSource &src, const QString &message);

    storage::Database &m_db;
    storage::ArticleStore m_store;
    analysis::AnalysisWriter m_analysis;
    ImportSummary &m_summary;
    std::unique_ptr<storage::Transaction> m_batch;
    QElapsedTimer m_batchAge;
    QList<Pending> m_pending;
};

} // namespace chipline::ingest
