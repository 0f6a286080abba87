// ArticleListModel over ArticleListQuery on a database of a few thousand generated
// articles: model invariants (QAbstractItemModelTester), keyset paging across page
// boundaries, sort order with undated/empty keys last, display formats, refresh, and
// pages that walk an index instead of sorting every matching article.
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/eventstore.h"
#include "ui/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace chipline;
using ui::ArticleListModel;

namespace {

struct Generated
{
    qint64 id = 0;
    core::Article article;
    int events = 0; // distinct events with evidence in the article
    bool named = false; // an accepted mention of the fixture's entity
};

const QStringList kOutlets = {QStringLiteral("연합뉴스"), QStringLiteral("뉴스채널"), QStringLiteral("Meridian"),
                              QStringLiteral("테크브리프"), QStringLiteral("칩워치")};
const QStringList kReporters = {QStringLiteral("김민준"), QStringLiteral("이서연"), QStringLiteral("Alex Morgan"),
                                QStringLiteral("최유진"), QStringLiteral("박지훈"), QStringLiteral("정하늘")};
const QStringList kSubjects = {QStringLiteral("엔비디아는"), QStringLiteral("화웨이의"), QStringLiteral("중국 상무부가"),
                               QStringLiteral("산업안보국은"), QStringLiteral("딥시크가")};

core::Article makeArticle(int i)
{
    core::Article a;
    a.layout = QStringLiteral("dump");
    a.language = QStringLiteral("ko");
    // Gaps in every field: undated, no outlet, no title, no reporter, at different rates.
    if (i % 7 != 0)
        a.published = core::makeWallTime(2025, 1 + i % 12, 1 + i % 28, i % 24, i % 60);
    if (i % 11 != 0)
        a.outlet = kOutlets.at(i % kOutlets.size());
    if (i % 5 != 0)
        a.title = QStringLiteral("%1 수출통제 기사 %2").arg(kSubjects.at(i % kSubjects.size())).arg(i % 97);
    if (i % 13 != 0)
        a.reporter = kReporters.at(i % kReporters.size());
    a.body = QStringLiteral("%1 AI 칩 수출 허가 문제를 두고 입장을 밝혔다.\n일련번호 %2번 기사의 둘째 문단이다. "
                            "고유어휘%3 포함.")
                 .arg(kSubjects.at((i / 3) % kSubjects.size()))
                 .arg(i)
                 .arg(i);
    return a;
}

// Article i gives evidence for i % 4 events of kEventKeys (shared with other articles);
// some articles hold two passages of one event, which counts once.
constexpr int kEventKeys = 7;

// The sort key as the query defines it; a null QString for a missing key.
QString keyOf(const Generated &g, int column)
{
    const core::Article &a = g.article;
    switch (column) {
    case ArticleListModel::DateColumn:
        return a.published.isValid() ? core::formatPublished(a.published) : QString();
    case ArticleListModel::OutletColumn:
        return a.outlet.isEmpty() ? QString() : a.outlet;
    case ArticleListModel::TitleColumn:
        return a.title.isEmpty() ? a.body.left(60) : a.title;
    case ArticleListModel::EventsColumn:
        return QStringLiteral("%1").arg(g.events, 3, 10, QChar(u'0')); // never missing
    default:
        return a.reporter.isEmpty() ? QString() : a.reporter;
    }
}

} // namespace

class TestArticleListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTesterWhileFetchingAll();
    void sortOrder_data();
    void sortOrder();
    void sortOrderWithSearch_data();
    // A search's matches in every sort order, page after page (the matches are read once,
    // then each page walks the sort key's index), also when the search is too common to
    // collect and each page tests the articles it walks past.
    void sortOrderWithSearch();
    // A search with more matches than the count limit shows them all, in order, and says
    // "more than"; a common one (a sample tells) is estimated; beside another filter the
    // matches are counted up to a smaller limit.
    void largeSearchIsNotCounted();
    // A search that names an entity also finds the articles with an accepted mention of
    // it, when its matches are collected and when they are scanned for.
    void searchNamingAnEntity_data();
    void searchNamingAnEntity();
    // Sorted by any column, with or without a search, a page walks the key's index: no
    // statement sorts the matching articles (on 100,000 articles, sorting them by their
    // event count took 0.2-0.5 s a page).
    void pagesSortNothing_data();
    void pagesSortNothing();
    void displayFormats();
    void refreshKeepsLoadedRowsAndSeesNewArticles();
    void searchFilter();
    // A search sorts by relevance, page after page, and gives the sort back when cleared.
    void relevanceWhileSearching();
    // A search matching more than the query ranks is listed newest first, page after page.
    void tooManyToRankListedNewestFirst();
    void emptyDatabase();

