#include "cli/recognizecommand.h"

#include "analysis/recognizer.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "storage/database.h"

namespace chipline::cli {

const char *RecognizeCommand::summary()
{
    return "Find entities, dates and events again in every stored article.";
}

int RecognizeCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("recognize"),
                     QStringLiteral("Runs entity recognition, date resolution and event extraction again over every "
                                    "stored article, for example after entities or aliases were added. Hand-made "
                                    "annotations stay: manual mentions are kept, rejected ones stay rejected, and "
                                    "confirmed, rejected or edited events are never removed."),
                     QString());
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    if (!cp.parser().positionalArguments().isEmpty())
        return cp.usageError(
            console, QStringLiteral("unexpected argument \"%1\"").arg(cp.parser().positionalArguments().first()));
    auto db = cp.openDatabase(console, storage::Database::Mode::ReadWrite);
    if (!db)
        return 1;
    const bool showProgress = console.errIsTerminal();
    auto summary = analysis::Recognizer::run(*db, nullptr, [&](qint64 done, qint64 total) {
        if (showProgress) {
            console.err() << "\r\x1b[K[" << done << "/" << total << "]";
            console.err().flush();
        }
    });
    if (showProgress)
        console.err() << "\r\x1b[K";
    if (!summary) {
        console.err() << "chipline recognize: " << db->path() << ": " << summary.error().message << "\n";
        return 1;
    }
    console.out() << "articles: " << summary->articles << "\n"
                  << "mentions: " << summary->mentions << "\n"
                  << "events: " << summary->events << "\n";
    return 0;
}

} // namespace chipline::cli
