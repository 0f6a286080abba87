// ArticleListModel while searching the generated articles: counts that stop at a limit or
// are estimated, searches that name an entity, relevance order and its limits.
#include "articlelistfixture.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSet>
#include <QSignalSpy>

class TestArticleListSearch final : public ArticleListFixture
{
    Q_OBJECT

private Q_SLOTS:
    // A search with more matches than the count limit shows them all, in order, and says
    // "more than"; a common one (a sample tells) is estimated; beside another filter the
    // matches are counted up to a smaller limit.
    void largeSearchIsNotCounted();
    // A search that names an entity also finds the articles with an accepted mention of
    // it, when its matches are collected and when they are scanned for.
    void searchNamingAnEntity_data();
    void searchNamingAnEntity();
    // A search sorts by relevance, page after page, and gives the sort back when cleared.
    void relevanceWhileSearching();
    // A search matching more than the query ranks is listed newest first, page after page.
    void tooManyToRankListedNewestFirst();
};

void TestArticleListSearch::largeSearchIsNotCounted()
{
    using Kind = storage::ArticleListCount::Kind;
    // "일련번호 12번", 120-129, 1200-1299: too few for a sample to call common (4%), more
    // than the limit of 20.
    const QString term = QStringLiteral("번호 12");
    const QList<Generated> found = matching(term);
    QCOMPARE(found.size(), 111);
    storage::ArticleListFilter filter;
    filter.search = term;
    checkOrder(found, filter, ArticleListModel::DateColumn, Qt::DescendingOrder, true);
    ArticleListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.query().setCountLimits(20, 50);
    model.setFilter(filter);
    QCOMPARE(model.totalKind(), Kind::MoreThan);
    QCOMPARE(model.totalCount(), 20);
    // Too many to collect, so too many to rank: newest first, every match there.
    QVERIFY(model.sortedByRelevance());
    QVERIFY(!model.relevanceRanked());
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(found.size()));
    QHash<qint64, QString> dateOf;
    for (const Generated &g : found)
        dateOf.insert(g.id, keyOf(g, ArticleListModel::DateColumn));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(dateOf.value(model.articleId(row - 1)) >= dateOf.value(model.articleId(row)));
    model.sort(ArticleListModel::EventsColumn, Qt::AscendingOrder); // the count stands
    QCOMPARE(model.totalKind(), Kind::MoreThan);

    // A third of the articles: common, estimated from a sample.
    filter.search = QStringLiteral("화웨이");
    model.setFilter(filter);
    QCOMPARE(model.totalKind(), Kind::About);
    const qint64 all = matching(filter.search).size();
    QVERIFY2(model.totalCount() > all * 2 / 3 && model.totalCount() < all * 3 / 2,
             qPrintable(QString::number(model.totalCount())));

    // Beside an outlet: counted, up to 50.
    filter.outlet = QStringLiteral("칩워치");
    model.setFilter(filter);
    QCOMPARE(model.totalKind(), Kind::MoreThan);
    QCOMPARE(model.totalCount(), 50);
    filter.search = term;
    model.setFilter(filter);
    QCOMPARE(model.totalKind(), Kind::Exact);
    const auto inOutlet = std::count_if(
        found.cbegin(), found.cend(), [](const Generated &g) { return g.article.outlet == QStringLiteral("칩워치"); });
    QVERIFY(inOutlet > 0);
    QCOMPARE(model.totalCount(), qint64(inOutlet));
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(inOutlet));
}

void TestArticleListSearch::searchNamingAnEntity_data()
{
    QTest::addColumn<bool>("scan");
    QTest::newRow("collected") << false;
    QTest::newRow("scanned") << true;
}

