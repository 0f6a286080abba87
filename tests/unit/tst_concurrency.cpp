// Several processes on one database: two imports at once, an import while the window's
// connection reads (and watches for new articles), and a writer that holds the lock in
// batches the way an import does. None may see "database is locked".
#include "reliabilitysupport.h"
#include "storage/database.h"
#include "ui/articlelistmodel.h"
#include "ui/databasewatcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

#include <csignal>
#include <sys/types.h>

using namespace chipline;
using namespace chipline::testing;
using namespace Qt::StringLiterals;

namespace {

// Holds the write lock like an import: ~1 s batches with a short gap, until stopped.
class BatchWriter final : public QThread
{
public:
    explicit BatchWriter(QString path)
        : m_path(std::move(path))
    {}
    std::atomic_int batches{0};
    std::atomic_bool stop{false};
    QString error;

protected:
    void run() override
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(m_path.toUtf8().constData(), &db) != SQLITE_OK) {
            error = u"cannot open"_s;
            return;
        }
        // Waits for the import's lock the way Database does: short steps, ten seconds.
        sqlite3_busy_handler(
            db, [](void *, int count) { return count < 5000 ? (sqlite3_sleep(2), 1) : 0; }, nullptr);
        QElapsedTimer clock;
        clock.start();
        while (!stop && clock.elapsed() < 120000) {
            if (sqlite3_exec(db, "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS busy(x); INSERT INTO busy VALUES (1);",
                             nullptr, nullptr, nullptr)
                != SQLITE_OK) {
                error = QString::fromUtf8(sqlite3_errmsg(db));
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
                break;
            }
            QThread::msleep(1000);
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            ++batches;
            QThread::msleep(10);
        }
        sqlite3_close(db);
    }

private:
    QString m_path;
};

