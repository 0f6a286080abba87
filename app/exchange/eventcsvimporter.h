#pragma once

#include "annotation/timelineservice.h"
#include "core/result.h"
#include "exchange/eventcsv.h"

namespace chipline::storage {
class Database;
}

namespace chipline::exchange {

struct CsvImportOutcome
{
    int created = 0;
    int duplicates = 0; // rows whose date and title were already on the timeline
    QStringList newEntities; // actors no entity or alias matched, created as user entities
    QList<qint64> eventIds; // the events created
};

// Brings an analyst's chronology in as confirmed events through annotation::TimelineService
// (actors matched to known entities by canonical name or alias, the built-in gazetteer's
// and the user's; unknown ones created), after the automatic backup of a bulk edit. The
// window pushes the planned change on its undo stack; the command line imports at once.
class EventCsvImporter final
{
public:
    // The rows (checked by EventCsv::parse) as the service's input.
    static QList<annotation::EventInput> inputs(const QList<CsvEvent> &rows);
    // The automatic backup taken before an import changes the database.
    static core::Status backUp(storage::Database &db);
    // Backs up, then imports all rows in one transaction.
    static core::Result<CsvImportOutcome> import(storage::Database &db, const QList<CsvEvent> &rows);
    // What an applied import did.
    static CsvImportOutcome outcome(const annotation::EventImport &import);
};

} // namespace chipline::exchange
