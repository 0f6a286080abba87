#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/tablerebuilds.h"
#include "storage/transaction.h"

#include <array>

namespace chipline::storage {

namespace {

// Version 1: imported files, articles and two full-text indexes over them. The trigram
// index finds any substring of three or more characters (화웨이 in 화웨이의); the word index
// answers shorter terms (중국, AI) by word prefix, which trigrams cannot.
constexpr const char *kV1 = R"SQL(
CREATE TABLE source(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  size INTEGER NOT NULL,
  hash BLOB NOT NULL,
  layout TEXT,
  imported_at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'failed')),
  message TEXT,
  articles INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX source_path_hash ON source(path, hash);

CREATE TABLE article(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  source_index INTEGER NOT NULL,
  layout TEXT NOT NULL,
  outlet TEXT,
  title TEXT,
  published TEXT,
  reporter TEXT,
  dateline TEXT,
  language TEXT,
  url TEXT,
  body TEXT NOT NULL,
  content_hash BLOB NOT NULL UNIQUE
);
CREATE INDEX article_published ON article(published);
CREATE INDEX article_source ON article(source_id, source_index);

CREATE VIRTUAL TABLE article_fts USING fts5(
  title, body, content='article', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE article_words USING fts5(
  title, body, content='article', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', detail=column);

-- Articles are indexed in bulk, not by an insert trigger: FTS5 flushes its pending terms
-- at every statement savepoint, and a flush per article costs more than the import.
-- Ids only grow (AUTOINCREMENT), so indexed_through says exactly what is indexed.
CREATE TABLE fts_state(indexed_through INTEGER NOT NULL);
INSERT INTO fts_state VALUES (0);
CREATE TRIGGER article_ad AFTER DELETE ON article
WHEN old.id <= (SELECT indexed_through FROM fts_state) BEGIN
  INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO article_words(article_words, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER article_au AFTER UPDATE OF title, body ON article
WHEN old.id <= (SELECT indexed_through FROM fts_state) BEGIN
  INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO article_words(article_words, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
  INSERT INTO article_words(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
)SQL";

// Version 2: entities, their aliases and their mentions in articles. Built-in gazetteer
// entities are copied in on first use so that mentions can point at them; the user's own
// entities and aliases live here only. Offsets are Unicode code points into article.body.
constexpr const char *kV2 = R"SQL(
CREATE TABLE entity(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('ORG', 'GOV', 'PERSON', 'CHIP', 'MODEL', 'PLACE', 'MEDIA', 'RULE')),
  origin TEXT NOT NULL CHECK (origin IN ('builtin', 'user', 'pattern'))
);
CREATE TABLE alias(
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  language TEXT,
  origin TEXT NOT NULL CHECK (origin IN ('builtin', 'user')),
  removed INTEGER NOT NULL DEFAULT 0,
  UNIQUE (entity_id, text)
);
CREATE INDEX alias_text ON alias(text);
CREATE TABLE mention(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL CHECK (end > start),
  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
  origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
  confidence REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX mention_article ON mention(article_id, start);
CREATE INDEX mention_entity ON mention(entity_id);
)SQL";

// Version 3: date expressions and timeline events with their actors and evidence.
// value is NULL while an expression cannot be resolved (an undated article).
constexpr const char *kV3 = R"SQL(
CREATE TABLE date_mention(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL CHECK (end > start),
  text TEXT NOT NULL,
  value TEXT,
  precision TEXT CHECK (precision IN ('day', 'month', 'year'))
);
CREATE INDEX date_mention_article ON date_mention(article_id, start);
CREATE TABLE event(
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
  category TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'confirmed', 'rejected')),
  edited INTEGER NOT NULL DEFAULT 0,
  cluster_key TEXT,
  source TEXT,
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX event_date ON event(date);
CREATE UNIQUE INDEX event_cluster ON event(cluster_key) WHERE cluster_key IS NOT NULL;
CREATE TABLE event_actor(
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_actor_entity ON event_actor(entity_id);
CREATE TABLE event_evidence(
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  UNIQUE (event_id, article_id, start)
);
CREATE INDEX event_evidence_article ON event_evidence(article_id);
)SQL";

// Version 4: the analyst's timeline decisions outlive re-extraction, and the timeline's
// lanes are saved with the data they sort, so that the view, printing and the CLI agree.
// Each evidence row keeps the cluster key that proposed it: after a merge or a split the
// key still leads re-extraction to the event the analyst put the passage in; passages are
// looked up by article and start (one article may hold 100,000 of them).
// No lane rows means the built-in lanes. A member is an entity name, "type:XYZ" or "*";
// entity members also keep the entity's id, so that a renamed entity stays in its lane.
constexpr const char *kV4 = R"SQL(
ALTER TABLE event_evidence ADD COLUMN cluster_key TEXT;
UPDATE event_evidence SET cluster_key = (SELECT e.cluster_key FROM event e WHERE e.id = event_evidence.event_id);
CREATE INDEX event_evidence_key ON event_evidence(cluster_key) WHERE cluster_key IS NOT NULL;
DROP INDEX event_evidence_article;
CREATE INDEX event_evidence_passage ON event_evidence(article_id, start);
CREATE TABLE timeline_lane(
  position INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (title <> '')
);
CREATE TABLE timeline_lane_member(
  lane INTEGER NOT NULL REFERENCES timeline_lane(position) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  member TEXT NOT NULL,
  entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
  PRIMARY KEY (lane, position)
);
)SQL";

// Version 5: indexes for the article list's other sort keys (outlet, reporter, and the
// title expression ArticleListQuery sorts by: the title, else the first words), so that
// a page sorted by one of them walks an index instead of sorting every matching article;
// the layout index answers the list's layout filter and its choices without a table scan.
constexpr const char *kV5 = R"SQL(
CREATE INDEX article_layout ON article(layout);
CREATE INDEX article_outlet ON article(outlet);
CREATE INDEX article_reporter ON article(reporter);
CREATE INDEX article_title_key ON article(coalesce(nullif(title, ''), substr(body, 1, 60)));
)SQL";

// Version 6: an evidence row keeps its cluster key only where it differs from its event's
// key; the copy in every row made each import write twice the key and index it.
constexpr const char *kV6 = R"SQL(
UPDATE event_evidence SET cluster_key = NULL
 WHERE cluster_key = (SELECT e.cluster_key FROM event e WHERE e.id = event_evidence.event_id);
)SQL";

