// ArticleListModel's sort orders on the generated articles: every column both ways, with
// undated and empty keys last, keyset paging across page boundaries, with and without a
// search, and pages that walk an index instead of sorting every matching article.
#include "articlelistfixture.h"

#include <sqlite3.h>

class TestArticleListSort final : public ArticleListFixture
{
    Q_OBJECT

private Q_SLOTS:
    void sortOrder_data();
    void sortOrder();
    void sortOrderWithSearch_data();
    // A search's matches in every sort order, page after page (the matches are read once,
    // then each page walks the sort key's index), also when the search is too common to
    // collect and each page tests the articles it walks past.
    void sortOrderWithSearch();
    // Sorted by any column, with or without a search, a page walks the key's index: no
    // statement sorts the matching articles (on 100,000 articles, sorting them by their
    // event count took 0.2-0.5 s a page).
    void pagesSortNothing_data();
    void pagesSortNothing();
};

namespace {

// The statements run while it lives that sorted rows in a temporary b-tree (ORDER BY
// without an index to walk).
class SortWatch final
{
public:
    explicit SortWatch(storage::Database &db)
        : m_db(db.handle())
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_PROFILE, &SortWatch::profiled, this);
    }
    ~SortWatch() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    const QStringList &sorted() const { return m_sorted; }

private:
    static int profiled(unsigned, void *self, void *stmt, void *)
    {
        auto *st = static_cast<sqlite3_stmt *>(stmt);
        if (sqlite3_stmt_status(st, SQLITE_STMTSTATUS_SORT, 0) > 0)
            static_cast<SortWatch *>(self)->m_sorted << QString::fromUtf8(sqlite3_sql(st));
        return 0;
    }
    sqlite3 *m_db;
    QStringList m_sorted;
};

} // namespace

void TestArticleListSort::sortOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const auto &[name, column] : articlelist::kSortColumns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

void TestArticleListSort::sortOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    checkOrder(m_articles, {}, column, order);
}

void TestArticleListSort::sortOrderWithSearch_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("scan");
    for (const auto &[name, column] : articlelist::kSortColumns) {
        for (const bool scan : {false, true}) {
            const char *how = scan ? ", scanned" : "";
            QTest::addRow("%s ascending%s", name, how) << column << Qt::AscendingOrder << scan;
            QTest::addRow("%s descending%s", name, how) << column << Qt::DescendingOrder << scan;
        }
    }
}

void TestArticleListSort::sortOrderWithSearch()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, scan);
    const QString term = QStringLiteral("화웨이");
    const QList<Generated> found = matching(term);
    QVERIFY(found.size() > 2 * ArticleListModel::kPageSize);
    QVERIFY(found.size() < m_articles.size());
    storage::ArticleListFilter filter;
    filter.search = term;
    checkOrder(found, filter, column, order, scan);
}

void TestArticleListSort::pagesSortNothing_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("scan");
    for (const auto &[name, column] : articlelist::kSortColumns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const char *dir = order == Qt::AscendingOrder ? "ascending" : "descending";
            QTest::addRow("%s %s", name, dir) << column << order << QString() << false;
            QTest::addRow("%s %s, search", name, dir) << column << order << QStringLiteral("화웨이") << false;
            QTest::addRow("%s %s, search scanned", name, dir) << column << order << QStringLiteral("화웨이") << true;
        }
    }
}

void TestArticleListSort::pagesSortNothing()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, search);
    QFETCH(bool, scan);
    ArticleListModel model(*m_db);
    if (scan)
        model.query().setCountLimits(20, 50);
    storage::ArticleListFilter filter;
    filter.search = search;
    model.setFilter(filter);
    SortWatch watch(*m_db);
    model.sort(column, order);
    model.fetchMore({});
    model.fetchMore({});
    QVERIFY(model.rowCount() > 2 * ArticleListModel::kPageSize);
    QVERIFY2(watch.sorted().isEmpty(), qPrintable(watch.sorted().join(u'\n')));
}

QTEST_MAIN(TestArticleListSort)
#include "tst_articlelistsort.moc"
