// Issue 14 on the command line and across processes: an import of the folder that holds
// the database leaves the database's locks alone; two `events import` at once lose
// nothing to each other; `backup` into the backup folder, `backup --list`, `restore` and
// `recover`, as a user runs them.
#include "importing/importer.h"
#include "reliabilitysupport.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chipline;
using namespace chipline::testing;
using namespace Qt::StringLiterals;

class TestRecoveryCli final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(u"analyst.db"_s);
        QVERIFY(writeCorpus(m_dir->filePath(u"news"_s), 12, 3));
        const Run r = runChipline({u"import"_s, u"--db"_s, m_db, m_dir->filePath(u"news"_s)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    // The analyst saves articles in the folder that holds the database. Importing that
    // folder must not open the database's files: on Linux, closing any descriptor of a file
    // drops this process's POSIX locks on it, and another process that then finds no lock
    // on -shm believes it is alone, and on closing deletes the -wal and -shm in use here.
    void importOfTheDatabaseFolderKeepsItsLocks()
    {
        auto db = storage::Database::open(m_db);
        QVERIFY(db);
        // Something in the WAL, and this connection's wal-index lock held.
        QVERIFY(db.value()->exec("INSERT INTO entity(name, type, origin) VALUES ('Held', 'ORG', 'user')"));
        importing::Importer importer(*db.value());
        const importing::ImportSummary summary = importer.run({m_dir->path()});
        QVERIFY(summary.skippedDatabaseFiles.contains(m_db));
        QVERIFY(summary.skippedDatabaseFiles.contains(m_db + u"-shm"_s));
        for (const auto &p : summary.problems)
            QVERIFY2(!p.path.startsWith(m_db), qPrintable(p.reason));
        QVERIFY2(QFileInfo::exists(m_db + u"-shm"_s), "no -shm while the database is open");

        // Another process opens the database for writing and closes it.
        QVERIFY(writeFile(m_dir->filePath(u"late/one.txt"_s), "늦은 기사\n\n엔비디아가 새 칩을 공개했다.\n"));
        const Run other = runChipline({u"import"_s, u"--db"_s, m_db, m_dir->filePath(u"late"_s)});
        QVERIFY2(other.status == 0, qPrintable(other.err));
        QVERIFY2(QFileInfo::exists(m_db + u"-shm"_s), "the other process deleted the -shm this one uses");
        QVERIFY2(QFileInfo::exists(m_db + u"-wal"_s), "the other process deleted the -wal this one uses");
        auto st = db.value()->statement("SELECT count(*) FROM entity WHERE name = 'Held'");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 1);
        st.reset();
        QCOMPARE(RawDb(m_db).value("PRAGMA integrity_check"), u"ok"_s);
    }

    void importSaysOnceThatDatabaseFilesAreSkipped()
    {
        const Run r = runChipline({u"import"_s, u"--db"_s, m_db, m_dir->path()});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err.count(u"database files"_s), 1);
        QVERIFY2(r.err.contains(u"analyst.db"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"binary"_s));
    }

    // An export never replaces a database file, the one in use least of all.
    void exportsNeverReplaceADatabase()
    {
        const QByteArray before = fileHash(m_db);
        Run r = runChipline({u"export"_s, u"--db"_s, m_db, u"--out"_s, m_db});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"not written"_s), qPrintable(r.err));
        r = runChipline({u"timeline"_s, u"--db"_s, m_db, u"--pdf"_s, m_db + u"-wal"_s});
        QCOMPARE(r.status, 1);
        r = runChipline({u"timeline"_s, u"--db"_s, m_db, u"--csv"_s, m_dir->filePath(u"other.sqlite"_s)});
        QCOMPARE(r.status, 1);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"other.sqlite"_s)));
        QCOMPARE(fileHash(m_db), before);
    }

    // Both processes look up ids and names before they insert; without one transaction
    // around both, the second's rows replaced the first's events or failed on a name.
    void concurrentEventsImportsLoseNothing()
    {
        constexpr int kRows = 40;
        for (int attempt = 0; attempt < 3; ++attempt) {
            QStringList files;
            for (int p = 0; p < 2; ++p) {
                QByteArray csv = "date,precision,category,title,actors,source,notes\n";
                for (int i = 0; i < kRows; ++i)
                    csv += QStringLiteral("2025-04-%1,day,us-export-rule,Event %2-%3-%4,Nvidia;New maker %2-%4,test,\n")
                               .arg(1 + i % 28, 2, 10, QChar(u'0'))
                               .arg(attempt)
                               .arg(p)
                               .arg(i)
                               .toUtf8();
                const QString file = m_dir->filePath(u"events-%1-%2.csv"_s.arg(attempt).arg(p));
                QVERIFY(writeFile(file, csv));
                files.append(file);
            }
            QProcess a;
            QProcess b;
            a.start(QStringLiteral(CHIPLINE_BINARY), {u"events"_s, u"import"_s, u"--db"_s, m_db, files[0]});
            b.start(QStringLiteral(CHIPLINE_BINARY), {u"events"_s, u"import"_s, u"--db"_s, m_db, files[1]});
            QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
            QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
            QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        }
        QCOMPARE(RawDb(m_db).count("SELECT count(*) FROM event WHERE title LIKE 'Event %'"), 3 * 2 * kRows);
        QCOMPARE(RawDb(m_db).count("SELECT count(*) FROM entity WHERE name LIKE 'New maker %'"), 3 * kRows);
    }

    void backupListRestoreRecover()
    {
        Run r = runChipline({u"backup"_s, u"--db"_s, m_db});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"analyst.db-backups/"_s));
        const qint64 articles = RawDb(m_db).count("SELECT count(*) FROM article");
        r = runChipline({u"backup"_s, u"--list"_s, u"--db"_s, m_db});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].split(u'\t').value(1), u"manual"_s);
        QCOMPARE(lines[1].split(u'\t').value(3).toLongLong(), articles);
        const QString backup = lines[1].split(u'\t').value(6);

        QVERIFY(writeCorpus(m_dir->filePath(u"more"_s), 6, 99));
        QCOMPARE(runChipline({u"import"_s, u"--db"_s, m_db, m_dir->filePath(u"more"_s)}).status, 0);
        QVERIFY(RawDb(m_db).count("SELECT count(*) FROM article") > articles);
        r = runChipline({u"restore"_s, u"--db"_s, m_db, QFileInfo(backup).fileName()});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(RawDb(m_db).count("SELECT count(*) FROM article"), articles);
        QVERIFY(r.out.contains(u"before-restore"_s));
        QCOMPARE(runChipline({u"restore"_s, u"--db"_s, m_db, u"no-such-backup.db"_s}).status, 1);

        // A damaged database: the command refuses it, recover salvages it.
        {
            QFile f(m_db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(3 * 4096);
            const QByteArray page = f.read(4096);
            f.seek(0);
            f.write(page);
        }
        r = runChipline({u"search"_s, u"--db"_s, m_db, u"엔비디아"_s});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
        const QString out = m_dir->filePath(u"salvaged.db"_s);
        r = runChipline({u"recover"_s, m_db, out});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(RawDb(out).count("SELECT count(*) FROM article"), articles);
        r = runChipline({u"search"_s, u"--db"_s, out, u"엔비디아"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestRecoveryCli)
#include "tst_recoverycli.moc"