// Version 7: the full-text indexes move to a file of their own (SearchIndex), where an
// import indexes on a second connection beside its writer; it is rebuilt from the
// articles on first open. The identity tells that file which database it belongs to.
constexpr const char *kV7 = R"SQL(
DROP TRIGGER article_ad;
DROP TRIGGER article_au;
DROP TABLE article_fts;
DROP TABLE article_words;
DROP TABLE fts_state;
CREATE TABLE db_identity(value TEXT NOT NULL);
INSERT INTO db_identity VALUES (lower(hex(randomblob(16))));
)SQL";

// Version 8: quarters and halves (1분기, the first half) are precisions of their own, and a
// passage keeps the dates it gives besides the event's own: when it was reported and when a
// rule applies from (values in ResolvedDate's form, which tells their precision).
// SQLite cannot widen a CHECK in place, so event and date_mention are rebuilt; event's
// children are kept aside while it is replaced, since dropping it cascades to them.
constexpr const char *kV8 = R"SQL(
CREATE TABLE date_mention_v8(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL CHECK (end > start),
  text TEXT NOT NULL,
  value TEXT,
  precision TEXT CHECK (precision IN ('day', 'month', 'quarter', 'half', 'year'))
);
INSERT INTO date_mention_v8 SELECT id, article_id, start, end, text, value, precision FROM date_mention;
DROP TABLE date_mention;
ALTER TABLE date_mention_v8 RENAME TO date_mention;
CREATE INDEX date_mention_article ON date_mention(article_id, start);

CREATE TEMP TABLE event_actor_v8 AS SELECT * FROM event_actor;
CREATE TEMP TABLE event_evidence_v8 AS SELECT * FROM event_evidence;
DELETE FROM event_actor;
DELETE FROM event_evidence;
CREATE TABLE event_v8(
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'quarter', 'half', 'year')),
  category TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'confirmed', 'rejected')),
  edited INTEGER NOT NULL DEFAULT 0,
  cluster_key TEXT,
  source TEXT,
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
INSERT INTO event_v8 SELECT id, date, precision, category, title, status, edited, cluster_key, source, notes,
  created_at FROM event;
