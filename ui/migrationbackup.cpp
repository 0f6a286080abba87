#include "ui/migrationbackup.h"

#include "storage/backup.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace chipline::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chipline::ui::MigrationBackup", text);
}

} // namespace

std::optional<int> MigrationBackup::pendingUpgrade(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return std::nullopt;
    const auto version = storage::Backup::schemaVersion(path);
    if (!version || version.value() == 0 || version.value() >= storage::Migrations::latestVersion())
        return std::nullopt;
    return version.value();
}

QString MigrationBackup::backupPathFor(const QString &path, int fromVersion)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return info.dir().filePath(QStringLiteral("%1.schema%2-%3.bak").arg(info.fileName()).arg(fromVersion).arg(stamp));
}

bool MigrationBackup::offer(const QString &path, QWidget *parent)
{
    const auto from = pendingUpgrade(path);
    if (!from)
        return true;
    const QString target = backupPathFor(path, *from);
    QMessageBox box(QMessageBox::Question, tr("Chipline"),
                    tr("This database was written by an older version of Chipline and must be upgraded "
                       "before it can be opened (schema %1 to %2). After the upgrade, older versions "
                       "cannot open it.\n\nBack it up first?")
                        .arg(*from)
                        .arg(storage::Migrations::latestVersion()),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("migrationBackupBox"));
    box.setInformativeText(tr("The backup is written to:\n%1").arg(QDir::toNativeSeparators(target)));
    QPushButton *backUp = box.addButton(tr("Back Up and Upgrade"), QMessageBox::AcceptRole);
    QPushButton *upgrade = box.addButton(tr("Upgrade Without Backup"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(backUp);
    box.exec();
    if (box.clickedButton() == upgrade)
        return true;
    if (box.clickedButton() != backUp)
        return false;
    const auto copied = storage::Backup::copy(path, target);
    if (copied)
        return true;
    const auto answer = QMessageBox::warning(parent, tr("Chipline"),
                                             tr("The backup failed, so the database was not upgraded.\n\n%1\n\n"
                                                "Upgrade anyway?")
                                                 .arg(copied.error().message),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

} // namespace chipline::ui
