#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

// chipline search [--db FILE] [--limit N] QUERY...
class SearchCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
