// Kills `chipline import` with SIGKILL at random moments and checks what it left behind.
//
// "Complete" is concrete: every stored article has exactly the mentions, dates and event
// evidence that a clean, uninterrupted import of the same files gives it (compared by the
// article's content hash), every imported source row counts the articles it has, the
// search index covers every article, and PRAGMA integrity_check says ok. A re-import then
// finishes the job: the same articles as the clean import, no duplicates.
#include "reliabilitysupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace chipline::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFiles = kSizeDivisor == 1 ? 150 : 60; // fewer under the sanitizers, still 20 kills
constexpr int kKills = 20;

// content hash -> mentions | dates | evidence, each in text order.
QHash<QString, QString> analysisByArticle(const RawDb &db)
{
    const QStringList rows = db.rows(
        "SELECT hex(a.content_hash), "
        " (SELECT group_concat(x, ';') FROM (SELECT m.start || ',' || m.end || ',' || e.name || ',' || m.status AS x "
        "   FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.article_id = a.id ORDER BY m.start, m.end, "
        "e.name)), "
        " (SELECT group_concat(x, ';') FROM (SELECT d.start || ',' || d.end || ',' || coalesce(d.value, '') || ',' "
        "   || coalesce(d.precision, '') AS x FROM date_mention d WHERE d.article_id = a.id ORDER BY d.start, d.end)), "
        " (SELECT group_concat(x, ';') FROM (SELECT v.start || ',' || v.end || ',' || coalesce(ev.cluster_key, '') || "
        "',' "
        "   || ev.category AS x FROM event_evidence v JOIN event ev ON ev.id = v.event_id WHERE v.article_id = a.id "
        "   ORDER BY v.start, v.end, ev.cluster_key)) "
        "FROM article a");
    QHash<QString, QString> out;
    for (const QString &row : rows) {
        const QString hash = row.section(u'\t', 0, 0);
        out.insert(hash, row.section(u'\t', 1));
    }
    return out;
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(writeCorpus(m_corpus, kFiles, 20250416));
        const QString ref = m_dir.filePath(QStringLiteral("reference.db"));
        QElapsedTimer clock;
        clock.start();
        const Run r = runChipline({QStringLiteral("import"), QStringLiteral("--db"), ref, m_corpus});
        m_importMs = clock.elapsed();
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const RawDb db(ref);
        m_reference = analysisByArticle(db);
        QVERIFY(m_reference.size() > kFiles);
        // The comparison means something only if the articles carry analysis.
        QVERIFY(db.count("SELECT count(*) FROM mention") > m_reference.size());
        QVERIFY(db.count("SELECT count(*) FROM date_mention") > m_reference.size());
        QVERIFY(db.count("SELECT count(*) FROM event_evidence") > 0);
        qInfo("clean import of %d files, %lld articles: %lld ms", kFiles, qint64(m_reference.size()), m_importMs);
    }

    void killedImportsLeaveCompleteArticles()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.db"));
        auto removeDb = [&path] {
            for (const char *suffix : {"", "-wal", "-shm", "-journal", "-search", "-search-wal", "-search-shm"})
                QFile::remove(path + QLatin1StringView(suffix));
        };
        QRandomGenerator rng(7);
        int kills = 0, finished = 0, rounds = 0, killsThisRound = 0;
        const int maxDelay = int(qMax<qint64>(300, m_importMs * 7 / 10));
        removeDb();
        for (int attempt = 0; kills < kKills && attempt < 5 * kKills; ++attempt) {
            QProcess p;
            p.start(QStringLiteral(CHIPLINE_BINARY),
                    {QStringLiteral("import"), QStringLiteral("--db"), path, m_corpus});
            QVERIFY(p.waitForStarted());
            const int delay = 20 + int(rng.bounded(quint32(maxDelay)));
            const bool done = p.waitForFinished(delay);
            if (!done) {
                p.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
                QVERIFY(p.waitForFinished());
                ++kills;
                ++killsThisRound;
            } else {
                ++finished;
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            }
            if (QFile::exists(path))
                checkConsistent(
                    path,
                    QStringLiteral("after %1 at %2 ms").arg(done ? u"a finished import"_s : u"a kill"_s).arg(delay),
                    done);
            if (QTest::currentTestFailed())
                return;
            if (done || killsThisRound == 4) {
                finishAndCompare(path);
                if (QTest::currentTestFailed())
                    return;
                removeDb();
                ++rounds;
                killsThisRound = 0;
            }
        }
        finishAndCompare(path);
        qInfo("%d kills, %d imports finished before their kill, %d rounds completed", kills, finished, rounds);
        QCOMPARE(kills >= kKills, true);
    }

private:
    // complete: the import finished, so every article must be searchable.
    void checkConsistent(const QString &path, const QString &when, bool complete)
    {
        const RawDb db(path);
        QVERIFY2(db.isOpen(), qPrintable(when));
        if (db.count("SELECT count(*) FROM sqlite_master WHERE name = 'event_evidence'") == 0)
            return; // killed before the last migration committed: no article can exist yet
        QCOMPARE(db.value("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(db.count("SELECT count(*) FROM pragma_foreign_key_check"), qint64(0));
        const QHash<QString, QString> got = analysisByArticle(db);
        for (auto it = got.cbegin(); it != got.cend(); ++it) {
            QVERIFY2(m_reference.contains(it.key()), qPrintable(when + u": unknown article "_s + it.key()));
            QVERIFY2(m_reference.value(it.key()) == it.value(),
                     qPrintable(when + u": article "_s + it.key() + u" is incomplete:\n  got  "_s + it.value()
                                + u"\n  want "_s + m_reference.value(it.key())));
        }
        QCOMPARE(db.count("SELECT count(*) FROM source s WHERE outcome = 'imported' AND "
                          "articles <> (SELECT count(*) FROM article a WHERE a.source_id = s.id)"),
                 qint64(0));
        QCOMPARE(db.count("SELECT count(*) FROM article WHERE source_id NOT IN (SELECT id FROM source)"), qint64(0));
        // The index is written by a connection of its own and may lag after a kill, never lead.
        const QString index = searchIndexProblem(path, complete);
        QVERIFY2(index.isEmpty(), qPrintable(when + u": "_s + index));
        QCOMPARE(db.count("SELECT count(*) FROM source WHERE outcome = 'failed'"), qint64(0));
    }

    void finishAndCompare(const QString &path)
    {
        const Run r = runChipline({QStringLiteral("import"), QStringLiteral("--db"), path, m_corpus});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("duplicates skipped: 0")), qPrintable(r.out));
        checkConsistent(path, QStringLiteral("after the re-import"), true);
        const RawDb db(path);
        QCOMPARE(db.count("SELECT count(*) FROM article"), qint64(m_reference.size()));
        QCOMPARE(analysisByArticle(db), m_reference);
        QCOMPARE(db.count("SELECT count(*) FROM (SELECT path FROM source WHERE outcome = 'imported' "
                          "GROUP BY path HAVING count(*) > 1)"),
                 qint64(0));
        QCOMPARE(db.count("SELECT count(*) FROM source WHERE outcome = 'imported'"), qint64(kFiles));
    }

    QTemporaryDir m_dir;
    QString m_corpus;
    qint64 m_importMs = 0;
    QHash<QString, QString> m_reference;
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
