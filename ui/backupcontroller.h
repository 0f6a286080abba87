#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

class QAction;
class QWidget;

namespace chipline::ui {

class Settings;

// The window's side of backups: File > Back Up Now and Restore from Backup…, and the
// daily automatic backup (storage::BackupSet) made on a worker thread while the window
// is open. restored() follows a restore: the window reloads everything and forgets its
// undo history, which spoke of rows the restore replaced.
class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)

public:
    BackupController(QString databasePath, Settings &settings, QWidget *window);
    ~BackupController() override;

    QAction *backUpNowAction() const { return m_backUpNow; }
    QAction *restoreAction() const { return m_restore; }
    // Makes the daily backup when the newest is a day old; checked hourly and at start.
    void checkDaily();
    // Restores are refused while something else writes from this window.
    void setBusy(bool busy);

Q_SIGNALS:
    void restored();
    void message(const QString &text);

private:
    void backUpNow();
    void openRestoreDialog();

    QString m_path;
    Settings &m_settings;
    QWidget *m_window;
    QAction *m_backUpNow;
    QAction *m_restore;
    QTimer m_daily;
    QFutureWatcher<QString> m_watcher;
    bool m_busy = false;
};

} // namespace chipline::ui
