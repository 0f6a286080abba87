#pragma once
// The fixture of the issue 18 tests: a fresh database and a real MainWindow, shown
// offscreen, for every test; the bundled sample extracted once, imported on request.
#include "core/translations.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "ui/annotationcontroller.h"
#include "ui/articlelistmodel.h"
#include "ui/articlereader.h"
#include "ui/entitycolors.h"
#include "ui/entitypanel.h"
#include "ui/eventdetailspanel.h"
#include "ui/filterbar.h"
#include "ui/importsummarydialog.h"
#include "ui/mainwindow.h"
#include "ui/readerbody.h"
#include "ui/samplecorpus.h"
#include "ui/savedfilenotice.h"
#include "ui/settings.h"
#include "ui/timelinedock.h"
#include "whenshown.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <memory>

using namespace chipline;

class DayOneFixture : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    void openWindow();
    void importSample();
    // Runs body on the next visible top-level widget of type T (a modal dialog or a popup)
    // once it shows, while whatever opened it waits in its own event loop.
    template <typename T> void whenShown(std::function<void(T *)> body);
    void selectArticle(qint64 id);
    qint64 scalar(const QString &sql);
    qint64 articleWith(const QString &titlePrefix);

    QTemporaryDir m_dir;
    QString m_sampleDir;
    int m_serial = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

inline void DayOneFixture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sampleDir = m_dir.filePath(QStringLiteral("sample"));
    QVERIFY(QDir().mkpath(m_sampleDir));
    QVERIFY(ui::SampleCorpus::extractTo(m_sampleDir).ok());
}

inline void DayOneFixture::init()
{
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("d%1.db").arg(++m_serial)));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_store =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(m_serial)), QSettings::IniFormat);
    m_settings = std::make_unique<ui::Settings>(*m_store);
    openWindow();
}

inline void DayOneFixture::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_db.reset();
}

inline void DayOneFixture::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(*m_db, *m_settings);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

inline void DayOneFixture::importSample()
{
    m_window->importPaths({m_sampleDir});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 60000);
    auto *summary = m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog"));
    QVERIFY(summary);
    summary->close();
    QTRY_VERIFY(!m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog")));
}

inline void DayOneFixture::selectArticle(qint64 id)
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    QVERIFY(view);
    const int row = m_window->articleModel()->rowOfArticle(id, 10000);
    QVERIFY(row >= 0);
    view->setFocus();
    view->setCurrentIndex(m_window->articleModel()->index(row, 0));
    QCOMPARE(m_window->reader()->articleId(), id);
}

template <typename T> inline void DayOneFixture::whenShown(std::function<void(T *)> body)
{
    ::whenShown<T>(this, std::move(body));
}

inline qint64 DayOneFixture::scalar(const QString &sql)
{
    auto st = m_db->statement(sql.toUtf8().constData());
    return st.next() ? st.int64(0) : -1;
}

inline qint64 DayOneFixture::articleWith(const QString &titlePrefix)
{
    auto st = m_db->statement("SELECT id FROM article WHERE title LIKE ?1 || '%'");
    st.bind(1, titlePrefix);
    return st.next() ? st.int64(0) : 0;
}
