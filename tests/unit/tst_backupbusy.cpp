// Backup::copyPages while another connection keeps a database locked: it gives up once its
// budget is spent, with an error naming the locked file, and changes neither file. The lock
// is held on a thread of its own until the copy returns (or for 20 s at most, after which an
// unbounded copy would go through: the test then fails on its outcome, not on a clock).
#include "storage/backup.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <future>
#include <thread>

using namespace chipline;

namespace {

constexpr int kBudgetMs = 300;

sqlite3 *openDb(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 20);
    return db;
}

bool exec(sqlite3 *db, const char *sql)
{
    return db && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool makeDb(const QString &path, const char *journal, const char *word)
{
    sqlite3 *db = openDb(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray sql = QByteArray("PRAGMA journal_mode=") + journal
        + "; CREATE TABLE kept(x); INSERT INTO kept VALUES ('" + word + "')";
    const bool ok = exec(db, sql.constData());
    sqlite3_close(db);
    return ok;
}

QString keptWord(const QString &path)
{
    sqlite3 *db = openDb(path, SQLITE_OPEN_READONLY);
    sqlite3_stmt *st = nullptr;
    QString word;
    if (db && sqlite3_prepare_v2(db, "SELECT x FROM kept", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        word = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return word;
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Another program's connection holding a lock (lockSql) on path until release() or 20 s.
class Holder final
{
public:
    Holder(const QString &path, const char *lockSql)
    {
        std::promise<bool> locked;
        std::future<bool> isLocked = locked.get_future();
        m_thread = std::thread([this, path, lockSql, &locked] {
            sqlite3 *db = openDb(path, SQLITE_OPEN_READWRITE);
            locked.set_value(exec(db, lockSql));
            for (int i = 0; i < 400 && !m_release; ++i)
                sqlite3_sleep(50);
            exec(db, "COMMIT");
            sqlite3_close(db);
        });
        m_locked = isLocked.get();
    }
    ~Holder() { release(); }
    Holder(const Holder &) = delete;
    Holder &operator=(const Holder &) = delete;

    bool locked() const { return m_locked; }
    void release()
    {
        m_release = true;
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::atomic_bool m_release{false};
    bool m_locked = false;
    std::thread m_thread;
};

} // namespace

class TestBackupBusy final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // A database in rollback-journal mode that a writer holds exclusively: the backup
    // cannot read it, names it, and leaves it and the copy's target as they were.
    void lockedSourceIsNamed()
    {
        const QString source = m_dir->filePath(QStringLiteral("source.db"));
        const QString target = m_dir->filePath(QStringLiteral("copy.db"));
        QVERIFY(makeDb(source, "DELETE", "source"));
        QVERIFY(makeDb(target, "DELETE", "target"));
        const QByteArray before = bytes(source);
        Holder writer(source, "BEGIN EXCLUSIVE");
        QVERIFY(writer.locked());

        sqlite3 *from = openDb(source, SQLITE_OPEN_READONLY);
        sqlite3 *to = openDb(target, SQLITE_OPEN_READWRITE);
        QVERIFY(from && to);
        const core::Status st = storage::Backup::copyPages(from, to, target, kBudgetMs);
        writer.release();
        sqlite3_close(from);
        sqlite3_close(to);

        QVERIFY2(!st, "copied although the source stayed locked");
        QVERIFY2(st.error().message.contains(QStringLiteral("stayed locked by another program")),
                 qPrintable(st.error().message));
        QVERIFY2(st.error().message.contains(source), qPrintable(st.error().message));
        QCOMPARE(bytes(source), before);
        QCOMPARE(keptWord(target), QStringLiteral("target"));
    }

    // A live database (WAL) that another connection is writing to, as the window does while
    // a backup is restored into it: nothing is written into it and the error names it.
    void lockedTargetIsUnchanged()
    {
        const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
        const QString live = m_dir->filePath(QStringLiteral("live.db"));
        QVERIFY(makeDb(backup, "DELETE", "backup"));
        QVERIFY(makeDb(live, "WAL", "live"));
        Holder writer(live, "BEGIN IMMEDIATE");
        QVERIFY(writer.locked());

        sqlite3 *from = openDb(backup, SQLITE_OPEN_READONLY);
        sqlite3 *to = openDb(live, SQLITE_OPEN_READWRITE);
        QVERIFY(from && to);
        const core::Status st = storage::Backup::copyPages(from, to, live, kBudgetMs);
        writer.release();
        sqlite3_close(from);
        sqlite3_close(to);

        QVERIFY2(!st, "restored although the target stayed locked");
        QVERIFY2(st.error().message.startsWith(live + QStringLiteral(": stayed locked by another program")),
                 qPrintable(st.error().message));
        QCOMPARE(keptWord(live), QStringLiteral("live"));
        QCOMPARE(keptWord(backup), QStringLiteral("backup"));
    }

    // Once the lock is gone within the budget, the copy goes through.
    void freeSourceIsCopied()
    {
        const QString source = m_dir->filePath(QStringLiteral("source.db"));
        const QString target = m_dir->filePath(QStringLiteral("copy.db"));
        QVERIFY(makeDb(source, "WAL", "source"));
        QVERIFY(makeDb(target, "DELETE", "target"));
        sqlite3 *from = openDb(source, SQLITE_OPEN_READONLY);
        sqlite3 *to = openDb(target, SQLITE_OPEN_READWRITE);
        QVERIFY(from && to);
        const core::Status st = storage::Backup::copyPages(from, to, target, kBudgetMs);
        sqlite3_close(from);
        sqlite3_close(to);
        QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
        QCOMPARE(keptWord(target), QStringLiteral("source"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestBackupBusy)
#include "tst_backupbusy.moc"
