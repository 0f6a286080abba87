// Schema versions 14 and 15: the CHECKs that list three or more values are spelled as
// comparisons, so that a write builds no temporary table; the upgrades keep every row, index
// and trigger.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace chipline::storage;

namespace {

// The writes an import makes for every mention, date, event and passage.
const char *const kInserts[] = {
    "INSERT INTO mention(article_id, start, end, entity_id, origin, status, confidence, found_by) "
    "VALUES (1, 0, 2, 1, 'auto', 'accepted', 0.5, 'pattern')",
    "INSERT INTO date_mention(article_id, start, end, text, value, precision) VALUES (1, 3, 5, 'x', '2025', 'year')",
    "INSERT INTO event_evidence(event_id, article_id, start, end, date, dated_by, modality) "
    "VALUES (1, 1, 9, 12, '2025-01-02', 'text', 'planned')",
    "INSERT INTO event(id, date, precision, category, title, status, edited, cluster_key, source, notes) "
    "VALUES (9, '2025-02-03', 'day', 'export_control', 't', 'candidate', 0, 'k9', NULL, NULL)",
    "UPDATE event SET date = '2025-02', precision = 'month' WHERE id = 1",
};

bool buildsTemporaryTable(Database &db, const char *sql)
{
    const QByteArray text = QByteArray("EXPLAIN ") + sql;
    auto explain = db.statement(text.constData());
    while (explain.next()) {
        if (explain.text(1) == u"OpenEphemeral")
            return true;
    }
    return false;
}

QStringList rows(Database &db, const char *sql)
{
    QStringList out;
    auto st = db.statement(sql);
    while (st.next())
        out.append(st.text(0));
    return out;
}

bool execRaw(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK;
    if (!ok)
        qWarning("%s", error);
    sqlite3_free(error);
    return ok;
}

struct Dump
{
    const char *sql;
    int columns;
};

// Every column, quoted, joined by '|'.
const Dump kDump[] = {
    {"SELECT quote(id), quote(article_id), quote(start), quote(end), quote(entity_id), quote(origin), "
     "quote(status), quote(confidence), quote(found_by) FROM mention ORDER BY id",
     9},
    {"SELECT quote(id), quote(article_id), quote(start), quote(end), quote(text), quote(value), quote(precision) "
     "FROM date_mention ORDER BY id",
     7},
    {"SELECT quote(id), quote(event_id), quote(article_id), quote(start), quote(end), quote(cluster_key), "
     "quote(reported), quote(effective), quote(date), quote(dated_by), quote(modality) FROM event_evidence "
     "ORDER BY id",
     11},
};

QStringList dump(Database &db, const Dump &table)
{
    QStringList out;
    auto st = db.statement(table.sql);
    while (st.next()) {
        QStringList columns;
        for (int i = 0; i < table.columns; ++i)
            columns.append(st.text(i));
        out.append(columns.join(u'|'));
    }
    return out;
}

} // namespace

