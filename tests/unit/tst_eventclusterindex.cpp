// EventStore places a new article's candidates from EventClusterIndex instead of a query
// each: the same candidates, with the analyst working on another connection between
// batches, must build the same events through both.
#include "core/article.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/eventeditor.h"
#include "storage/eventstore.h"
#include "storage/transaction.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace chipline;
using storage::Database;
using storage::EventRecord;

namespace {

constexpr int kArticles = 150;
constexpr int kBatch = 10; // articles a transaction

struct Entity
{
    const char *name;
    const char *type;
};
// Identifying types and places, which never identify an event.
const Entity kEntities[] = {{"Nvidia", "ORG"}, {"BIS", "GOV"}, {"Raimondo", "PERSON"},
                            {"Beijing", "PLACE"}, {"H20", "CHIP"}, {"Washington", "PLACE"}};

struct Candidate
{
    EventRecord event;
    QList<int> actors; // indexes into kEntities
    qint64 start = 0;
    qint64 end = 0;
};

// Candidates as extraction makes them, a few an article, on a handful of dates and actors
// so that keys repeat, dates are a day apart or a month and a day in it, and actor sets
// overlap; now and then a passage twice, or a key that names fewer actors.
QList<QList<Candidate>> makeCandidates()
{
    QRandomGenerator random(7);
    const core::EventCategory categories[] = {core::EventCategory::EntityList,
                                              core::EventCategory::UsLicenseRequirement};
    QList<QList<Candidate>> out;
    for (int a = 0; a < kArticles; ++a) {
        QList<Candidate> article;
        const int count = 1 + int(random.bounded(4));
        for (int i = 0; i < count; ++i) {
            Candidate c;
            const QDate day = QDate(2025, 4, 8).addDays(random.bounded(6));
            const bool month = random.bounded(5) == 0;
            const QString date = month ? day.toString(QStringLiteral("yyyy-MM")) : day.toString(Qt::ISODate);
            c.event.date = core::ResolvedDate::fromValue(date);
            c.event.category = categories[random.bounded(2)];
            c.event.title = QStringLiteral("Event ") + date;
            if (month) {
                for (QDate d(day.year(), day.month(), 1); d.month() == day.month(); d = d.addDays(1))
                    c.event.compatibleDates.append(d.toString(Qt::ISODate));
            } else {
                c.event.compatibleDates = {day.addDays(-1).toString(Qt::ISODate),
                                           day.addDays(1).toString(Qt::ISODate), date.left(7)};
            }
            QStringList names;
            for (int e = 0; e < 6; ++e) {
                if (random.bounded(3) == 0) {
                    c.actors.append(e);
                    names.append(QString::fromLatin1(kEntities[e].name));
                }
            }
            if (random.bounded(4) == 0 && names.size() > 1)
                names.removeLast();
            const QString prefix = core::categoryCode(c.event.category) + u'|' + date + u'|';
            c.event.clusterKey = random.bounded(8) == 0 ? QString() : prefix + names.join(u',');
            const bool again = i > 0 && random.bounded(6) == 0;
            c.start = again ? article.last().start : 100 * i;
            c.end = again ? article.last().end : 100 * i + 40;
            article.append(c);
        }
        out.append(article);
    }
    return out;
}

QStringList dump(Database &db, const char *sql)
{
    QStringList out;
    auto st = db.statement(sql);
    while (st.next()) {
        QStringList columns;
        for (int i = 0; i < st.columnCount(); ++i)
            columns.append(st.isNull(i) ? QStringLiteral("NULL") : st.text(i));
        out.append(columns.join(u'|'));
    }
    return out;
}

struct Library
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QList<qint64> articles;
    QList<qint64> entities;

    QString path() const { return dir.filePath(QStringLiteral("e.db")); }

    bool open()
    {
        auto opened = Database::open(path());
        if (!opened)
            return false;
        db = std::move(opened).value();
        storage::ArticleStore store(*db);
        const qint64 source = store.addSource({QStringLiteral("/tmp/e.txt"), 1, QByteArray("e"), {}}).value();
        for (int i = 0; i < kArticles; ++i) {
            core::Article a;
            a.layout = QStringLiteral("dump");
            a.body = QStringLiteral("Article %1 about export controls.").arg(i);
            articles.append(store.addArticle(source, i, a).value());
        }
        for (const Entity &e : kEntities) {
            auto st = db->statement("INSERT INTO entity(name, type, origin) VALUES (?1, ?2, 'builtin')");
            st.bind(1, QString::fromLatin1(e.name)).bind(2, QString::fromLatin1(e.type));
            if (!st.exec())
                return false;
            entities.append(db->lastInsertId());
        }
        return true;
    }

