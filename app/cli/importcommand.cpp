#include "cli/importcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "importing/importer.h"
#include "ingest/layoutparsers.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace chipline::cli {

const char *ImportCommand::summary()
{
    return "Import files and folders of articles into the database.";
}

int ImportCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("import"),
                     QStringLiteral("Imports articles from files and folders (recursively). The layout of each "
                                    "file is detected from its content: %1. Articles already stored (same text) "
                                    "are skipped, and a file imported before with the same content is left "
                                    "alone.\n\nExit status: 0 when every file imported, 1 when some failed (the "
                                    "others are stored), 2 for usage errors.")
                         .arg(ingest::LayoutParsers::names().join(QStringLiteral(", "))),
                     QStringLiteral("PATH..."));
    const QCommandLineOption layout(QStringLiteral("layout"), QStringLiteral("Read every file as this layout."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption follow(QStringLiteral("follow-links"),
                                    QStringLiteral("Follow symbolic links that lead out of the given folders."));
    cp.addOption(layout);
    cp.addOption(follow);
    cp.parser().addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders to import."),
                                      QStringLiteral("PATH..."));
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList paths = cp.parser().positionalArguments();
    if (paths.isEmpty())
        return cp.usageError(console, QStringLiteral("no file or folder to import"));
    importing::ImportOptions options;
    options.followLinks = cp.parser().isSet(follow);
    if (cp.parser().isSet(layout)) {
        options.layout = cp.parser().value(layout);
        if (!ingest::LayoutParsers::parserFor(options.layout))
            return cp.usageError(console,
                                 QStringLiteral("unknown layout \"%1\" (known: %2)")
                                     .arg(options.layout, ingest::LayoutParsers::names().join(QStringLiteral(", "))));
    }

    auto db = cp.openDatabase(console, storage::Database::Mode::ReadWrite);
    if (!db)
        return 1;
    QElapsedTimer clock;
    clock.start();
    qint64 lastShown = -1000;
    const bool showProgress = console.errIsTerminal();
    importing::Importer importer(*db, options);
    const auto summary = importer.run(paths, [&](int done, int total, const QString &path) {
        if (!showProgress || (clock.elapsed() - lastShown < 100 && done < total))
            return;
        lastShown = clock.elapsed();
        console.err() << "\r\x1b[K[" << done << "/" << total << "] " << path.right(60);
        console.err().flush();
    });
    if (showProgress)
        console.err() << "\r\x1b[K";
    for (const auto &problem : summary.problems)
        console.err() << problem.reason << "\n";
    if (const QString note = importing::Importer::skippedNote(summary.skippedDatabaseFiles); !note.isEmpty())
        console.err() << note << "\n";
    console.out() << "files: " << summary.files << "\n"
                  << "articles added: " << summary.articlesAdded << "\n"
                  << "duplicates skipped: " << summary.duplicates << "\n"
                  << "files unchanged: " << summary.filesUnchanged << "\n"
                  << "files failed: " << summary.filesFailed << "\n";
    console.out().flush();
    console.err().flush();
    return summary.filesFailed > 0 ? 1 : 0;
}

} // namespace chipline::cli
