// ArticleListModel over ArticleListQuery on a database of a few thousand generated
// articles: model invariants (QAbstractItemModelTester) while fetching page by page,
// display formats, refresh, filters, and an empty database. Sort order and paging are in
// tst_articlelistsort, searches in tst_articlelistsearch.
#include "articlelistfixture.h"

#include <QAbstractItemModelTester>

class TestArticleListModel final : public ArticleListFixture
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterWhileFetchingAll();
    void displayFormats();
    void refreshKeepsLoadedRowsAndSeesNewArticles();
    void searchFilter();
    void emptyDatabase();
};

void TestArticleListModel::modelTesterWhileFetchingAll()
{
    ArticleListModel model(*m_db);
    // One page up front, the rest on demand.
    QCOMPARE(model.rowCount(), ArticleListModel::kFirstPageSize);
    QCOMPARE(model.totalCount(), qint64(kArticles));
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), kArticles);
    QVERIFY(!model.canFetchMore({}));
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), ArticleListModel::kFirstPageSize);
    fetchAll(model);
    QCOMPARE(model.rowCount(), kArticles);
}

void TestArticleListModel::displayFormats()
{
    ArticleListModel model(*m_db);
    model.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
    fetchAll(model);
    const Generated &first = *std::min_element(m_articles.begin(), m_articles.end(), [](const auto &l, const auto &r) {
        const bool lu = !l.article.published.isValid(), ru = !r.article.published.isValid();
        if (lu != ru)
            return ru;
        return l.article.published != r.article.published ? l.article.published < r.article.published : l.id < r.id;
    });
    QCOMPARE(model.articleId(0), first.id);
    QCOMPARE(model.index(0, ArticleListModel::DateColumn).data().toString(),
             first.article.published.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(model.index(0, ArticleListModel::DateColumn).data(ArticleListModel::IdRole).toLongLong(), first.id);

    // Undated rows come last and show a dash.
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, ArticleListModel::DateColumn).data().toString(), QStringLiteral("—"));

    // A missing title is replaced by the first words of the body, and says so.
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.articleId(row);
        const auto it = std::find_if(m_articles.begin(), m_articles.end(), [id](const auto &g) { return g.id == id; });
        QVERIFY(it != m_articles.end());
        const QModelIndex title = model.index(row, ArticleListModel::TitleColumn);
        if (it->article.title.isEmpty()) {
            QVERIFY2(title.data().toString().startsWith(it->article.body.section(u' ', 0, 2)),
                     qPrintable(title.data().toString()));
            QVERIFY(!title.data().toString().contains(u'\n'));
            QVERIFY(title.data(ArticleListModel::TitleIsLeadRole).toBool());
            QVERIFY(title.data(Qt::ToolTipRole).toString().contains(title.data().toString()));
            return;
        }
        QCOMPARE(title.data().toString(), it->article.title);
    }
    QFAIL("no article without a title");
}

void TestArticleListModel::refreshKeepsLoadedRowsAndSeesNewArticles()
{
    ArticleListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    model.fetchMore({});
    const int loaded = model.rowCount();
    QVERIFY(loaded >= ArticleListModel::kFirstPageSize + 2 * ArticleListModel::kPageSize);
    const int before = int(m_articles.size());
    insert(before, before + 50);
    model.refresh();
    QCOMPARE(model.totalCount(), qint64(before + 50));
    QVERIFY(model.rowCount() >= loaded);
    const qint64 newest = m_articles.last().id;
    QVERIFY(model.rowOfArticle(newest, before + 50) >= 0);
}

void TestArticleListModel::searchFilter()
{
    ArticleListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    storage::ArticleListFilter search;
    search.search = QStringLiteral("고유어휘1234 ");
    model.setFilter(search);
    QCOMPARE(model.totalCount(), qint64(1));
    QCOMPARE(model.rowCount(), 1);
    storage::ArticleListFilter outlet;
    outlet.outlet = QStringLiteral("칩워치");
    model.setFilter(outlet);
    fetchAll(model);
    QCOMPARE(model.rowCount(), model.totalCount());
    QVERIFY(model.totalCount() > 100);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ArticleListModel::OutletColumn).data().toString(), QStringLiteral("칩워치"));
    model.setFilter({});
    QCOMPARE(model.totalCount(), qint64(m_articles.size()));
}

void TestArticleListModel::emptyDatabase()
{
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("empty.db")));
    QVERIFY(db.ok());
    ArticleListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.sort(ArticleListModel::ReporterColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().isEmpty());
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