    // Stores the articles in batches, one transaction each; between batches the analyst,
    // on a connection of their own, rejects, dates and merges events.
    QString store(const QList<QList<Candidate>> &candidates, bool indexed)
    {
        storage::EventStore events(*db);
        for (int from = 0; from < kArticles; from += kBatch) {
            storage::Transaction tx(*db);
            for (int a = from; a < from + kBatch; ++a) {
                if (indexed)
                    events.beginNewArticle(articles[a]);
                for (Candidate c : candidates[a]) {
                    QList<qint64> actors;
                    for (const int e : c.actors) {
                        actors.append(entities[e]);
                        if (QByteArray(kEntities[e].type) != "PLACE")
                            c.event.identifyingActorIds.append(entities[e]);
                    }
                    if (auto id = events.addCandidate(c.event, actors, articles[a], c.start, c.end); !id)
                        return id.error().message;
                }
            }
            if (!tx.commit())
                return QStringLiteral("commit");
            events.committed();
            if (const QString failed = analystWorks(from / kBatch); !failed.isEmpty())
                return failed;
        }
        return {};
    }

    QString analystWorks(int batch)
    {
        auto other = Database::open(path());
        if (!other)
            return other.error().message;
        Database &d = *other.value();
        const char *work[] = {
            "UPDATE event SET status = 'rejected' WHERE id = (SELECT v.event_id FROM event_evidence v JOIN event e "
            "ON e.id = v.event_id WHERE e.status = 'candidate' GROUP BY v.event_id ORDER BY count(*) DESC LIMIT 1)",
            "UPDATE event SET date = '2025-04-12', precision = 'day', edited = 1 WHERE id = (SELECT min(id) FROM "
            "event WHERE NOT edited AND precision = 'month')",
            nullptr,
            "UPDATE event SET status = 'confirmed' WHERE id = (SELECT min(id) FROM event WHERE status = 'candidate')",
        };
        if (const char *sql = work[batch % 4])
            return d.exec(sql).ok() ? QString() : d.lastError();
        // The dock's merge: the newest two candidates of a category become one.
        auto pick = d.statement("SELECT id FROM event WHERE status = 'candidate' AND category = 'entity-list' "
                                "ORDER BY id DESC LIMIT 2");
        QList<qint64> two;
        while (pick.next())
            two.append(pick.int64(0));
        if (two.size() < 2)
            return {};
        storage::EventEditor editor(d);
        const auto before = editor.snapshots(two);
        if (!before)
            return before.error().message;
        const auto merged = storage::EventEditor::merged(before.value()[0], before.value()[1]);
        const auto st = editor.replace(two, {merged});
        return st ? QString() : st.error().message;
    }
};

const char *const kTables[] = {
    "SELECT id, date, precision, category, title, status, edited, cluster_key FROM event ORDER BY id",
    "SELECT event_id, entity_id FROM event_actor ORDER BY 1, 2",
    "SELECT id, event_id, article_id, start, end, cluster_key, date, dated_by FROM event_evidence ORDER BY id",
    "SELECT article_id, events FROM article_event_count ORDER BY 1",
};

} // namespace

class TestEventClusterIndex final : public QObject
{
    Q_OBJECT

private slots:
    void placesNewArticlesAsTheQueriesDo()
    {
        const auto candidates = makeCandidates();
        Library queried, indexed;
        QVERIFY(queried.open());
        QVERIFY(indexed.open());
        QCOMPARE(queried.store(candidates, false), QString());
        QCOMPARE(indexed.store(candidates, true), QString());
        for (const char *sql : kTables)
            QCOMPARE(dump(*indexed.db, sql), dump(*queried.db, sql));
        // The candidates made enough of each case to mean something.
        QVERIFY(dump(*queried.db, "SELECT 1 FROM event").size() > 20);
        QVERIFY(dump(*queried.db, "SELECT 1 FROM event_evidence WHERE cluster_key IS NOT NULL").size() > 20);
        QVERIFY(!dump(*queried.db, "SELECT 1 FROM event WHERE status = 'rejected'").isEmpty());
    }

    // A new article has no passages yet: the index does not look for them. (Through the
    // queries, a passage stored before would be found; that it is not shows the index
    // placed the candidate.)
    void aNewArticlesPassagesAreNotLookedUp()
    {
        Library lib;
        QVERIFY(lib.open());
        EventRecord e;
        e.date = core::ResolvedDate::fromValue(QStringLiteral("2025-04-10"));
        e.category = core::EventCategory::EntityList;
        e.title = QStringLiteral("Listed");
        e.clusterKey = QStringLiteral("entity-list|2025-04-10|Nvidia");
        storage::EventStore events(*lib.db);
        QVERIFY(events.addCandidate(e, {}, lib.articles[0], 0, 40).ok());
        QVERIFY(lib.db->exec("INSERT INTO event_evidence(event_id, article_id, start, end) "
                             "SELECT id, 2, 0, 40 FROM event")
                    .ok());
        e.clusterKey = QStringLiteral("entity-list|2025-04-10|BIS");
        auto viaQuery = events.addCandidate(e, {}, lib.articles[1], 0, 40);
        QCOMPARE(viaQuery.value(), qint64(1)); // the passage's holder
        events.beginNewArticle(lib.articles[1]);
        auto viaIndex = events.addCandidate(e, {}, lib.articles[1], 0, 40);
        QCOMPARE(viaIndex.value(), qint64(2)); // a new event for the new key
    }
};

QTEST_GUILESS_MAIN(TestEventClusterIndex)
#include "tst_eventclusterindex.moc"