void TestArticleListSearch::searchNamingAnEntity()
{
    QFETCH(bool, scan);
    storage::ArticleListFilter filter;
    filter.search = QStringLiteral("번호 12");
    filter.searchEntities = {m_entityId};
    QList<Generated> expected;
    for (const Generated &g : std::as_const(m_articles)) {
        if (g.named || g.article.body.contains(filter.search))
            expected.append(g);
    }
    QVERIFY(expected.size() > matching(filter.search).size());
    ArticleListModel model(*m_db);
    if (scan)
        model.query().setCountLimits(20, 50, 100); // more mentions than 100: the sample decides
    model.setFilter(filter);
    model.sort(ArticleListModel::EventsColumn, Qt::DescendingOrder);
    QCOMPARE(model.totalKind(), scan ? storage::ArticleListCount::Kind::About : storage::ArticleListCount::Kind::Exact);
    if (!scan)
        QCOMPARE(model.totalCount(), qint64(expected.size()));
    checkOrder(expected, filter, ArticleListModel::EventsColumn, Qt::DescendingOrder, scan);
    checkOrder(expected, filter, ArticleListModel::DateColumn, Qt::AscendingOrder, scan);
}

void TestArticleListSearch::relevanceWhileSearching()
{
    ArticleListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(ArticleListModel::ReporterColumn, Qt::AscendingOrder);
    QSignalSpy sortChanged(&model, &ArticleListModel::sortChanged);
    storage::ArticleListFilter filter;
    filter.search = QStringLiteral("화웨이");
    model.setFilter(filter);
    QVERIFY(model.sortedByRelevance());
    QCOMPARE(model.sortedColumn(), -1);
    QCOMPARE(sortChanged.count(), 1);
    fetchAll(model);
    QCOMPARE(model.rowCount(), model.totalCount());
    QVERIFY(model.rowCount() > 2 * ArticleListModel::kPageSize);

    // Every match once, best first (bm25 is lower for better matches), across pages.
    QHash<qint64, double> rank;
    auto st = m_db->statement("SELECT rowid, bm25(article_fts) FROM article_fts WHERE article_fts MATCH '\"화웨이\"'");
    while (st.next())
        rank.insert(st.int64(0), st.real(1));
    QCOMPARE(qsizetype(model.rowCount()), rank.size());
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.articleId(row);
        QVERIFY(rank.contains(id));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        if (row > 0) {
            const double before = rank.value(model.articleId(row - 1));
            QVERIFY2(before <= rank.value(id) + 1e-9, qPrintable(QStringLiteral("row %1").arg(row)));
        }
    }
    QVERIFY(rank.value(model.articleId(0)) < rank.value(model.articleId(model.rowCount() - 1)));

    // Two characters (a step on the way to a word) are listed newest first.
    filter.search = QStringLiteral("AI");
    model.setFilter(filter);
    QVERIFY(model.sortedByRelevance());
    QVERIFY(!model.relevanceRanked());
    QCOMPARE(model.totalCount(), qint64(m_articles.size()));
    filter.search = QStringLiteral("화웨이");
    model.setFilter(filter);
    QVERIFY(model.relevanceRanked());

    // Another column while searching, then relevance again, then the search cleared.
    model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
    QVERIFY(!model.sortedByRelevance());
    model.sortByRelevance();
    QVERIFY(model.sortedByRelevance());
    model.setFilter({});
    QVERIFY(!model.sortedByRelevance());
    QCOMPARE(model.sortedColumn(), int(ArticleListModel::ReporterColumn));
    QCOMPARE(model.sortedOrder(), Qt::AscendingOrder);
    // No search, no relevance.
    model.sortByRelevance();
    QVERIFY(!model.sortedByRelevance());
}

void TestArticleListSearch::tooManyToRankListedNewestFirst()
{
    const QString term = QStringLiteral("화웨이");
    QList<Generated> found = matching(term);
    QVERIFY(found.size() > 2 * ArticleListModel::kPageSize);
    std::stable_sort(found.begin(), found.end(), [](const Generated &l, const Generated &r) {
        const QString a = keyOf(l, ArticleListModel::DateColumn);
        const QString b = keyOf(r, ArticleListModel::DateColumn);
        if (a.isNull() != b.isNull())
            return b.isNull();
        return a != b ? a > b : l.id > r.id;
    });
    ArticleListModel model(*m_db);
    model.query().setMaxRankedHits(100);
    storage::ArticleListFilter filter;
    filter.search = term;
    model.setFilter(filter);
    QVERIFY(model.sortedByRelevance());
    QVERIFY(!model.relevanceRanked());
    fetchAll(model);
    QCOMPARE(model.rowCount(), found.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.articleId(row), found.at(row).id);
}

QTEST_MAIN(TestArticleListSearch)
#include "tst_articlelistsearch.moc"
