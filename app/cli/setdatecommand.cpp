#include "cli/setdatecommand.h"

#include "analysis/recognizer.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "storage/articlestore.h"
#include "storage/database.h"

namespace chipline::cli {

const char *SetDateCommand::summary()
{
    return "Set the publication date of an article (for undated transcripts).";
}

int SetDateCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("set-date"),
                     QStringLiteral("Sets the publication date and time of article ID, for example a broadcast "
                                    "transcript, which carries no date. DATE is YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS."),
                     QStringLiteral("ID DATE"));
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QStringList pos = cp.parser().positionalArguments();
    if (pos.size() != 2)
        return cp.usageError(console, QStringLiteral("expected an article id and a date"));
    bool ok = false;
    const qint64 id = pos[0].toLongLong(&ok);
    if (!ok || id < 1)
        return cp.usageError(console, QStringLiteral("\"%1\" is not an article id").arg(pos[0]));
    const QDateTime when = core::parsePublished(pos[1]);
    if (!when.isValid())
        return cp.usageError(console,
                             QStringLiteral("\"%1\" is not a date that exists (YYYY-MM-DD[THH:MM:SS])").arg(pos[1]));

    auto db = cp.openDatabase(console, storage::Database::Mode::ReadWrite);
    if (!db)
        return 1;
    storage::ArticleStore store(*db);
    if (auto st = store.setPublished(id, when); !st) {
        console.err() << "chipline set-date: " << st.error().message << "\n";
        return 1;
    }
    // Its relative dates (지난 9일, 이날) and so its events depend on the date: resolve them again.
    if (auto st = analysis::Recognizer::runOne(*db, id); !st) {
        console.err() << "chipline set-date: article " << id << ": " << st.error().message << "\n";
        return 1;
    }
    console.out() << "article " << id << " published " << core::formatPublished(when) << "\n";
    return 0;
}

} // namespace chipline::cli
