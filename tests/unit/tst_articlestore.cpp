#include "storage/articlestore.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chipline;
using namespace chipline::storage;

namespace {

core::Article article(const QString &body, const QString &reporter = QString())
{
    core::Article a;
    a.layout = QStringLiteral("dump");
    a.body = body;
    a.reporter = reporter;
    a.language = QStringLiteral("ko");
    a.published = core::makeWallTime(2025, 4, 16, 9, 30, 0);
    return a;
}

} // namespace

class TestArticleStore final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("a.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }

    void contentHashFoldsWhiteSpace_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("wrapped") << QStringLiteral("엔비디아는 H20을\n수출한다")
                                 << QStringLiteral("엔비디아는  H20을 수출한다") << true;
        QTest::newRow("indented") << QStringLiteral("  화웨이 어센드 ") << QStringLiteral("화웨이\t어센드") << true;
        QTest::newRow("different") << QStringLiteral("화웨이 어센드") << QStringLiteral("화웨이어센드") << false;
    }
    void contentHashFoldsWhiteSpace()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(ArticleStore::contentHash(a) == ArticleStore::contentHash(b), equal);
    }

    void storesAndReadsBack()
    {
        ArticleStore store(*m_db);
        auto source = store.addSource({QStringLiteral("/tmp/x.txt"), 10, QByteArray("h"), QStringLiteral("dump")});
        QVERIFY(source.ok());
        auto id = store.addArticle(
            source.value(), 0, article(QStringLiteral("엔비디아는 H20 수출 허가를 받았다."), QStringLiteral("김하늘")));
        QVERIFY(id.ok());
        QVERIFY(id.value() > 0);
        const auto back = store.article(id.value());
        QVERIFY(back.has_value());
        QCOMPARE(back->sourcePath, QStringLiteral("/tmp/x.txt"));
        QCOMPARE(back->article.reporter, QStringLiteral("김하늘"));
        QCOMPARE(core::formatPublished(back->article.published), QStringLiteral("2025-04-16T09:30:00"));
        QCOMPARE(back->article.body, QStringLiteral("엔비디아는 H20 수출 허가를 받았다."));
        QVERIFY(back->article.title.isNull());
    }

    void skipsDuplicateBodies()
    {
        ArticleStore store(*m_db);
        auto source = store.addSource({QStringLiteral("/tmp/x.txt"), 10, QByteArray("h"), QStringLiteral("dump")});
        QVERIFY(source.ok());
        QVERIFY(store.addArticle(source.value(), 0, article(QStringLiteral("화웨이는 어센드 910C를 공개했다."))).value()
                > 0);
        QCOMPARE(
            store.addArticle(source.value(), 1, article(QStringLiteral("화웨이는  어센드 910C를\n공개했다."))).value(),
            0);
        QCOMPARE(store.articleCount(), 1);
    }

    void remembersImportedFiles()
    {
        ArticleStore store(*m_db);
        const SourceRecord rec{QStringLiteral("/tmp/y.txt"), 5, QByteArray("abc"), QStringLiteral("text")};
        QVERIFY(!store.isImported(rec.path, rec.hash));
        auto id = store.addSource(rec);
        QVERIFY(id.ok());
        QVERIFY(store.finishSource(id.value(), true, QString(), 1, 0).ok());
        QVERIFY(store.isImported(rec.path, rec.hash));
        QVERIFY(!store.isImported(rec.path, QByteArray("other")));
        QVERIFY(
            store.recordFailure({QStringLiteral("/tmp/z.txt"), 0, QByteArray("z"), QString()}, QStringLiteral("empty"))
                .ok());
        QVERIFY(!store.isImported(QStringLiteral("/tmp/z.txt"), QByteArray("z")));
    }

    void setsPublished()
    {
        ArticleStore store(*m_db);
        auto source = store.addSource({QStringLiteral("/tmp/t.txt"), 1, QByteArray("t"), QStringLiteral("transcript")});
        auto a = article(QStringLiteral("[앵커]\n중국 상무부가 대응에 나섰습니다."));
        a.published = {};
        const qint64 id = store.addArticle(source.value(), 0, a).value();
        QVERIFY(!store.article(id)->article.published.isValid());
        QVERIFY(store.setPublished(id, core::makeWallTime(2025, 5, 1)).ok());
        QCOMPARE(core::formatPublished(store.article(id)->article.published), QStringLiteral("2025-05-01T00:00:00"));
        QVERIFY(!store.setPublished(id + 100, core::makeWallTime(2025, 5, 1)).ok());
    }

    void forEachInIdOrder()
    {
        ArticleStore store(*m_db);
        auto source = store.addSource({QStringLiteral("/tmp/x.txt"), 10, QByteArray("h"), QStringLiteral("dump")});
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.addArticle(source.value(), i, article(QStringLiteral("기사 %1").arg(i))).value() > 0);
        QList<int> indexes;
        QVERIFY(store
                    .forEach([&](const StoredArticle &a) {
                        indexes.append(a.sourceIndex);
                        return indexes.size() < 3;
                    })
                    .ok());
        QCOMPARE(indexes, (QList<int>{0, 1, 2}));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
