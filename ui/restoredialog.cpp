#include "ui/restoredialog.h"

#include "storage/restore.h"
#include "ui/settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chipline::ui {

namespace {

QString reasonText(const QString &reason)
{
    if (reason == u"upgrade")
        return RestoreDialog::tr("before an upgrade");
    if (reason == u"apply-to-all")
        return RestoreDialog::tr("before apply to all");
    if (reason == u"recognize")
        return RestoreDialog::tr("before recognition");
    if (reason == u"events-import")
        return RestoreDialog::tr("before an events import");
    if (reason == u"merge")
        return RestoreDialog::tr("before a merge");
    if (reason == u"daily")
        return RestoreDialog::tr("daily");
    if (reason == u"before-restore")
        return RestoreDialog::tr("before a restore");
    if (reason == u"manual")
        return RestoreDialog::tr("made by you");
    return reason;
}

QString number(qint64 n)
{
    return n < 0 ? QStringLiteral("–") : QLocale().toString(n);
}

} // namespace

RestoreDialog::RestoreDialog(QString databasePath, Settings &settings, QWidget *parent)
    : QDialog(parent),
      m_path(std::move(databasePath)),
      m_settings(settings),
      m_table(new QTableWidget(this)),
      m_keep(new QSpinBox(this)),
      m_status(new QLabel(this)),
      m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(tr("Chipline backs up your database before upgrades and bulk edits, and once a day "
                                "while it is open. Restoring keeps the current state as a backup first."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Made"), tr("Size"), tr("Articles"), tr("Annotations"), tr("Confirmed events"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_keep->setRange(1, 100);
    m_keep->setValue(m_settings.backupsToKeep());
    connect(m_keep, &QSpinBox::valueChanged, this, [this](int keep) { m_settings.setBackupsToKeep(keep); });
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep the newest"), this));
    keepRow->addWidget(m_keep);
    keepRow->addWidget(new QLabel(tr("backups"), this));
    keepRow->addStretch(1);
    m_status->setObjectName(QStringLiteral("restoreStatus"));
    m_status->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            restoreRow(rows.first().row());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(keepRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 380);
    reload();
}

void RestoreDialog::reload()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_backups = storage::BackupSet(m_path, m_settings.backupsToKeep()).list(true);
    QApplication::restoreOverrideCursor();
    m_table->setRowCount(int(m_backups.size()));
    for (int row = 0; row < m_backups.size(); ++row) {
        const storage::BackupInfo &b = m_backups[row];
        const QStringList cells = {b.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   reasonText(b.reason),
                                   QLocale().formattedDataSize(b.bytes),
                                   number(b.articles),
                                   number(b.annotations),
                                   number(b.confirmedEvents),
                                   b.problem.isEmpty() ? tr("good") : tr("damaged: %1").arg(b.problem)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(QDir::toNativeSeparators(b.path));
            if (!b.problem.isEmpty())
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(
        m_backups.isEmpty()
            ? tr("No backups yet in %1.").arg(QDir::toNativeSeparators(storage::BackupSet(m_path).folder()))
            : QString());
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    m_restore->setEnabled(!rows.isEmpty() && m_backups.value(rows.first().row()).problem.isEmpty());
}

bool RestoreDialog::restoreRow(int row, bool ask)
{
    if (row < 0 || row >= m_backups.size())
        return false;
    const storage::BackupInfo chosen = m_backups[row];
    if (ask) {
        QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                        tr("Restore the backup of %1 (%2 articles)? The current state is kept as a backup first.")
                            .arg(QLocale().toString(chosen.time, QLocale::ShortFormat), number(chosen.articles)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmRestoreBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto outcome = storage::Restore::fromBackup(m_path, chosen.path, m_settings.backupsToKeep());
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        m_status->setText(tr("Not restored: %1").arg(outcome.error().message));
        return false;
    }
    reload();
    m_status->setText(
        tr("Restored the backup of %1. The state before is kept as %2.")
            .arg(QLocale().toString(chosen.time, QLocale::ShortFormat), QDir::toNativeSeparators(outcome->keptAs)));
    Q_EMIT restored();
    return true;
}

} // namespace chipline::ui
