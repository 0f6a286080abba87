#pragma once

#include <QStringList>

namespace chipline::cli {

class Console;

// chipline events import [--db FILE] FILE.csv: an analyst's chronology in as confirmed events.
class EventsImportCommand final
{
public:
    // args excludes "events import".
    static int run(const QStringList &args, Console &console);
};

} // namespace chipline::cli