class TestSchemaChecks final : public QObject
{
    Q_OBJECT

private slots:
    void insertsBuildNoTemporaryTable()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.ok());
        for (const char *sql : kInserts)
            QVERIFY2(!buildsTemporaryTable(*db.value(), sql), sql);
    }

    void upgradeKeepsRowsChecksAndTriggers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v13.db"));
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            for (int version = 1; version <= 13; ++version)
                QVERIFY2(execRaw(raw, Migrations::script(version)), qPrintable(QString::number(version)));
            QVERIFY(execRaw(raw,
                            "PRAGMA user_version=13;"
                            "INSERT INTO source(id, path, size, hash, imported_at, outcome) "
                            "  VALUES (1, 'a.txt', 1, x'00', '2025-01-01', 'imported');"
                            "INSERT INTO article(id, source_id, source_index, layout, body, content_hash) "
                            "  VALUES (1, 1, 0, 'text', 'body', x'01'), (2, 1, 1, 'text', 'other', x'02');"
                            "INSERT INTO entity(id, name, type, origin) VALUES (1, 'Nvidia', 'ORG', 'builtin');"
                            "INSERT INTO mention(article_id, start, end, entity_id, origin, status, found_by) "
                            "  VALUES (1, 0, 2, 1, 'auto', 'accepted', 'gazetteer'),"
                            "  (1, 3, 4, 1, 'manual', 'rejected', 'propagated'), (2, 0, 1, 1, 'auto', "
                            "'accepted', 'pattern');"
                            "INSERT INTO date_mention(article_id, start, end, text, value, precision) "
                            "  VALUES (1, 0, 4, '2025', '2025', 'year'), (2, 1, 3, 'x', NULL, NULL);"
                            "INSERT INTO event(id, date, precision, category, title) "
                            "  VALUES (1, '2025-01-02', 'day', 'export_control', 't'),"
                            "  (2, '2025-01', 'month', 'export_control', 'u');"
                            "INSERT INTO event_evidence(event_id, article_id, start, end, cluster_key, date, "
                            "  dated_by, modality) VALUES (1, 1, 0, 4, 'k', '2025-01-02', 'publication', "
                            "'expected'), (2, 1, 5, 6, NULL, NULL, 'text', NULL);"
                            "UPDATE event SET status = 'confirmed', edited = 1, notes = 'n' WHERE id = 2;"
                            "INSERT INTO event_actor(event_id, entity_id) VALUES (1, 1), (2, 1);"));
            sqlite3_close(raw);
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        Database &d = *db.value();
        QCOMPARE(Migrations::currentVersion(d), 15);
        const QStringList expected[] = {
            {QStringLiteral("1|1|0|2|1|'auto'|'accepted'|1.0|'gazetteer'"),
             QStringLiteral("2|1|3|4|1|'manual'|'rejected'|1.0|'propagated'"),
             QStringLiteral("3|2|0|1|1|'auto'|'accepted'|1.0|'pattern'")},
            {QStringLiteral("1|1|0|4|'2025'|'2025'|'year'"), QStringLiteral("2|2|1|3|'x'|NULL|NULL")},
            {QStringLiteral("1|1|1|0|4|'k'|NULL|NULL|'2025-01-02'|'publication'|'expected'"),
             QStringLiteral("2|2|1|5|6|NULL|NULL|NULL|NULL|'text'|NULL")},
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(dump(d, kDump[i]), expected[i]);
        for (const char *sql : kInserts)
            QVERIFY2(!buildsTemporaryTable(d, sql), sql);

        // Version 15 kept the events, their actors and their passages.
        QCOMPARE(rows(d,
                      "SELECT id || '|' || date || '|' || precision || '|' || status || '|' || edited || '|' || "
                      "coalesce(notes, '') FROM event ORDER BY id"),
                 QStringList({QStringLiteral("1|2025-01-02|day|candidate|0|"),
                              QStringLiteral("2|2025-01|month|confirmed|1|n")}));
        QCOMPARE(rows(d, "SELECT event_id || '|' || entity_id FROM event_actor ORDER BY event_id"),
                 QStringList({QStringLiteral("1|1"), QStringLiteral("2|1")}));
        QCOMPARE(rows(d, "SELECT name FROM sqlite_temp_master"), QStringList());

        // The indexes and the counting triggers came back with their tables.
        QCOMPARE(rows(d,
                      "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN "
                      "('mention', 'date_mention', 'event_evidence', 'event') AND sql IS NOT NULL ORDER BY name"),
                 QStringList({QStringLiteral("article_event_count_added"), QStringLiteral("article_event_count_moved"),
                              QStringLiteral("article_event_count_removed"), QStringLiteral("date_mention_article"),
                              QStringLiteral("event_cluster"), QStringLiteral("event_date"),
                              QStringLiteral("event_evidence_key"), QStringLiteral("event_evidence_passage"),
                              QStringLiteral("mention_article"), QStringLiteral("mention_entity")}));
        QCOMPARE(rows(d, "SELECT events FROM article_event_count ORDER BY article_id"),
                 QStringList({QStringLiteral("2"), QStringLiteral("0")}));
        QVERIFY(d.exec("INSERT INTO event_evidence(event_id, article_id, start, end) VALUES (1, 2, 0, 1)").ok());
        QVERIFY(d.exec("DELETE FROM event_evidence WHERE article_id = 1 AND event_id = 2").ok());
        QCOMPARE(rows(d, "SELECT events FROM article_event_count ORDER BY article_id"),
                 QStringList({QStringLiteral("1"), QStringLiteral("1")}));

        // The rewritten CHECKs still turn away what the old ones did, and allow NULL.
        QVERIFY(!d.exec("INSERT INTO mention(article_id, start, end, entity_id, origin, status, found_by) "
                        "VALUES (1, 0, 1, 1, 'auto', 'accepted', 'context')")
                     .ok());
        QVERIFY(!d.exec("INSERT INTO date_mention(article_id, start, end, text, precision) "
                        "VALUES (1, 0, 1, 'x', 'week')")
                     .ok());
        QVERIFY(!d.exec("INSERT INTO event_evidence(event_id, article_id, start, end, modality) "
                        "VALUES (1, 2, 7, 8, 'maybe')")
                     .ok());
        QVERIFY(d.exec("INSERT INTO event_evidence(event_id, article_id, start, end, modality) "
                       "VALUES (1, 2, 7, 8, 'considered')")
                    .ok());
        QVERIFY(!d.exec("UPDATE event SET precision = 'week' WHERE id = 1").ok());
        QVERIFY(!d.exec("UPDATE event SET status = 'maybe' WHERE id = 1").ok());
        QVERIFY(d.exec("UPDATE event SET status = 'rejected', precision = 'half' WHERE id = 1").ok());
        // Deleting an event still takes its actors and passages with it.
        QVERIFY(d.exec("DELETE FROM event WHERE id = 2").ok());
        QCOMPARE(rows(d, "SELECT count(*) FROM event_actor WHERE event_id = 2"), QStringList(QStringLiteral("0")));
        QCOMPARE(rows(d, "SELECT count(*) FROM event_evidence WHERE event_id = 2"), QStringList(QStringLiteral("0")));
        QCOMPARE(rows(d, "PRAGMA integrity_check"), QStringList(QStringLiteral("ok")));
        QCOMPARE(rows(d, "PRAGMA foreign_key_check"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSchemaChecks)
#include "tst_schemachecks.moc"
