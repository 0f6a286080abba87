#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

// chipline backup [--db FILE] [--force] [OUT] | --list
class BackupCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

// chipline restore [--db FILE] BACKUP
class RestoreCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

// chipline recover DAMAGED OUT
class RecoverCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