// A writing connection of the test's own: takes the database's write lock, at once or
// waiting for it in short steps as Database does, to hold an import between its batches.
class WriteLock final
{
public:
    explicit WriteLock(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~WriteLock()
    {
        release();
        sqlite3_close(m_db);
    }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    // Without waiting: false when another connection holds the lock.
    bool tryTake()
    {
        sqlite3_busy_handler(m_db, nullptr, nullptr);
        return begin();
    }
    // Waiting up to eight seconds, trying every millisecond.
    bool take()
    {
        sqlite3_busy_handler(
            m_db, [](void *, int count) { return count < 8000 ? (sqlite3_sleep(1), 1) : 0; }, nullptr);
        return begin();
    }
    void release()
    {
        if (m_held)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_held = false;
    }
    qint64 articles() const
    {
        sqlite3_stmt *st = nullptr;
        qint64 n = -1;
        if (sqlite3_prepare_v2(m_db, "SELECT count(*) FROM article", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return n;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    bool begin()
    {
        m_held = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        return m_held;
    }

    sqlite3 *m_db = nullptr;
    bool m_held = false;
};

// True once every thread of the process is stopped (SIGSTOP reaches them one by one).
bool waitUntilStopped(qint64 pid)
{
    for (int attempt = 0; attempt < 5000; ++attempt) {
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
        const QStringList ids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        bool all = !ids.isEmpty();
        for (const QString &id : ids) {
            QFile stat(tasks.filePath(id + QStringLiteral("/stat")));
            if (!stat.open(QIODevice::ReadOnly))
                continue; // a thread that just ended
            const QByteArray line = stat.readAll();
            const qsizetype close = line.lastIndexOf(')');
            all = all && close > 0 && close + 2 < line.size() && (line[close + 2] == 'T' || line[close + 2] == 't');
        }
        if (all)
            return true;
        QThread::usleep(200);
    }
    return false;
}

} // namespace

class TestConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_a = m_dir.filePath(QStringLiteral("a"));
        m_b = m_dir.filePath(QStringLiteral("b"));
        QVERIFY(writeCorpus(m_a, 300, 101));
        QVERIFY(writeCorpus(m_b, 300, 202));
        const QString ref = m_dir.filePath(QStringLiteral("ref.db"));
        QCOMPARE(runChipline({u"import"_s, u"--db"_s, ref, m_a, m_b}).status, 0);
        m_total = RawDb(ref).count("SELECT count(*) FROM article");
        QVERIFY(m_total > 600);
    }

    void twoImportsAtOnce_data()
    {
        QTest::addColumn<bool>("sameFiles");
        QTest::newRow("different folders") << false;
        QTest::newRow("the same folders") << true;
    }
    void twoImportsAtOnce()
    {
        QFETCH(bool, sameFiles);
        const QString db = m_dir.filePath(sameFiles ? u"same.db"_s : u"two.db"_s);
        QCOMPARE(runChipline({u"import"_s, u"--db"_s, db, m_dir.filePath(u"a/wire"_s)}).status, 0); // schema in place
        QProcess first, second;
        first.start(QStringLiteral(CHIPLINE_BINARY), {u"import"_s, u"--db"_s, db, m_a, sameFiles ? m_b : m_a});
        second.start(QStringLiteral(CHIPLINE_BINARY), {u"import"_s, u"--db"_s, db, sameFiles ? m_a : m_b, m_b});
        QVERIFY(first.waitForFinished(600000));
        QVERIFY(second.waitForFinished(600000));
        for (QProcess *p : {&first, &second}) {
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(p->exitCode() == 0, err.constData());
            QVERIFY2(!err.contains("locked"), err.constData());
        }
        const RawDb raw(db);
        QCOMPARE(raw.value("PRAGMA integrity_check"), u"ok"_s);
        // Imports write without per-row key checks: every reference must still hold.
        QCOMPARE(raw.count("SELECT count(*) FROM pragma_foreign_key_check"), qint64(0));
        QCOMPARE(raw.count("SELECT count(*) FROM article"), m_total);
        const QString index = searchIndexProblem(db, true);
        QVERIFY2(index.isEmpty(), qPrintable(index));
        QCOMPARE(raw.count("SELECT count(*) FROM (SELECT path FROM source WHERE outcome = 'imported' "
                           "GROUP BY path HAVING count(*) > 1)"),
                 qint64(0));
    }

    // Another process holds the write lock almost all the time, in batches, as an import
    // does: opening the database (as the window does) and importing still succeed.
    void openAndImportBesideABusyWriter()
    {
        const QString db = m_dir.filePath(QStringLiteral("busy.db"));
        QCOMPARE(runChipline({u"import"_s, u"--db"_s, db, m_dir.filePath(u"a/wire"_s)}).status, 0);
        BatchWriter writer(db);
        writer.start();
        QTest::qWait(300);
        auto opened = storage::Database::open(db);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Run r = runChipline({u"import"_s, u"--db"_s, db, m_dir.filePath(u"b/text"_s)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(writer.isRunning()); // the writer really was busy the whole time
        writer.stop = true;
        writer.wait();
        QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
        QVERIFY(writer.batches >= 2);
    }

    // The window's connection reads while `chipline import` writes: its list shows the new
    // articles as they are committed, and never fails to load. The overlap is forced rather
    // than hoped for: a fast import commits once, at the end, and there would be nothing
    // in between to see. The import is paused inside its first batch until the batch is
    // older than the writer's batch time, so it commits at its next file; then this test
    // takes the write lock in the pause the writer leaves after a commit, and holds it
    // while the window must show the partial count.
    void windowSeesArticlesWhileImporting()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui.db"));
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        ui::ArticleListModel model(*db.value());
        ui::DatabaseWatcher watcher(*db.value(), 100);
        connect(&watcher, &ui::DatabaseWatcher::changed, &model, &ui::ArticleListModel::refresh);
        QSignalSpy failures(&model, &ui::ArticleListModel::loadFailed);
        QCOMPARE(model.totalCount(), qint64(0));
        WriteLock lock(path);
        QVERIFY(lock.isOpen());

        QProcess import;
        import.start(QStringLiteral(CHIPLINE_BINARY), {u"import"_s, u"--db"_s, path, m_a, m_b});
        QVERIFY(import.waitForStarted());
        const qint64 pid = import.processId();
        // However the test ends, the import is not left stopped.
        const auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });

        // 1. Stop the import while it holds the write lock: inside a batch.
        bool paused = false;
        while (!paused && import.state() != QProcess::NotRunning) {
            ::kill(pid_t(pid), SIGSTOP);
            QVERIFY(waitUntilStopped(pid));
            if (lock.tryTake()) {
                lock.release();
                ::kill(pid_t(pid), SIGCONT);
                QThread::msleep(2);
                continue;
            }
            paused = true;
        }
        QVERIFY2(paused, "the import ended before it took the write lock");
        // 2. Let the batch age past the writer's batch time, then resume it: it commits at
        //    its next file, and the lock is taken in the pause after that commit.
        QThread::msleep(1100);
        ::kill(pid_t(pid), SIGCONT);
        QVERIFY2(lock.take(), qPrintable(lock.error()));
        const qint64 committed = lock.articles();
        QVERIFY2(committed > 0 && committed < m_total,
                 qPrintable(u"%1 of %2 articles committed when the import was held"_s.arg(committed).arg(m_total)));
        // 3. The import waits for the lock; the window shows what it has committed so far.
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), committed, 5000);
        QVERIFY(import.state() != QProcess::NotRunning);
        lock.release();

        QList<qint64> seen{committed};
        while (import.state() != QProcess::NotRunning) {
            QTest::qWait(50);
            if (seen.back() != model.totalCount())
                seen.append(model.totalCount());
        }
        const QByteArray err = import.readAllStandardError();
        QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("locked"), err.constData());
        QTRY_COMPARE(model.totalCount(), m_total);
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.front().front().toString()));
        QVERIFY(model.lastError().isEmpty());
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }

private:
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    qint64 m_total = 0;
};

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
