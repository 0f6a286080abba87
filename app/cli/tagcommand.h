#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

class TagCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
