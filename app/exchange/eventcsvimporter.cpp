#include "exchange/eventcsvimporter.h"

#include "storage/backupset.h"
#include "storage/database.h"

namespace chipline::exchange {

QList<annotation::EventInput> EventCsvImporter::inputs(const QList<CsvEvent> &rows)
{
    QList<annotation::EventInput> out;
    out.reserve(rows.size());
    for (const CsvEvent &row : rows)
        out.append({core::ResolvedDate::fromValue(row.date), core::categoryFromCode(row.category), row.title,
                    row.actors, row.source, row.notes});
    return out;
}

core::Status EventCsvImporter::backUp(storage::Database &db)
{
    if (auto st = storage::BackupSet::beforeBulkEdit(db.path(), QStringLiteral("events-import"),
                                                     storage::BackupSet::keepSetting());
        !st)
        return core::Error{QStringLiteral("not imported: the automatic backup failed: %1").arg(st.error().message)};
    return {};
}

CsvImportOutcome EventCsvImporter::outcome(const annotation::EventImport &import)
{
    CsvImportOutcome out;
    out.created = int(import.change.after.size());
    out.duplicates = import.duplicates;
    out.newEntities = import.newEntities;
    for (const storage::EventSnapshot &s : import.change.after)
        out.eventIds.append(s.id);
    return out;
}

core::Result<CsvImportOutcome> EventCsvImporter::import(storage::Database &db, const QList<CsvEvent> &rows)
{
    if (rows.isEmpty())
        return CsvImportOutcome{};
    if (auto st = backUp(db); !st)
        return st.error();
    auto imported = annotation::TimelineService(db).importEventsNow(inputs(rows));
    if (!imported)
        return imported.error();
    return outcome(imported.value());
}

} // namespace chipline::exchange
