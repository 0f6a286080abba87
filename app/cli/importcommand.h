#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

// chipline import [--db FILE] [--layout NAME] [--follow-links] PATH...
class ImportCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
