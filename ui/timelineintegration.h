#pragma once

class QMainWindow;

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

class TimelineDock;

// Puts the timeline into the main window with one call: the dock, File > Print / Print
// Preview / Export PDF, a Timeline menu (import and export, add the reader's selection,
// undo), and the links to the reader (open a passage, follow its article). Finds the
// reader and the article list by object name, so MainWindow needs no other change.
class TimelineIntegration final
{
public:
    static TimelineDock *install(QMainWindow *window, storage::Database &db);
};

} // namespace chipline::ui
