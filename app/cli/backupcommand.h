#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

// chipline backup [--db FILE] [--force] OUT
class BackupCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
