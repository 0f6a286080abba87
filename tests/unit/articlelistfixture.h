#pragma once
// The fixture of the article list tests: a database of a few thousand generated articles
// (gaps in every field, events and mentions of one entity at fixed rates), built once per
// test executable, and the reference order the list must show for any filter and sort.
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/statement.h"
#include "ui/articlelistmodel.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

using namespace chipline;
using ui::ArticleListModel;

namespace articlelist {

struct Generated
{
    qint64 id = 0;
    core::Article article;
    int events = 0; // distinct events with evidence in the article
    bool named = false; // an accepted mention of the fixture's entity
};

inline const QStringList kOutlets = {QStringLiteral("연합뉴스"), QStringLiteral("뉴스채널"), QStringLiteral("Meridian"),
                                     QStringLiteral("테크브리프"), QStringLiteral("칩워치")};
inline const QStringList kReporters = {QStringLiteral("김민준"),      QStringLiteral("이서연"),
                                       QStringLiteral("Alex Morgan"), QStringLiteral("최유진"),
                                       QStringLiteral("박지훈"),      QStringLiteral("정하늘")};
inline const QStringList kSubjects = {QStringLiteral("엔비디아는"), QStringLiteral("화웨이의"),
                                      QStringLiteral("중국 상무부가"), QStringLiteral("산업안보국은"),
                                      QStringLiteral("딥시크가")};

inline core::Article makeArticle(int i)
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

// The columns a list sorts by, named for data rows.
inline constexpr std::pair<const char *, int> kSortColumns[] = {{"date", ArticleListModel::DateColumn},
                                                                {"outlet", ArticleListModel::OutletColumn},
                                                                {"title", ArticleListModel::TitleColumn},
                                                                {"reporter", ArticleListModel::ReporterColumn},
                                                                {"events", ArticleListModel::EventsColumn}};

// The sort key as the query defines it; a null QString for a missing key.
inline QString keyOf(const Generated &g, int column)
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

} // namespace articlelist

using articlelist::Generated;
using articlelist::keyOf;

class ArticleListFixture : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    void initTestCase();

protected:
    void insert(int from, int to);
    static void fetchAll(ArticleListModel &model);
    // scan: with count limits a thousandth of the defaults, which these articles exceed.
    void checkOrder(QList<Generated> expected, const storage::ArticleListFilter &filter, int column,
                    Qt::SortOrder order, bool scan = false);
    QList<Generated> matching(const QString &term) const;

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ArticleStore> m_store;
    qint64 m_sourceId = 0;
    qint64 m_entityId = 0;
    QList<Generated> m_articles;
    static constexpr int kArticles = 3000;
};

inline void ArticleListFixture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("list.db")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_store = std::make_unique<storage::ArticleStore>(*m_db);
    auto source =
        m_store->addSource({QStringLiteral("/generated/list.txt"), 1, QByteArray("hash"), QStringLiteral("dump")});
    QVERIFY(source.ok());
    m_sourceId = source.value();
    QVERIFY(m_db->exec("INSERT INTO entity(name, type, origin) VALUES ('Kestrel Labs', 'ORG', 'user')"));
    m_entityId = m_db->lastInsertId();
    insert(0, kArticles);
}

inline void ArticleListFixture::insert(int from, int to)
{
    QVERIFY(m_db->exec("BEGIN"));
    for (int i = from; i < to; ++i) {
        const core::Article a = articlelist::makeArticle(i);
        auto id = m_store->addArticle(m_sourceId, i, a);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QVERIFY(id.value() > 0);
        storage::EventStore events(*m_db);
        for (int k = 0; k < i % 4; ++k) {
            storage::EventRecord e;
            e.date = core::ResolvedDate::fromDate(QDate(2025, 3, 1 + (i + k) % articlelist::kEventKeys));
            e.category = core::EventCategory::UsExportRule;
            e.title = QStringLiteral("Event %1").arg((i + k) % articlelist::kEventKeys);
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

inline void ArticleListFixture::fetchAll(ArticleListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

inline QList<Generated> ArticleListFixture::matching(const QString &term) const
{
    QList<Generated> out;
    for (const Generated &g : std::as_const(m_articles)) {
        if (g.article.title.contains(term) || g.article.body.contains(term))
            out.append(g);
    }
    return out;
}

inline void ArticleListFixture::checkOrder(QList<Generated> expected, const storage::ArticleListFilter &filter,
                                           int column, Qt::SortOrder order, bool scan)
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
