#include "cli/exportcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/jsonwriter.h"
#include "core/textoffsets.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databasefiles.h"
#include "storage/datestore.h"
#include "storage/eventstore.h"
#include "storage/mentionstore.h"
#include "temporal/resolveddate.h"

#include <QSaveFile>

namespace chipline::cli {

namespace {

// Everything stored about one article, as export shows it.
class ArticleExporter final
{
public:
    explicit ArticleExporter(storage::Database &db) : m_mentions(db), m_dates(db), m_events(db) {}

    QString json(const storage::StoredArticle &a)
    {
        const auto nullIfEmpty = [](const QString &s) { return s.isEmpty() ? QString() : s; };
        const core::TextOffsets offsets(a.article.body);
        const auto slice = [&](qint64 start, qint64 end) {
            const qsizetype from = offsets.toUtf16(start);
            return a.article.body.mid(from, offsets.toUtf16(end) - from);
        };
        QStringList mentions;
        for (const auto &m : m_mentions.forArticle(a.id)) {
            JsonWriter w;
            w.field("start", m.start).field("end", m.end).field("text", slice(m.start, m.end))
                .field("entity", m.entityName).field("type", m.entityType).field("origin", m.shownOrigin())
                .rawField("confidence", QString::number(m.confidence, 'g', 3))
                .field("status", m.status);
            mentions.append(w.object());
        }
        QStringList dates;
        for (const auto &d : m_dates.forArticle(a.id)) {
            JsonWriter w;
            w.field("start", d.start).field("end", d.end).field("text", d.text)
                .field("value", nullIfEmpty(d.value)).field("precision", nullIfEmpty(d.precision));
            dates.append(w.object());
        }
        QStringList events;
        for (const auto &[e, v] : m_events.forArticle(a.id)) {
            QStringList actors;
            for (const QString &name : e.actors)
                actors.append(JsonWriter::quote(name));
            JsonWriter evidence;
            evidence.field("start", v.start).field("end", v.end);
            // What this article says: its passage's own date, which may be a day off the
            // event's or coarser; the event's date beside it.
            const bool own = !v.date.isEmpty() && v.date != e.date;
            const QString precision = own ? temporal::ResolvedDate::fromValue(v.date).precisionName() : e.precision;
            JsonWriter w;
            w.field("id", e.id).field("date", own ? v.date : e.date).field("precision", precision)
                .field("event_date", e.date).field("event_precision", e.precision).field("category", e.category)
                .field("title", e.title).rawField("actors", u'[' + actors.join(u',') + u']')
                .field("status", e.status).field("reported", nullIfEmpty(v.reported))
                .field("effective", nullIfEmpty(v.effective))
                .field("modality", v.modality.isEmpty() ? QStringLiteral("asserted") : v.modality)
                .field("dated_by", v.datedByPublication ? QStringLiteral("publication") : QStringLiteral("text"))
                .rawField("evidence", evidence.object());
            events.append(w.object());
        }
        JsonWriter w;
        w.field("id", a.id)
            .field("source_file", a.sourcePath)
            .field("source_index", qint64(a.sourceIndex))
            .field("layout", a.article.layout)
            .field("outlet", nullIfEmpty(a.article.outlet))
            .field("title", nullIfEmpty(a.article.title))
            .field("published", nullIfEmpty(core::formatPublished(a.article.published)))
            .field("reporter", nullIfEmpty(a.article.reporter))
            .field("dateline", nullIfEmpty(a.article.dateline))
            .field("language", nullIfEmpty(a.article.language))
            .field("body", a.article.body)
            .rawField("mentions", u'[' + mentions.join(u',') + u']')
            .rawField("dates", u'[' + dates.join(u',') + u']')
            .rawField("events", u'[' + events.join(u',') + u']');
        return w.object();
    }

private:
    storage::MentionStore m_mentions;
    storage::DateStore m_dates;
    storage::EventStore m_events;
};

} // namespace

const char *ExportCommand::summary()
{
    return "Write every article as JSON Lines.";
}

int ExportCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("export"),
                     QStringLiteral("Writes every stored article as one JSON object per line: id, source_file, "
                                    "source_index, layout, outlet, title, published (YYYY-MM-DDTHH:MM:SS or null), "
                                    "reporter, dateline, language, body, mentions, dates, events. Offsets "
                                    "are Unicode code points into body. An event gives the date this article "
                                    "gives it (date, precision) and the timeline event's (event_date, "
                                    "event_precision), which differ where articles a day apart or a month "
                                    "and a day in it tell one event; modality (asserted, planned, considered, "
                                    "expected) and dated_by (text, or publication for a lead without a date "
                                    "of its own: lower confidence) say how far the article vouches for it."),
                     QString());
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    cp.addOption(outOpt);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    if (!cp.parser().positionalArguments().isEmpty())
        return cp.usageError(console, QStringLiteral("unexpected argument \"%1\"").arg(cp.parser().positionalArguments().first()));

    auto db = cp.openDatabase(console, storage::Database::Mode::ReadOnly);
    if (!db)
        return 1;
    // A file is written whole or not at all: QSaveFile commits only at the end.
    QSaveFile file;
    QTextStream fileStream;
    QTextStream *out = &console.out();
    if (cp.parser().isSet(outOpt)) {
        if (const QString refused = storage::DatabaseFiles::refusedOutput(cp.parser().value(outOpt)); !refused.isEmpty()) {
            console.err() << "chipline export: " << refused << "\n";
            return 1;
        }
        file.setFileName(cp.parser().value(outOpt));
        if (!file.open(QIODevice::WriteOnly)) {
            console.err() << "chipline export: " << file.fileName() << ": " << file.errorString() << "\n";
            return 1;
        }
        fileStream.setDevice(&file);
        fileStream.setEncoding(QStringConverter::Utf8);
        out = &fileStream;
    }
    storage::ArticleStore store(*db);
    ArticleExporter exporter(*db);
    const auto st = store.forEach([&](const storage::StoredArticle &a) {
        *out << exporter.json(a) << '\n';
        return true;
    });
    out->flush();
    if (!st) {
        console.err() << "chipline export: " << st.error().message << "\n";
        return 1;
    }
    if (file.isOpen() && !file.commit()) {
        console.err() << "chipline export: " << file.fileName() << ": " << file.errorString() << "\n";
        return 1;
    }
    return 0;
}

} // namespace chipline::cli
