#include "importing/importer.h"

#include "analysis/articleanalyzer.h"
#include "importing/importwriter.h"
#include "ingest/layoutdetector.h"
#include "ingest/layoutparsers.h"
#include "ingest/sourcereader.h"
#include "storage/databasefiles.h"
#include "storage/searchindexer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

#include <sys/resource.h>
#include <unistd.h>

namespace chipline::importing {

namespace {

// Files parsed ahead of the writer: enough to keep the worker threads busy while the
// single writer stores the previous batch, small enough to bound memory.
constexpr int kBatch = 32;
// The parsers' nice value, above the writer's 0 (Linux weighs a thread at nice 5 about a third).
constexpr int kParserNice = 5;

// Data files that sit beside saved articles (a corpus's truth.jsonl, an export) would
// otherwise import as one long "plain text" article.
bool looksLikeJson(const QString &text)
{
    const QString head = text.left(4096).trimmed();
    if (!head.startsWith(u'{') && !head.startsWith(u'['))
        return false;
    const qsizetype eol = text.indexOf(u'\n');
    QJsonParseError error;
    QJsonDocument::fromJson(text.left(eol < 0 ? text.size() : eol).toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}

ParsedSource parseSource(const QString &path, const ImportOptions &options, const analysis::ArticleAnalyzer &analyzer)
{
    ParsedSource out;
    out.path = path;
    out.record.path = QFileInfo(path).absoluteFilePath();
    auto doc = ingest::SourceReader::read(path, options.maxFileBytes);
    if (!doc) {
        out.parsed = doc.error();
        return out;
    }
    out.record.size = doc->bytes.size();
    out.record.hash = QCryptographicHash::hash(doc->bytes, QCryptographicHash::Sha1);
    out.record.layout = options.layout.isEmpty() ? ingest::LayoutDetector::detect(doc.value()) : options.layout;
    if (options.layout.isEmpty() && out.record.layout == u"text" && looksLikeJson(doc->text)) {
        out.parsed = core::Error{
            Importer::tr("%1: JSON data, not an article (use --layout text to import it as one)").arg(path)};
        return out;
    }
    const ingest::ParseFunction parse = ingest::LayoutParsers::parserFor(out.record.layout);
    if (!parse) {
        const QString known = ingest::LayoutParsers::names().join(QStringLiteral(", "));
        out.parsed =
            core::Error{Importer::tr("%1: unknown layout \"%2\" (known: %3)").arg(path, out.record.layout, known)};
        return out;
    }
    out.parsed = parse(doc.value());
    if (out.parsed) {
        out.analyses.reserve(out.parsed->articles.size());
        out.contentHashes.reserve(out.parsed->articles.size());
        for (const core::Article &article : out.parsed->articles) {
            out.analyses.append(analyzer.analyze(article));
            out.contentHashes.append(storage::ArticleStore::contentHash(article.body));
        }
    } else {
        const QString msg = out.parsed.error().message;
        // Parsers may or may not name the file; the user always gets it once.
        if (!msg.startsWith(path))
            out.parsed = core::Error{QStringLiteral("%1: %2").arg(path, msg)};
    }
    return out;
}

} // namespace

Importer::Importer(storage::Database &db, ImportOptions options, const analysis::ArticleAnalyzer *analyzer)
    : m_db(db),
      m_options(std::move(options)),
      m_analyzer(analyzer)
{}

QStringList Importer::collectFiles(const QStringList &paths, bool followLinks, QList<FileProblem> *problems,
                                   const QString &intoDatabase, QStringList *skipped)
{
    QStringList files;
    // Decided by name before anything opens the file: see storage::DatabaseFiles.
    const auto isDatabaseFile = [&intoDatabase, skipped](const QString &file) {
        if (storage::DatabaseFiles::whyNotASource(file, intoDatabase).isEmpty())
            return false;
        if (skipped)
            skipped->append(file);
        return true;
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists()) {
            problems->append(
                {path, tr("%1: broken symbolic link (its target %2 does not exist)").arg(path, info.symLinkTarget())});
            continue;
        }
        if (!info.exists()) {
            problems->append({path, tr("%1: no such file or folder").arg(path)});
            continue;
        }
        if (!info.isDir()) {
            if (!isDatabaseFile(path))
                files.append(path);
            continue;
        }
        const QString root = info.canonicalFilePath() + u'/';
        QDirIterator::IteratorFlags flags = QDirIterator::Subdirectories;
        if (followLinks)
            flags |= QDirIterator::FollowSymlinks;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, flags);
        QStringList found;
        const qsizetype problemsBefore = problems->size();
        while (it.hasNext()) {
            const QString file = it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.isSymLink()) {
                if (!fi.exists()) {
                    problems->append({file, tr("%1: broken symbolic link").arg(file)});
                    continue;
                }
                // A link out of the folder is only followed when the user asked for it.
                if (!followLinks && !fi.canonicalFilePath().startsWith(root)) {
                    problems->append(
                        {file, tr("%1: symbolic link out of %2 not followed (use --follow-links)").arg(file, path)});
                    continue;
                }
            }
            if (!isDatabaseFile(file))
                found.append(file);
        }
        if (found.isEmpty() && problems->size() == problemsBefore && (!skipped || skipped->isEmpty()))
            problems->append({path, tr("%1: folder has no files to import").arg(path)});
        std::sort(found.begin(), found.end());
        files += found;
    }
    return files;
}

