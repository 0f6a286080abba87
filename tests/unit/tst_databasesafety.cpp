// Issue 14: the rules that keep a database from being destroyed, each with a test. Nothing
// but SQLite touches a database's files; nothing deletes or replaces one another
// connection may hold; one canonical path; damage found on open and never written;
// automatic backups, restore into a live database, and salvage of a damaged one.
#include "storage/backup.h"
#include "storage/backupset.h"
#include "storage/database.h"
#include "storage/databasefiles.h"
#include "storage/entitystore.h"
#include "storage/restore.h"
#include "storage/salvage.h"
#include "storage/searchindex.h"
#include "storage/statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace chipline;
using namespace chipline::storage;
using namespace Qt::StringLiterals;

namespace {

qint64 count(Database &db, const char *sql)
{
    auto st = db.statement(sql);
    return st.next() ? st.int64(0) : -1;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

ino_t inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// A database with articles, one manual annotation, one confirmed event; closed, checkpointed.
bool fill(const QString &path, int articles, const QString &tag)
{
    auto db = Database::open(path);
    if (!db)
        return false;
    Database &d = *db.value();
    const bool ok = d.exec("INSERT INTO source(path, size, hash, layout, imported_at, outcome) "
                           "VALUES ('/x.txt', 1, x'00', 'text', '2025-01-01T00:00:00', 'imported')")
                        .ok();
    if (!ok)
        return false;
    EntityStore entities(d);
    const auto entity = entities.ensure(u"Stress Co"_s, u"ORG"_s, u"user"_s);
    if (!entity)
        return false;
    for (int i = 0; i < articles; ++i) {
        auto st =
            d.statement("INSERT INTO article(source_id, source_index, layout, title, body, language, content_hash) "
                        "VALUES ((SELECT max(id) FROM source), ?1, 'text', ?2, ?3, 'ko', randomblob(20))");
        st.bind(1, qint64(i))
            .bind(2, u"%1 기사 %2"_s.arg(tag).arg(i))
            .bind(3, u"엔비디아와 화웨이의 반도체 기사 %1 본문 %2"_s.arg(tag).arg(i));
        if (!st.exec())
            return false;
    }
    auto mention = d.statement("INSERT INTO mention(article_id, start, end, entity_id, origin, status) "
                               "VALUES (1, 0, 4, ?1, 'manual', 'accepted')");
    mention.bind(1, entity.value());
    if (!mention.exec())
        return false;
    if (!d.exec("INSERT INTO event(date, precision, category, title, status) VALUES ('2025-04-09', 'day', "
                "'us-export-rule', 'A confirmed event', 'confirmed')"))
        return false;
    auto actor = d.statement("INSERT INTO event_actor(event_id, entity_id) VALUES ((SELECT max(id) FROM event), ?1)");
    actor.bind(1, entity.value());
    if (!actor.exec())
        return false;
    // Two passages of the event in the first article, one in the second.
    if (articles >= 2
        && !d.exec("INSERT INTO event_evidence(event_id, article_id, start, end) SELECT max(id), 1, 0, 4 FROM event;"
                   "INSERT INTO event_evidence(event_id, article_id, start, end) SELECT max(id), 1, 5, 9 FROM event;"
                   "INSERT INTO event_evidence(event_id, article_id, start, end) SELECT max(id), 2, 0, 4 FROM event;"))
        return false;
    return d.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok();
}

// Page 1 overwritten with another b-tree page, as the damaged database was found.
bool overwriteFirstPage(const QString &path, int withPage)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    f.seek(qint64(withPage - 1) * 4096);
    const QByteArray page = f.read(4096);
    f.seek(0);
    return f.write(page) == 4096;
}

} // namespace

