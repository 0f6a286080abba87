// Issue 14 in the window: File > Restore from Backup… on a live database, and the dialog
// shown instead of the window when the database is damaged (restore the newest good
// backup, or salvage into a new file), each driven through its buttons.
#include "importing/importer.h"
#include "storage/backupset.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "ui/articlelistmodel.h"
#include "ui/damageddialog.h"
#include "ui/mainwindow.h"
#include "ui/restoredialog.h"
#include "ui/samplecorpus.h"
#include "ui/settings.h"
#include "whenshown.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace chipline;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(storage::Database &db, const char *sql)
{
    auto st = db.statement(sql);
    return st.next() ? st.int64(0) : -1;
}

// Page 1 overwritten with another b-tree page, as a damaged database was found.
bool damage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    f.seek(4 * 4096);
    const QByteArray page = f.read(4096);
    f.seek(0);
    return f.write(page) == 4096;
}

// Answers the next message box with its Yes button once it shows (one without a Yes is
// closed, so that its exec() returns and the test fails on what follows); owner keeps the
// polling timer.
void answerYes(QObject *owner)
{
    whenShown<QMessageBox>(owner, [](QMessageBox *box) {
        if (QAbstractButton *yes = box->button(QMessageBox::Yes))
            yes->click();
        else
            box->reject();
    });
}

} // namespace

class TestRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(u"sample"_s);
        QVERIFY(QDir().mkpath(m_sample));
        QVERIFY(ui::SampleCorpus::extractTo(m_sample).ok());
        m_store = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<ui::Settings>(*m_store);
    }

    // Imports the sample into a new database and closes it: the article count.
    qint64 makeDatabase(const QString &path)
    {
        auto db = storage::Database::open(path);
        if (!db)
            return -1;
        importing::Importer(*db.value()).run({m_sample});
        (void)db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return scalar(*db.value(), "SELECT count(*) FROM article");
    }

    void restoreFromTheFileMenu()
    {
        const QString path = m_dir.filePath(u"live.db"_s);
        const qint64 articles = makeDatabase(path);
        QVERIFY(articles > 5);
        QVERIFY(storage::BackupSet(path).make(u"manual"_s));
        auto db = storage::Database::open(path);
        QVERIFY(db);
        // Work done after the backup: an article and an undoable step in the window.
        QVERIFY(
            db.value()->exec("INSERT INTO article(source_id, source_index, layout, title, body, language, "
                             "content_hash) VALUES (1, 999, 'text', 'after the backup', 'later text', 'en', x'09')"));
        ui::MainWindow window(*db.value(), *m_settings);
        window.show();
        QTRY_COMPARE(window.articleModel()->rowCount(), int(articles + 1));
        window.undoStack()->push(new QUndoCommand(u"something"_s));

        auto *action = window.findChild<QAction *>(u"actionRestoreBackup"_s);
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<ui::RestoreDialog *>(u"restoreDialog"_s);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(u"backupTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text().remove(u',').toLongLong(), articles);
        auto *restore = dialog->findChild<QPushButton *>(u"restoreButton"_s);
        QVERIFY(!restore->isEnabled());
        table->selectRow(0);
        QVERIFY(restore->isEnabled());
        QObject polling; // stops looking for the box when the test ends
        answerYes(&polling);
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(window.articleModel()->rowCount(), int(articles));
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM article"), articles);
        QCOMPARE(window.undoStack()->count(), 0);
        // The state before the restore is now a backup of its own, listed in the dialog.
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(dialog->findChild<QLabel *>(u"restoreStatus"_s)->text().contains(u"before"_s));
        dialog->close();
    }

    void damagedDatabaseRestoresNewestBackup()
    {
        const QString path = m_dir.filePath(u"damaged.db"_s);
        const qint64 articles = makeDatabase(path);
        QVERIFY(storage::BackupSet(path).make(u"daily"_s));
        QVERIFY(damage(path));
        auto failed = storage::Database::open(path);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, core::Error::Kind::Damaged);

        ui::DamagedDialog dialog(path, failed.error().message, 5);
        dialog.show();
        auto *restore = dialog.findChild<QPushButton *>(u"restoreNewestButton"_s);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto db = storage::Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM article"), articles);
        QCOMPARE(setAside(u"damaged.db"_s), 1);
    }

    void damagedDatabaseIsSalvaged()
    {
        const QString path = m_dir.filePath(u"nobackup.db"_s);
        const qint64 articles = makeDatabase(path);
        QVERIFY(damage(path));
        auto failed = storage::Database::open(path);
        QVERIFY(!failed);
        ui::DamagedDialog dialog(path, failed.error().message, 5);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton *>(u"restoreNewestButton"_s)->isEnabled());
        dialog.findChild<QLineEdit *>(u"salvagePath"_s)->setText(m_dir.filePath(u"salvaged.db"_s));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"salvageButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto db = storage::Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM article"), articles);
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM search.doc"), articles);
        QCOMPARE(setAside(u"nobackup.db"_s), 1);
    }

private:
    // Damaged databases moved aside (their -wal and -shm go with them, not counted).
    int setAside(const QString &name) const
    {
        const QStringList files = QDir(m_dir.path()).entryList({name + u".damaged-*"_s});
        return int(std::count_if(files.cbegin(), files.cend(), [](const QString &f) {
            return !f.endsWith(u"-wal"_s) && !f.endsWith(u"-shm"_s) && !f.contains(u"-search"_s);
        }));
    }

    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::Settings> m_settings;
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