QString Importer::skippedNote(const QStringList &skipped)
{
    if (skipped.isEmpty())
        return {};
    QStringList names;
    for (const QString &file : skipped.mid(0, 4))
        names.append(QFileInfo(file).fileName());
    if (skipped.size() > 4)
        names.append(QStringLiteral("…"));
    return tr("skipped %1 database files without opening them (%2): a database's files are never read as "
              "articles")
        .arg(skipped.size())
        .arg(names.join(QStringLiteral(", ")));
}

ImportSummary Importer::run(const QStringList &paths, const Progress &progress, const std::atomic_bool *cancel)
{
    ImportSummary summary;
    const QStringList files =
        collectFiles(paths, m_options.followLinks, &summary.problems, m_db.path(), &summary.skippedDatabaseFiles);
    summary.filesFailed = int(summary.problems.size());
    summary.files = int(files.size()) + summary.filesFailed;
    std::unique_ptr<analysis::ArticleAnalyzer> own;
    const analysis::ArticleAnalyzer *analyzer = m_analyzer;
    if (!analyzer && !files.isEmpty()) {
        auto made = analysis::ArticleAnalyzer::create(m_db);
        if (!made) {
            summary.filesFailed = int(summary.files);
            summary.problems.append({QString(), tr("cannot start recognition: %1").arg(made.error().message)});
            return summary;
        }
        own = std::move(made).value();
        analyzer = own.get();
    }
    // Indexes each batch the writer commits, on a connection of its own.
    storage::SearchIndexer indexer(m_db.path());
    const auto finishIndexing = [&indexer, &summary] {
        if (auto st = indexer.finish(); !st)
            summary.problems.append({QString(), st.error().message});
    };
    ImportWriter writer(m_db, summary, [&indexer] { indexer.committed(); });
    const ImportOptions options = m_options;
    // The single writer sets the import's pace; parsing runs ahead of it on threads of
    // their own at a lower priority, so that on two cores the writer, two parsers and the
    // indexer do not share them evenly (and the window's own thread keeps its share).
    QThreadPool parsers;
    parsers.setMaxThreadCount(QThread::idealThreadCount());
    const auto parse = [options, analyzer](const QString &path) {
        static thread_local const bool lowered = setpriority(PRIO_PROCESS, gettid(), kParserNice) == 0;
        Q_UNUSED(lowered); // a failure leaves the default priority, which is slower, never wrong
        return parseSource(path, options, *analyzer);
    };
    const auto batchAt = [&files](qsizetype from) { return files.mid(from, kBatch); };

    // Two batches are queued at any time and each file is written as soon as it is parsed:
    // the parsers never wait for the writer to finish a batch, nor it for a whole batch.
    QFuture<ParsedSource> current;
    QFuture<ParsedSource> next;
    if (!files.isEmpty())
        current = QtConcurrent::mapped(&parsers, batchAt(0), parse);
    if (kBatch < files.size())
        next = QtConcurrent::mapped(&parsers, batchAt(kBatch), parse);
    int done = 0;
    for (qsizetype from = 0; from < files.size(); from += kBatch) {
        const int count = int(qMin<qsizetype>(kBatch, files.size() - from));
        for (int i = 0; i < count; ++i) {
            if (cancel && cancel->load()) {
                summary.cancelled = true;
                for (QFuture<ParsedSource> *f : {&current, &next}) {
                    f->cancel();
                    f->waitForFinished();
                }
                writer.commit(true);
                finishIndexing();
                return summary;
            }
            // While the workers lag, commit an old batch rather than hold the lock idle; a
            // young one waits, since every commit costs a full-text segment.
            if (!current.isResultReadyAt(i))
                writer.commit(false);
            const ParsedSource src = current.resultAt(i);
            writer.store(src);
            writer.commit(false);
            ++done;
            if (progress)
                progress(done, int(files.size()), src.path);
        }
        current = next;
        next = {};
        if (from + 2 * kBatch < files.size())
            next = QtConcurrent::mapped(&parsers, batchAt(from + 2 * kBatch), parse);
    }
    writer.commit(true);
    finishIndexing();
    return summary;
}

} // namespace chipline::importing
