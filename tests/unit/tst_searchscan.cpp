// SearchScan reads an article's text and must find exactly the articles the full-text
// index finds: a large search is tested row by row, a small one in the index, and the
// list must not change with the size of the result. Every row compares the two.
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/searchscan.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace chipline;
using namespace chipline::storage;

class TestSearchScan final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("scan.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(SearchScan::install(*m_db).ok());
        QVERIFY(SearchScan::install(*m_db).ok()); // twice is fine
        ArticleStore store(*m_db);
        const qint64 source =
            store.addSource({QStringLiteral("/tmp/scan.txt"), 1, QByteArray("s"), QStringLiteral("text")}).value();
        const std::pair<QString, QString> articles[] = {
            {QStringLiteral("Export Controls Tighten"), QStringLiteral("The EXPORT rules for AI chips changed.")}, // 1
            {QString(), QStringLiteral("엔비디아는 H20을 수출했다.\n둘째 줄: 엔비디아의 매출")}, // 2
            {QStringLiteral("Zürich"), QStringLiteral("café owners; the CAFÉ was closed")}, // 3
            {QString(), QStringLiteral("수출 통제 강화: 산업안보국(BIS)이 발표했다")}, // 4
            {QString(), QStringLiteral("The \u212Aelvin sign and Kelvin scale")}, // 5
            {QStringLiteral("AI와 중국"), QStringLiteral("그리고 미중 갈등")}, // 6
            {QStringLiteral("Nvidia"), QStringLiteral("nvidia, NVIDIA and nVidia")}, // 7
            {QString(), QStringLiteral("반중국 정서가 커졌다")}, // 8
            {QString(), QStringLiteral("He said \"quoted text\" twice")}, // 9
            {QString(), QStringLiteral("\u0130stanbul, ISTANBUL and istanbul")}, // 10
            {QString(), QStringLiteral("Stra\u00DFe, STRASSE and \u1E9Eeit")}, // 11
            {QString(), QStringLiteral("\uFB01nancial \u01C5emal \u03A9mega")}, // 12
            {QString(), QStringLiteral("H100과 AH200, 그리고 xh300")}, // 13
            {QString(), QStringLiteral("H\u0301400 and \u0125500")}, // 14: accents the words drop
            {QString(), QStringLiteral("\uFF28\uFF16\uFF10\uFF10 칩")}, // 15: full width
        };
        int i = 0;
        for (const auto &[title, body] : articles) {
            core::Article a;
            a.layout = QStringLiteral("text");
            a.title = title;
            a.body = body;
            QVERIFY(store.addArticle(source, i++, a).value() > 0);
        }
        QVERIFY(store.indexPending().ok());
    }

    void findsWhatTheIndexFinds_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("english, any case") << QStringLiteral("export") << QList<qint64>{1};
        QTest::newRow("upper case") << QStringLiteral("EXPORT") << QList<qint64>{1};
        QTest::newRow("phrase in the title") << QStringLiteral("Export Con") << QList<qint64>{1};
        QTest::newRow("korean") << QStringLiteral("엔비디아") << QList<qint64>{2};
        QTest::newRow("korean with particle") << QStringLiteral("엔비디아의") << QList<qint64>{2};
        QTest::newRow("across a line break") << QStringLiteral("했다.\n둘째") << QList<qint64>{2};
        QTest::newRow("with a space") << QStringLiteral("수출 통제") << QList<qint64>{4};
        QTest::newRow("punctuation") << QStringLiteral("(BIS)") << QList<qint64>{4};
        QTest::newRow("accented, folded case") << QStringLiteral("café") << QList<qint64>{3};
        QTest::newRow("trigrams keep accents") << QStringLiteral("cafe") << QList<qint64>{};
        QTest::newRow("kelvin sign folds") << QStringLiteral("kel") << QList<qint64>{5};
        QTest::newRow("short english word start") << QStringLiteral("AI") << QList<qint64>{1, 6};
        QTest::newRow("short korean word start") << QStringLiteral("중국") << QList<qint64>{6};
        QTest::newRow("one syllable") << QStringLiteral("미") << QList<qint64>{6};
        QTest::newRow("short, accents removed") << QStringLiteral("zu") << QList<qint64>{3};
        QTest::newRow("short, accent typed") << QStringLiteral("ca") << QList<qint64>{3};
        QTest::newRow("mixed case") << QStringLiteral("nVIDIA") << QList<qint64>{7};
        QTest::newRow("quotes are text") << QStringLiteral("\"quoted") << QList<qint64>{9};
        QTest::newRow("no match") << QStringLiteral("삼성전자") << QList<qint64>{};
        QTest::newRow("short, word start only") << QStringLiteral("H1") << QList<qint64>{13};
        QTest::newRow("short, not inside a word") << QStringLiteral("H2") << QList<qint64>{2};
        QTest::newRow("short, two tokens") << QStringLiteral("h-1") << QList<qint64>{};
    }
    void findsWhatTheIndexFinds()
    {
        QFETCH(QString, search);
        QFETCH(QList<qint64>, ids);
        const bool trigrams = SearchScan::usesTrigrams(search);
        QString phrase = search;
        phrase.replace(u'"', QStringLiteral("\"\""));
        phrase = u'"' + phrase + u'"' + (trigrams ? QString() : QStringLiteral("*"));
        const QList<qint64> indexed = idsOf(trigrams ? "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"
                                                     : "SELECT rowid FROM article_words WHERE article_words MATCH ?1",
                                            phrase);
        const QList<qint64> scanned = idsOf("SELECT id FROM article a WHERE search_scan(a.title, a.body, ?1)", search);
        QCOMPARE(indexed, ids);
        QCOMPARE(scanned, indexed);
    }

    // Characters the index folds in unusual ways: the scan agrees, whatever the index says.
    void agreesOnUnusualFolds_data()
    {
        QTest::addColumn<QString>("search");
        for (const char16_t *search :
             {u"istanbul",  u"\u0130stanbul", u"stanbul", u"ISTAN",      u"stra\u00DFe", u"strasse",
              u"\u00DFeit", u"nancial",       u"fin",     u"\u01C6emal", u"\u01C5em",    u"\u03C9mega",
              u"kelvin",    u"\u212Aelvin",   u"is",      u"\u0130s",    u"\u00DF",      u"h4",
              u"h5",        u"\uFF48\uFF16",  u"H6",      u"h\u0301",    u"\u0125"})
            QTest::newRow(QString::fromUtf16(search).toUtf8().constData()) << QString::fromUtf16(search);
    }
    void agreesOnUnusualFolds()
    {
        QFETCH(QString, search);
        const bool trigrams = SearchScan::usesTrigrams(search);
        const QList<qint64> indexed = idsOf(trigrams ? "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"
                                                     : "SELECT rowid FROM article_words WHERE article_words MATCH ?1",
                                            u'"' + search + u'"' + (trigrams ? QString() : QStringLiteral("*")));
        QCOMPARE(idsOf("SELECT id FROM article a WHERE search_scan(a.title, a.body, ?1)", search), indexed);
    }

private:
    QList<qint64> idsOf(const char *sql, const QString &value)
    {
        auto st = m_db->statement(sql);
        st.bind(1, value);
        QList<qint64> out;
        while (st.next())
            out.append(st.int64(0));
        if (st.failed())
            qWarning() << st.errorMessage();
        std::sort(out.begin(), out.end());
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSearchScan)
#include "tst_searchscan.moc"