DROP TABLE event;
ALTER TABLE event_v8 RENAME TO event;
CREATE INDEX event_date ON event(date);
CREATE UNIQUE INDEX event_cluster ON event(cluster_key) WHERE cluster_key IS NOT NULL;
INSERT INTO event_actor SELECT * FROM temp.event_actor_v8;
INSERT INTO event_evidence(id, event_id, article_id, start, end, cluster_key)
  SELECT id, event_id, article_id, start, end, cluster_key FROM temp.event_evidence_v8;
DROP TABLE temp.event_actor_v8;
DROP TABLE temp.event_evidence_v8;
ALTER TABLE event_evidence ADD COLUMN reported TEXT;
ALTER TABLE event_evidence ADD COLUMN effective TEXT;
)SQL";

// Version 9: a recognized mention keeps how it was found, so that the reader can draw a
// guessed name apart from a listed one; rejected_name holds the names the analyst turned
// down in the New names review, which recognition never proposes again. The default
// makes the new column free on a large table; only pattern entities' rows are rewritten.
constexpr const char *kV9 = R"SQL(
ALTER TABLE mention ADD COLUMN found_by TEXT NOT NULL DEFAULT 'gazetteer'
  CHECK (found_by IN ('gazetteer', 'pattern', 'propagated'));
UPDATE mention SET found_by = 'pattern'
 WHERE origin = 'auto' AND entity_id IN (SELECT id FROM entity WHERE origin = 'pattern');
CREATE TABLE rejected_name(
  name TEXT PRIMARY KEY,
  type TEXT NOT NULL
) WITHOUT ROWID;
)SQL";

// Version 10: a passage keeps what its own text says about the event: its date (events of
// several articles a day apart, or "in April" and "on April 9", are one event with each
// passage's own date), whether only the publication day dates it (a lead without a date:
// lower confidence), and whether it only plans, weighs or expects the event (NULL: it says
// the event happened). Added columns with constant defaults cost nothing on a large table;
// the publication-dated passages already stored are found again: no resolved date inside
// the passage, and an untouched event dated on the article's publication day. A NULL date
// means the event's own, as before.
constexpr const char *kV10 = R"SQL(
ALTER TABLE event_evidence ADD COLUMN date TEXT;
ALTER TABLE event_evidence ADD COLUMN dated_by TEXT NOT NULL DEFAULT 'text'
  CHECK (dated_by IN ('text', 'publication'));
ALTER TABLE event_evidence ADD COLUMN modality TEXT CHECK (modality IN ('planned', 'considered', 'expected'));
UPDATE event_evidence SET dated_by = 'publication'
 WHERE EXISTS (SELECT 1 FROM event e JOIN article a ON a.id = event_evidence.article_id
                WHERE e.id = event_evidence.event_id AND NOT e.edited AND e.precision = 'day'
                  AND e.date = substr(a.published, 1, 10))
   AND NOT EXISTS (SELECT 1 FROM date_mention d
                    WHERE d.article_id = event_evidence.article_id AND d.value IS NOT NULL
                      AND d.start >= event_evidence.start AND d.end <= event_evidence.end);
)SQL";

// Version 11: how many events each article gives evidence for, kept current by triggers
// on every change to event_evidence (extraction, edits, merges, undo, cascades), so that
// the article list sorts by it through an index like its other columns; counting per row
// cost 0.2-0.5 s a page on 100,000 articles. A narrow table of its own, not a column of
// article: filling a column would rewrite nearly every article, and this fills from
// event_evidence and the ids alone (0.6 s on 100,000 articles). Every article has a row.
constexpr const char *kV11 = R"SQL(
CREATE TABLE article_event_count(
  article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
  events INTEGER NOT NULL DEFAULT 0
);
INSERT INTO article_event_count(article_id, events)
  SELECT v.article_id, count(DISTINCT v.event_id) FROM event_evidence v
   WHERE EXISTS (SELECT 1 FROM article a WHERE a.id = v.article_id) GROUP BY v.article_id;
INSERT OR IGNORE INTO article_event_count(article_id) SELECT id FROM article;
CREATE INDEX article_event_count_events ON article_event_count(events);
CREATE TRIGGER article_event_count_article AFTER INSERT ON article BEGIN
  INSERT OR IGNORE INTO article_event_count(article_id) VALUES (new.id);
