#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

// chipline set-date [--db FILE] ID YYYY-MM-DD[THH:MM:SS]
class SetDateCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
