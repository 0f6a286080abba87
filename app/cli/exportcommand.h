#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

// chipline export [--db FILE] [--out FILE]: JSON Lines, one article per line.
class ExportCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
