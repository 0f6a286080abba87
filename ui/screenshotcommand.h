#pragma once

namespace chipline::ui {

// `chipline screenshot --db FILE --out FILE.png [--article ID] [--size WxH] [--language ko|en]`:
// renders the main window on the database (the bundled sample is imported into a new,
// empty one) and saves it as PNG, for the README and for review. Runs without a display
// (offscreen) unless one is available.
class ScreenshotCommand final
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace chipline::ui
