// The SQLite primitives of app/storage: Statement (binding, reading, errors, resets) and
// Savepoint (nested rollbacks inside a transaction).
#include "storage/database.h"
#include "storage/savepoint.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace chipline;
using namespace chipline::storage;

namespace {

qint64 count(Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    return st && st->next() ? st->int64(0) : -1;
}

} // namespace

class TestStatement final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("s.db"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(m_db->exec("CREATE TABLE t(k INTEGER PRIMARY KEY, v, w TEXT NOT NULL DEFAULT '')").ok());
    }
    void cleanup() { m_db.reset(); }

    // Short text is encoded on the stack, longer text through QString: both must store the
    // same bytes, around the 128-unit limit too, with 1-, 2-, 3- and 4-byte characters.
    void textRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("H20 export licence");
        QTest::newRow("latin-1") << QStringLiteral("Café résumé naïve");
        QTest::newRow("hangul") << QStringLiteral("상무부는 새 규정을 발표했다");
        QTest::newRow("astral") << QStringLiteral("칩 \U0001F600 수출 \U00020000");
        QTest::newRow("hangul 128") << QString(128, QChar(u'한'));
        QTest::newRow("hangul 129") << QString(129, QChar(u'한'));
        QTest::newRow("mixed 127 + astral") << QString(127, QChar(u'é')) + QStringLiteral("\U0001F600");
        QTest::newRow("long mixed") << QStringLiteral("가a\u00e9\U0001F600").repeated(100);
        QTest::newRow("empty") << QStringLiteral("");
    }
    void textRoundTrips()
    {
        QFETCH(QString, text);
        auto insert = m_db->statement("INSERT INTO t(v) VALUES (?1)");
        QVERIFY(insert.bind(1, text).exec());
        auto view = m_db->statement("INSERT INTO t(v) VALUES (?1)");
        QVERIFY(view.bind(1, QStringView(text)).exec());
        auto read = m_db->statement("SELECT v, length(v), typeof(v) FROM t ORDER BY k");
        for (int row = 0; row < 2; ++row) {
            QVERIFY(read.next());
            QCOMPARE(read.text(0), text);
            QCOMPARE(read.int64(1), qint64(text.toUcs4().size())); // SQLite counts code points
            QCOMPARE(read.text(2), QStringLiteral("text"));
        }
        QVERIFY(!read.next());
        QVERIFY(!read.failed());
    }

    void nullsAndEmptyText()
    {
        auto insert = m_db->statement("INSERT INTO t(k, v) VALUES (?1, ?2)");
        QVERIFY(insert.bind(1, 1).bind(2, QString()).exec()); // null QString: NULL
        QVERIFY(insert.bind(1, 2).bind(2, QStringLiteral("")).exec()); // empty QString: ''
        QVERIFY(insert.bind(1, 3).bindOptional(2, QStringLiteral("")).exec()); // optional empty: NULL
        QVERIFY(insert.bind(1, 4).bindOptional(2, QStringLiteral("x")).exec());
        QVERIFY(insert.bind(1, 5).bindNull(2).exec());
        auto read = m_db->statement("SELECT k, v, v IS NULL FROM t ORDER BY k");
        const QList<bool> expectNull = {true, false, true, false, true};
        for (const bool null : expectNull) {
            QVERIFY(read.next());
            QCOMPARE(read.isNull(1), null);
            QCOMPARE(read.int64(2), qint64(null));
            // NULL reads as a null QString, '' as an empty one that is not null.
            QCOMPARE(read.text(1).isNull(), null);
        }
        QCOMPARE(read.columnCount(), 3);
    }

    void numbersAndBlobs()
    {
        auto insert = m_db->statement("INSERT INTO t(k, v) VALUES (?1, ?2)");
        const qint64 big = std::numeric_limits<qint64>::max();
        const qint64 small = std::numeric_limits<qint64>::min();
        QVERIFY(insert.bind(1, 1).bind(2, big).exec());
        QVERIFY(insert.bind(1, 2).bind(2, small).exec());
        QVERIFY(insert.bind(1, 3).bind(2, 0.1 + 0.2).exec());
        const QByteArray blob("a\0b\xff", 4);
        QVERIFY(insert.bind(1, 4).bindBlob(2, blob).exec());
        QVERIFY(insert.bind(1, 5).bindBlob(2, QByteArray("")).exec());
        auto read = m_db->statement("SELECT v, typeof(v) FROM t ORDER BY k");
        QVERIFY(read.next());
        QCOMPARE(read.int64(0), big);
        QVERIFY(read.next());
        QCOMPARE(read.int64(0), small);
        QVERIFY(read.next());
        QCOMPARE(read.real(0), 0.1 + 0.2);
        QCOMPARE(read.text(1), QStringLiteral("real"));
        QVERIFY(read.next());
        QCOMPARE(read.blob(0), blob);
        QCOMPARE(read.text(1), QStringLiteral("blob"));
        QVERIFY(read.next());
        QCOMPARE(read.blob(0), QByteArray());
        QVERIFY(!read.isNull(0));
        QVERIFY(!read.next());
    }

    void execReportsErrorsAndRunsAgain()
    {
        auto insert = m_db->statement("INSERT INTO t(k, v) VALUES (?1, ?2)");
        QVERIFY(insert.bind(1, 7).bind(2, QStringLiteral("first")).exec());
        QVERIFY(!insert.failed());
        QVERIFY(!insert.bind(2, QStringLiteral("again")).exec()); // same key
        QVERIFY(insert.failed());
        QVERIFY2(insert.errorMessage().contains(QStringLiteral("UNIQUE")), qPrintable(insert.errorMessage()));
        // exec() resets: the statement runs again with new values.
        QVERIFY(insert.bind(1, 8).exec());
        QVERIFY(!insert.failed());
        QCOMPARE(count(*m_db, "SELECT count(*) FROM t"), 2);
    }

    void nextStopsOnRuntimeErrors()
    {
        // abs() of the smallest integer overflows while stepping, not while preparing.
        auto st = m_db->statement("SELECT abs(?1)");
        st.bind(1, std::numeric_limits<qint64>::min());
        QVERIFY(!st.next());
        QVERIFY(st.failed());
        QVERIFY(!st.errorMessage().isEmpty());
        st.reset();
        QVERIFY(!st.failed());
        st.bind(1, qint64(-3));
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 3);
    }

    void resetClearsBindings()
    {
        auto st = m_db->statement("SELECT ?1 IS NULL");
        st.bind(1, QStringLiteral("set"));
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 0);
        st.reset();
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 1);
    }

    void lookupInt64()
    {
        QVERIFY(m_db->exec("INSERT INTO t(k, v) VALUES (1, 10), (2, 20)").ok());
        auto st = m_db->statement("SELECT v FROM t WHERE k = ?1");
        QCOMPARE(st.bind(1, 2).lookupInt64(), std::optional<qint64>(20));
        QCOMPARE(st.bind(1, 1).lookupInt64(), std::optional<qint64>(10)); // reset already, rebinding works
        QCOMPARE(st.bind(1, 3).lookupInt64(), std::nullopt);
        QVERIFY(!st.failed());
        auto bad = m_db->statement("SELECT abs(?1)");
        QCOMPARE(bad.bind(1, std::numeric_limits<qint64>::min()).lookupInt64(), std::nullopt);
        QVERIFY(bad.failed());
    }

    // The reason lookupInt64() resets at once: a statement left on a row keeps its read
    // snapshot, and BEGIN IMMEDIATE then fails when another connection wrote meanwhile.
    void lookupLeavesNoSnapshotOpen()
    {
        QVERIFY(m_db->exec("INSERT INTO t(k, v) VALUES (1, 10), (2, 20)").ok());
        auto other = Database::open(m_path);
        QVERIFY(other.ok());

        auto lookup = m_db->statement("SELECT v FROM t ORDER BY k");
        QCOMPARE(lookup.lookupInt64(), std::optional<qint64>(10));
        QVERIFY(other.value()->exec("INSERT INTO t(k, v) VALUES (3, 30)").ok());
        {
            Transaction tx(*m_db);
            QVERIFY2(tx.active(), qPrintable(tx.beginStatus().ok() ? QString() : tx.beginStatus().error().message));
        }

        // The same read through next(), left on its first row: the hazard is real.
        auto open = m_db->statement("SELECT v FROM t ORDER BY k");
        QVERIFY(open.next());
        QVERIFY(other.value()->exec("INSERT INTO t(k, v) VALUES (4, 40)").ok());
        QVERIFY(!m_db->exec("BEGIN IMMEDIATE").ok());
        open.reset();
        QVERIFY(m_db->exec("BEGIN IMMEDIATE; ROLLBACK").ok());
    }

    // texts() reads one column of the rows not yet stepped over, NULL as a null string.
    void textsReadsTheRemainingRows()
    {
        QVERIFY(m_db->exec("INSERT INTO t(k, v, w) VALUES (1, 'a', 'x'), (2, NULL, 'y'), (3, 'c', 'z')").ok());
        QCOMPARE(m_db->statement("SELECT v FROM t ORDER BY k").texts(),
                 QStringList({QStringLiteral("a"), QString(), QStringLiteral("c")}));
        auto st = m_db->statement("SELECT k, w FROM t ORDER BY k");
        QVERIFY(st.next());
        QCOMPARE(st.texts(1), QStringList({QStringLiteral("y"), QStringLiteral("z")}));
        QVERIFY(!st.failed());
        QVERIFY(m_db->statement("SELECT v FROM t WHERE k > 3").texts().isEmpty());
    }

    void movedStatementKeepsWorking()
    {
        Statement a = m_db->statement("SELECT 41 + ?1");
        Statement b(std::move(a));
        QVERIFY(b.bind(1, 1).next());
        QCOMPARE(b.int64(0), 42);
        Statement c = m_db->statement("SELECT 'other'");
        c = std::move(b);
        c.reset();
        QVERIFY(c.bind(1, 2).next());
        QCOMPARE(c.int64(0), 43);
    }

    void prepareReportsBadSql()
    {
        auto st = m_db->prepare("SELECT nope FROM nowhere");
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(QStringLiteral("nowhere")));
    }

    // --- Savepoint ---

    void savepointReleaseKeepsWork()
    {
        {
            Savepoint sp(*m_db);
            QVERIFY(sp.active());
            QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (1)").ok());
            QVERIFY(sp.release().ok());
            QVERIFY(!sp.active());
        }
        // Outside a transaction the savepoint was one: released, it is committed for all.
        auto other = Database::open(m_path);
        QVERIFY(other.ok());
        QCOMPARE(count(*other.value(), "SELECT count(*) FROM t"), 1);
    }

    void savepointRollsBackUnlessReleased()
    {
        {
            Savepoint sp(*m_db);
            QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (1)").ok());
        }
        QCOMPARE(count(*m_db, "SELECT count(*) FROM t"), 0);
        Savepoint sp(*m_db);
        QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (2)").ok());
        sp.rollback();
        QVERIFY(!sp.active());
        QCOMPARE(count(*m_db, "SELECT count(*) FROM t"), 0);
        QVERIFY(!sp.release().ok()); // nothing left to release
        QVERIFY(!m_db->exec("RELEASE chipline_sp").ok()); // and no savepoint left behind
    }

    // One file's failure undoes that file alone: an inner savepoint rolled back keeps the
    // outer one's work and the transaction's.
    void nestedRollbackKeepsOuterWork()
    {
        Transaction tx(*m_db);
        QVERIFY(tx.active());
        QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (1)").ok());
        {
            Savepoint outer(*m_db);
            QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (2)").ok());
            {
                Savepoint inner(*m_db);
                QVERIFY(inner.active());
                QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (3)").ok());
            } // rolled back
            QCOMPARE(count(*m_db, "SELECT group_concat(k, '') FROM t"), 12);
            {
                Savepoint inner(*m_db);
                QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (4)").ok());
                QVERIFY(inner.release().ok());
            }
            QVERIFY(outer.active());
            QVERIFY(outer.release().ok());
        }
        QVERIFY(tx.commit().ok());
        auto other = Database::open(m_path);
        QVERIFY(other.ok());
        QCOMPARE(count(*other.value(), "SELECT group_concat(k, '') FROM (SELECT k FROM t ORDER BY k)"), 124);
    }

    void outerRollbackTakesReleasedInnerWork()
    {
        Transaction tx(*m_db);
        QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (1)").ok());
        {
            Savepoint outer(*m_db);
            Savepoint inner(*m_db);
            QVERIFY(m_db->exec("INSERT INTO t(k) VALUES (2)").ok());
            QVERIFY(inner.release().ok());
            outer.rollback();
        }
        QVERIFY(tx.commit().ok());
        QCOMPARE(count(*m_db, "SELECT group_concat(k, '') FROM t"), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
