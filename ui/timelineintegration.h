#pragma once

#include <QByteArray>
#include <QString>

class QMainWindow;
class QWidget;

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

class MainWindow;
class TimelineController;
class TimelineDock;

// Puts the timeline into the main window with one call: the dock, File > Print / Print
// Preview / Export PDF, a Timeline menu (import and export, add the reader's selection,
// lanes), the links to the reader (open a passage, follow its article) and Set date…
// through the window's TimelineController, whose failed edits it tells through the window's
// prompts(). Uses the window's accessors and signals.
class TimelineIntegration final
{
public:
    static TimelineDock *install(MainWindow *window, storage::Database &db);

private:
    // Members rather than free helpers, so that their strings are translated in this
    // class's context like the rest.
    static bool saveBytes(QWidget *parent, const QString &path, const QByteArray &bytes);
    static void exportAs(QMainWindow *window, TimelineDock *dock);
    // Asks for the file and tells the outcome through the window's prompts().
    static void importCsv(MainWindow *window, TimelineController *controller, storage::Database &db);
};

} // namespace chipline::ui
