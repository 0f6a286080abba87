#pragma once

#include "storage/database.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace chipline::cli {

class Console;

// QCommandLineParser with what every subcommand shares: --db FILE and --help, usage
// errors reported on stderr with exit status 2 instead of QCommandLineParser's exit().
class CommandParser final
{
public:
    CommandParser(const QString &command, const QString &description, const QString &arguments);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    enum class Outcome {
        Run,
        HelpShown,
        UsageError
    };
    // args excludes the program and command names.
    Outcome parse(const QStringList &args, Console &console);
    QString databasePath() const;
    // The --db database, or null after "chipline COMMAND: why" on stderr.
    std::unique_ptr<storage::Database> openDatabase(Console &console, storage::Database::Mode mode) const;
    QString helpText() const;
    int usageError(Console &console, const QString &message) const;

private:
    QString m_command;
    QString m_arguments;
    QCommandLineParser m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_help;
};

} // namespace chipline::cli
