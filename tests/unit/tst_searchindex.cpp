#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QFile>

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace chipline;
using namespace chipline::storage;

namespace {

core::Article article(const QString &body)
{
    core::Article a;
    a.layout = QStringLiteral("text");
    a.body = body;
    a.language = QStringLiteral("ko");
    a.published = core::makeWallTime(2025, 4, 16, 9, 30, 0);
    return a;
}

qint64 count(Database &db, const char *sql, const QString &arg = QString())
{
    auto st = db.prepare(sql);
    if (!st)
        return -1;
    if (!arg.isNull())
        st->bind(1, arg);
    return st->next() ? st->int64(0) : -1;
}

qint64 hits(Database &db, const QString &phrase)
{
    return count(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1", u'"' + phrase + u'"');
}

void add(Database &db, const QStringList &bodies)
{
    ArticleStore store(db);
    const auto source = store.addSource(
        {db.path() + QString::number(store.articleCount()), 1, QByteArray("h"), QStringLiteral("text")});
    QVERIFY(source.ok());
    for (const QString &body : bodies)
        QVERIFY(store.addArticle(source.value(), 0, article(body)).ok());
    QVERIFY(store.indexPending().ok());
}

} // namespace

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void indexLivesBesideTheDatabase()
    {
        const QString path = m_dir->filePath(QStringLiteral("a.db"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        add(*db.value(),
            {QStringLiteral("화웨이는 어센드 910C를 공개했다."), QStringLiteral("엔비디아는 H20 허가를 받았다.")});
        QVERIFY(QFile::exists(SearchIndex::pathFor(path)));
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM sqlite_master WHERE name = 'article_fts'"), 0);
        QCOMPARE(hits(*db.value(), QStringLiteral("어센드")), 1);
        QCOMPARE(count(*db.value(), "SELECT indexed_through FROM search.search_state"), 2);
    }

    // A copy of the database restored over it, older than its index: the index is rebuilt,
    // and ids the restored copy hands out again find their new text, not the old one.
    void olderCopyRebuildsTheIndex()
    {
        const QString path = m_dir->filePath(QStringLiteral("a.db"));
        const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            add(*db.value(), {QStringLiteral("첫째 기사 반도체"), QStringLiteral("둘째 기사 수출")});
            QVERIFY(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
            QVERIFY(QFile::copy(path, copy));
            add(*db.value(), {QStringLiteral("셋째 기사 엔티티목록")});
            QCOMPARE(hits(*db.value(), QStringLiteral("엔티티목록")), 1);
        }
        QVERIFY(QFile::remove(path));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::copy(copy, path));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(hits(*db.value(), QStringLiteral("엔티티목록")), 0);
        QCOMPARE(hits(*db.value(), QStringLiteral("반도체")), 1);
        add(*db.value(), {QStringLiteral("새로 들어온 기사 희토류")});
        QCOMPARE(hits(*db.value(), QStringLiteral("희토류")), 1);
        QCOMPARE(hits(*db.value(), QStringLiteral("엔티티목록")), 0);
    }

    // Two copies of one database that imported apart share the identity; the index of one,
    // copied over the other, must not pass for the other's.
    void indexOfACopyThatImportedApartIsReplaced()
    {
        const QString path = m_dir->filePath(QStringLiteral("a.db"));
        const QString older = m_dir->filePath(QStringLiteral("older.db"));
        const QString newer = m_dir->filePath(QStringLiteral("newer.db"));
        const auto restore = [&path](const QString &copy) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
            QVERIFY(QFile::copy(copy, path));
        };
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            add(*db.value(), {QStringLiteral("첫째 기사 반도체")});
            QVERIFY(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
            QVERIFY(QFile::copy(path, older));
            add(*db.value(), {QStringLiteral("갈래 하나 네덜란드")});
            QVERIFY(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
            QVERIFY(QFile::copy(path, newer));
        }
        restore(older);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            add(*db.value(), {QStringLiteral("갈래 둘 희토류")}); // the same id as 네덜란드's
            QCOMPARE(hits(*db.value(), QStringLiteral("희토류")), 1);
        }
        restore(newer);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(hits(*db.value(), QStringLiteral("네덜란드")), 1);
        QCOMPARE(hits(*db.value(), QStringLiteral("희토류")), 0);
    }

    void indexOfAnotherDatabaseIsReplaced()
    {
        const QString a = m_dir->filePath(QStringLiteral("a.db"));
        const QString b = m_dir->filePath(QStringLiteral("b.db"));
        {
            auto db = Database::open(a);
            QVERIFY(db.ok());
            add(*db.value(),
                {QStringLiteral("가 기사 네덜란드"), QStringLiteral("나 기사 일본"), QStringLiteral("다 기사 대만")});
        }
        {
            auto db = Database::open(b);
            QVERIFY(db.ok());
            add(*db.value(), {QStringLiteral("다른 기사 워싱턴")});
        }
        QVERIFY(QFile::remove(SearchIndex::pathFor(b)));
        QVERIFY(QFile::copy(SearchIndex::pathFor(a), SearchIndex::pathFor(b)));
        {
            // Read-only cannot rebuild: it finds nothing rather than another database's text.
            auto db = Database::open(b, Database::Mode::ReadOnly);
            QVERIFY(db.ok());
            QCOMPARE(hits(*db.value(), QStringLiteral("네덜란드")), 0);
            QCOMPARE(hits(*db.value(), QStringLiteral("워싱턴")), 0);
        }
        auto db = Database::open(b);
        QVERIFY(db.ok());
        QCOMPARE(hits(*db.value(), QStringLiteral("네덜란드")), 0);
        QCOMPARE(hits(*db.value(), QStringLiteral("워싱턴")), 1);
    }

