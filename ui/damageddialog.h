#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace chipline::ui {

// Shown instead of the window when the database fails its check on open
// (storage::IntegrityCheck): which file, what failed, and the two ways back: restore the
// newest good backup (the damaged file is moved aside, never deleted) or salvage what can
// be read into a new file (storage::Salvage) and put that in its place. The damaged file
// is never written.
class DamagedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagedDialog)

public:
    DamagedDialog(QString databasePath, const QString &problem, int keepBackups, QWidget *parent = nullptr);

    // The newest backup that passes its check, or empty.
    const QString &newestGoodBackup() const { return m_backup; }
    bool restoreNewest();
    // Salvages into the file named in the dialog, then puts it in the database's place.
    bool salvage();

private:
    void fail(const QString &message);

    QString m_path;
    QString m_backup;
    int m_keep;
    QLabel *m_status;
    QLineEdit *m_salvageTo;
    QPushButton *m_restoreButton;
    QPushButton *m_salvageButton;
};

} // namespace chipline::ui
