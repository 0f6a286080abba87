#include "ui/guiapp.h"

#include "core/translations.h"
#include "storage/database.h"
#include "text/gazetteer.h"
#include "ui/damageddialog.h"
#include "ui/fontsetup.h"
#include "ui/mainwindow.h"
#include "ui/migrationbackup.h"
#include "ui/settings.h"
#include "ui/welcomedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

namespace chipline::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chipline::ui::GuiApp", text);
}

} // namespace

int GuiApp::run(int argc, char *argv[])
{
    // Parsed while Qt starts and the database opens: the window needs it when built.
    text::Gazetteer::preloadBuiltIn();
    QApplication app(argc, argv);
    FontSetup::applyKoreanCapableFont();
    {
        QSettings store;
        core::Translations::install(app, Settings(store).language());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("News analysis for the AI-chip export-control contest."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Open the database FILE."), tr("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : storage::defaultDatabasePath();
    if (!MigrationBackup::offer(path))
        return 0;
    auto db = storage::Database::open(path);
    // A damaged database is never written: restore a backup or salvage, then open again.
    while (!db && db.error().kind == core::Error::Kind::Damaged) {
        QSettings store;
        DamagedDialog dialog(path, db.error().message, Settings(store).backupsToKeep());
        if (dialog.exec() != QDialog::Accepted)
            return 1;
        db = storage::Database::open(path);
    }
    if (!db) {
        QMessageBox::critical(nullptr, tr("Chipline"), tr("Cannot open the database.\n\n%1").arg(db.error().message));
        return 1;
    }

    // First run: a short welcome that offers the sample corpus (articles in every layout).
    WelcomeDialog::offerOnFirstRun(*db.value(), path);

    QSettings store;
    Settings settings(store);
    MainWindow window(*db.value(), settings);
    window.show();
    return QApplication::exec();
}

} // namespace chipline::ui
