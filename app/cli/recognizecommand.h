#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

class RecognizeCommand final
{
public:
    static const char *summary();
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
