// ImportWriter, the import's single writer, fed parsed files directly (no workers, no
// files on disk): what it guarantees about duplicates, failures, counting and search.
#include "analysis/articleanalyzer.h"
#include "importing/importwriter.h"
#include "storage/database.h"
#include "storage/searchindexer.h"
#include "storage/statement.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace chipline;
using namespace Qt::StringLiterals;

namespace {

// A body with this word is refused by the database (a test trigger), as a full disk or a
// broken constraint would refuse it: part-way through its file.
const QString kRefused = u"거부표시"_s;
// The file stands for one its parser could not read.
const QString kUnreadable = u"<unreadable>"_s;

// Each story names an entity of the built-in gazetteer, so each stored article has mentions.
const QString kNvidia = u"엔비디아는 H20 수출 허가를 받았다고 14일 밝혔다."_s;
const QString kNvidiaRewrapped = u"엔비디아는  H20 수출 허가를\n받았다고 14일   밝혔다."_s;
const QString kHuawei = u"화웨이는 어센드 910C를 공개했다."_s;
const QString kRareEarth = u"중국 상무부는 희토류 수출 통제를 발표했다."_s;
const QString kRules = u"미국 상무부는 새 수출 규정을 발표했다."_s;

qint64 count(storage::Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    return st && st->next() ? st->int64(0) : -1;
}

} // namespace

class TestImportWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto analyzer = analysis::ArticleAnalyzer::createBuiltIn();
        QVERIFY2(analyzer.ok(), analyzer.ok() ? "" : qPrintable(analyzer.error().message));
        m_analyzer = std::move(analyzer).value();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = open();
        QVERIFY(m_db);
        QVERIFY(m_db->exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON article "
                           "WHEN instr(new.body, '거부표시') > 0 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                    .ok());
    }

    // One batch of files; each file is its articles' bodies joined by '|'.
    void batch_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("importedSources");
        const QString refusedRareEarth = kRareEarth + kRefused;

        QTest::newRow("one article") << QStringList{kNvidia} << 1 << 0 << 0 << 1;
        QTest::newRow("a story twice in one file") << QStringList{kNvidia + u'|' + kNvidia} << 1 << 1 << 0 << 1;
        QTest::newRow("a story in two files") << QStringList{kNvidia, kNvidia} << 1 << 1 << 0 << 2;
        QTest::newRow("a story wrapped otherwise") << QStringList{kNvidia, kNvidiaRewrapped} << 1 << 1 << 0 << 2;
        QTest::newRow("an unreadable file") << QStringList{kUnreadable, kHuawei} << 1 << 0 << 1 << 1;
        // The refused file's first article was written before the second was refused: it
        // goes too, while the files before and after it in the same batch stay.
        QTest::newRow("a file refused part-way")
            << QStringList{kNvidia, kHuawei + u'|' + refusedRareEarth, kRules} << 2 << 0 << 1 << 2;
        QTest::newRow("the first file refused") << QStringList{refusedRareEarth, kHuawei} << 1 << 0 << 1 << 1;
        // Written again one by one after the rollback: each counted once, the earlier
        // failure recorded once more.
        QTest::newRow("failure and duplicate before a refusal")
            << QStringList{kUnreadable, kNvidia, kNvidiaRewrapped, refusedRareEarth, kRules} << 2 << 1 << 2 << 3;
        QTest::newRow("two refusals") << QStringList{refusedRareEarth, kHuawei, kRules + kRefused, kNvidia} << 2 << 0
                                      << 2 << 2;
    }

    void batch()
    {
        QFETCH(QStringList, files);
        QFETCH(int, added);
        QFETCH(int, duplicates);
        QFETCH(int, failed);
        QFETCH(int, importedSources);

        importing::ImportSummary summary;
        int commits = 0;
        {
            importing::ImportWriter writer(*m_db, summary, [&commits] { ++commits; });
            for (qsizetype i = 0; i < files.size(); ++i)
                writer.store(source(u"f%1.txt"_s.arg(i + 1), files.at(i)));
            writer.commit(true);
        }
        QCOMPARE(commits, 1);
        QCOMPARE(summary.articlesAdded, added);
        QCOMPARE(summary.duplicates, duplicates);
        QCOMPARE(summary.filesFailed, failed);
        QCOMPARE(summary.problems.size(), failed);
        for (const importing::FileProblem &problem : std::as_const(summary.problems))
            QVERIFY2(problem.reason.startsWith(problem.path), qPrintable(problem.reason));

        QCOMPARE(count(*m_db, "SELECT count(*) FROM article"), qint64(added));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article WHERE instr(body, '거부표시') > 0"), qint64(0));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM source WHERE outcome = 'imported'"), qint64(importedSources));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM source WHERE outcome = 'failed'"), qint64(failed));
        QCOMPARE(count(*m_db, "SELECT sum(articles) FROM source WHERE outcome = 'imported'"), qint64(added));
        // A refused file keeps no part of itself: no article of its own, no other row
        // pointing at one.
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (!files.at(i).contains(kRefused))
                continue;
            auto st = m_db->prepare("SELECT count(*) FROM article JOIN source ON source.id = article.source_id "
                                    "WHERE source.path = ?1");
            QVERIFY(st.ok());
            st->bind(1, u"/in/f%1.txt"_s.arg(i + 1));
            QVERIFY(st->next());
            QCOMPARE(st->int64(0), qint64(0));
        }
        // Every stored article has its analysis, and none of it is left of a rolled-back one.
        QCOMPARE(count(*m_db, "SELECT count(DISTINCT article_id) FROM mention"), qint64(added));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM mention WHERE article_id NOT IN (SELECT id FROM article)"),
                 qint64(0));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM date_mention WHERE article_id NOT IN (SELECT id FROM article)"),
                 qint64(0));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM pragma_foreign_key_check"), qint64(0));
    }

    // Files are counted, and their warnings reported, only once their batch is committed.
    void countedWhenCommitted()
    {
        const std::unique_ptr<storage::Database> reader = open(); // another connection
        QVERIFY(reader);
        importing::ImportSummary summary;
        importing::ImportWriter writer(*m_db, summary, {});
        writer.store(source(u"a.txt"_s, kNvidia, {u"a.txt: a byline date that cannot exist"_s}));
        writer.store(source(u"b.txt"_s, kNvidia));
        QCOMPARE(summary.articlesAdded, 0);
        QCOMPARE(summary.duplicates, 0);
        QVERIFY(summary.problems.isEmpty());
        QCOMPARE(count(*reader, "SELECT count(*) FROM article"), qint64(0));

        writer.commit(true);
        QCOMPARE(summary.articlesAdded, 1);
        QCOMPARE(summary.duplicates, 1);
        QCOMPARE(summary.filesFailed, 0);
        QCOMPARE(summary.problems.size(), 1);
        QCOMPARE(summary.problems.front().reason, u"a.txt: a byline date that cannot exist"_s);
        QCOMPARE(count(*reader, "SELECT count(*) FROM article"), qint64(1));
        QCOMPARE(count(*reader, "SELECT count(*) FROM source WHERE outcome = 'imported' AND duplicates = 1"),
                 qint64(1));
    }

    // The same file (path and content) is skipped; the same path with new content is not.
    void unchangedFileSkipped()
    {
        importing::ImportSummary first;
        {
            importing::ImportWriter writer(*m_db, first, {});
            writer.store(source(u"a.txt"_s, kNvidia));
        }
        QCOMPARE(first.articlesAdded, 1);

        importing::ImportSummary again;
        {
            importing::ImportWriter writer(*m_db, again, {});
            writer.store(source(u"a.txt"_s, kNvidia));
            writer.store(source(u"a.txt"_s, kNvidia + u'|' + kHuawei));
        }
        QCOMPARE(again.filesUnchanged, 1);
        QCOMPARE(again.articlesAdded, 1);
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM source"), qint64(2));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article"), qint64(2));
    }

    // A failure rolls back the open batch only: what earlier batches committed stays, and
    // is recognised as already stored.
    void committedBatchesSurviveAFailure()
    {
        importing::ImportSummary summary;
        int commits = 0;
        {
            importing::ImportWriter writer(*m_db, summary, [&commits] { ++commits; });
            writer.store(source(u"a.txt"_s, kNvidia));
            writer.store(source(u"b.txt"_s, kHuawei));
            writer.commit(true);
            writer.store(source(u"c.txt"_s, kNvidiaRewrapped));
            writer.store(source(u"d.txt"_s, kRules + u'|' + kRareEarth + kRefused));
        } // the destructor commits what is pending
        QCOMPARE(commits, 2);
        QCOMPARE(summary.articlesAdded, 2);
        QCOMPARE(summary.duplicates, 1);
        QCOMPARE(summary.filesFailed, 1);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article"), qint64(2));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM source WHERE outcome = 'imported'"), qint64(3));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM source WHERE outcome = 'failed' AND path = '/in/d.txt'"),
                 qint64(1));
    }

    // A rollback takes back the events its batch made, and the writer forgets them too: the
    // files written again make their events anew, and no passage names an event that is gone.
    void eventsOfARolledBackBatchAreMadeAgain()
    {
        importing::ImportSummary summary;
        {
            importing::ImportWriter writer(*m_db, summary, {});
            writer.store(source(u"a.txt"_s, kNvidia, {}, true));
            writer.store(source(u"b.txt"_s, kRules + u'|' + kRareEarth + kRefused, {}, true));
        }
        QCOMPARE(summary.articlesAdded, 1);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM event"), qint64(1));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM event_evidence v JOIN event e ON e.id = v.event_id"), qint64(1));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM pragma_foreign_key_check"), qint64(0));
    }

    // Nothing stored, nothing committed: no commit is announced to the indexer.
    void nothingToCommit()
    {
        importing::ImportSummary summary;
        int commits = 0;
        {
            importing::ImportWriter writer(*m_db, summary, [&commits] { ++commits; });
            writer.commit(true);
        }
        QCOMPARE(commits, 0);
    }

    // Wired to a SearchIndexer as the import wires it: what is committed is found by
    // search once the indexer finishes, what was rolled back is not.
    void searchIndexWritten()
    {
        storage::SearchIndexer indexer(m_db->path());
        importing::ImportSummary summary;
        {
            importing::ImportWriter writer(*m_db, summary, [&indexer] { indexer.committed(); });
            writer.store(source(u"a.txt"_s, kNvidia));
            writer.commit(true);
            writer.store(source(u"b.txt"_s, kHuawei));
            writer.store(source(u"c.txt"_s, kRules + u'|' + kRareEarth + kRefused));
        }
        QVERIFY(indexer.finish().ok());
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article_fts_docsize"), qint64(2));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH '\"H20\"'"), qint64(1));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH '\"어센드\"'"), qint64(1));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH '\"규정을\"'"), qint64(0));
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH '\"희토류\"'"), qint64(0));
    }