private:
    void insert(int from, int to);
    static void fetchAll(ArticleListModel &model);
    // scan: with count limits a thousandth of the defaults, which these articles exceed.
    void checkOrder(QList<Generated> expected, const storage::ArticleListFilter &filter, int column, Qt::SortOrder order,
                    bool scan = false);
    QList<Generated> matching(const QString &term) const;

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ArticleStore> m_store;
    qint64 m_sourceId = 0;
    qint64 m_entityId = 0;
    QList<Generated> m_articles;
    static constexpr int kArticles = 3000;
};

void TestArticleListModel::insert(int from, int to)
{
    QVERIFY(m_db->exec("BEGIN"));
    for (int i = from; i < to; ++i) {
        const core::Article a = makeArticle(i);
        auto id = m_store->addArticle(m_sourceId, i, a);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QVERIFY(id.value() > 0);
        storage::EventStore events(*m_db);
        for (int k = 0; k < i % 4; ++k) {
            storage::EventRecord e;
            e.date = core::ResolvedDate::fromDate(QDate(2025, 3, 1 + (i + k) % kEventKeys));
            e.category = core::EventCategory::UsExportRule;
            e.title = QStringLiteral("Event %1").arg((i + k) % kEventKeys);
            e.clusterKey = e.title;
            for (int passage = 0; passage < (i % 8 == 3 && k == 0 ? 2 : 1); ++passage)
                QVERIFY(events.addCandidate(e, {}, id.value(), 20 * k + 10 * passage, 20 * k + 10 * passage + 8).ok());
        }
        // Every third article names the entity; the next one's mention was rejected.
        if (i % 3 != 2) {
            auto mention = m_db->statement("INSERT INTO mention(article_id, start, end, entity_id, origin, status) "
                                           "VALUES (?1, 0, 3, ?2, 'auto', ?3)");
            mention.bind(1, id.value()).bind(2, m_entityId);
            mention.bind(3, i % 3 == 0 ? QStringLiteral("accepted") : QStringLiteral("rejected"));
            QVERIFY(mention.exec());
        }
        m_articles.append({id.value(), a, i % 4, i % 3 == 0});
    }
    QVERIFY(m_store->indexPending());
    QVERIFY(m_db->exec("COMMIT"));
}

void TestArticleListModel::fetchAll(ArticleListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

void TestArticleListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("list.db")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_store = std::make_unique<storage::ArticleStore>(*m_db);
    auto source = m_store->addSource({QStringLiteral("/generated/list.txt"), 1, QByteArray("hash"), QStringLiteral("dump")});
    QVERIFY(source.ok());
    m_sourceId = source.value();
    QVERIFY(m_db->exec("INSERT INTO entity(name, type, origin) VALUES ('Kestrel Labs', 'ORG', 'user')"));
    m_entityId = m_db->lastInsertId();
    insert(0, kArticles);
}

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

void TestArticleListModel::sortOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const std::pair<const char *, int> columns[] = {{"date", ArticleListModel::DateColumn},
                                                     {"outlet", ArticleListModel::OutletColumn},
                                                     {"title", ArticleListModel::TitleColumn},
                                                     {"reporter", ArticleListModel::ReporterColumn},
                                                     {"events", ArticleListModel::EventsColumn}};
    for (const auto &[name, column] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

void TestArticleListModel::sortOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    checkOrder(m_articles, {}, column, order);
}

void TestArticleListModel::sortOrderWithSearch_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("scan");
    const std::pair<const char *, int> columns[] = {{"date", ArticleListModel::DateColumn},
                                                     {"outlet", ArticleListModel::OutletColumn},
                                                     {"title", ArticleListModel::TitleColumn},
                                                     {"reporter", ArticleListModel::ReporterColumn},
                                                     {"events", ArticleListModel::EventsColumn}};
    for (const auto &[name, column] : columns) {
        for (const bool scan : {false, true}) {
            const char *how = scan ? ", scanned" : "";
            QTest::addRow("%s ascending%s", name, how) << column << Qt::AscendingOrder << scan;
            QTest::addRow("%s descending%s", name, how) << column << Qt::DescendingOrder << scan;
        }
    }
}

QList<Generated> TestArticleListModel::matching(const QString &term) const
{
    QList<Generated> out;
    for (const Generated &g : std::as_const(m_articles)) {
        if (g.article.title.contains(term) || g.article.body.contains(term))
            out.append(g);
    }
    return out;
}