END;
CREATE TRIGGER article_event_count_added AFTER INSERT ON event_evidence
WHEN NOT EXISTS (SELECT 1 FROM event_evidence v
                  WHERE v.event_id = new.event_id AND v.article_id = new.article_id AND v.id <> new.id) BEGIN
  UPDATE article_event_count SET events = events + 1 WHERE article_id = new.article_id;
END;
CREATE TRIGGER article_event_count_removed AFTER DELETE ON event_evidence
WHEN NOT EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = old.event_id AND v.article_id = old.article_id) BEGIN
  UPDATE article_event_count SET events = events - 1 WHERE article_id = old.article_id;
END;
CREATE TRIGGER article_event_count_moved AFTER UPDATE OF event_id, article_id ON event_evidence
WHEN old.event_id IS NOT new.event_id OR old.article_id IS NOT new.article_id BEGIN
  UPDATE article_event_count SET events = events - 1 WHERE article_id = old.article_id
     AND NOT EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = old.event_id AND v.article_id = old.article_id);
  UPDATE article_event_count SET events = events + 1 WHERE article_id = new.article_id
     AND NOT EXISTS (SELECT 1 FROM event_evidence v
                      WHERE v.event_id = new.event_id AND v.article_id = new.article_id AND v.id <> new.id);
END;
)SQL";

// Version 12: how many articles there are, kept by triggers: counting a million took
// 150 ms at every start. One trigger on a new article keeps both counts. A table of one row; article_event_count has a row for every
// article, so it is counted from there (the narrow table reads faster than article).
constexpr const char *kV12 = R"SQL(
CREATE TABLE article_total(articles INTEGER NOT NULL);
INSERT INTO article_total SELECT count(*) FROM article_event_count;
DROP TRIGGER article_event_count_article;
CREATE TRIGGER article_counts_added AFTER INSERT ON article BEGIN
  INSERT OR IGNORE INTO article_event_count(article_id) VALUES (new.id);
  UPDATE article_total SET articles = articles + 1;
END;
CREATE TRIGGER article_counts_removed AFTER DELETE ON article BEGIN
  UPDATE article_total SET articles = articles - 1;
END;
)SQL";

// Version 13: an entity that stands for someone in one article only ("김 의원", "A씨" are
// different people in different articles) keeps that article; NULL for the corpus-wide
// entities. Such entities are never proposed as new names. A plain column: a foreign key
// would cost a table rebuild, and an entity whose article is gone has no mentions left.
constexpr const char *kV13 = R"SQL(
ALTER TABLE entity ADD COLUMN article_id INTEGER;
)SQL";

// The rebuilds live in another file, so the list is made on first use.
const auto &migrations()
{
    static const std::array scripts = {
        kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8, kV9, kV10, kV11, kV12, kV13, kTableRebuild14, kTableRebuild15};
    return scripts;
}

} // namespace

int Migrations::latestVersion()
{
    return int(migrations().size());
}

const char *Migrations::script(int version)
{
    return version >= 1 && version <= latestVersion() ? migrations()[size_t(version - 1)] : nullptr;
}

int Migrations::currentVersion(Database &db)
{
    auto st = db.statement("PRAGMA user_version");
    return st.next() ? int(st.int64(0)) : 0;
}

core::Status Migrations::check(Database &db)
{
    const int version = currentVersion(db);
    if (version > latestVersion())
        return core::Error{QStringLiteral("the database was written by a newer Chipline (schema %1; this "
                                          "version understands up to %2) and is left unchanged")
                               .arg(version)
                               .arg(latestVersion())};
    return {};
}

core::Status Migrations::apply(Database &db)
{
    if (auto st = check(db); !st)
        return st;
    for (int version = currentVersion(db); version < latestVersion(); ++version) {
        Transaction tx(db);
        if (!tx.active())
            return core::Error{QStringLiteral("cannot start migration: %1").arg(tx.beginStatus().error().message)};
        // Re-read inside the lock: another process may have migrated meanwhile.
        if (currentVersion(db) > version)
            continue;
        if (auto st = db.exec(migrations()[size_t(version)]); !st)
            return core::Error{
                QStringLiteral("migration to schema %1 failed: %2").arg(version + 1).arg(st.error().message)};
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(version + 1);
        if (auto st = db.exec(pragma.constData()); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    return {};
}

} // namespace chipline::storage
