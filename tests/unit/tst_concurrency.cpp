// Several processes on one database: two imports at once, an import while the window's
// connection reads (and watches for new articles), and a writer that holds the lock in
// batches the way an import does. None may see "database is locked".
#include "reliabilitysupport.h"
#include "storage/database.h"
#include "ui/articlelistmodel.h"
#include "ui/databasewatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace chipline;
using namespace chipline::testing;
using namespace Qt::StringLiterals;

namespace {

// Holds the write lock like an import: ~1 s batches with a short gap, until stopped.
class BatchWriter final : public QThread
{
public:
    explicit BatchWriter(QString path) : m_path(std::move(path)) {}
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
                             nullptr, nullptr, nullptr) != SQLITE_OK) {
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
    // articles as they are committed, and never fails to load.
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

        QProcess import;
        import.start(QStringLiteral(CHIPLINE_BINARY), {u"import"_s, u"--db"_s, path, m_a, m_b});
        QVERIFY(import.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        QList<qint64> seen;
        while (import.state() != QProcess::NotRunning) {
            QTest::qWait(50);
            if (seen.isEmpty() || seen.back() != model.totalCount())
                seen.append(model.totalCount());
        }
        const qint64 importMs = clock.elapsed();
        const QByteArray err = import.readAllStandardError();
        QVERIFY2(import.exitCode() == 0, err.constData());
        QTRY_COMPARE(model.totalCount(), m_total);
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.front().front().toString()));
        QVERIFY(model.lastError().isEmpty());
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        // Batches commit about once a second: an import that long shows articles as it goes.
        if (importMs > 2500) {
            QVERIFY2(std::any_of(seen.cbegin(), seen.cend(), [this](qint64 n) { return n > 0 && n < m_total; }),
                     qPrintable(u"import took %1 ms, counts seen: %2 of %3"_s.arg(importMs).arg(seen.size()).arg(m_total)));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    qint64 m_total = 0;
};

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
