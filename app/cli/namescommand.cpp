#include "cli/namescommand.h"

#include "annotation/annotationservice.h"
#include "annotation/entitydirectory.h"
#include "annotation/namereview.h"
#include "cli/commandparser.h"
#include "cli/console.h"
#include "storage/database.h"
#include "text/entitytype.h"

namespace chipline::cli {

namespace {

const QStringList kTypes = text::entityTypeCodes();

QString oneLine(const storage::KwicLine &line)
{
    const auto flat = [](const QString &s) { return QString(s).replace(u'\t', u' ').replace(u'\n', u' '); };
    return flat(line.left) + u'[' + flat(line.hit) + u']' + flat(line.right);
}

// The review's services over one database.
struct Review
{
    explicit Review(storage::Database &db)
        : directory(db),
          service(db, directory),
          names(db, service)
    {}
    annotation::EntityDirectory directory;
    annotation::AnnotationService service;
    annotation::NameReview names;
};

int list(CommandParser &cp, const QString &type, int minCount, Console &console)
{
    auto db = cp.openDatabase(console, storage::Database::Mode::ReadOnly);
    if (!db)
        return 1;
    Review r(*db);
    console.out() << "name\ttype\tarticles\tmentions\tcontext\n";
    for (const auto &n : r.names.newNames(type, minCount)) {
        const auto lines = r.names.contexts(n.entityId, 1);
        console.out() << n.name << "\t" << n.type << "\t" << n.articles << "\t" << n.mentions << "\t"
                      << (lines.isEmpty() ? QString() : oneLine(lines.first())) << "\n";
    }
    return 0;
}

int decide(CommandParser &cp, const QString &action, const QStringList &names, const QString &type,
           const QString &target, Console &console)
{
    auto db = cp.openDatabase(console, storage::Database::Mode::ReadWrite);
    if (!db)
        return 1;
    Review r(*db);
    QList<qint64> ids;
    for (const QString &name : names) {
        const auto n = r.names.newName(name);
        if (!n) {
            console.err() << "chipline names: \"" << name << "\" is not a new name (see 'chipline names')\n";
            return 1;
        }
        ids.append(n->entityId);
    }
    core::Result<storage::AnnotationChange> change = core::Error{QString()};
    if (action == u"accept")
        change = r.names.accept(ids, type);
    else if (action == u"reject")
        change = r.names.reject(ids);
    else
        change = r.names.addAsAlias(ids, {0, target, type.isEmpty() ? QStringLiteral("ORG") : type});
    if (!change) {
        console.err() << "chipline names: " << change.error().message << "\n";
        return 1;
    }
    if (auto st = r.service.apply(change.value(), true); !st) {
        console.err() << "chipline names: " << st.error().message << "\n";
        return 1;
    }
    const qsizetype marked = std::count_if(change.value().mentions.cbegin(), change.value().mentions.cend(),
                                           [](const auto &c) { return !c.before; });
    console.out() << action << ": " << names.join(QStringLiteral(", "));
    if (action == u"accept")
        console.out() << " (" << marked << " more occurrences marked)";
    console.out() << "\n";
    return 0;
}

} // namespace

const char *NamesCommand::summary()
{
    return "Review the new names recognition guessed: list, accept, alias, reject.";
}

int NamesCommand::run(const QStringList &args, Console &console)
{
    CommandParser cp(
        QStringLiteral("names"),
        QStringLiteral(
            "Without an action, lists the names recognition found by patterns (titles, head words, model "
            "numbers) that are no entity of yours yet: guessed type, articles, mentions and one line of "
            "context, most frequent first.\n"
            "  accept NAME...           make them your entities, recognized everywhere (--as T: another type)\n"
            "  alias NAME... --to E     make them aliases of entity E (created with --as T when new)\n"
            "  reject NAME...           never propose them again\n"
            "Decisions survive 'chipline recognize'. Types: %1.")
            .arg(kTypes.join(QStringLiteral(", "))),
        QStringLiteral("[accept|alias|reject NAME...]"));
    const QCommandLineOption typeOpt(QStringLiteral("type"), QStringLiteral("List only names of type T."),
                                     QStringLiteral("T"));
    const QCommandLineOption minOpt(QStringLiteral("min-count"),
                                    QStringLiteral("List only names found in N articles or more."), QStringLiteral("N"),
                                    QStringLiteral("1"));
    const QCommandLineOption asOpt(
        QStringLiteral("as"), QStringLiteral("Accept (or create the alias target) as type T."), QStringLiteral("T"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QStringLiteral("The entity the aliases belong to."),
                                   QStringLiteral("ENTITY"));
    for (const auto &o : {typeOpt, minOpt, asOpt, toOpt})
        cp.addOption(o);
    if (const auto outcome = cp.parse(args, console); outcome != CommandParser::Outcome::Run)
        return outcome == CommandParser::Outcome::HelpShown ? 0 : 2;
    const auto checkType = [&](const QCommandLineOption &o, QString &out) {
        out = cp.parser().value(o).toUpper();
        return out.isEmpty() || kTypes.contains(out);
    };
    QString type;
    QString asType;
    if (!checkType(typeOpt, type) || !checkType(asOpt, asType))
        return cp.usageError(console,
                             QStringLiteral("unknown type (known: %1)").arg(kTypes.join(QStringLiteral(", "))));
    const QStringList pos = cp.parser().positionalArguments();
    if (pos.isEmpty()) {
        bool ok = false;
        const int minCount = cp.parser().value(minOpt).toInt(&ok);
        if (!ok || minCount < 1)
            return cp.usageError(console, QStringLiteral("--min-count needs a whole number of 1 or more"));
        return list(cp, type, minCount, console);
    }
    const QString &action = pos.first();
    if (action != u"accept" && action != u"reject" && action != u"alias")
        return cp.usageError(console, QStringLiteral("unknown action \"%1\" (accept, alias or reject)").arg(action));
    if (pos.size() < 2)
        return cp.usageError(console, QStringLiteral("%1 needs at least one name").arg(action));
    const QString target = cp.parser().value(toOpt).simplified();
    if (action == u"alias" && target.isEmpty())
        return cp.usageError(console, QStringLiteral("alias needs --to ENTITY"));
    return decide(cp, action, pos.mid(1), asType, target, console);
}

} // namespace chipline::cli