    void missingOrBrokenIndexIsRebuilt_data()
    {
        QTest::addColumn<QByteArray>("contents"); // empty: no file at all
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not a database") << QByteArray("this is not an SQLite file, just some text\n").repeated(200);
    }

    void missingOrBrokenIndexIsRebuilt()
    {
        QFETCH(QByteArray, contents);
        const QString path = m_dir->filePath(QStringLiteral("a.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            add(*db.value(), {QStringLiteral("상무부 산업안보국 발표")});
        }
        const QString index = SearchIndex::pathFor(path);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(index + QLatin1String(suffix));
        if (!contents.isEmpty()) {
            QFile f(index);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents);
        }
        {
            auto db = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE(hits(*db.value(), QStringLiteral("산업안보국")), 0);
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(hits(*db.value(), QStringLiteral("산업안보국")), 1);
    }

    // A database from before the index had its own file (schema 6) keeps its articles
    // searchable after the upgrade.
    void upgradeMovesTheIndexOut()
    {
        const QString path = m_dir->filePath(QStringLiteral("a.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            add(*db.value(), {QStringLiteral("미국 상무부는 수출 통제를 강화했다.")});
            // Back to schema 6's layout: the indexes inside, no identity.
            QVERIFY(db.value()->exec("DETACH DATABASE search").ok());
            QVERIFY(db.value()
                        ->exec("DROP TABLE db_identity;"
                               "CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='article', "
                               "content_rowid='id', tokenize='trigram');"
                               "CREATE VIRTUAL TABLE article_words USING fts5(title, body, content='article', "
                               "content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=column);"
                               "CREATE TABLE fts_state(indexed_through INTEGER NOT NULL);"
                               "INSERT INTO fts_state VALUES (0);"
                               "CREATE TRIGGER article_ad AFTER DELETE ON article BEGIN SELECT 1; END;"
                               "CREATE TRIGGER article_au AFTER UPDATE OF title, body ON article BEGIN SELECT 1; END;"
                               // and without schema 8's evidence columns
                               "ALTER TABLE event_evidence DROP COLUMN reported;"
                               "ALTER TABLE event_evidence DROP COLUMN effective;"
                               // and without schema 9's mention origin and rejected names
                               "ALTER TABLE mention DROP COLUMN found_by;"
                               "DROP TABLE rejected_name;"
                               // and without schema 11's event counts and schema 12's total
                               "DROP TRIGGER article_counts_added; DROP TRIGGER article_counts_removed;"
                               "DROP TRIGGER article_event_count_added;"
                               "DROP TRIGGER article_event_count_removed; DROP TRIGGER article_event_count_moved;"
                               "DROP TABLE article_event_count; DROP TABLE article_total;"
                               // and without schema 10's passage date, dating and modality
                               "ALTER TABLE event_evidence DROP COLUMN date;"
                               "ALTER TABLE event_evidence DROP COLUMN dated_by;"
                               "ALTER TABLE event_evidence DROP COLUMN modality;"
                               // and without schema 13's article-local entities
                               "ALTER TABLE entity DROP COLUMN article_id;"
                               "PRAGMA user_version = 6;")
                        .ok());
        }
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(SearchIndex::pathFor(path) + QLatin1String(suffix));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM main.sqlite_master WHERE name LIKE 'article_fts%'"), 0);
        QCOMPARE(hits(*db.value(), QStringLiteral("수출 통제")), 1);
    }

    // The import writer's transaction locks the database file alone: the indexer's
    // connection indexes what was committed meanwhile.
    void databaseOnlyTransactionLeavesTheIndexFree()
    {
        const QString path = m_dir->filePath(QStringLiteral("a.db"));
        auto writer = Database::open(path);
        QVERIFY(writer.ok());
        auto indexer = Database::open(path);
        QVERIFY(indexer.ok());
        const auto store = [&writer](const QString &name, const QString &body) {
            ArticleStore articles(*writer.value());
            const auto source = articles.addSource({name, 1, name.toUtf8(), QStringLiteral("text")});
            QVERIFY(articles.addArticle(source.value(), 0, article(body)).ok());
            articles.leaveIndexingToOthers();
        };
        store(QStringLiteral("/tmp/w.txt"), QStringLiteral("반도체 장비 수출"));
        Transaction tx(*writer.value(), Transaction::Scope::DatabaseOnly);
        QVERIFY(tx.active());
        store(QStringLiteral("/tmp/v.txt"), QStringLiteral("희토류 수출 통제"));
        // While the writer holds the database, the index's writer indexes what was committed
        // (a writer of the database would wait, and time out).
        QVERIFY(SearchIndex::indexPending(*indexer.value()).ok());
        QCOMPARE(hits(*indexer.value(), QStringLiteral("반도체")), 1);
        QCOMPARE(hits(*indexer.value(), QStringLiteral("희토류")), 0);
        // ... while the database itself is locked (no busy wait: fail at once).
        sqlite3_busy_handler(indexer.value()->handle(), nullptr, nullptr);
        QVERIFY(!indexer.value()->exec("INSERT INTO main.db_identity VALUES ('x')").ok());
        QVERIFY(tx.commit().ok());
        QVERIFY(SearchIndex::indexPending(*indexer.value()).ok());
        QCOMPARE(hits(*indexer.value(), QStringLiteral("희토류")), 1);
        QCOMPARE(hits(*writer.value(), QStringLiteral("희토류")), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
