#include "cli/eventscommand.h"

#include "cli/eventsimportcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "exchange/jsonwriter.h"
#include "storage/database.h"
#include "storage/eventstore.h"

namespace chipline::cli {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString q = value;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

int list(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("events list"),
                     QStringLiteral("Lists the timeline events by date, with their evidence count (the number of "
                                    "articles that report them), their modality (asserted, or planned, considered or "
                                    "expected when no article says the event happened) and what dates them (text, or "
                                    "publication when only leads without a date of their own do: lower confidence)."),
                     QString());
    const QCommandLineOption statusOpt(QStringLiteral("status"),
                                       QStringLiteral("Only events with status S: candidate, confirmed or rejected."),
                                       QStringLiteral("S"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("jsonl (default) or csv."),
                                       QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    cp.addOption(statusOpt);
    cp.addOption(formatOpt);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QString wanted = cp.parser().value(statusOpt);
    const std::optional<core::EventStatus> only = core::statusFromCode(wanted);
    if (!wanted.isEmpty() && !only)
        return cp.usageError(console,
                             QStringLiteral("unknown status \"%1\" (candidate, confirmed or rejected)").arg(wanted));
    const QString format = cp.parser().value(formatOpt);
    if (format != u"jsonl" && format != u"csv")
        return cp.usageError(console, QStringLiteral("unknown format \"%1\" (jsonl or csv)").arg(format));
    auto db = cp.openDatabase(console, storage::Database::Mode::ReadOnly);
    if (!db)
        return 1;
    const auto events = storage::EventStore(*db).list(only);
    if (format == u"csv")
        console.out() << "id,date,precision,category,title,actors,status,evidence,modality,dated_by\n";
    for (const auto &e : events) {
        const QString modality = core::modalityCode(e.modality);
        const QString datedBy = e.datedByPublication ? QStringLiteral("publication") : QStringLiteral("text");
        const QString date = e.date.value();
        const QString precision = e.date.precisionName();
        const QString category = core::categoryCode(e.category);
        const QString status = core::statusCode(e.status);
        if (format == u"csv") {
            console.out() << e.id << ',' << date << ',' << precision << ',' << category << ',' << csvField(e.title)
                          << ',' << csvField(e.actors.join(u';')) << ',' << status << ',' << e.evidenceCount << ','
                          << modality << ',' << datedBy << '\n';
            continue;
        }
        QStringList actors;
        for (const QString &a : e.actors)
            actors.append(exchange::JsonWriter::quote(a));
        exchange::JsonWriter w;
        w.field("id", e.id)
            .field("date", date)
            .field("precision", precision)
            .field("category", category)
            .field("title", e.title)
            .rawField("actors", u'[' + actors.join(u',') + u']')
            .field("status", status)
            .field("evidence", e.evidenceCount)
            .field("modality", modality)
            .field("dated_by", datedBy);
        console.out() << w.object() << '\n';
    }
    return 0;
}

} // namespace

const char *EventsCommand::summary()
{
    return "Timeline events: 'events list' prints them.";
}

int EventsCommand::run(const QStringList &args, Console &console)
{
    const QString sub = args.value(0);
    if (sub == u"list")
        return list(args.mid(1), console);
    if (sub == u"import")
        return EventsImportCommand::run(args.mid(1), console);
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        console.out() << "Usage: chipline events list [--db FILE] [--status S] [--format jsonl|csv]\n\n"
                         "  list      the events by date with their evidence count\n"
                         "  import    a CSV chronology (date,precision,category,title,actors,source,notes) as "
                         "confirmed events\n\n"
                         "Run 'chipline events SUBCOMMAND --help' for its options.\n";
        return sub.isEmpty() ? 2 : 0;
    }
    console.err() << "chipline events: unknown subcommand \"" << sub << "\"\nTry 'chipline events --help'.\n";
    return 2;
}

} // namespace chipline::cli
