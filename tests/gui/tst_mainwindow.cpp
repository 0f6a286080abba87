// Drives the real MainWindow offscreen: imports the bundled sample corpus through
// importPaths(), reads articles chosen with the keyboard and the mouse, and cancels an
// import half-way to check that nothing is left half-stored.
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "ui/articlelistmodel.h"
#include "ui/articlereader.h"
#include "ui/fontsetup.h"
#include "ui/importsummarydialog.h"
#include "ui/mainwindow.h"
#include "ui/readerbody.h"
#include "ui/samplecorpus.h"
#include "ui/settings.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace chipline;
using ui::ArticleListModel;

// Imports finish in seconds; sanitizer builds on a busy machine need minutes.
constexpr int kImportWaitMs = 300000;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importFillsListAndKeyboardSelectsArticle();
    void undatedTranscriptShowsAsUndated();
    void reimportKeepsSelection();
    void cancelLeavesDatabaseConsistent();
    void remembersLayout();
    void screenshot();

private:
    std::unique_ptr<ui::MainWindow> makeWindow();
    void importAndWait(ui::MainWindow &window, const QStringList &paths);
    int rowWhereTitleStarts(const QString &prefix);
    QString writeBigCorpus(int files, int perFile);
    qint64 scalar(const char *sql);

    QTemporaryDir m_dir;
    QString m_sampleDir;
    int m_dbSerial = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    ArticleListModel *m_model = nullptr;
    QString m_lastSummary;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sampleDir = m_dir.filePath(QStringLiteral("sample"));
    QVERIFY(QDir().mkpath(m_sampleDir));
    auto files = ui::SampleCorpus::extractTo(m_sampleDir);
    QVERIFY2(files.ok(), files.ok() ? "" : qPrintable(files.error().message));
    QVERIFY(files->size() >= 9);
}

void TestMainWindow::init()
{
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("gui%1.db").arg(++m_dbSerial)));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<ui::Settings>(*m_store);
}

void TestMainWindow::cleanup()
{
    m_model = nullptr;
    m_settings.reset();
    m_store.reset();
    m_db.reset();
}

std::unique_ptr<ui::MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<ui::MainWindow>(*m_db, *m_settings);
    window->show();
    m_model = window->articleModel();
    return window;
}

void TestMainWindow::importAndWait(ui::MainWindow &window, const QStringList &paths)
{
    window.importPaths(paths);
    QVERIFY(window.isImporting());
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImportFolder"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isImporting(), kImportWaitMs);
    auto *dialog = window.findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog"));
    QVERIFY(dialog);
    m_lastSummary = dialog->text() + u'\n' + dialog->informativeText() + u'\n' + dialog->detailedText();
    dialog->close();
    QTRY_VERIFY(!window.findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog")));
    QVERIFY(action->isEnabled());
}

int TestMainWindow::rowWhereTitleStarts(const QString &prefix)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, ArticleListModel::TitleColumn).data().toString().startsWith(prefix))
            return row;
    }
    return -1;
}

qint64 TestMainWindow::scalar(const char *sql)
{
    auto st = m_db->statement(sql);
    return st.next() ? st.int64(0) : -1;
}

void TestMainWindow::importFillsListAndKeyboardSelectsArticle()
{
    auto window = makeWindow();
    auto *view = window->findChild<QTableView *>(QStringLiteral("articleList"));
    QVERIFY(view);
    QCOMPARE(m_model->rowCount(), 0);

    window->importPaths({m_sampleDir});
    QVERIFY(window->findChild<QProgressBar *>(QStringLiteral("importProgress"))->isVisible());
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("cancelImportButton"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), kImportWaitMs);
    auto *dialog = window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog"));
    QVERIFY(dialog);
    QVERIFY2(dialog->informativeText().contains(QStringLiteral("Files failed: 0")),
             qPrintable(dialog->informativeText() + u'\n' + dialog->detailedText()));
    dialog->close();

    QTRY_VERIFY(m_model->rowCount() >= 15);
    QCOMPARE(qint64(m_model->rowCount()), scalar("SELECT count(*) FROM article"));
    QVERIFY(!window->findChild<QProgressBar *>(QStringLiteral("importProgress"))->isVisible());

    // Newest first; walk down to the Huawei story with the keyboard.
    const int target = rowWhereTitleStarts(QStringLiteral("화웨이의 AI 가속기 어센드 910C가"));
    QVERIFY(target >= 0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view->currentIndex().row(), 0);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), target);

    auto *body = window->findChild<QTextBrowser *>(QStringLiteral("readerBody"));
    auto *metadata = window->findChild<QLabel *>(QStringLiteral("readerMetadata"));
    auto *source = window->findChild<QLabel *>(QStringLiteral("readerSource"));
    QVERIFY(body && metadata && source);
    QVERIFY2(body->toPlainText().contains(QStringLiteral("어센드 910C의 양산 수율")), qPrintable(body->toPlainText()));
    QVERIFY2(metadata->text().contains(QStringLiteral("최유진")), qPrintable(metadata->text()));
    QVERIFY2(metadata->text().contains(QStringLiteral("베이징")), qPrintable(metadata->text()));
    QVERIFY2(metadata->text().contains(QStringLiteral("2025-04-29 18:05")), qPrintable(metadata->text()));
    QVERIFY2(source->text().contains(QStringLiteral("result_list_0326.txt")), qPrintable(source->text()));
    QVERIFY(source->text().contains(QStringLiteral("dump")));
}

