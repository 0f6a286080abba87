#include "ingest/importer.h"

#include "ingest/layoutdetector.h"
#include "ingest/layoutparsers.h"
#include "ingest/sourcereader.h"
#include "storage/articlestore.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace chipline::ingest {

namespace {

// Files parsed ahead of the writer: enough to keep the worker threads busy while the
// single writer stores the previous batch, small enough to bound memory.
constexpr int kBatch = 32;

// Everything the worker threads work out for one file; the writer only stores it.
struct ParsedSource
{
    QString path;
    storage::SourceRecord record;
    core::Result<ParsedFile> parsed = core::Error{};
};

ParsedSource parseSource(const QString &path, const ImportOptions &options)
{
    ParsedSource out;
    out.path = path;
    out.record.path = QFileInfo(path).absoluteFilePath();
    auto doc = SourceReader::read(path, options.maxFileBytes);
    if (!doc) {
        out.parsed = doc.error();
        return out;
    }
    out.record.size = doc->bytes.size();
    out.record.hash = QCryptographicHash::hash(doc->bytes, QCryptographicHash::Sha1);
    out.record.layout = options.layout.isEmpty() ? LayoutDetector::detect(doc.value()) : options.layout;
    const ParseFunction parse = LayoutParsers::parserFor(out.record.layout);
    if (!parse) {
        out.parsed = core::Error{QStringLiteral("%1: unknown layout \"%2\" (known: %3)")
                                     .arg(path, out.record.layout, LayoutParsers::names().join(QStringLiteral(", ")))};
        return out;
    }
    out.parsed = parse(doc.value());
    if (!out.parsed) {
        const QString msg = out.parsed.error().message;
        // Parsers may or may not name the file; the user always gets it once.
        if (!msg.startsWith(path))
            out.parsed = core::Error{QStringLiteral("%1: %2").arg(path, msg)};
    }
    return out;
}

class Writer final
{
public:
    Writer(storage::Database &db, ImportSummary &summary) : m_db(db), m_store(db), m_summary(summary) {}

    void store(const ParsedSource &src)
    {
        if (!src.parsed) {
            fail(src, src.parsed.error().message);
            return;
        }
        if (m_store.isImported(src.record.path, src.record.hash)) {
            ++m_summary.filesUnchanged;
            return;
        }
        storage::Transaction tx(m_db);
        if (!tx.active()) {
            fail(src, QStringLiteral("%1: database: %2").arg(src.path, tx.beginStatus().error().message));
            return;
        }
        auto sourceId = m_store.addSource(src.record);
        if (!sourceId) {
            fail(src, QStringLiteral("%1: database: %2").arg(src.path, sourceId.error().message));
            return;
        }
        int added = 0, duplicates = 0;
        const QList<core::Article> &articles = src.parsed->articles;
        for (int i = 0; i < articles.size(); ++i) {
            auto id = m_store.addArticle(sourceId.value(), i, articles[i]);
            if (!id) {
                fail(src, QStringLiteral("%1: article %2: database: %3").arg(src.path).arg(i + 1).arg(id.error().message));
                return; // the transaction rolls back: nothing of this file remains
            }
            id.value() ? ++added : ++duplicates;
        }
        const QString warnings = src.parsed->warnings.join(QStringLiteral("; "));
        if (auto st = m_store.finishSource(sourceId.value(), true, warnings, added, duplicates); !st) {
            fail(src, QStringLiteral("%1: database: %2").arg(src.path, st.error().message));
            return;
        }
        if (auto st = tx.commit(); !st) {
            fail(src, QStringLiteral("%1: database: %2").arg(src.path, st.error().message));
            return;
        }
        for (const QString &w : src.parsed->warnings)
            m_summary.problems.append({src.path, w});
        m_summary.articlesAdded += added;
        m_summary.duplicates += duplicates;
    }

private:
    void fail(const ParsedSource &src, const QString &message)
    {
        ++m_summary.filesFailed;
        m_summary.problems.append({src.path, message});
        // Kept for the import history; a failure to record it must not hide the real one.
        (void)m_store.recordFailure(src.record, message);
    }

    storage::Database &m_db;
    storage::ArticleStore m_store;
    ImportSummary &m_summary;
};

} // namespace

Importer::Importer(storage::Database &db, ImportOptions options) : m_db(db), m_options(std::move(options)) {}

QStringList Importer::collectFiles(const QStringList &paths, bool followLinks, QList<FileProblem> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists()) {
            problems->append({path, QStringLiteral("%1: broken symbolic link (its target %2 does not exist)")
                                        .arg(path, info.symLinkTarget())});
            continue;
        }
        if (!info.exists()) {
            problems->append({path, QStringLiteral("%1: no such file or folder").arg(path)});
            continue;
        }
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        const QString root = info.canonicalFilePath() + u'/';
        QDirIterator::IteratorFlags flags = QDirIterator::Subdirectories;
        if (followLinks)
            flags |= QDirIterator::FollowSymlinks;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, flags);
        QStringList found;
        while (it.hasNext()) {
            const QString file = it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.isSymLink()) {
                if (!fi.exists()) {
                    problems->append({file, QStringLiteral("%1: broken symbolic link").arg(file)});
                    continue;
                }
                // A link out of the folder is only followed when the user asked for it.
                if (!followLinks && !fi.canonicalFilePath().startsWith(root)) {
                    problems->append({file, QStringLiteral("%1: symbolic link out of %2 not followed (use --follow-links)")
                                                .arg(file, path)});
                    continue;
                }
            }
            found.append(file);
        }
        std::sort(found.begin(), found.end());
        files += found;
    }
    return files;
}

ImportSummary Importer::run(const QStringList &paths, const Progress &progress, const std::atomic_bool *cancel)
{
    ImportSummary summary;
    const QStringList files = collectFiles(paths, m_options.followLinks, &summary.problems);
    summary.filesFailed = int(summary.problems.size());
    summary.files = int(files.size()) + summary.filesFailed;
    Writer writer(m_db, summary);
    const ImportOptions options = m_options;
    const auto parse = [options](const QString &path) { return parseSource(path, options); };
    const auto batchAt = [&files](qsizetype from) { return files.mid(from, kBatch); };

    QFuture<ParsedSource> next;
    if (!files.isEmpty())
        next = QtConcurrent::mapped(batchAt(0), parse);
    int done = 0;
    for (qsizetype from = 0; from < files.size(); from += kBatch) {
        const QList<ParsedSource> batch = next.results();
        // Start parsing the following batch before writing this one.
        if (from + kBatch < files.size())
            next = QtConcurrent::mapped(batchAt(from + kBatch), parse);
        for (const ParsedSource &src : batch) {
            if (cancel && cancel->load()) {
                summary.cancelled = true;
                next.cancel();
                next.waitForFinished();
                return summary;
            }
            writer.store(src);
            ++done;
            if (progress)
                progress(done, int(files.size()), src.path);
        }
    }
    return summary;
}

} // namespace chipline::ingest
