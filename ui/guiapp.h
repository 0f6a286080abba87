#pragma once

namespace chipline::ui {

// The windowed entry point: creates the QApplication, opens the database (--db FILE or the
// default location, filled from the bundled sample corpus on first run) and the main window.
class GuiApp final
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace chipline::ui
