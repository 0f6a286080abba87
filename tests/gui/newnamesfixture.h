#pragma once
// The New names tests' fixture: three articles naming people by their titles and a firm by
// its head word, imported through a real MainWindow shown offscreen for every test, the
// dock's table watched by QAbstractItemModelTester, and the helpers the tests drive it with.
#include "analysis/recognizer.h"
#include "annotation/annotationservice.h"
#include "annotation/entitydirectory.h"
#include "annotation/namereview.h"
#include "core/translations.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "ui/articlereader.h"
#include "ui/entitychooserdialog.h"
#include "ui/entitycolors.h"
#include "ui/importsummarydialog.h"
#include "ui/kwicdelegate.h"
#include "ui/mainwindow.h"
#include "ui/newnamesmodel.h"
#include "ui/readerbody.h"
#include "ui/settings.h"
#include "whenshown.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace chipline;

// 쉬리펑 (a spokesman, by his title), 한결증권 (a brokerage, by its head word) and two
// analysts are in no list. The third article names 쉬리펑 without a title (쉬 is no Korean surname, so
// the name's shape alone does not make it a person).
inline const std::pair<const char *, const char *> kNewNamesArticles[] = {
    {"briefing.txt",
     "외교부 정례 브리핑\n2025-03-17\n\n쉬리펑 대변인은 17일 미국의 수출통제를 비판했다. 쉬리펑 대변인은 "
     "반대한다고 말했다. 한결증권의 박서윤 연구원은 엔비디아 영향이 제한적이라고 분석했다.\n"},
    {"broker.txt",
     "증권가 보고서 잇따라\n2025-03-18\n\n한결증권은 18일 보고서에서 화웨이의 칩 수요가 늘었다고 밝혔다. "
     "쉬리펑 대변인도 입장을 냈다. 최다온 애널리스트는 수요가 이어질 것이라고 말했다.\n"},
    {"followup.txt", "같은 입장 되풀이한 중국\n2025-03-19\n\n브리핑에서 쉬리펑은 다시 같은 말을 했다.\n"},
};

class NewNamesFixture : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    void openWindow();
    void openReview();
    QStringList listed() const;
    int rowOf(const QString &name) const;
    void select(const QStringList &names);
    qint64 scalar(const QString &sql);
    qint64 articleWith(const QString &title);
    // The reader's highlight over the first occurrence of text in the article shown.
    const ui::ReaderSpan *spanOver(const QString &text) const;
    QAction *action(const QString &name) const;
    // Runs body on the next visible popup or dialog of type T, while what opened it waits.
    template <typename T> void whenShown(std::function<void(T *)> body);
    void runRecognitionElsewhere();

    QTemporaryDir m_dir;
    QString m_files;
    int m_serial = 0;
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDockWidget *m_dock = nullptr;
    QTableView *m_table = nullptr;
    ui::NewNamesModel *m_model = nullptr;
};

inline void NewNamesFixture::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_files = m_dir.filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(m_files));
    for (const auto &[name, text] : kNewNamesArticles) {
        QFile f(m_files + u'/' + QString::fromUtf8(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
}

inline void NewNamesFixture::init()
{
    m_path = m_dir.filePath(QStringLiteral("n%1.db").arg(++m_serial));
    auto db = storage::Database::open(m_path);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_store =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(m_serial)), QSettings::IniFormat);
    m_settings = std::make_unique<ui::Settings>(*m_store);
    openWindow();
    m_window->importPaths({m_files});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 60000);
    auto *summary = m_window->findChild<ui::ImportSummaryDialog *>(QStringLiteral("importSummaryDialog"));
    QVERIFY(summary);
    summary->close();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM article")), qint64(3));
}

inline void NewNamesFixture::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_db.reset();
}

inline void NewNamesFixture::openWindow()
{
    m_tester.reset();
    m_window = std::make_unique<ui::MainWindow>(*m_db, *m_settings);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dock = m_window->findChild<QDockWidget *>(QStringLiteral("newNamesDock"));
    QVERIFY(m_dock);
    m_table = m_dock->findChild<QTableView *>(QStringLiteral("newNamesTable"));
    QVERIFY(m_table);
    m_model = qobject_cast<ui::NewNamesModel *>(m_table->model());
    QVERIFY(m_model);
    m_tester =
        std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

inline void NewNamesFixture::openReview()
{
    // Single-key shortcuts work where the focus is, in the window the analyst works in
    // (the import summary had it last).
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QAction *open = action(QStringLiteral("actionNewNames"));
    QVERIFY(open && open->isEnabled());
    open->trigger();
    QTRY_VERIFY(m_dock->isVisible());
    QTRY_VERIFY(m_table->isVisible());
    QTRY_VERIFY(m_table->hasFocus());
}

inline QAction *NewNamesFixture::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

inline QStringList NewNamesFixture::listed() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->index(row, ui::NewNamesModel::NameColumn).data().toString();
    return out;
}

inline int NewNamesFixture::rowOf(const QString &name) const
{
    return int(listed().indexOf(name));
}

inline void NewNamesFixture::select(const QStringList &names)
{
    // A click, then Ctrl+clicks, as the analyst selects several.
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int row = rowOf(names.at(i));
        QVERIFY2(row >= 0, qPrintable(names.at(i)));
        const QModelIndex index = m_model->index(row, ui::NewNamesModel::NameColumn);
        m_table->scrollTo(index);
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          m_table->visualRect(index).center());
    }
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), names.size());
    m_table->setFocus();
}

inline qint64 NewNamesFixture::scalar(const QString &sql)
{
    auto st = m_db->statement(sql.toUtf8().constData());
    return st.next() ? st.int64(0) : -1;
}

inline qint64 NewNamesFixture::articleWith(const QString &title)
{
    auto st = m_db->statement("SELECT id FROM article WHERE title = ?1");
    st.bind(1, title);
    return st.next() ? st.int64(0) : 0;
}

inline const ui::ReaderSpan *NewNamesFixture::spanOver(const QString &text) const
{
    const qsizetype at = m_window->reader()->article()->article.body.indexOf(text);
    if (at < 0)
        return nullptr;
    for (const ui::ReaderSpan &span : m_window->reader()->body()->mentions()) {
        if (span.start <= at && at < span.end)
            return &span;
    }
    return nullptr;
}

template <typename T> inline void NewNamesFixture::whenShown(std::function<void(T *)> body)
{
    ::whenShown<T>(this, std::move(body));
}

inline void NewNamesFixture::runRecognitionElsewhere()
{
    // Another connection, as `chipline recognize` in a terminal: the window notices it.
    QSignalSpy refreshed(m_window.get(), &ui::MainWindow::corpusRefreshed);
    {
        auto other = storage::Database::open(m_path);
        QVERIFY(other.ok());
        auto run = analysis::Recognizer::run(*other.value());
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
    }
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 5000);
    QTest::qWait(50); // the list reads itself again on the next turn of the event loop
}
