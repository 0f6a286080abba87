#pragma once

#include "core/result.h"
#include "exchange/eventcsv.h"

namespace chipline::storage {
class Database;
}

namespace chipline::exchange {

struct CsvImportOutcome
{
    int created = 0;
    int duplicates = 0;       // rows whose date and title were already on the timeline
    QStringList newEntities;  // actors no entity or alias matched, created as user entities
    QList<qint64> eventIds;   // the events created
};

// Brings an analyst's chronology in as confirmed events: actors matched to known entities
// by canonical name or alias (the built-in gazetteer's and the user's), unknown ones
// created; all rows in one transaction.
class EventCsvImporter final
{
public:
    static core::Result<CsvImportOutcome> import(storage::Database &db, const QList<CsvEvent> &rows);
};

} // namespace chipline::exchange
