#pragma once

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace chipline::cli {

class Console;

// chipline timeline [--db FILE] --pdf OUT.pdf [--from D] [--to D] [--lanes actor|category]
//                   [--status confirmed|candidate|all] [--page A4|A3|Letter] [--svg|--png|--csv|--timelinejs OUT]
class TimelineCommand final
{
public:
    // Inline: the headless executable lists the command without linking it.
    static const char *summary() { return "Print the timeline to PDF, or export it as SVG, PNG, CSV or TimelineJS."; }
    static int run(const QStringList &args, Console &console);
    // Painting needs fonts and so a QGuiApplication (on the offscreen platform: no display
    // needed); every other command gets a QCoreApplication.
    static std::unique_ptr<QCoreApplication> application(int &argc, char *argv[]);
};

} // namespace chipline::cli