void TestMainWindow::undatedTranscriptShowsAsUndated()
{
    auto window = makeWindow();
    importAndWait(*window, {m_sampleDir});
    auto *view = window->findChild<QTableView *>(QStringLiteral("articleList"));
    // A transcript has no title: the list shows its first words, section marker included.
    const int row = rowWhereTitleStarts(QStringLiteral("[앵커] 미국 정부가 엔비디아의 중국용 AI 칩 H20에도"));
    QVERIFY(row >= 0);
    const QModelIndex date = m_model->index(row, ArticleListModel::DateColumn);
    QCOMPARE(date.data().toString(), QStringLiteral("—"));
    // Undated rows sort after every dated one when newest come first.
    QVERIFY(m_model->index(0, ArticleListModel::DateColumn).data().toString() != QStringLiteral("—"));

    view->scrollTo(date);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(date).center());
    QCOMPARE(view->currentIndex().row(), row);
    auto *metadata = window->findChild<QLabel *>(QStringLiteral("readerMetadata"));
    QVERIFY2(metadata->text().contains(QStringLiteral("Undated")), qPrintable(metadata->text()));
    auto *body = window->findChild<QTextBrowser *>(QStringLiteral("readerBody"));
    // Stored once although the transcript prints it twice, without the site boilerplate.
    const QString text = body->toPlainText();
    QCOMPARE(text.count(QStringLiteral("허가 요건을 새로 적용했습니다")), 1);
    QVERIFY(!text.contains(QStringLiteral("ADVERTISEMENT")));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("readerSource"))->text().contains(QStringLiteral("transcript")));
}

void TestMainWindow::reimportKeepsSelection()
{
    auto window = makeWindow();
    importAndWait(*window, {m_sampleDir + QStringLiteral("/result_list_0326.txt")});
    auto *view = window->findChild<QTableView *>(QStringLiteral("articleList"));
    view->setCurrentIndex(m_model->index(2, 0));
    const qint64 selected = m_model->articleId(2);
    importAndWait(*window, {m_sampleDir});
    QVERIFY(m_model->rowCount() >= 15);
    QCOMPARE(m_model->articleId(view->currentIndex().row()), selected);
    auto *reader = window->findChild<ui::ArticleReader *>(QStringLiteral("articleReader"));
    QVERIFY(reader);
    QCOMPARE(reader->articleId(), selected);
}

QString TestMainWindow::writeBigCorpus(int files, int perFile)
{
    QString folder = m_dir.filePath(QStringLiteral("big"));
    QDir().mkpath(folder);
    for (int f = 0; f < files; ++f) {
        QString text;
        for (int i = 0; i < perFile; ++i) {
            text += QStringLiteral("엔비디아는 %1번 파일의 %2번째 기사에서 H20 수출 허가 문제를 다뤘다. 산업안보국은 "
                                   "추가 지침을 검토하고 있다.\n이서연기자 2025.%3.%4 10:%5:00")
                        .arg(f)
                        .arg(i)
                        .arg(1 + f % 12, 2, 10, QLatin1Char('0'))
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .arg(i % 60, 2, 10, QLatin1Char('0'));
        }
        QFile file(folder + QStringLiteral("/dump_%1.txt").arg(f, 4, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
    }
    return folder;
}

void TestMainWindow::cancelLeavesDatabaseConsistent()
{
    constexpr int kFiles = 300, kPerFile = 20;
    const QString big = writeBigCorpus(kFiles, kPerFile);
    QVERIFY(!big.isEmpty());
    auto window = makeWindow();
    auto *cancel = window->findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("importProgress"));
    window->importPaths({big});
    // The window keeps handling events while the worker imports: progress arrives.
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0 || !window->isImporting(), kImportWaitMs);
    if (window->isImporting())
        QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isImporting(), kImportWaitMs);
    auto *dialog = window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog"));
    QVERIFY(dialog);
    const bool cancelled = dialog->text().contains(QStringLiteral("cancelled"));
    dialog->close();
    QVERIFY(cancelled || scalar("SELECT count(*) FROM article") == kFiles * kPerFile);
    if (cancelled)
        QVERIFY(scalar("SELECT count(*) FROM article") < kFiles * kPerFile);

    {
        // Scoped: a stepped statement holds its WAL snapshot until finalized.
        auto check = m_db->statement("PRAGMA integrity_check");
        QVERIFY(check.next());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }
    // Every stored file has all its articles, nothing is half-imported.
    QCOMPARE(scalar("SELECT count(*) FROM source s WHERE s.outcome = 'imported' AND s.articles <> "
                    "(SELECT count(*) FROM article a WHERE a.source_id = s.id)"),
             qint64(0));
    QCOMPARE(scalar("SELECT count(*) FROM article") % kPerFile, qint64(0));
    QCOMPARE(qint64(m_model->totalCount()), scalar("SELECT count(*) FROM article"));

    // Importing again finishes the job without duplicates.
    importAndWait(*window, {big});
    QVERIFY2(m_lastSummary.contains(QStringLiteral("Files failed: 0")), qPrintable(m_lastSummary));
    QCOMPARE(scalar("SELECT count(*) FROM article"), qint64(kFiles * kPerFile));
    QCOMPARE(m_model->totalCount(), qint64(kFiles * kPerFile));
}

