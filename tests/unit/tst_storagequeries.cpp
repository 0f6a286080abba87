// Read-only queries of app/storage: KwicQuery (keyword in context, full-text pre-selection)
// and EntityQuery (entity counts); and SearchIndexer, which indexes on its own connection
// what another connection committed.
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/entityquery.h"
#include "storage/entitystore.h"
#include "storage/kwicquery.h"
#include "storage/mentionstore.h"
#include "storage/searchindexer.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace chipline;
using namespace chipline::storage;

namespace {

core::Article article(const QString &body, const QString &title, const QDateTime &published)
{
    core::Article a;
    a.layout = QStringLiteral("text");
    a.title = title;
    a.outlet = QStringLiteral("Test Daily");
    a.body = body;
    a.language = QStringLiteral("ko");
    a.published = published;
    return a;
}

qint64 hits(Database &db, const QString &phrase)
{
    auto st = db.statement("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1");
    st.bind(1, u'"' + phrase + u'"');
    return st.next() ? st.int64(0) : -1;
}

} // namespace

class TestStorageQueries final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("q.db"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        ArticleStore store(*m_db);
        const auto source =
            store.addSource({QStringLiteral("/fixtures/q.txt"), 1, QByteArray("q"), QStringLiteral("text")});
        QVERIFY(source.ok());
        // Code points, not UTF-16 units: the emoji before the name is one character in SQL.
        m_older =
            store
                .addArticle(
                    source.value(), 0,
                    article(QStringLiteral("\U0001F4F0 아스텔반도체는 새 칩을\n공개했다. 아스텔반도체 주가는 올랐다."),
                            QStringLiteral("아스텔 신제품"), core::makeWallTime(2025, 3, 2)))
                .value();
        m_newer =
            store
                .addArticle(
                    source.value(), 1,
                    article(QStringLiteral("규제 당국은 아스텔반도체의 수출 허가를 검토했다. 중국의 반응은 엇갈렸다."),
                            QString(), core::makeWallTime(2025, 5, 9)))
                .value();
        m_undated = store
                        .addArticle(source.value(), 2,
                                    article(QStringLiteral("날짜 없는 기사: 아스텔반도체 \"플럭스\" 칩 언급."),
                                            QStringLiteral("무제"), {}))
                        .value();
        QVERIFY(m_older > 0 && m_newer > 0 && m_undated > 0);
        QVERIFY(store.indexPending().ok());

        EntityStore entities(*m_db);
        m_astel =
            entities.ensure(QStringLiteral("아스텔반도체"), QStringLiteral("ORG"), QStringLiteral("user")).value();
        m_china = entities.ensure(QStringLiteral("중국"), QStringLiteral("PLACE"), QStringLiteral("builtin")).value();
        m_unused = entities.ensure(QStringLiteral("무관"), QStringLiteral("ORG"), QStringLiteral("user")).value();
        MentionStore mentions(*m_db);
        const auto mention = [](qint64 article, qint64 start, qint64 end, qint64 entity, const char *status) {
            MentionRecord m;
            m.articleId = article;
            m.start = start;
            m.end = end;
            m.entityId = entity;
            m.status = QString::fromLatin1(status);
            return m;
        };
        QVERIFY(
            mentions
                .addAll({mention(m_older, 2, 8, m_astel, "accepted"), mention(m_older, 21, 27, m_astel, "accepted"),
                         mention(m_newer, 7, 13, m_astel, "accepted"), mention(m_newer, 28, 30, m_china, "accepted"),
                         mention(m_undated, 10, 16, m_astel, "accepted"),
                         mention(m_undated, 0, 2, m_china, "rejected")})
                .ok());
    }
    void cleanup() { m_db.reset(); }

    void kwicLinesNewestFirstInCodePoints()
    {
        KwicQuery kwic(*m_db);
        const QList<KwicLine> lines = kwic.forEntity(m_astel, 10, 5);
        QCOMPARE(lines.size(), 4);
        // Newest article first, undated last; within an article by position.
        QCOMPARE(lines[0].articleId, m_newer);
        QCOMPARE(lines[1].articleId, m_older);
        QCOMPARE(lines[2].articleId, m_older);
        QCOMPARE(lines[3].articleId, m_undated);
        QVERIFY(lines[1].start < lines[2].start);
        for (const KwicLine &line : lines)
            QCOMPARE(line.hit, QStringLiteral("아스텔반도체"));
        // Five code points each side; the line break becomes a space.
        QCOMPARE(lines[1].left, QStringLiteral("\U0001F4F0 ")); // only two before the mention
        QCOMPARE(lines[1].right, QStringLiteral("는 새 칩"));
        QCOMPARE(lines[2].left, QStringLiteral("개했다. "));
        QCOMPARE(lines[0].right, QStringLiteral("의 수출 "));
        QVERIFY(!lines[1].right.contains(u'\n'));
        QCOMPARE(lines[1].title, QStringLiteral("아스텔 신제품"));
        QVERIFY(lines[1].lead.isEmpty());
        // No title: the body's first words stand in.
        QVERIFY(lines[0].title.isEmpty());
        QVERIFY(lines[0].lead.startsWith(QStringLiteral("규제 당국은")));
        QCOMPARE(lines[0].outlet, QStringLiteral("Test Daily"));
        QCOMPARE(lines[0].published, core::makeWallTime(2025, 5, 9));
        QVERIFY(!lines[3].published.isValid());
        QVERIFY(lines[0].mentionId > 0);
    }

    void kwicLinesSkipRejectedAndRespectLimit()
    {
        KwicQuery kwic(*m_db);
        QCOMPARE(kwic.forEntity(m_astel, 2).size(), 2);
        const QList<KwicLine> china = kwic.forEntity(m_china, 10);
        QCOMPARE(china.size(), 1); // the rejected one is not a line
        QCOMPARE(china[0].hit, QStringLiteral("중국"));
        QVERIFY(kwic.forEntity(m_unused, 10).isEmpty());
        QVERIFY(kwic.forEntity(987654, 10).isEmpty());
    }

    // An entity with more mentions than KwicQuery sorts is found by walking the articles,
    // a rarer one by sorting its mentions: both newest article first, then by position.
    void kwicLinesOfACommonEntityInOrder()
    {
        EntityStore entities(*m_db);
        const qint64 common =
            entities.ensure(QStringLiteral("흔한"), QStringLiteral("ORG"), QStringLiteral("user")).value();
        const qint64 rare =
            entities.ensure(QStringLiteral("드문"), QStringLiteral("ORG"), QStringLiteral("user")).value();
        const qint64 articles[] = {m_undated, m_older, m_newer};
        const auto rank = [this](qint64 article) { return article == m_newer ? 0 : article == m_older ? 1 : 2; };
        for (const auto &[entity, count] : {std::pair(common, KwicQuery::kWalkAbove + 1), std::pair(rare, 40)}) {
            QList<MentionRecord> all;
            for (int i = 0; i < count; ++i) {
                MentionRecord m;
                m.articleId = articles[i % 3];
                m.start = (i * 7) % 20;
                m.end = m.start + 2;
                m.entityId = entity;
                m.status = QStringLiteral("accepted");
                all << m;
            }
            QVERIFY(MentionStore(*m_db).addAll(all).ok());
            std::stable_sort(all.begin(), all.end(), [&rank](const MentionRecord &x, const MentionRecord &y) {
                return std::pair(rank(x.articleId), x.start) < std::pair(rank(y.articleId), y.start);
            });
            const QList<KwicLine> lines = KwicQuery(*m_db).forEntity(entity, 30);
            QCOMPARE(lines.size(), 30);
            for (int i = 0; i < 30; ++i) {
                QCOMPARE(lines[i].articleId, all[i].articleId);
                QCOMPARE(lines[i].start, all[i].start);
            }
            const QList<KwicLine> every = KwicQuery(*m_db).forEntity(entity, count);
            QCOMPARE(every.size(), count);
            QCOMPARE(every.last().articleId, m_undated); // undated last
        }
    }

    void contextOfASpan()
    {
        KwicQuery kwic(*m_db);
        const KwicLine line = kwic.context(m_older, 2, 8, 3);
        QCOMPARE(line.articleId, m_older);
        QCOMPARE(line.mentionId, 0);
        QCOMPARE(line.hit, QStringLiteral("아스텔반도체"));
        QCOMPARE(line.left, QStringLiteral("\U0001F4F0 "));
        QCOMPARE(line.right, QStringLiteral("는 새"));
        QCOMPARE(line.published, core::makeWallTime(2025, 3, 2));
        // At the very start and at the end of the body.
        const KwicLine first = kwic.context(m_newer, 0, 2, 10);
        QCOMPARE(first.left, QString());
        QCOMPARE(first.hit, QStringLiteral("규제"));
        const QString body = QStringLiteral("규제 당국은 아스텔반도체의 수출 허가를 검토했다. 중국의 반응은 엇갈렸다.");
        const KwicLine last = kwic.context(m_newer, body.size() - 1, body.size(), 10);
        QCOMPARE(last.hit, QStringLiteral("."));
        QVERIFY(last.right.isEmpty());
        // An article that does not exist: the span, nothing else.
        const KwicLine none = kwic.context(999, 1, 2);
        QCOMPARE(none.start, 1);
        QVERIFY(none.hit.isEmpty());
    }

    void articlesContaining_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected"); // how many articles
        QTest::newRow("trigram, all three") << QStringLiteral("아스텔반도체") << 10 << 3;
        QTest::newRow("limit") << QStringLiteral("아스텔반도체") << 2 << 2;
        QTest::newRow("inside a word") << QStringLiteral("텔반도") << 10 << 3;
        QTest::newRow("two letters, word prefix") << QStringLiteral("중국") << 10 << 1;
        QTest::newRow("spaces trimmed") << QStringLiteral("  중국 ") << 10 << 1;
        QTest::newRow("quote in the text") << QStringLiteral("\"플럭스\"") << 10 << 1;
        QTest::newRow("not there") << QStringLiteral("없는말입니다") << 10 << 0;
        QTest::newRow("empty") << QStringLiteral("   ") << 10 << 0;
    }
    void articlesContaining()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(int, expected);
        KwicQuery kwic(*m_db);
        const QList<ArticleText> found = kwic.articlesContaining(text, limit);
        QCOMPARE(found.size(), expected);
        for (const ArticleText &a : found)
            QVERIFY2(a.body.contains(text.trimmed()) || a.title.contains(text.trimmed()), qPrintable(a.body));
        if (expected == 3) {
            QCOMPARE(found[0].id, m_newer); // newest first
            QCOMPARE(found[1].id, m_older);
            QCOMPARE(found[1].title, QStringLiteral("아스텔 신제품"));
        }
    }

    void entitiesOfAnArticle()
    {
        EntityQuery query(*m_db);
        const QList<EntitySummary> older = query.forArticle(m_older);
        QCOMPARE(older.size(), 1);
        QCOMPARE(older[0].entity.id, m_astel);
        QCOMPARE(older[0].entity.type, QStringLiteral("ORG"));
        QCOMPARE(older[0].mentions, 2);
        QCOMPARE(older[0].articles, 1);
        // Ties by name; a rejected mention does not count.
        const QList<EntitySummary> newer = query.forArticle(m_newer);
        QCOMPARE(newer.size(), 2);
        QCOMPARE(newer[0].entity.name, QStringLiteral("아스텔반도체"));
        QCOMPARE(newer[1].entity.name, QStringLiteral("중국"));
        const QList<EntitySummary> undated = query.forArticle(m_undated);
        QCOMPARE(undated.size(), 1);
        QCOMPARE(undated[0].entity.id, m_astel);
        QVERIFY(query.forArticle(424242).isEmpty());
    }

    void corpusCountsAndArticleCount()
    {
        EntityQuery query(*m_db);
        const QList<EntitySummary> corpus = query.corpus();
        QCOMPARE(corpus.size(), 2); // no mention, no row
        QCOMPARE(corpus[0].entity.id, m_astel);
        QCOMPARE(corpus[0].mentions, 4);
        QCOMPARE(corpus[0].articles, 3);
        QCOMPARE(corpus[1].entity.id, m_china);
        QCOMPARE(corpus[1].mentions, 1);
        QCOMPARE(corpus[1].articles, 1);
        QCOMPARE(corpus[1].entity.origin, QStringLiteral("builtin"));
        QCOMPARE(query.articleCount(m_astel), 3);
        QCOMPARE(query.articleCount(m_china), 1);
        QCOMPARE(query.articleCount(m_unused), 0);
        // Rejecting the last accepted mention takes the entity out of the corpus.
        auto reject = m_db->statement("UPDATE mention SET status = 'rejected' WHERE entity_id = ?1");
        QVERIFY(reject.bind(1, m_china).exec());
        QCOMPARE(query.corpus().size(), 1);
        QCOMPARE(query.articleCount(m_china), 0);
    }

    // --- SearchIndexer ---

    void indexerIndexesWhatAnotherConnectionCommitted()
    {
        SearchIndexer indexer(m_path);
        ArticleStore store(*m_db);
        store.leaveIndexingToOthers();
        const auto source =
            store.addSource({QStringLiteral("/fixtures/i.txt"), 1, QByteArray("i"), QStringLiteral("text")});
        for (int batch = 0; batch < 3; ++batch) {
            Transaction tx(*m_db, Transaction::Scope::DatabaseOnly);
            QVERIFY(tx.active());
            for (int i = 0; i < 4; ++i) {
                const QString body = QStringLiteral("묶음%1 기사%2 벨로라칩 출하").arg(batch).arg(i);
                QVERIFY(store.addArticle(source.value(), batch * 4 + i, article(body, QString(), {})).value() > 0);
            }
            QVERIFY(tx.commit().ok());
            indexer.committed();
        }
        store.leaveIndexingToOthers();
        QVERIFY(indexer.finish().ok());
        // This connection never indexed: the indexer's connection did.
        QCOMPARE(hits(*m_db, QStringLiteral("벨로라칩")), 12);
        QCOMPARE(hits(*m_db, QStringLiteral("묶음2 기사3")), 1);
        auto st =
            m_db->statement("SELECT indexed_through = (SELECT max(id) FROM main.article) FROM search.search_state");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 1);
        // finish() again: the same answer, nothing left running.
        QVERIFY(indexer.finish().ok());
    }

    void indexerWithoutCommitsFinishesCleanly()
    {
        SearchIndexer indexer(m_path);
        QVERIFY(indexer.finish().ok());
        QCOMPARE(hits(*m_db, QStringLiteral("아스텔반도체")), 3); // what was indexed stays
    }

    void indexerReportsADatabaseItCannotOpen()
    {
        // The folder the database would live in is a file: nothing can be opened there.
        const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SearchIndexer indexer(blocker + QStringLiteral("/x.db"));
        indexer.committed();
        const core::Status st = indexer.finish();
        QVERIFY(!st.ok());
        QVERIFY(!st.error().message.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_older = 0;
    qint64 m_newer = 0;
    qint64 m_undated = 0;
    qint64 m_astel = 0;
    qint64 m_china = 0;
    qint64 m_unused = 0;
};

QTEST_GUILESS_MAIN(TestStorageQueries)
#include "tst_storagequeries.moc"