private:
    std::unique_ptr<storage::Database> open()
    {
        auto db = storage::Database::open(m_dir->filePath(u"a.db"_s));
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return nullptr;
        }
        return std::move(db).value();
    }

    // A parsed file under /in/ with one article per '|'-separated body, analysed as the
    // import's workers analyse it; kUnreadable makes a file its parser refused.
    // dated: published on 10 April 2025, so that the stories' days resolve and give events.
    importing::ParsedSource source(const QString &name, const QString &bodies, const QStringList &warnings = {},
                                   bool dated = false)
    {
        importing::ParsedSource src;
        src.path = u"/in/"_s + name;
        src.record.path = src.path;
        src.record.layout = u"text"_s;
        src.record.size = bodies.toUtf8().size();
        src.record.hash = QCryptographicHash::hash(bodies.toUtf8(), QCryptographicHash::Sha1);
        if (bodies == kUnreadable) {
            src.parsed = core::Error{src.path + u": not a text file"_s};
            return src;
        }
        ingest::ParsedFile file;
        file.warnings = warnings;
        for (const QString &body : bodies.split(u'|')) {
            core::Article article;
            article.layout = u"text"_s;
            article.title = body.left(12);
            article.body = body;
            article.language = u"ko"_s;
            if (dated)
                article.published = core::makeWallTime(2025, 4, 10);
            src.analyses.append(m_analyzer->analyze(article));
            src.contentHashes.append(storage::ArticleStore::contentHash(article.body));
            file.articles.append(std::move(article));
        }
        src.parsed = std::move(file);
        return src;
    }

    std::unique_ptr<analysis::ArticleAnalyzer> m_analyzer;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
};

QTEST_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
