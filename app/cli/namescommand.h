#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

// chipline names: the New names review on the command line (list, accept, alias, reject).
class NamesCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
