#include "cli/entitiescommand.h"

#include "cli/commandparser.h"
#include "cli/console.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "text/entitytype.h"

namespace chipline::cli {

namespace {
const QStringList kTypes = text::entityTypeCodes();
}

const char *EntitiesCommand::summary()
{
    return "List the entities found, with mention and article counts.";
}

int EntitiesCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(QStringLiteral("entities"),
                     QStringLiteral("Lists the entities mentioned in the stored articles, most mentioned first: "
                                    "canonical name, type, accepted mentions and articles. Types: %1.")
                         .arg(kTypes.join(QStringLiteral(", "))),
                     QString());
    const QCommandLineOption typeOpt(QStringLiteral("type"), QStringLiteral("Only entities of type T."),
                                     QStringLiteral("T"));
    cp.addOption(typeOpt);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const QString type = cp.parser().value(typeOpt).toUpper();
    if (!type.isEmpty() && !kTypes.contains(type))
        return cp.usageError(
            console, QStringLiteral("unknown type \"%1\" (known: %2)").arg(type, kTypes.join(QStringLiteral(", "))));
    auto db = cp.openDatabase(console, storage::Database::Mode::ReadOnly);
    if (!db)
        return 1;
    console.out() << "entity\ttype\tmentions\tarticles\n";
    for (const auto &s : storage::EntityStore(*db).summaries(type))
        console.out() << s.entity.name << "\t" << s.entity.type << "\t" << s.mentions << "\t" << s.articles << "\n";
    return 0;
}

} // namespace chipline::cli
