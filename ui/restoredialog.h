#pragma once

#include "storage/backupset.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace chipline::ui {

class Settings;

// File > Restore from Backup…: the backups beside the database, newest first, with their
// time, reason, size, articles, annotations and confirmed events (a damaged one says so
// and cannot be chosen), how many to keep, and Restore. A restore keeps the current state
// as a backup first (storage::Restore), so it can itself be undone from this list.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(QString databasePath, Settings &settings, QWidget *parent = nullptr);

    // Lists the backups again (after a restore added one).
    void reload();
    // Restores the backup on the row after asking; true when it was restored.
    bool restoreRow(int row, bool ask = true);

Q_SIGNALS:
    void restored();

private:
    void updateButtons();

    QString m_path;
    Settings &m_settings;
    QList<storage::BackupInfo> m_backups;
    QTableWidget *m_table;
    QSpinBox *m_keep;
    QLabel *m_status;
    QPushButton *m_restore;
};

} // namespace chipline::ui
