#pragma once

#include <QDialog>

namespace chipline::storage {
class Database;
}

namespace chipline::ui {

// The first-start welcome: what Chipline does, what to do first, where the database lives,
// and an offer to load the bundled sample corpus. Nothing is imported unless the user
// agrees. "First start" means the database was never imported into, so a user who chose
// to start empty is offered the sample again until they import something.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    explicit WelcomeDialog(const QString &databasePath, QWidget *parent = nullptr);

    // Shows the dialog when db is pristine and imports the sample if the user asks for it;
    // a failure is reported to the user in a message box and the application goes on.
    static void offerOnFirstRun(storage::Database &db, const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace chipline::ui
