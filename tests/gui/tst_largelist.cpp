// Issue 20: the article list of a large database, driven through the real MainWindow
// offscreen. A word in every article is searched as one types without collecting every
// match: the list shows the newest matches at once and the status bar says "more than",
// while a rare word is still counted; sorting keeps the count it has.
#include "core/translations.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "ui/articlelistmodel.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace chipline;

namespace {

// More articles than a search collects (ArticleListQuery::kCountLimit), all with the
// common word, one in a thousand with the rare one.
constexpr int kArticles = 50100;
constexpr int kRare = kArticles / 1000 + 1;

} // namespace

class TestLargeList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void commonWordIsNotCountedInFull();
    void rareWordIsCounted();

private:
    QString countText() const;
    void type(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestLargeList::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); // "articles", not "article(s)"
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("large.db")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
    QVERIFY(m_db->exec("BEGIN"));
    QVERIFY(m_db->exec("INSERT INTO source(path, size, hash, layout, imported_at, outcome) "
                       "VALUES ('/large.txt', 1, x'00', 'text', '2025-01-01T00:00:00', 'imported')"));
    auto st = m_db->statement(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1) "
        "INSERT INTO article(source_id, source_index, layout, title, published, body, language, content_hash) "
        "SELECT 1, i, 'text', '수출 기사 ' || i, printf('2025-%02d-%02dT%02d:%02d:00', 1 + i % 12, 1 + i % 28, i % 24, "
        "i % 60), "
        "'엔비디아의 칩 수출 허가 ' || i || CASE WHEN i % 1000 = 7 THEN ' 희귀어휘' ELSE '' END, 'ko', randomblob(20) "
        "FROM n");
    st.bind(1, qint64(kArticles));
    QVERIFY(st.exec());
    QVERIFY(m_db->exec("COMMIT"));
    QVERIFY(storage::ArticleStore(*m_db).indexPending().ok());
}

void TestLargeList::init()
{
    m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<ui::Settings>(*m_store);
    m_window = std::make_unique<ui::MainWindow>(*m_db, *m_settings);
    m_window->show();
    m_window->filterBar()->setSearchDelay(0);
}

void TestLargeList::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
}

QString TestLargeList::countText() const
{
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("articleCount"));
    return label ? label->text() : QString();
}

void TestLargeList::type(const QString &text)
{
    auto *field = m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(field);
    field->setText(text); // as an input method commits it: QTest types no Korean
}

void TestLargeList::commonWordIsNotCountedInFull()
{
    QCOMPARE(countText(), QStringLiteral("%1 articles").arg(QLocale().toString(kArticles)));
    type(QStringLiteral("엔비디아"));
    // Every article matches: the sample says so before the index collects 50,000 in vain.
    const QString more = QStringLiteral("About %1 articles").arg(QLocale().toString(50000));
    QTRY_COMPARE(countText(), more);
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("articleCount"));
    QVERIFY(!label->toolTip().isEmpty());
    // The newest matches first, a page of them, and more on demand.
    ui::ArticleListModel *model = m_window->articleModel();
    QCOMPARE(model->rowCount(), ui::ArticleListModel::kFirstPageSize);
    auto newest = m_db->statement("SELECT id FROM article ORDER BY published DESC, id DESC LIMIT 1");
    QVERIFY(newest.next());
    QCOMPARE(model->articleId(0), newest.int64(0));
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), ui::ArticleListModel::kFirstPageSize + ui::ArticleListModel::kPageSize);
    // Another order of the same articles keeps what the count says.
    model->sort(ui::ArticleListModel::EventsColumn, Qt::DescendingOrder);
    QCOMPARE(countText(), more);
    QCOMPARE(model->rowCount(), ui::ArticleListModel::kFirstPageSize);
}

void TestLargeList::rareWordIsCounted()
{
    type(QStringLiteral("희귀어휘"));
    QTRY_COMPARE(countText(), QStringLiteral("%1 articles").arg(kRare));
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("articleCount"));
    QVERIFY(label->toolTip().isEmpty());
    QCOMPARE(m_window->articleModel()->rowCount(), kRare);
    type(QString());
    QTRY_COMPARE(countText(), QStringLiteral("%1 articles").arg(QLocale().toString(kArticles)));
}

QTEST_MAIN(TestLargeList)
#include "tst_largelist.moc"