void TestMainWindow::remembersLayout()
{
    {
        auto window = makeWindow();
        auto *entities = window->findChild<QDockWidget *>(QStringLiteral("entitiesDock"));
        QVERIFY(entities && entities->isVisible());
        entities->close();
        window->findChild<ui::ReaderBody *>(QStringLiteral("readerBody"))->setZoomSteps(2);
        window->close();
        QVERIFY(!m_settings->mainWindowState().isEmpty());
        QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
    }
    auto window = makeWindow();
    QTRY_VERIFY(window->isVisible());
    QVERIFY(!window->findChild<QDockWidget *>(QStringLiteral("entitiesDock"))->isVisible());
    QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("articlesDock"))->isVisible());
    QCOMPARE(window->findChild<ui::ReaderBody *>(QStringLiteral("readerBody"))->zoomSteps(), 2);
}

// Renders the window after importing the sample, offscreen like every GUI test here, and
// checks the picture: the window's size, rows drawn in the list, and the selected article
// drawn in the reader. With CHIPLINE_SCREENSHOT=file.png set it is also saved, for looking
// at the layout and the Korean text (under xvfb-run with xcb for the desktop's fonts).
void TestMainWindow::screenshot()
{
    ui::FontSetup::applyKoreanCapableFont();
    auto window = makeWindow();
    window->resize(1400, 860);
    importAndWait(*window, {m_sampleDir});
    auto *view = window->findChild<QTableView *>(QStringLiteral("articleList"));
    auto *reader = window->findChild<ui::ReaderBody *>(QStringLiteral("readerBody"));
    QVERIFY(view && reader);
    QTRY_VERIFY(reader->isVisible() && view->isVisible());
    // Pixels dark enough to be text, in a part of the window.
    const auto ink = [&window](const QImage &image, const QWidget *part) {
        const qreal dpr = image.devicePixelRatio();
        const QRect area(part->mapTo(window.get(), QPoint(0, 0)) * dpr, part->size() * dpr);
        int n = 0;
        const QRect r = area.intersected(image.rect());
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x)
                n += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        }
        return n;
    };
    const QImage before = window->grab().toImage();

    const int row = rowWhereTitleStarts(QStringLiteral("화웨이의 AI 가속기"));
    QVERIFY(row >= 0);
    view->setCurrentIndex(m_model->index(row, 0));
    QTRY_VERIFY(reader->toPlainText().contains(QStringLiteral("화웨이")));
    QTest::qWait(50); // one more event-loop turn for the reader's layout
    const QPixmap shot = window->grab();
    const QImage image = shot.toImage();
    QCOMPARE(image.size(), window->size() * shot.devicePixelRatio());
    // The list draws its rows, and the reader the article: text where the first article
    // the import selected was drawn before, now a different one.
    QVERIFY2(ink(image, view->viewport()) > 500, qPrintable(QString::number(ink(image, view->viewport()))));
    QVERIFY2(ink(image, reader->viewport()) > 1500, qPrintable(QString::number(ink(image, reader->viewport()))));
    const QRect area(reader->viewport()->mapTo(window.get(), QPoint(0, 0)) * shot.devicePixelRatio(),
                     reader->viewport()->size() * shot.devicePixelRatio());
    int changed = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            changed += before.pixel(x, y) != image.pixel(x, y) ? 1 : 0;
    }
    QVERIFY2(changed > 1000, qPrintable(QString::number(changed)));
    const QString target = qEnvironmentVariable("CHIPLINE_SCREENSHOT");
    if (!target.isEmpty())
        QVERIFY(shot.save(target));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
