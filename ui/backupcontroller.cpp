#include "ui/backupcontroller.h"

#include "storage/backupset.h"
#include "ui/restoredialog.h"
#include "ui/settings.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace chipline::ui {

namespace {

constexpr qint64 kDaySeconds = 24 * 60 * 60;
constexpr int kCheckEveryMs = 60 * 60 * 1000;
// Not at once: the first minute belongs to the window's own start-up.
constexpr int kFirstCheckMs = 60 * 1000;

} // namespace

BackupController::BackupController(QString databasePath, Settings &settings, QWidget *window)
    : QObject(window),
      m_path(std::move(databasePath)),
      m_settings(settings),
      m_window(window),
      m_backUpNow(new QAction(tr("&Back Up Now"), this)),
      m_restore(new QAction(tr("&Restore from Backup…"), this))
{
    m_backUpNow->setObjectName(QStringLiteral("actionBackUpNow"));
    m_restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    connect(m_backUpNow, &QAction::triggered, this, &BackupController::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupController::openRestoreDialog);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (const QString result = m_watcher.result(); !result.isEmpty())
            Q_EMIT message(result);
    });
    m_daily.setInterval(kCheckEveryMs);
    connect(&m_daily, &QTimer::timeout, this, &BackupController::checkDaily);
    m_daily.start();
    QTimer::singleShot(kFirstCheckMs, this, &BackupController::checkDaily);
}

BackupController::~BackupController()
{
    m_watcher.waitForFinished();
}

void BackupController::setBusy(bool busy)
{
    m_busy = busy;
    m_restore->setEnabled(!busy);
}

void BackupController::checkDaily()
{
    if (m_watcher.isRunning())
        return;
    const QString path = m_path;
    const int keep = m_settings.backupsToKeep();
    // The copy reads through a connection of its own: the window goes on meanwhile.
    m_watcher.setFuture(QtConcurrent::run([path, keep]() -> QString {
        auto made = storage::BackupSet(path, keep).makeIfOlderThan(QStringLiteral("daily"), kDaySeconds);
        if (!made)
            return tr("The daily backup failed: %1").arg(made.error().message);
        if (!made->has_value())
            return {};
        return tr("Daily backup written to %1").arg(QDir::toNativeSeparators(made->value().path));
    }));
}

void BackupController::backUpNow()
{
    auto made = storage::BackupSet(m_path, m_settings.backupsToKeep()).make(QStringLiteral("manual"));
    if (!made) {
        QMessageBox::warning(m_window, tr("Back Up Now"), tr("The backup failed.\n\n%1").arg(made.error().message));
        return;
    }
    Q_EMIT message(tr("Backup written to %1").arg(QDir::toNativeSeparators(made->path)));
}

void BackupController::openRestoreDialog()
{
    if (m_busy) {
        QMessageBox::information(m_window, tr("Restore from Backup"),
                                 tr("Wait for the import to finish, or cancel it, before restoring a backup."));
        return;
    }
    auto *dialog = new RestoreDialog(m_path, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restored, this, &BackupController::restored);
    dialog->open();
}

} // namespace chipline::ui
