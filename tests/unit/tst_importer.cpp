#include "importing/importer.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chipline;

namespace {

qint64 count(storage::Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    return st && st->next() ? st->int64(0) : -1;
}

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = storage::Database::open(m_dir->filePath(QStringLiteral("a.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }

    // Files share a transaction; one that fails part-way (here the database refuses its
    // article) takes nothing else with it: the files before it in the same transaction,
    // and the failure recorded before it, are written again; the file after it goes on.
    void fileFailingPartWayLosesOnlyItself()
    {
        write(QStringLiteral("1-good.txt"), "엔비디아는 H20 수출 허가를 받았다고 14일 밝혔다.\n");
        write(QStringLiteral("2-binary.txt"), QByteArray("\x00\x01\x02\x03 binary", 11).repeated(50));
        write(QStringLiteral("3-refused.txt"), "화웨이는 어센드 910C를 공개했다. 거부표시\n");
        write(QStringLiteral("4-good.txt"), "중국 상무부는 희토류 수출 통제를 발표했다.\n");
        QVERIFY(m_db->exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON article WHEN new.body LIKE '%거부표시%' "
                           "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                    .ok());
        const importing::ImportSummary summary =
            importing::Importer(*m_db).run({m_dir->filePath(QStringLiteral("in"))});
        QCOMPARE(summary.files, 4);
        QCOMPARE(summary.filesFailed, 2);
        QCOMPARE(summary.articlesAdded, 2);
        QStringList failed;
        for (const importing::FileProblem &p : summary.problems)
            failed.append(p.path.section(u'/', -1) + QStringLiteral(": ") + p.reason);
        QCOMPARE(failed.size(), 2);
        QVERIFY2(failed.at(0).startsWith(u"2-binary.txt"), qPrintable(failed.join(u'\n')));
        QVERIFY2(failed.at(1).startsWith(u"3-refused.txt") && failed.at(1).contains(u"refused by the test"),
                 qPrintable(failed.join(u'\n')));

        QCOMPARE(count(*m_db, "SELECT count(*) FROM article"), 2);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article WHERE body LIKE '%거부표시%'"), 0);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM source WHERE outcome = 'imported' AND articles = 1"), 2);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM source WHERE outcome = 'failed'"), 2);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM source WHERE path LIKE '%3-refused.txt' AND outcome = 'imported'"),
                 0);
        // Both stored files have their analysis, and nothing points at a missing article.
        QCOMPARE(count(*m_db, "SELECT count(DISTINCT article_id) FROM mention"), 2);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM mention WHERE article_id NOT IN (SELECT id FROM article)"), 0);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM date_mention WHERE article_id NOT IN (SELECT id FROM article)"), 0);
        // The indexer's connection indexed both before run() returned.
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH '\"희토류\"'"), 1);
        QCOMPARE(count(*m_db, "SELECT count(*) FROM article_fts_docsize"), 2);
    }

private:
    void write(const QString &name, const QByteArray &bytes)
    {
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("in"))));
        QFile f(m_dir->filePath(QStringLiteral("in/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
