#include "storage/integritycheck.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QFileInfo>

#include <utility>

#include <sqlite3.h>

namespace chipline::storage {

namespace {

// Small tables that hold what only the analyst made: checked page by page, with their
// indexes. Events are not among them: recognition proposes tens of thousands in a large
// corpus, and every backup's full check covers them.
constexpr const char *kWorkTables[] = {"db_identity", "entity", "alias", "timeline_lane", "timeline_lane_member"};
// Large tables: their last page and the path to it, read through the key the table is
// stored by (rowid, or the first primary key column of a WITHOUT ROWID table), in the
// table's own b-tree.
constexpr std::pair<const char *, const char *> kLargeTables[] = {
    {"source", "rowid"}, {"article", "rowid"},        {"mention", "rowid"},        {"date_mention", "rowid"},
    {"event", "rowid"},  {"event_actor", "event_id"}, {"event_evidence", "rowid"}, {"article_event_count", "rowid"}};

// An error of the file's content (as opposed to a lock or a bug in the query) is damage.
core::Error classify(Database &db, const QString &message)
{
    const int code = sqlite3_errcode(db.handle()) & 0xff;
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_FORMAT)
        return IntegrityCheck::damaged(db.path(), message);
    return core::Error{QStringLiteral("%1: %2").arg(db.path(), message)};
}

// The first row of sql as text, or the SQLite error it fails with.
core::Result<QString> firstValue(Database &db, const QByteArray &sql)
{
    auto st = db.prepare(sql.constData());
    if (!st)
        return classify(db, st.error().message);
    if (st->next())
        return st->text(0);
    if (st->failed())
        return classify(db, st->errorMessage());
    return QString();
}

bool tableExists(Database &db, const char *table)
{
    const auto found = firstValue(
        db, QByteArray("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '") + table + "'");
    return found && found.value() == u"1";
}

} // namespace

core::Error IntegrityCheck::damaged(const QString &path, const QString &detail)
{
    return core::Error{QStringLiteral("%1: the database is damaged (%2). Nothing was written to it. Restore a "
                                      "backup (File > Restore from Backup…, or chipline restore) or salvage what "
                                      "can be read (chipline recover).")
                           .arg(path, detail),
                       core::Error::Kind::Damaged};
}

core::Status IntegrityCheck::onOpen(Database &db)
{
    // A new file has nothing to check yet.
    if (QFileInfo(db.path()).size() == 0)
        return {};
    // Reading the schema checks the header and the schema's pages.
    const auto tables = firstValue(db, "SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return tables.error();
    for (const char *table : kWorkTables) {
        if (!tableExists(db, table))
            continue;
        const auto verdict = firstValue(db, QByteArray("PRAGMA quick_check(") + table + ")");
        if (!verdict)
            return verdict.error();
        if (verdict.value() != u"ok")
            return damaged(db.path(), verdict.value());
    }
    for (const auto &[table, key] : kLargeTables) {
        if (!tableExists(db, table))
            continue;
        // NOT INDEXED: with statistics the planner answers max(rowid) from any index (every
        // index holds the rowid) and never reads the table's own pages.
        const auto last = firstValue(db, QByteArray("SELECT max(") + key + ") FROM " + table + " NOT INDEXED");
        if (!last)
            return last.error();
    }
    return {};
}

core::Status IntegrityCheck::full(Database &db)
{
    const auto verdict = firstValue(db, "PRAGMA quick_check");
    if (!verdict)
        return verdict.error();
    if (verdict.value() != u"ok")
        return damaged(db.path(), verdict.value());
    return {};
}

} // namespace chipline::storage
