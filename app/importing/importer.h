#pragma once

#include "storage/database.h"

namespace chipline::analysis {
class ArticleAnalyzer;
}

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace chipline::importing {

struct FileProblem
{
    QString path;
    QString reason;
};

struct ImportSummary
{
    int files = 0; // files looked at
    int filesUnchanged = 0; // already imported with the same content: skipped
    int filesFailed = 0;
    int articlesAdded = 0;
    int duplicates = 0; // articles whose body was already stored
    bool cancelled = false;
    QList<FileProblem> problems;
    // Database files met in the given folders (the target's own among them): never opened,
    // never counted as files; reported once.
    QStringList skippedDatabaseFiles;
};

struct ImportOptions
{
    QString layout; // forced layout, or empty to detect per file
    bool followLinks = false; // follow symbolic links out of the given folders
    qint64 maxFileBytes = 100LL * 1024 * 1024;
};

// Imports files and folders (recursively) into the database. Files are read, parsed and
// analysed (entities, dates, events) on worker threads, stored by one writer (ImportWriter)
// whole or not at all, so a failure or a kill never leaves a file half-imported, and
// indexed for search by another connection (SearchIndexer). A file that fails is reported
// and the others go on.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(chipline::importing::Importer)
    Q_DISABLE_COPY_MOVE(Importer)

public:
    // done/total count files; called on the thread that runs run().
    using Progress = std::function<void(int done, int total, const QString &path)>;

    // Without an analyzer, one is built from the database's gazetteer when run() starts.
    Importer(storage::Database &db, ImportOptions options = {}, const analysis::ArticleAnalyzer *analyzer = nullptr);

    ImportSummary run(const QStringList &paths, const Progress &progress = {},
                      const std::atomic_bool *cancel = nullptr);

    // The files under paths, sorted, folders expanded; problems for paths that cannot be read.
    // Files under paths, sorted per folder. Database files (storage::DatabaseFiles) are
    // left out without being opened and listed in skipped; intoDatabase is the target.
    static QStringList collectFiles(const QStringList &paths, bool followLinks, QList<FileProblem> *problems,
                                    const QString &intoDatabase = {}, QStringList *skipped = nullptr);
    // The one line that reports skipped database files, or empty when there were none.
    static QString skippedNote(const QStringList &skipped);

private:
    storage::Database &m_db;
    ImportOptions m_options;
    const analysis::ArticleAnalyzer *m_analyzer;
};

} // namespace chipline::importing
