// chipline backup (SQLite online backup) and restore, the GUI's offer of a backup before a
// migration, and the refusal of a database written by a newer Chipline without changing it.
#include "../gui/whenshown.h"
#include "reliabilitysupport.h"
#include "storage/backup.h"
#include "storage/migrations.h"
#include "ui/migrationbackup.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace chipline;
using namespace chipline::testing;
using namespace Qt::StringLiterals;

namespace {

// A bare SQLite file at a given schema version, as an older or newer Chipline leaves it.
bool makeVersionedFile(const QString &path, int version)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray sql = "CREATE TABLE IF NOT EXISTS kept(x); INSERT INTO kept VALUES ('old data'); "
                           "PRAGMA journal_mode=DELETE; PRAGMA user_version="
        + QByteArray::number(version) + ";";
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

bool setUserVersion(const QString &path, int version)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray sql = "PRAGMA journal_mode=DELETE; PRAGMA user_version=" + QByteArray::number(version) + ";";
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("live.db"));
        m_corpus = m_dir->filePath(QStringLiteral("corpus"));
        QVERIFY(writeCorpus(m_corpus, 30, 1));
        const Run r = runChipline({u"import"_s, u"--db"_s, m_db, m_corpus});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        m_articles = RawDb(m_db).count("SELECT count(*) FROM article");
        QVERIFY(m_articles > 30);
    }

    void backupWhileImportingAndRestore()
    {
        // A second import writes while the backup reads: the copy is one consistent snapshot.
        const QString more = m_dir->filePath(QStringLiteral("more"));
        QVERIFY(writeCorpus(more, 150, 2));
        QProcess writer;
        writer.start(QStringLiteral(CHIPLINE_BINARY), {u"import"_s, u"--db"_s, m_db, more});
        QVERIFY(writer.waitForStarted());
        QTest::qWait(200);
        const QString out = m_dir->filePath(QStringLiteral("backup.db"));
        const Run b = runChipline({u"backup"_s, u"--db"_s, m_db, out});
        QVERIFY2(b.status == 0, qPrintable(b.err));
        QVERIFY2(b.out.contains(out), qPrintable(b.out));
        // It may well have finished during the backup: waitForFinished() is false then.
        QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(600000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(!QFile::exists(out + u".part"_s));
        QVERIFY(!QFile::exists(out + u"-wal"_s));
        qint64 backedUp = 0;
        {
            const RawDb copy(out);
            QCOMPARE(copy.value("PRAGMA integrity_check"), u"ok"_s);
            QCOMPARE(copy.count("PRAGMA user_version"), qint64(storage::Migrations::latestVersion()));
            backedUp = copy.count("SELECT count(*) FROM article");
            QVERIFY(backedUp >= m_articles);
        }

        // Restore as documented: copy over the database, drop its -wal and -shm.
        QVERIFY(QFile::remove(m_db));
        QFile::remove(m_db + u"-wal"_s);
        QFile::remove(m_db + u"-shm"_s);
        QVERIFY(QFile::copy(out, m_db));
        const Run s = runChipline({u"search"_s, u"--db"_s, m_db, u"--limit"_s, u"100000"_s, u"엔비디아"_s});
        QVERIFY2(s.status == 0, qPrintable(s.err));
        QVERIFY(!s.out.isEmpty());
        QCOMPARE(RawDb(m_db).count("SELECT count(*) FROM article"), backedUp);
        // A restored database takes the rest of the import again without duplicates.
        const Run again = runChipline({u"import"_s, u"--db"_s, m_db, more});
        QVERIFY2(again.status == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"duplicates skipped: 0\n"_s), qPrintable(again.out));
        // The search index is rebuilt from the articles, so the backup does not carry one.
        QVERIFY(!QFile::exists(out + u"-search"_s));
        const QString index = searchIndexProblem(m_db, true);
        QVERIFY2(index.isEmpty(), qPrintable(index));
    }

    void refusals()
    {
        const QString out = m_dir->filePath(QStringLiteral("b.db"));
        QCOMPARE(runChipline({u"backup"_s, u"--db"_s, m_db, out}).status, 0);
        const Run exists = runChipline({u"backup"_s, u"--db"_s, m_db, out});
        QCOMPARE(exists.status, 1);
        QVERIFY2(exists.err.contains(out + u": already exists"_s), qPrintable(exists.err));
        QCOMPARE(runChipline({u"backup"_s, u"--db"_s, m_db, u"--force"_s, out}).status, 0);

        const Run folder = runChipline({u"backup"_s, u"--db"_s, m_db, m_dir->path()});
        QCOMPARE(folder.status, 1);
        QVERIFY2(folder.err.contains(u"is a folder"_s), qPrintable(folder.err));

        const QString missing = m_dir->filePath(QStringLiteral("missing.db"));
        const Run none = runChipline({u"backup"_s, u"--db"_s, missing, m_dir->filePath(QStringLiteral("c.db"))});
        QCOMPARE(none.status, 1);
        QVERIFY2(none.err.contains(missing + u": no such database"_s), qPrintable(none.err));
        QVERIFY(!QFile::exists(missing));

        const QString notDb = m_dir->filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(notDb, QByteArray("These are notes, not a database.\n").repeated(200)));
        const Run text = runChipline({u"backup"_s, u"--db"_s, notDb, m_dir->filePath(QStringLiteral("d.db"))});
        QCOMPARE(text.status, 1);
        QVERIFY2(text.err.contains(u"not a Chipline database"_s), qPrintable(text.err));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("d.db"))));

        // Without a file the backup goes to the backup folder (tst_recoverycli); two are a usage error.
        QCOMPARE(
            runChipline({u"backup"_s, u"--db"_s, m_db, m_dir->filePath(u"x.db"_s), m_dir->filePath(u"y.db"_s)}).status,
            2);
    }

    // A newer schema: every command refuses it with a clear message and the file keeps
    // every byte; a backup of it still works.
    void newerDatabaseIsRefusedUnchanged()
    {
        QVERIFY(setUserVersion(m_db, 99));
        QVERIFY(!QFile::exists(m_db + u"-wal"_s));
        const QByteArray before = fileHash(m_db);
        const QList<QStringList> commands = {
            {u"import"_s, u"--db"_s, m_db, m_corpus},
            {u"search"_s, u"--db"_s, m_db, u"엔비디아"_s},
            {u"export"_s, u"--db"_s, m_db, u"--out"_s, m_dir->filePath(QStringLiteral("e.jsonl"))},
        };
        for (const QStringList &args : commands) {
            const Run r = runChipline(args);
            QVERIFY2(r.status == 1, qPrintable(args.front() + u": "_s + r.out + r.err));
            QVERIFY2(r.err.contains(u"written by a newer Chipline (schema 99"_s), qPrintable(r.err));
            QCOMPARE(fileHash(m_db), before);
        }
        QVERIFY(!QFile::exists(m_db + u"-wal"_s));
        const QString out = m_dir->filePath(QStringLiteral("newer-backup.db"));
        const Run b = runChipline({u"backup"_s, u"--db"_s, m_db, out});
        QVERIFY2(b.status == 0, qPrintable(b.err));
        QCOMPARE(RawDb(out).count("PRAGMA user_version"), qint64(99));
        QCOMPARE(fileHash(m_db), before);
    }

    void migrationIsDetected()
    {
        const QString older = m_dir->filePath(QStringLiteral("older.db"));
        QVERIFY(makeVersionedFile(older, 2));
        QCOMPARE(ui::MigrationBackup::pendingUpgrade(older), std::optional<int>(2));
        QCOMPARE(ui::MigrationBackup::pendingUpgrade(m_db), std::nullopt);
        QCOMPARE(ui::MigrationBackup::pendingUpgrade(m_dir->filePath(QStringLiteral("new.db"))), std::nullopt);
        const QString newer = m_dir->filePath(QStringLiteral("newer.db"));
        QVERIFY(makeVersionedFile(newer, 99));
        QCOMPARE(ui::MigrationBackup::pendingUpgrade(newer), std::nullopt);
        QVERIFY(ui::MigrationBackup::backupPathFor(older, 2).contains(u"older.db.schema2-"_s));
    }

    void guiOffersBackupBeforeMigration_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<bool>("backedUp");
        QTest::newRow("back up") << u"Back Up and Upgrade"_s << true << true;
        QTest::newRow("no backup") << u"Upgrade Without Backup"_s << true << false;
        QTest::newRow("cancel") << u"Cancel"_s << false << false;
    }
    void guiOffersBackupBeforeMigration()
    {
        QFETCH(QString, button);
        QFETCH(bool, opens);
        QFETCH(bool, backedUp);
        const QString older = m_dir->filePath(QStringLiteral("older.db"));
        QVERIFY(makeVersionedFile(older, 2));
        const QByteArray before = fileHash(older);
        bool clicked = false;
        QObject polling; // stops looking for the box once offer() returns
        whenShown<QMessageBox>(&polling, [&](QMessageBox *box) {
            if (box->objectName() == u"migrationBackupBox"_s) {
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().remove(u'&') == button) {
                        clicked = true;
                        b->click();
                        return;
                    }
                }
            }
            box->reject(); // not the box asked for: closed, so that offer() returns (and clicked fails)
        });
        QCOMPARE(ui::MigrationBackup::offer(older), opens);
        QVERIFY(clicked);
        QCOMPARE(fileHash(older), before); // the offer itself changes nothing
        const QStringList backups = QDir(m_dir->path()).entryList({u"older.db.schema2-*.bak"_s});
        QCOMPARE(backups.size(), backedUp ? 1 : 0);
        if (backedUp) {
            const RawDb copy(m_dir->filePath(backups.front()));
            QCOMPARE(copy.count("PRAGMA user_version"), qint64(2));
            QCOMPARE(copy.value("SELECT x FROM kept"), u"old data"_s);
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_corpus;
    qint64 m_articles = 0;
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
