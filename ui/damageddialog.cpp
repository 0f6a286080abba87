#include "ui/damageddialog.h"

#include "storage/backupset.h"
#include "storage/restore.h"
#include "storage/salvage.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace chipline::ui {

DamagedDialog::DamagedDialog(QString databasePath, const QString &problem, int keepBackups, QWidget *parent)
    : QDialog(parent),
      m_path(std::move(databasePath)),
      m_keep(keepBackups),
      m_status(new QLabel(this)),
      m_salvageTo(new QLineEdit(this)),
      m_restoreButton(new QPushButton(tr("&Restore Newest Good Backup"), this)),
      m_salvageButton(new QPushButton(tr("&Salvage into a New File"), this))
{
    setObjectName(QStringLiteral("damagedDialog"));
    setWindowTitle(tr("The database is damaged"));
    for (const storage::BackupInfo &b : storage::BackupSet(m_path, m_keep).list(true)) {
        if (b.problem.isEmpty() && b.articles >= 0) {
            m_backup = b.path;
            m_restoreButton->setToolTip(QDir::toNativeSeparators(b.path));
            m_restoreButton->setText(tr("&Restore the Backup of %1 (%2 articles)")
                                         .arg(QLocale().toString(b.time, QLocale::ShortFormat))
                                         .arg(b.articles));
            break;
        }
    }
    auto *text = new QLabel(tr("<p><b>%1</b> cannot be used: it failed its check when it was opened, and nothing "
                               "has been written to it.</p><p>%2</p>")
                                .arg(QDir::toNativeSeparators(m_path).toHtmlEscaped(), problem.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    m_restoreButton->setObjectName(QStringLiteral("restoreNewestButton"));
    m_restoreButton->setEnabled(!m_backup.isEmpty());
    m_salvageButton->setObjectName(QStringLiteral("salvageButton"));
    m_salvageTo->setObjectName(QStringLiteral("salvagePath"));
    const QFileInfo info(m_path);
    m_salvageTo->setText(info.dir().filePath(
        QStringLiteral("%1-salvaged-%2.db")
            .arg(info.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))));
    m_status->setObjectName(QStringLiteral("damagedStatus"));
    m_status->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(m_restoreButton, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Or read every row that can still be read into:"), this), 1, 0, 1, 2);
    grid->addWidget(m_salvageTo, 2, 0);
    grid->addWidget(m_salvageButton, 2, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        if (restoreNewest())
            accept();
    });
    connect(m_salvageButton, &QPushButton::clicked, this, [this] {
        if (salvage())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    if (m_backup.isEmpty())
        m_status->setText(tr("There is no good backup of this database."));
    resize(640, 300);
}

void DamagedDialog::fail(const QString &message)
{
    m_status->setText(message);
}

bool DamagedDialog::restoreNewest()
{
    if (m_backup.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto outcome = storage::Restore::fromBackup(m_path, m_backup, m_keep);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        fail(tr("Not restored: %1").arg(outcome.error().message));
        return false;
    }
    return true;
}

bool DamagedDialog::salvage()
{
    const QString out = m_salvageTo->text().trimmed();
    if (out.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = storage::Salvage::run(m_path, out);
    QApplication::restoreOverrideCursor();
    if (!report) {
        fail(tr("Nothing was salvaged: %1").arg(report.error().message));
        return false;
    }
    // The salvaged file takes the database's place; the damaged one and its companions
    // are kept beside it under another name.
    if (!storage::Restore::moveAside(m_path)) {
        fail(tr("Salvaged into %1, but the damaged file could not be moved aside: open that file with --db.")
                 .arg(QDir::toNativeSeparators(out)));
        return false;
    }
    if (!QFile::rename(out, m_path)) {
        fail(tr("Salvaged into %1, but it could not take the database's place: open that file with --db.")
                 .arg(QDir::toNativeSeparators(out)));
        return false;
    }
    for (const char *suffix : {"-search", "-search-wal", "-search-shm"})
        QFile::rename(out + QLatin1String(suffix), m_path + QLatin1String(suffix));
    return true;
}

} // namespace chipline::ui
