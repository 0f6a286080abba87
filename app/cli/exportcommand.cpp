#include "cli/exportcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "cli/jsonwriter.h"
#include "storage/articlestore.h"
#include "storage/database.h"

#include <QSaveFile>

namespace chipline::cli {

namespace {

QString articleJson(const storage::StoredArticle &a)
{
    const auto nullIfEmpty = [](const QString &s) { return s.isEmpty() ? QString() : s; };
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
        .rawField("mentions", QStringLiteral("[]"))
        .rawField("dates", QStringLiteral("[]"))
        .rawField("events", QStringLiteral("[]"));
    return w.object();
}

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
                                    "are Unicode code points into body."),
                     QString());
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    cp.addOption(outOpt);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    if (!cp.parser().positionalArguments().isEmpty())
        return cp.usageError(console, QStringLiteral("unexpected argument \"%1\"").arg(cp.parser().positionalArguments().first()));

    auto db = storage::Database::open(cp.databasePath(), storage::Database::Mode::ReadOnly);
    if (!db) {
        console.err() << "chipline export: " << db.error().message << "\n";
        return 1;
    }
    // A file is written whole or not at all: QSaveFile commits only at the end.
    QSaveFile file;
    QTextStream fileStream;
    QTextStream *out = &console.out();
    if (cp.parser().isSet(outOpt)) {
        file.setFileName(cp.parser().value(outOpt));
        if (!file.open(QIODevice::WriteOnly)) {
            console.err() << "chipline export: " << file.fileName() << ": " << file.errorString() << "\n";
            return 1;
        }
        fileStream.setDevice(&file);
        fileStream.setEncoding(QStringConverter::Utf8);
        out = &fileStream;
    }
    storage::ArticleStore store(*db.value());
    const auto st = store.forEach([&](const storage::StoredArticle &a) {
        *out << articleJson(a) << '\n';
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
