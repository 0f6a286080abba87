#include "cli/searchcommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "storage/database.h"
#include "storage/searchquery.h"

namespace chipline::cli {

const char *SearchCommand::summary()
{
    return "Find articles by words in their title or text.";
}

int SearchCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("search"),
                     QStringLiteral("Prints the articles that contain every word of QUERY, best first: id, date, "
                                    "title or first words, and a snippet with the hit in [brackets]. Words of three "
                                    "or more characters match anywhere (화웨이 finds 화웨이의); shorter ones (중국, "
                                    "AI) match the start of a word."),
                     QStringLiteral("QUERY..."));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QStringLiteral("Show at most N articles (default 20)."),
                                      QStringLiteral("N"), QStringLiteral("20"));
    cp.addOption(limitOpt);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    bool ok = false;
    const int limit = cp.parser().value(limitOpt).toInt(&ok);
    if (!ok || limit < 1)
        return cp.usageError(console, QStringLiteral("--limit takes a whole number of at least 1"));
    const storage::SearchQuery query(cp.parser().positionalArguments().join(u' '));
    if (query.isEmpty())
        return cp.usageError(console, QStringLiteral("nothing to search for"));

    auto db = cp.openDatabase(console, storage::Database::Mode::ReadOnly);
    if (!db)
        return 1;
    const auto hits = query.run(*db, limit);
    for (const auto &hit : hits) {
        const QString date = hit.published.isEmpty() ? QStringLiteral("undated   ") : hit.published.left(10);
        console.out() << hit.id << "\t" << date << "\t" << hit.title << "\n\t" << hit.snippet << "\n";
    }
    if (hits.isEmpty())
        console.err() << "no article matches\n";
    return 0;
}

} // namespace chipline::cli
