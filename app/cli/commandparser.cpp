#include "cli/commandparser.h"

#include "cli/console.h"
#include "storage/database.h"

namespace chipline::cli {

CommandParser::CommandParser(const QString &command, const QString &description, const QString &arguments)
    : m_command(command),
      m_arguments(arguments),
      m_db(QStringLiteral("db"), QStringLiteral("Database file (default: %1).").arg(storage::defaultDatabasePath()),
           QStringLiteral("FILE")),
      m_help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_db);
    m_parser.addOption(m_help);
}

CommandParser::Outcome CommandParser::parse(const QStringList &args, Console &console)
{
    QStringList full{QStringLiteral("chipline ") + m_command};
    full += args;
    if (!m_parser.parse(full)) {
        usageError(console, m_parser.errorText());
        return Outcome::UsageError;
    }
    if (m_parser.isSet(m_help)) {
        console.out() << helpText();
        console.out().flush();
        return Outcome::HelpShown;
    }
    return Outcome::Run;
}

QString CommandParser::databasePath() const
{
    return m_parser.isSet(m_db) ? m_parser.value(m_db) : storage::defaultDatabasePath();
}

QString CommandParser::helpText() const
{
    QString text = m_parser.helpText();
    // QCommandLineParser prints the program's file name; show how the command is typed.
    const qsizetype eol = text.indexOf(u'\n');
    return QStringLiteral("Usage: chipline %1 [options] %2").arg(m_command, m_arguments) + text.mid(eol);
}

int CommandParser::usageError(Console &console, const QString &message) const
{
    console.err() << "chipline " << m_command << ": " << message << "\n"
                  << "Try 'chipline " << m_command << " --help'.\n";
    console.err().flush();
    return 2;
}

std::unique_ptr<storage::Database> CommandParser::openDatabase(Console &console, storage::Database::Mode mode) const
{
    auto db = storage::Database::open(databasePath(), mode);
    if (!db) {
        console.err() << "chipline " << m_command << ": " << db.error().message << "\n";
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace chipline::cli
