#include "storage/searchindex.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace chipline::storage {

namespace {

constexpr int kVersion = 1;

// Every import commit flushes a small segment into both indexes; FTS5's default merges
// a level every 4 segments, which made a large import rewrite its index several times
// over. Merging 16 at a time builds it a third faster and searches as fast (measured on
// 100,000 articles).
constexpr const char *kCreate = R"SQL(
CREATE TABLE search.search_state(
  identity TEXT NOT NULL, indexed_through INTEGER NOT NULL, indexed_hash BLOB);
INSERT INTO search.search_state SELECT value, 0, NULL FROM main.db_identity;
CREATE TABLE search.doc(id INTEGER PRIMARY KEY, title TEXT, body TEXT NOT NULL);
CREATE VIRTUAL TABLE search.article_fts USING fts5(
  title, body, content='doc', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE search.article_words USING fts5(
  title, body, content='doc', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', detail=column);
INSERT INTO search.article_fts(article_fts, rank) VALUES ('automerge', 16);
INSERT INTO search.article_fts(article_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO search.article_words(article_words, rank) VALUES ('automerge', 16);
INSERT INTO search.article_words(article_words, rank) VALUES ('crisismerge', 64);
PRAGMA search.user_version = 1;
)SQL";

constexpr const char *kDrop = R"SQL(
DROP TABLE IF EXISTS search.article_fts;
DROP TABLE IF EXISTS search.article_words;
DROP TABLE IF EXISTS search.doc;
DROP TABLE IF EXISTS search.search_state;
)SQL";

core::Error fileError(const QString &path, const QString &message)
{
    return core::Error{QStringLiteral("%1: search index: %2").arg(path, message)};
}

core::Status attachFile(Database &db, const QString &path)
{
    auto st = db.prepare("ATTACH DATABASE ?1 AS search");
    if (!st)
        return fileError(path, st.error().message);
    st->bind(1, path);
    if (!st->exec())
        return fileError(path, st->errorMessage());
    return {};
}

// Readable and of this program's layout; an unreadable file gives an error.
core::Result<bool> hasLayout(Database &db)
{
    auto version = db.prepare("PRAGMA search.user_version");
    if (!version)
        return core::Error{version.error().message};
    if (!version->next())
        return core::Error{version->failed() ? version->errorMessage() : QStringLiteral("no version")};
    return version->int64(0) == kVersion;
}

// Built for this database, and for this copy of it: copies share the identity, so the
// last indexed article must be the one the database holds under that id (restoring an
// older copy leaves the index ahead; two copies that imported apart differ there).
bool belongs(Database &db, bool checkProgress)
{
    auto st = db.prepare(checkProgress ? "SELECT count(*) FROM search.search_state WHERE identity = (SELECT value "
                                         "FROM main.db_identity) AND (indexed_through = 0 OR indexed_hash = "
                                         "(SELECT content_hash FROM main.article WHERE id = indexed_through))"
                                       : "SELECT count(*) FROM search.search_state WHERE identity = (SELECT value "
                                         "FROM main.db_identity)");
    return st && st->next() && st->int64(0) == 1;
}

bool isCurrent(Database &db, bool checkProgress)
{
    const auto layout = hasLayout(db);
    return layout && layout.value() && belongs(db, checkProgress);
}

// For a read-only connection without a usable index file: searches find nothing. The
// tables go to the connection's temporary schema, the one it may write.
core::Status attachEmpty(Database &db)
{
    QByteArray sql(kCreate);
    sql.replace("search.", "temp.");
    sql.truncate(sql.indexOf("PRAGMA "));
    return db.exec(sql.constData());
}

// Not a database at all, or corrupt: what setAside may move.
bool isUnreadable(Database &db)
{
    const int code = sqlite3_extended_errcode(db.handle()) & 0xff;
    return code == SQLITE_NOTADB || code == SQLITE_CORRUPT;
}

// An index file SQLite cannot read (a stray file, a first write cut short, damage) holds
// nothing that cannot be rebuilt, but another process may be deciding the same at this
// moment: deleting would let it delete the fresh file this one makes next, under this
// one's open connection. So the files are moved aside, never deleted, and only while a
// second connection holds the database's write lock and the file still fails when
// checked again. ATTACH is not allowed inside a transaction, hence the second connection.
core::Status setAside(Database &db, const QString &path)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(db.path().toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> lock(raw, &sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return fileError(path, QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_busy_timeout(raw, 10000);
    if (sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fileError(path, QString::fromUtf8(sqlite3_errmsg(raw)));
    const bool attached = attachFile(db, path).ok();
    const bool stillBad = (!attached || !hasLayout(db)) && isUnreadable(db);
    if (stillBad) {
        (void)db.exec("DETACH DATABASE search");
        const QString aside = path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString from = path + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::rename(from, aside + QLatin1String(suffix))) {
                sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
                return fileError(path, QStringLiteral("cannot move the unreadable index aside to %1").arg(aside));
            }
        }
        qWarning("%s: search index unreadable; moved aside to %s and rebuilt", qPrintable(path), qPrintable(aside));
    }
    sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
    if (stillBad)
        return attachFile(db, path);
    if (!attached)
        return fileError(path, db.lastError());
    return {};
}

core::Status rebuild(Database &db, const QString &path)
{
    // Both files locked: no other connection indexes or reads a half-made layout meanwhile.
    Transaction tx(db);
    if (!tx.active())
        return fileError(path, tx.beginStatus().error().message);
    if (isCurrent(db, true))
        return {};
    if (auto st = db.exec(kDrop); !st)
        return fileError(path, st.error().message);
    if (auto st = db.exec(kCreate); !st)
        return fileError(path, st.error().message);
    if (auto st = tx.commit(); !st)
        return fileError(path, st.error().message);
    return {};
}

} // namespace

QString SearchIndex::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-search");
}

core::Status SearchIndex::attach(Database &db, bool writable)
{
    const QString path = pathFor(db.path());
    if (!writable) {
        if (QFileInfo::exists(path) && attachFile(db, path)) {
            if (isCurrent(db, false))
                return {};
            (void)db.exec("DETACH DATABASE search");
        }
        return attachEmpty(db);
    }
    const bool attached = attachFile(db, path).ok();
    if (!attached || !hasLayout(db)) {
        if (!isUnreadable(db))
            return fileError(path, db.lastError());
        if (attached)
            (void)db.exec("DETACH DATABASE search");
        if (auto st = setAside(db, path); !st)
            return st;
    }
    if (auto st = db.exec("PRAGMA search.journal_mode=WAL; PRAGMA search.synchronous=NORMAL; "
                          "PRAGMA search.cache_size=-65536;");
        !st)
        return fileError(path, st.error().message);
    if (!isCurrent(db, true))
        if (auto st = rebuild(db, path); !st)
            return st;
    return indexPending(db);
}

core::Status SearchIndex::indexPending(Database &db)
{
    // Nothing to index is the usual case on open: answer it with a read, which never waits
    // for a lock another process holds.
    {
        auto pending = db.prepare("SELECT (SELECT coalesce(max(id), 0) FROM main.article) > "
                                  "(SELECT indexed_through FROM search.search_state)");
        if (!pending)
            return core::Error{pending.error().message};
        if (!pending->next())
            return core::Error{pending->errorMessage()};
        if (pending->int64(0) == 0)
            return {};
    }
    // The first statement writes the search file and reads the database, so outside a
    // transaction the savepoint waits for the search file's lock alone. One INSERT ...
    // SELECT per index: FTS5 then writes one segment, not one per article.
    auto st = db.exec("SAVEPOINT chipline_index;"
                      "INSERT INTO search.doc(id, title, body) SELECT id, title, body FROM main.article "
                      "WHERE id > (SELECT indexed_through FROM search.search_state);"
                      "INSERT INTO search.article_fts(rowid, title, body) SELECT id, title, body FROM search.doc "
                      "WHERE id > (SELECT indexed_through FROM search.search_state);"
                      "INSERT INTO search.article_words(rowid, title, body) SELECT id, title, body FROM search.doc "
                      "WHERE id > (SELECT indexed_through FROM search.search_state);"
                      "UPDATE search.search_state SET indexed_through = "
                      "max(indexed_through, (SELECT coalesce(max(id), 0) FROM search.doc));"
                      "UPDATE search.search_state SET indexed_hash = "
                      "(SELECT content_hash FROM main.article WHERE id = indexed_through);"
                      "RELEASE chipline_index;");
    if (!st)
        (void)db.exec("ROLLBACK TO chipline_index; RELEASE chipline_index;");
    return st;
}

} // namespace chipline::storage
