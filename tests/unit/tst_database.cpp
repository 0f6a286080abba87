#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace chipline::storage;

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("sub/a.db")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(Migrations::currentVersion(*db.value()), Migrations::latestVersion());
        auto st = db.value()->statement("PRAGMA journal_mode");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("wal"));
        auto fk = db.value()->statement("PRAGMA foreign_keys");
        QVERIFY(fk.next());
        QCOMPARE(fk.int64(0), 1);
    }
    void reopenKeepsVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        QVERIFY(Database::open(path).ok());
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(Migrations::currentVersion(*again.value()), Migrations::latestVersion());
    }
    void refusesNewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec("PRAGMA user_version=999").ok());
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("newer Chipline")), qPrintable(db.error().message));
        QVERIFY(db.error().message.startsWith(path));
        // Left unchanged.
        auto ro = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(!ro.ok());
    }
    // A read-only command on a database an older Chipline wrote: upgraded first (with its
    // backup), as the window would, then read; before, its first query aborted the program.
    void readOnlyOpenUpgradesAnOlderSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec("ALTER TABLE mention DROP COLUMN found_by; DROP TABLE rejected_name; "
                               "DROP TRIGGER article_counts_added; DROP TRIGGER article_counts_removed; "
                               "DROP TRIGGER article_event_count_added; "
                               "DROP TRIGGER article_event_count_removed; DROP TRIGGER article_event_count_moved; "
                               "DROP TABLE article_event_count; DROP TABLE article_total; "
                               "ALTER TABLE event_evidence DROP COLUMN date; "
                               "ALTER TABLE event_evidence DROP COLUMN dated_by; "
                               "ALTER TABLE event_evidence DROP COLUMN modality; "
                               "ALTER TABLE entity DROP COLUMN article_id; "
                               "PRAGMA user_version=8")
                        .ok());
        }
        auto ro = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(ro.ok(), qPrintable(ro.ok() ? QString() : ro.error().message));
        QCOMPARE(Migrations::currentVersion(*ro.value()), Migrations::latestVersion());
        QVERIFY(ro.value()->prepare("SELECT found_by FROM mention").ok());
        QVERIFY(ro.value()->prepare("SELECT name FROM rejected_name").ok());
        QVERIFY(!ro.value()->exec("CREATE TABLE x(y)").ok()); // still read-only
        const QStringList backups = QDir(path + QStringLiteral("-backups")).entryList(QDir::Files);
        QVERIFY2(!backups.isEmpty(), "the upgrade keeps a backup first");
    }
    void notADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.startsWith(path));
    }
    void transactionRollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.ok());
        QVERIFY(db.value()->exec("CREATE TABLE t(x)").ok());
        {
            Transaction tx(*db.value());
            QVERIFY(tx.active());
            QVERIFY(db.value()->exec("INSERT INTO t VALUES (1)").ok());
        }
        {
            Transaction tx(*db.value());
            QVERIFY(db.value()->exec("INSERT INTO t VALUES (2)").ok());
            QVERIFY(tx.commit().ok());
        }
        auto st = db.value()->statement("SELECT group_concat(x) FROM t");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("2"));
    }
    void bindsParameters()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.ok());
        auto st = db.value()->statement("SELECT ?1, ?2, ?3, ?4");
        // A quote in a value is data, never SQL.
        st.bind(1, QStringLiteral("화웨이'; DROP TABLE article; --"))
            .bind(2, qint64(42))
            .bindNull(3)
            .bindOptional(4, QString());
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("화웨이'; DROP TABLE article; --"));
        QCOMPARE(st.int64(1), 42);
        QVERIFY(st.isNull(2));
        QVERIFY(st.isNull(3));
    }
    // Short text is encoded on the stack, long text by Qt: both must store the same bytes.
    void bindsTextOfEveryLengthAndScript_data()
    {
        QTest::addColumn<QString>("text");
        const QString mixed = QStringLiteral("Nvidia 엔비디아 英伟达 é ") + QString::fromUcs4(U"\U00020BB7", 1);
        for (const int n : {0, 1, 42, 127, 128, 129, 400}) {
            QTest::addRow("ascii %d", n) << QString(n, u'a');
            QTest::addRow("hangul %d", n) << QString(n, u'화');
            QTest::addRow("two-byte %d", n) << QString(n, QChar(0x00E9));
            QTest::addRow("mixed %d", n) << mixed.repeated(n).left(n);
        }
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u'x';
    }
    void bindsTextOfEveryLengthAndScript()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.ok());
        auto st = db.value()->statement("SELECT ?1, hex(CAST(?1 AS BLOB))");
        st.bind(1, text);
        QVERIFY(st.next());
        QCOMPARE(st.text(1), QString::fromLatin1(text.toUtf8().toHex().toUpper()));
        if (!text.isEmpty())
            QCOMPARE(st.text(0), QString::fromUtf8(text.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
