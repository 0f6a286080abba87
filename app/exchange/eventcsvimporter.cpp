#include "exchange/eventcsvimporter.h"

#include "storage/backupset.h"
#include "storage/database.h"
#include "storage/eventeditor.h"
#include "storage/transaction.h"
#include "text/entitytype.h"
#include "text/gazetteer.h"

#include <QSet>

#include <optional>

namespace chipline::exchange {

core::Result<CsvImportOutcome> EventCsvImporter::import(storage::Database &db, const QList<CsvEvent> &rows)
{
    // One transaction from the first lookup to the last insert: another writer (an import,
    // a second events import) can then not take an event id or an entity name between
    // this one's lookup and its insert.
    if (rows.isEmpty())
        return CsvImportOutcome{};
    if (auto st = storage::BackupSet::beforeBulkEdit(db.path(), QStringLiteral("events-import"),
                                                     storage::BackupSet::keepSetting());
        !st)
        return core::Error{QStringLiteral("not imported: the automatic backup failed: %1").arg(st.error().message)};
    storage::Transaction tx(db, storage::Transaction::Scope::DatabaseOnly);
    if (!tx.active())
        return tx.beginStatus().error();
    storage::EventEditor editor(db);
    const auto gazetteer = text::Gazetteer::builtIn();
    CsvImportOutcome outcome;
    QList<storage::EventSnapshot> events;
    QHash<QString, qint64> resolved;
    qint64 nextId = editor.nextId();
    QSet<QString> seen;
    for (const CsvEvent &row : rows) {
        const QString key = row.date + u'\n' + row.title;
        if (seen.contains(key) || editor.findEvent(row.date, row.title)) {
            ++outcome.duplicates;
            continue;
        }
        seen.insert(key);
        storage::EventSnapshot s;
        s.id = nextId++;
        s.date = row.date;
        s.precision = row.precision;
        s.category = row.category;
        s.title = row.title;
        s.status = QStringLiteral("confirmed");
        s.edited = true;
        s.source = row.source;
        s.notes = row.notes;
        for (const QString &actor : row.actors) {
            qint64 id = resolved.value(actor.toLower());
            if (!id)
                id = editor.findEntity(actor);
            if (!id && gazetteer) {
                const int g = gazetteer->entityForAlias(actor);
                if (g >= 0) {
                    const text::GazetteerEntity &ge = gazetteer->entity(g);
                    auto ensured = editor.ensureEntity(ge.canonical, text::entityTypeCode(ge.type), QStringLiteral("builtin"));
                    if (!ensured)
                        return ensured.error();
                    id = ensured.value();
                }
            }
            if (!id) {
                auto created = editor.ensureEntity(actor, QStringLiteral("ORG"), QStringLiteral("user"));
                if (!created)
                    return created.error();
                id = created.value();
                outcome.newEntities.append(actor);
            }
            resolved.insert(actor.toLower(), id);
            if (!s.actorIds.contains(id))
                s.actorIds.append(id);
        }
        events.append(s);
        outcome.eventIds.append(s.id);
    }
    if (auto st = editor.replaceInTransaction({}, events); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    outcome.created = int(events.size());
    return outcome;
}

} // namespace chipline::exchange
