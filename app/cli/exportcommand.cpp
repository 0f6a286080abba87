#include "cli/exportcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "exchange/articlejsonlines.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/databasefiles.h"

#include <QSaveFile>

namespace chipline::cli {

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
        return cp.usageError(
            console, QStringLiteral("unexpected argument \"%1\"").arg(cp.parser().positionalArguments().first()));

    auto db = cp.openDatabase(console, storage::Database::Mode::ReadOnly);
    if (!db)
        return 1;
    // A file is written whole or not at all: QSaveFile commits only at the end.
    QSaveFile file;
    QTextStream fileStream;
    QTextStream *out = &console.out();
    if (cp.parser().isSet(outOpt)) {
        if (const QString refused = storage::DatabaseFiles::refusedOutput(cp.parser().value(outOpt));
            !refused.isEmpty()) {
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
    exchange::ArticleJsonLines exporter(*db);
    const auto st = store.forEach([&](const storage::StoredArticle &a) {
        *out << exporter.line(a) << '\n';
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
