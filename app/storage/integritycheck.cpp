#include "storage/integritycheck.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace chipline::storage {

namespace {

// Small tables that hold what only the analyst made: checked page by page.
constexpr const char *kWorkTables[] = {"db_identity", "entity",        "alias",         "event",
                                       "event_actor", "timeline_lane", "timeline_lane_member"};
// Large tables: their last page and the path to it, read through the rowid.
constexpr const char *kLargeTables[] = {"source", "article", "mention", "date_mention", "event_evidence"};

// The first row of sql as text, or the SQLite error it fails with.
core::Result<QString> firstValue(Database &db, const QByteArray &sql)
{
    auto st = db.prepare(sql.constData());
    if (!st)
        return core::Error{st.error().message};
    if (st->next())
        return st->text(0);
    if (st->failed())
        return core::Error{st->errorMessage()};
    return QString();
}

bool tableExists(Database &db, const char *table)
{
    const auto found = firstValue(db, QByteArray("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '")
                                          + table + "'");
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
        return damaged(db.path(), tables.error().message);
    for (const char *table : kWorkTables) {
        if (!tableExists(db, table))
            continue;
        const auto verdict = firstValue(db, QByteArray("PRAGMA quick_check(") + table + ")");
        if (!verdict)
            return damaged(db.path(), verdict.error().message);
        if (verdict.value() != u"ok")
            return damaged(db.path(), verdict.value());
    }
    for (const char *table : kLargeTables) {
        if (!tableExists(db, table))
            continue;
        const auto last = firstValue(db, QByteArray("SELECT max(rowid) FROM ") + table);
        if (!last)
            return damaged(db.path(), last.error().message);
    }
    return {};
}

core::Status IntegrityCheck::full(Database &db)
{
    const auto verdict = firstValue(db, "PRAGMA quick_check");
    if (!verdict)
        return damaged(db.path(), verdict.error().message);
    if (verdict.value() != u"ok")
        return damaged(db.path(), verdict.value());
    return {};
}

} // namespace chipline::storage