void TestArticleListModel::sortOrderWithSearch()
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

void TestArticleListModel::largeSearchIsNotCounted()
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
    QVERIFY2(model.totalCount() > all * 2 / 3 && model.totalCount() < all * 3 / 2, qPrintable(QString::number(model.totalCount())));

    // Beside an outlet: counted, up to 50.
    filter.outlet = QStringLiteral("칩워치");
    model.setFilter(filter);
    QCOMPARE(model.totalKind(), Kind::MoreThan);
    QCOMPARE(model.totalCount(), 50);
    filter.search = term;
    model.setFilter(filter);
    QCOMPARE(model.totalKind(), Kind::Exact);
    const auto inOutlet = std::count_if(found.cbegin(), found.cend(), [](const Generated &g) {
        return g.article.outlet == QStringLiteral("칩워치");
    });
    QVERIFY(inOutlet > 0);
    QCOMPARE(model.totalCount(), qint64(inOutlet));
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(inOutlet));
}

void TestArticleListModel::searchNamingAnEntity_data()
{
    QTest::addColumn<bool>("scan");
    QTest::newRow("collected") << false;
    QTest::newRow("scanned") << true;
}

void TestArticleListModel::searchNamingAnEntity()
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

void TestArticleListModel::checkOrder(QList<Generated> expected, const storage::ArticleListFilter &filter, int column,
                                      Qt::SortOrder order, bool scan)
{
    const bool desc = order == Qt::DescendingOrder;
    std::stable_sort(expected.begin(), expected.end(), [&](const Generated &l, const Generated &r) {
        const QString a = keyOf(l, column);
        const QString b = keyOf(r, column);
        if (a.isNull() != b.isNull())
            return b.isNull(); // missing keys last in both directions
        if (a != b)
            return desc ? a > b : a < b;
        return desc ? l.id > r.id : l.id < r.id;
    });

    ArticleListModel model(*m_db);
    if (scan)
        model.query().setCountLimits(20, 50);
    model.setFilter(filter);
    model.sort(column, order);
    if (scan)
        QVERIFY(model.totalKind() != storage::ArticleListCount::Kind::Exact);
    else
        QCOMPARE(model.totalCount(), qint64(expected.size()));
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.articleId(row) != expected.at(row).id) {
            QFAIL(qPrintable(QStringLiteral("row %1: id %2, expected %3 (key '%4')")
                                 .arg(row)
                                 .arg(model.articleId(row))
                                 .arg(expected.at(row).id)
                                 .arg(keyOf(expected.at(row), column))));
        }
        if (column == ArticleListModel::EventsColumn) {
            const QVariant shown = model.index(row, ArticleListModel::EventsColumn).data();
            QCOMPARE(shown.isValid() ? shown.toInt() : 0, expected.at(row).events);
        }
    }
}

void TestArticleListModel::pagesSortNothing_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("scan");
    const std::pair<const char *, int> columns[] = {{"date", ArticleListModel::DateColumn},
                                                     {"outlet", ArticleListModel::OutletColumn},
                                                     {"title", ArticleListModel::TitleColumn},
                                                     {"reporter", ArticleListModel::ReporterColumn},
                                                     {"events", ArticleListModel::EventsColumn}};
    for (const auto &[name, column] : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const char *dir = order == Qt::AscendingOrder ? "ascending" : "descending";
            QTest::addRow("%s %s", name, dir) << column << order << QString() << false;
            QTest::addRow("%s %s, search", name, dir) << column << order << QStringLiteral("화웨이") << false;
            QTest::addRow("%s %s, search scanned", name, dir) << column << order << QStringLiteral("화웨이") << true;
        }
    }
}

namespace {

// The statements run while it lives that sorted rows in a temporary b-tree (ORDER BY
// without an index to walk).
class SortWatch final
{
public:
    explicit SortWatch(storage::Database &db) : m_db(db.handle())
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

void TestArticleListModel::pagesSortNothing()
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

void TestArticleListModel::relevanceWhileSearching()
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

void TestArticleListModel::tooManyToRankListedNewestFirst()
{
    const QString term = QStringLiteral("화웨이");
    QList<Generated> matching;
    for (const Generated &g : std::as_const(m_articles)) {
        if (g.article.title.contains(term) || g.article.body.contains(term))
            matching.append(g);
    }
    QVERIFY(matching.size() > 2 * ArticleListModel::kPageSize);
    std::stable_sort(matching.begin(), matching.end(), [](const Generated &l, const Generated &r) {
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
    QCOMPARE(model.rowCount(), matching.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.articleId(row), matching.at(row).id);
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