class TestDatabaseSafety final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"analyst.db"_s);
    }

    void whyNotASource_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("skipped");
        QTest::newRow("the database") << u"analyst.db"_s << true;
        QTest::newRow("its wal") << u"analyst.db-wal"_s << true;
        QTest::newRow("its wal-index") << u"analyst.db-shm"_s << true;
        QTest::newRow("its search index") << u"analyst.db-search"_s << true;
        QTest::newRow("the index's wal-index") << u"analyst.db-search-shm"_s << true;
        QTest::newRow("a journal") << u"other.sqlite-journal"_s << true;
        QTest::newRow("another database") << u"notes.sqlite3"_s << true;
        QTest::newRow("a half backup") << u"copy.db.123-1.part"_s << true;
        QTest::newRow("a file set aside") << u"analyst.db.damaged-20261202-101010"_s << true;
        QTest::newRow("an upgrade backup") << u"analyst.db.schema6-20261202-101010.bak"_s << true;
        QTest::newRow("an article") << u"article.txt"_s << false;
        QTest::newRow("an article's copy") << u"article.txt.bak"_s << false;
        QTest::newRow("a saved page") << u"page.html"_s << false;
        QTest::newRow("a name ending in wal") << u"interval"_s << false;
    }

    void whyNotASource()
    {
        QFETCH(QString, name);
        QFETCH(bool, skipped);
        QVERIFY(fill(m_path, 1, u"a"_s));
        const QString file = m_dir->filePath(name);
        if (!QFileInfo::exists(file)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("text");
        }
        QCOMPARE(!DatabaseFiles::whyNotASource(file, m_path).isEmpty(), skipped);
    }

    void backupFolderIsNotASource()
    {
        QVERIFY(fill(m_path, 2, u"a"_s));
        auto made = BackupSet(m_path).make(u"manual"_s);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QVERIFY(made->path.startsWith(DatabaseFiles::backupFolder(m_path)));
        QVERIFY(!DatabaseFiles::whyNotASource(made->path, m_path).isEmpty());
    }

    void oneCanonicalPathThroughALink()
    {
        QVERIFY(fill(m_path, 2, u"a"_s));
        const QString link = m_dir->filePath(u"link.db"_s);
        QVERIFY(QFile::link(m_path, link));
        auto db = Database::open(link);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->path(), QFileInfo(m_path).canonicalFilePath());
        QVERIFY(!QFileInfo::exists(link + u"-search"_s));
        QVERIFY(QFileInfo::exists(m_path + u"-search"_s));
    }

    // A search index file that is not a database is moved aside, never deleted.
    void unreadableIndexIsMovedAsideNotDeleted()
    {
        QVERIFY(fill(m_path, 3, u"a"_s));
        const QString index = SearchIndex::pathFor(m_path);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(index + QLatin1String(suffix));
        {
            QFile f(index);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM search.doc"), 3);
        const QStringList aside = QDir(m_dir->path()).entryList({u"analyst.db-search.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(m_dir->filePath(aside.first())).size(), 8192);
    }

    // The check on open finds a first page overwritten, reports the file, writes nothing.
    void damagedFileIsReportedAndNeverWritten()
    {
        QVERIFY(fill(m_path, 200, u"a"_s));
        QVERIFY(overwriteFirstPage(m_path, 3));
        const QByteArray before = hashOf(m_path);
        for (auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            auto db = Database::open(m_path, mode);
            QVERIFY(!db);
            QCOMPARE(db.error().kind, core::Error::Kind::Damaged);
            QVERIFY2(db.error().message.contains(m_path), qPrintable(db.error().message));
        }
        QCOMPARE(hashOf(m_path), before);
    }

    void damagedWorkTableIsFound()
    {
        QVERIFY(fill(m_path, 5, u"a"_s));
        // Break the event table's page: the root page named in the schema, zeroed past its header.
        qint64 root = 0;
        {
            auto db = Database::open(m_path);
            QVERIFY(db);
            root = count(*db.value(), "SELECT rootpage FROM sqlite_schema WHERE name = 'event'");
            QVERIFY(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek((root - 1) * 4096 + 3);
        f.write(QByteArray("\x7f\x7f\x00\x01", 4)); // cell count and content start out of range
        f.close();
        auto db = Database::open(m_path);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, core::Error::Kind::Damaged);
    }

    void backupsAreKeptAndPruned()
    {
        QVERIFY(fill(m_path, 4, u"a"_s));
        BackupSet set(m_path, 2);
        for (int i = 0; i < 4; ++i)
            QVERIFY(set.make(u"manual"_s));
        const auto list = set.list(true);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().articles, 4);
        QCOMPARE(list.first().annotations, 1);
        QCOMPARE(list.first().confirmedEvents, 1);
        QVERIFY(list.first().problem.isEmpty());
        // A second bulk edit soon after the first shares its backup.
        auto again = set.makeIfOlderThan(u"apply-to-all"_s, 600);
        QVERIFY(again && !again->has_value());
    }

    // A restore writes through SQLite into the live file: another connection keeps working
    // and sees the restored articles; the file is never replaced; the state before is kept.
    void restoreIntoLiveDatabase()
    {
        QVERIFY(fill(m_path, 3, u"a"_s));
        auto backup = BackupSet(m_path).make(u"manual"_s);
        QVERIFY(backup);
        {
            auto db = Database::open(m_path);
            QVERIFY(db);
            QVERIFY(db.value()->exec("INSERT INTO article(source_id, source_index, layout, title, body, language, "
                                     "content_hash) VALUES (1, 99, 'text', 'later', 'a later article', 'en', x'01')"));
        }
        const ino_t inode = inodeOf(m_path);
        auto window = Database::open(m_path);
        QVERIFY(window);
        QCOMPARE(count(*window.value(), "SELECT count(*) FROM article"), 4);
        auto restored = Restore::fromBackup(m_path, backup->path);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QVERIFY(!restored->wasDamaged);
        QCOMPARE(inodeOf(m_path), inode);
        QCOMPARE(count(*window.value(), "SELECT count(*) FROM article"), 3);
        QCOMPARE(count(*window.value(), "SELECT count(*) FROM search.doc"), 3);
        auto verdict = window.value()->statement("PRAGMA integrity_check");
        QVERIFY(verdict.next());
        QCOMPARE(verdict.text(0), u"ok"_s);
        verdict.reset();
        auto kept = Database::open(restored->keptAs, Database::Mode::ReadOnly);
        QVERIFY(kept);
        QCOMPARE(count(*kept.value(), "SELECT count(*) FROM article"), 4);
    }

    void restoreOverDamagedDatabase()
    {
        QVERIFY(fill(m_path, 50, u"a"_s));
        auto backup = BackupSet(m_path).make(u"daily"_s);
        QVERIFY(backup);
        QVERIFY(overwriteFirstPage(m_path, 3));
        const QByteArray damaged = hashOf(m_path);
        auto restored = Restore::fromBackup(m_path, backup->path);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QVERIFY(restored->wasDamaged);
        QCOMPARE(hashOf(restored->keptAs), damaged);
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM article"), 50);
    }

    void salvageAfterFirstPageLost()
    {
        QVERIFY(fill(m_path, 300, u"a"_s));
        QVERIFY(overwriteFirstPage(m_path, 5));
        const QByteArray damaged = hashOf(m_path);
        const QString out = m_dir->filePath(u"salvaged.db"_s);
        auto report = Salvage::run(m_path, out);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(hashOf(m_path), damaged);
        auto db = Database::open(out);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM article"), 300);
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM mention WHERE origin = 'manual'"), 1);
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM event WHERE status = 'confirmed'"), 1);
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM search.doc"), 300);
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM entity WHERE name = 'Stress Co'"), 1);
        // A WITHOUT ROWID table lives in an index b-tree.
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM event_actor"), 1);
        // Every article's event count is counted again from the evidence salvaged.
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM event_evidence"), 3);
        QCOMPARE(count(*db.value(), "SELECT count(*) FROM article_event_count"), 300);
        QCOMPARE(count(*db.value(), "SELECT sum(events) FROM article_event_count"), 2);
        QCOMPARE(count(*db.value(), "SELECT articles FROM article_total"), 300);
        QVERIFY(report->unplacedFile.isEmpty());
    }

    void backupRefusesALiveDatabaseAsTarget()
    {
        QVERIFY(fill(m_path, 2, u"a"_s));
        const QString other = m_dir->filePath(u"other.db"_s);
        QVERIFY(fill(other, 1, u"b"_s));
        auto open = Database::open(other); // keeps its -wal and -shm
        QVERIFY(open);
        auto copied = Backup::copy(m_path, other, true);
        QVERIFY(!copied);
        QVERIFY2(copied.error().message.contains(u"in use"_s), qPrintable(copied.error().message));
        QVERIFY(!Backup::copy(m_path, m_path + u"-wal"_s, true));
    }

    // Two connections add the same name: the second gets the first one's row, no error.
    void ensureEntityRace()
    {
        QVERIFY(fill(m_path, 1, u"a"_s));
        auto a = Database::open(m_path);
        auto b = Database::open(m_path);
        QVERIFY(a && b);
        EntityStore first(*a.value());
        EntityStore second(*b.value());
        const auto one = first.ensure(u"Raced Corp"_s, u"ORG"_s, u"user"_s);
        const auto two = second.ensure(u"Raced Corp"_s, u"ORG"_s, u"user"_s);
        QVERIFY(one && two);
        QCOMPARE(one.value(), two.value());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestDatabaseSafety)
#include "tst_databasesafety.moc"
