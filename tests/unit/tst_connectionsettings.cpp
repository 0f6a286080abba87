// Storage helpers that other layers use instead of SQL of their own: DataVersion (the
// window's watcher), BulkInsert (the importer), ArticleStore::idsAfter and the counts
// LibraryState gives a recognition run.
#include "storage/articlestore.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/dataversion.h"
#include "storage/librarystate.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chipline;
using namespace chipline::storage;

namespace {

qint64 pragma(Database &db, const char *sql)
{
    auto st = db.statement(sql);
    return st.next() ? st.int64(0) : -1;
}

} // namespace

class TstConnectionSettings final : public QObject
{
    Q_OBJECT

private slots:
    void dataVersionSeesOtherConnectionsOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        auto watched = Database::open(path);
        auto other = Database::open(path);
        QVERIFY(watched.ok() && other.ok());
        DataVersion version(*watched.value());
        const qint64 before = version.current();
        QVERIFY(before >= 0);
        QVERIFY(watched.value()->exec("CREATE TABLE mine(x)").ok());
        QCOMPARE(version.current(), before); // its own commits do not count
        QVERIFY(other.value()->exec("CREATE TABLE theirs(x)").ok());
        QVERIFY(version.current() != before);
    }

    void bulkInsertRestoresTheConnection()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.ok());
        Database &d = *db.value();
        QCOMPARE(pragma(d, "PRAGMA foreign_keys"), 1);
        const qint64 checkpoint = pragma(d, "PRAGMA wal_autocheckpoint");
        {
            const BulkInsert bulk(d);
            QCOMPARE(pragma(d, "PRAGMA foreign_keys"), 0);
            QCOMPARE(pragma(d, "PRAGMA wal_autocheckpoint"), 8192);
        }
        QCOMPARE(pragma(d, "PRAGMA foreign_keys"), 1);
        QCOMPARE(pragma(d, "PRAGMA wal_autocheckpoint"), checkpoint);
    }

    void idsAfterWalksInChunks()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.ok());
        Database &d = *db.value();
        ArticleStore store(d);
        auto sourceId =
            store.addSource({dir.filePath(QStringLiteral("s.txt")), 10, QByteArray("h"), QStringLiteral("text")});
        QVERIFY(sourceId.ok());
        QList<qint64> added;
        for (int i = 0; i < 7; ++i) {
            core::Article a;
            a.layout = QStringLiteral("text");
            a.language = QStringLiteral("ko");
            a.title = QStringLiteral("t%1").arg(i);
            a.body = QStringLiteral("본문 %1").arg(i);
            a.published = core::makeWallTime(2025, 4, 16, 9, 30, 0);
            auto id = store.addArticle(sourceId.value(), i, a);
            QVERIFY(id.ok() && id.value() > 0);
            added.append(id.value());
        }
        QList<qint64> walked;
        for (qint64 after = 0;;) {
            const QList<qint64> chunk = store.idsAfter(after, 3);
            QVERIFY(chunk.size() <= 3);
            if (chunk.isEmpty())
                break;
            walked += chunk;
            after = chunk.last();
        }
        QCOMPARE(walked, added);
        QCOMPARE(LibraryState::eventCount(d), 0);
        QCOMPARE(LibraryState::acceptedMentionCount(d), 0);
        QVERIFY(d.exec("INSERT INTO entity(name, type, origin) VALUES ('Nvidia', 'ORG', 'builtin')").ok());
        auto st = d.statement("INSERT INTO mention(article_id, entity_id, start, end, origin, status) VALUES (?1, 1, "
                              "0, 2, 'manual', 'accepted')");
        st.bind(1, added.first());
        QVERIFY(!st.next());
        QCOMPARE(LibraryState::acceptedMentionCount(d), 1);
    }
};

QTEST_GUILESS_MAIN(TstConnectionSettings)
#include "tst_connectionsettings.moc"
