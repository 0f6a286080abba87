#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/searchquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chipline;
using namespace chipline::storage;

class TestSearchQuery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        ArticleStore store(*m_db);
        const qint64 source =
            store.addSource({QStringLiteral("/tmp/s.txt"), 1, QByteArray("s"), QStringLiteral("text")}).value();
        const QStringList bodies = {
            QStringLiteral("화웨이의 어센드 910C 생산이 늘었다. 중국 정부는 자립을 강조했다."), // 1
            QStringLiteral("미국 상무부는 엔비디아에 H20 수출 허가를 요구했다."), // 2
            QStringLiteral("Nvidia said the AI chip needs a license for China."), // 3
            QStringLiteral("관세 협상이 이어지는 가운데 미중 갈등이 커졌다."), // 4
            QStringLiteral("화웨이 화웨이 화웨이: 화웨이가 다시 화제다."), // 5
        };
        for (int i = 0; i < bodies.size(); ++i) {
            core::Article a;
            a.layout = QStringLiteral("text");
            a.body = bodies[i];
            a.published = core::makeWallTime(2025, 1, 1 + i);
            QVERIFY(store.addArticle(source, i, a).value() > 0);
        }
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("korean substring with particle") << QStringLiteral("화웨이") << QList<qint64>{1, 5};
        QTest::newRow("two syllables") << QStringLiteral("중국") << QList<qint64>{1};
        QTest::newRow("two syllables 관세") << QStringLiteral("관세") << QList<qint64>{4};
        QTest::newRow("two syllables 미국") << QStringLiteral("미국") << QList<qint64>{2};
        QTest::newRow("short english") << QStringLiteral("AI") << QList<qint64>{3};
        QTest::newRow("english case-insensitive") << QStringLiteral("nvidia") << QList<qint64>{3};
        QTest::newRow("long and short terms") << QStringLiteral("엔비디아 미국") << QList<qint64>{2};
        QTest::newRow("no hit") << QStringLiteral("삼성전자") << QList<qint64>{};
        QTest::newRow("quotes are text") << QStringLiteral("\"화웨이\" OR") << QList<qint64>{};
    }
    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, ids);
        QList<qint64> got = SearchQuery(query).matchingIds(*m_db);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, ids);
        QList<qint64> ranked;
        for (const auto &hit : SearchQuery(query).run(*m_db, 10))
            ranked.append(hit.id);
        std::sort(ranked.begin(), ranked.end());
        QCOMPARE(ranked, ids);
    }

    void ranksByRelevance()
    {
        const auto hits = SearchQuery(QStringLiteral("화웨이")).run(*m_db, 10);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().id, 5); // five occurrences beat one
        QVERIFY(hits.first().snippet.contains(QStringLiteral("[화웨이]")));
    }

    void emptyQuery()
    {
        QVERIFY(SearchQuery(QStringLiteral("   ")).isEmpty());
        QVERIFY(SearchQuery(QStringLiteral("  ")).run(*m_db, 10).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
