// The first start: on a database nothing was ever imported into, the welcome appears, says
// where the database is and what to do first, and imports the sample corpus only when the
// user asks for it; on a used database it stays away. Set CHIPLINE_SCREENSHOT_DIR to save
// a picture of the dialog.
#include "storage/database.h"
#include "storage/librarystate.h"
#include "ui/welcomedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace chipline;

class TestWelcomeDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadSampleImportsIt();
    void startEmptyImportsNothing();
    void usedDatabaseShowsNoWelcome();

private:
    // Runs offerOnFirstRun; onShown gets the dialog if it appears and must close it.
    bool offer(const std::function<void(ui::WelcomeDialog *)> &onShown);
    bool pristine();

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
};

void TestWelcomeDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("welcome%1.db").arg(++m_serial));
    auto db = storage::Database::open(m_path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
}

bool TestWelcomeDialog::offer(const std::function<void(ui::WelcomeDialog *)> &onShown)
{
    bool shown = false;
    // The dialog runs its own event loop; poll for it from a timer inside that loop.
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [&shown, &onShown, timer] {
        auto *dialog = qobject_cast<ui::WelcomeDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        shown = true;
        onShown(dialog);
    });
    timer->start();
    // A dialog that never shows must not be waited for: stop polling after the call returns.
    ui::WelcomeDialog::offerOnFirstRun(*m_db, m_path);
    timer->stop();
    timer->deleteLater();
    return shown;
}

bool TestWelcomeDialog::pristine()
{
    auto state = storage::LibraryState::isPristine(*m_db);
    return state.ok() && state.value();
}

void TestWelcomeDialog::loadSampleImportsIt()
{
    QVERIFY(pristine());
    const bool shown = offer([this](ui::WelcomeDialog *dialog) {
        auto *location = dialog->findChild<QLabel *>(QStringLiteral("welcomeDatabasePath"));
        QVERIFY(location);
        QVERIFY(location->text().contains(QDir::toNativeSeparators(m_path)));
        auto *steps = dialog->findChild<QLabel *>(QStringLiteral("welcomeSteps"));
        QVERIFY(steps);
        QVERIFY(steps->text().contains(QStringLiteral("Import")));
        const QString shots = qEnvironmentVariable("CHIPLINE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("welcome.png"))));
        auto *load = dialog->findChild<QAbstractButton *>(QStringLiteral("loadSampleButton"));
        QVERIFY(load);
        QTest::mouseClick(load, Qt::LeftButton);
    });
    QVERIFY(shown);
    QVERIFY(!pristine());
}

void TestWelcomeDialog::startEmptyImportsNothing()
{
    const bool shown = offer([](ui::WelcomeDialog *dialog) {
        auto *empty = dialog->findChild<QAbstractButton *>(QStringLiteral("startEmptyButton"));
        QVERIFY(empty);
        QTest::mouseClick(empty, Qt::LeftButton);
    });
    QVERIFY(shown);
    QVERIFY(pristine());
    // Still never imported into: the next start offers the sample again.
    QVERIFY(offer([](ui::WelcomeDialog *dialog) { dialog->reject(); }));
}

void TestWelcomeDialog::usedDatabaseShowsNoWelcome()
{
    QVERIFY(offer([](ui::WelcomeDialog *dialog) { dialog->accept(); }));
    QVERIFY(!pristine());
    QVERIFY(!offer([](ui::WelcomeDialog *dialog) { dialog->reject(); }));
}

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
