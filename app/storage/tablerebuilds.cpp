#include "storage/tablerebuilds.h"

namespace chipline::storage {

// Version 14: the same CHECKs, with three or more values spelled as comparisons. SQLite
// builds a temporary table for each IN list of three or more on every insert; in a large
// import those three tables take 1.9 million inserts, and the lists cost a fifth of the
// import. A rebuild, as for version 8; event_evidence's triggers go with its table and
// are made again as version 11 made them.
const char *const kTableRebuild14 = R"SQL(
CREATE TABLE mention_v14(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL CHECK (end > start),
  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
  origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
  confidence REAL NOT NULL DEFAULT 1.0,
  found_by TEXT NOT NULL DEFAULT 'gazetteer'
    CHECK (found_by = 'gazetteer' OR found_by = 'pattern' OR found_by = 'propagated')
);
INSERT INTO mention_v14 SELECT id, article_id, start, end, entity_id, origin, status, confidence, found_by
  FROM mention;
DROP TABLE mention;
ALTER TABLE mention_v14 RENAME TO mention;
CREATE INDEX mention_article ON mention(article_id, start);
CREATE INDEX mention_entity ON mention(entity_id);

CREATE TABLE date_mention_v14(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL CHECK (end > start),
  text TEXT NOT NULL,
  value TEXT,
  precision TEXT CHECK (precision = 'day' OR precision = 'month' OR precision = 'quarter' OR precision = 'half'
    OR precision = 'year')
);
INSERT INTO date_mention_v14 SELECT id, article_id, start, end, text, value, precision FROM date_mention;
DROP TABLE date_mention;
ALTER TABLE date_mention_v14 RENAME TO date_mention;
CREATE INDEX date_mention_article ON date_mention(article_id, start);

CREATE TABLE event_evidence_v14(
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  cluster_key TEXT,
  reported TEXT,
  effective TEXT,
  date TEXT,
  dated_by TEXT NOT NULL DEFAULT 'text' CHECK (dated_by IN ('text', 'publication')),
  modality TEXT CHECK (modality = 'planned' OR modality = 'considered' OR modality = 'expected'),
  UNIQUE (event_id, article_id, start)
);
INSERT INTO event_evidence_v14 SELECT id, event_id, article_id, start, end, cluster_key, reported, effective, date,
  dated_by, modality FROM event_evidence;
DROP TABLE event_evidence;
ALTER TABLE event_evidence_v14 RENAME TO event_evidence;
CREATE INDEX event_evidence_key ON event_evidence(cluster_key) WHERE cluster_key IS NOT NULL;
CREATE INDEX event_evidence_passage ON event_evidence(article_id, start);
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

// Version 15: the event table's two lists, rebuilt as version 14 rebuilt the others. Every
// candidate event an import stores, and every date it refines, built two temporary tables.
// With foreign keys on, dropping the table would delete its actors and passages, so they
// wait in temporary copies, as in version 8; the counting triggers see every passage go and
// come back, and leave the counts as they were.
const char *const kTableRebuild15 = R"SQL(
CREATE TEMP TABLE event_actor_v15 AS SELECT * FROM event_actor;
CREATE TEMP TABLE event_evidence_v15 AS SELECT * FROM event_evidence;
DELETE FROM event_actor;
DELETE FROM event_evidence;
CREATE TABLE event_v15(
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  precision TEXT NOT NULL CHECK (precision = 'day' OR precision = 'month' OR precision = 'quarter'
    OR precision = 'half' OR precision = 'year'),
  category TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'candidate'
    CHECK (status = 'candidate' OR status = 'confirmed' OR status = 'rejected'),
  edited INTEGER NOT NULL DEFAULT 0,
  cluster_key TEXT,
  source TEXT,
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
INSERT INTO event_v15 SELECT id, date, precision, category, title, status, edited, cluster_key, source, notes,
  created_at FROM event;
DROP TABLE event;
ALTER TABLE event_v15 RENAME TO event;
CREATE INDEX event_date ON event(date);
CREATE UNIQUE INDEX event_cluster ON event(cluster_key) WHERE cluster_key IS NOT NULL;
INSERT INTO event_actor SELECT * FROM temp.event_actor_v15;
INSERT INTO event_evidence SELECT * FROM temp.event_evidence_v15;
DROP TABLE temp.event_actor_v15;
DROP TABLE temp.event_evidence_v15;
)SQL";

} // namespace chipline::storage
