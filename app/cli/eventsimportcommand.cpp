#include "cli/eventsimportcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "exchange/eventcsvimporter.h"
#include "storage/database.h"

#include <QFile>

namespace chipline::cli {

int EventsImportCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("events import"),
                     QStringLiteral("Imports a chronology as confirmed events. FILE.csv has the header "
                                    "date,precision,category,title,actors,source,notes; actors are separated by ';' "
                                    "and matched to known entities by name or alias (unknown ones are created); "
                                    "dates are YYYY, YYYY-MM or YYYY-MM-DD. Rows already present (same date and "
                                    "title) are skipped."),
                     QStringLiteral("FILE.csv"));
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList pos = cp.parser().positionalArguments();
    if (pos.size() != 1)
        return cp.usageError(console, QStringLiteral("expected one CSV file"));
    QFile file(pos[0]);
    if (!file.open(QIODevice::ReadOnly)) {
        console.err() << "chipline events import: cannot read " << pos[0] << ": " << file.errorString() << "\n";
        return 1;
    }
    auto parsed = exchange::EventCsv::parse(file.readAll());
    if (!parsed) {
        console.err() << "chipline events import: " << pos[0] << ": " << parsed.error().message << "\n";
        return 1;
    }
    for (const QString &e : parsed->errors)
        console.err() << pos[0] << ": " << e << "\n";
    auto db = cp.openDatabase(console, storage::Database::Mode::ReadWrite);
    if (!db)
        return 1;
    auto outcome = exchange::EventCsvImporter::import(*db, parsed->rows);
    if (!outcome) {
        console.err() << "chipline events import: " << outcome.error().message << "\n";
        return 1;
    }
    console.out() << "imported " << outcome->created << " events";
    if (outcome->duplicates)
        console.out() << ", " << outcome->duplicates << " already present";
    if (!parsed->errors.isEmpty())
        console.out() << ", " << parsed->errors.size() << " rows with errors left out";
    console.out() << "\n";
    if (!outcome->newEntities.isEmpty())
        console.out() << "new entities: " << outcome->newEntities.join(QStringLiteral(", ")) << "\n";
    return parsed->errors.isEmpty() ? 0 : 1;
}

} // namespace chipline::cli
