#include "ingest/htmlparser.h"
#include "ingest/sourcereader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using chipline::core::formatPublished;
using chipline::ingest::HtmlParser;
using chipline::ingest::SourceDocument;
using chipline::ingest::SourceReader;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CHIPLINE_TEST_DATA) + u"/ingest/html/"_s + name;
}

} // namespace

class TestHtmlParser final : public QObject
{
    Q_OBJECT

private slots:
    void parsesPages_data();
    void parsesPages();
    void extractsArticleText_data();
    void extractsArticleText();
    void articleBodyMetadataWhenTheDomLostTheText();
    void articleBodyMetadataEscapedTwice();
    void furnitureNamedWrapperIsNotRefused();
    void deeplyNestedPageDoesNotCrash();
    void pageWithoutTextIsAnError();
};

void TestHtmlParser::parsesPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("bytesOnly"); // no SourceReader: the meta charset is all there is
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("body");

    QTest::newRow("all metadata sources, boilerplate removed")
        << u"full-metadata.html"_s << false << u"Export curbs reach mid-range accelerators"_s
        << u"2025-04-16T09:30:00"_s << u"Jane Roe"_s << u"The Synthetic Ledger"_s
        << u"https://ledger.example/tech/curbs-2025"_s << u"en"_s
        << u"WASHINGTON — The Commerce Department widened its export rules on Tuesday to cover mid-range AI "
           u"accelerators.\n"
           u"The rule adds a licence requirement for chips above a new performance threshold.\n"
           u"Officials said the change closes a gap.\n"
           u"Industry reaction\n"
           u"Chipmakers said they were studying the text.\n"
           u"Licences: 120 days\n"
           u"Exemptions: none\n"
           u"“We will comply,” one firm said."_s;
    QTest::newRow("json-ld @graph with @id references")
        << u"jsonld-graph.html"_s << false << u"Fab subsidies debated in Seoul"_s << u"2025-03-02T14:05:00"_s
        << u"Kim Min-ji, Lee Joon"_s << u"Wafer Weekly"_s << u"https://wafer.example/news/fab-subsidies"_s << u"en"_s
        << u"Lawmakers in Seoul debated a new subsidy package for chip fabs on Sunday.\n"
           u"The bill would cover part of the cost of advanced packaging lines."_s;
    QTest::newRow("title element, time element, densest block")
        << u"minimal.html"_s << false << u"Chip curbs widen again"_s << u"2025-01-15T08:00:00"_s << QString()
        << QString() << QString() << u"en"_s
        << u"The curbs now cover more equipment makers than before.\n"
           u"Analysts expect further rounds later in the year."_s;
    QTest::newRow("h1 inside the article, <time pubdate>, title block dropped from body")
        << u"article-h1.html"_s << false << u"Packaging lines face new review"_s << u"2025-02-10T07:45:00"_s
        << QString() << QString() << QString() << u"en"_s
        << u"Updated Feb 11, published Feb 10\n"
           u"Regulators opened a review of advanced packaging lines.\n"
           u"The review covers three plants."_s;
    QTest::newRow("utf-8 page still labelled euc-kr")
        << u"utf8-labelled-euckr.html"_s << false << u"재저장된 페이지"_s << QString() << QString() << QString()
        << QString() << u"ko"_s << u"브라우저가 UTF-8로 다시 저장했지만 메타 태그는 그대로다."_s;
    const QString koreanBody = u"미국 정부가 인공지능 반도체 수출 규제를 확대했다.\n"
                               u"업계는 영향을 점검하고 있다. 똠방각하 같은 확장 글자도 있다."_s;
    QTest::newRow("meta charset euc-kr, read from disk")
        << u"euckr-meta.html"_s << false << u"반도체 수출 규제 확대"_s << u"2025-04-16T09:30:00"_s << QString()
        << u"가상일보"_s << QString() << u"ko"_s << koreanBody;
    QTest::newRow("meta charset euc-kr, bytes only")
        << u"euckr-meta.html"_s << true << u"반도체 수출 규제 확대"_s << u"2025-04-16T09:30:00"_s << QString()
        << u"가상일보"_s << QString() << u"ko"_s << koreanBody;
}

void TestHtmlParser::parsesPages()
{
    QFETCH(QString, file);
    QFETCH(bool, bytesOnly);
    SourceDocument doc;
    if (bytesOnly) {
        QFile f(fixture(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        doc.path = fixture(file);
        doc.bytes = f.readAll();
    } else {
        auto read = SourceReader::read(fixture(file));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        doc = std::move(read).value();
    }
    const auto result = HtmlParser::parse(doc);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->articles.size(), 1);
    QCOMPARE(result->warnings, QStringList());
    const auto &a = result->articles.front();
    QCOMPARE(a.layout, u"html"_s);
    QTEST(a.title, "title");
    QTEST(formatPublished(a.published), "published");
    QTEST(a.reporter, "author");
    QTEST(a.outlet, "outlet");
    QTEST(a.url, "url");
    QTEST(a.language, "language");
    QTEST(a.body, "body");
}

void TestHtmlParser::extractsArticleText_data()
{
    // Pages written by the team in the structure of Korean portals and newspapers and of
    // English wire and newspaper sites; pages/<name>.expected.txt is the article text.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("outlet");
    QTest::newRow("Korean portal wrapping a newspaper story") << u"ko-portal"_s << u"가상일보"_s;
    QTest::newRow("Korean newspaper, articleBody markup") << u"ko-newspaper"_s << u"가상경제"_s;
    QTest::newRow("Korean table layout without classes") << u"ko-table-fallback"_s << QString();
    QTest::newRow("English wire story") << u"en-wire"_s << u"Synthetic Wire"_s;
    QTest::newRow("English newspaper with inline chrome") << u"en-newspaper"_s << u"the Daily Example"_s;
    QTest::newRow("English page in bare divs with JSON-LD") << u"en-jsonld-divs"_s << u"Example Business Daily"_s;
}

void TestHtmlParser::extractsArticleText()
{
    QFETCH(QString, file);
    QFETCH(QString, outlet);
    auto read = SourceReader::read(fixture(u"pages/"_s + file + u".html"_s));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QFile expected(fixture(u"pages/"_s + file + u".expected.txt"_s));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const auto result = HtmlParser::parse(read.value());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->articles.size(), 1);
    QCOMPARE(result->articles.front().body, QString::fromUtf8(expected.readAll()).trimmed());
    QCOMPARE(result->articles.front().outlet, outlet);
}

void TestHtmlParser::articleBodyMetadataWhenTheDomLostTheText()
{
    const QByteArray html = R"(<html><head><script type="application/ld+json">
{"@type":"NewsArticle","articleBody":"The first paragraph of a story that the page renders with scripts only, long enough to count.\nThe second paragraph of the same story, which the saved page no longer shows anywhere."}
</script></head><body><div id="app"><p>Loading…</p></div></body></html>)";
    const SourceDocument doc{u"script.html"_s, html, QString::fromUtf8(html), u"UTF-8"_s};
    const auto result = HtmlParser::parse(doc);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->articles.front().body,
             u"The first paragraph of a story that the page renders with scripts only, long enough to count.\n"
             u"The second paragraph of the same story, which the saved page no longer shows anywhere."_s);
}

void TestHtmlParser::articleBodyMetadataEscapedTwice()
{
    const QByteArray html = R"(<html><head><script type="application/ld+json">
{"@type":"NewsArticle","articleBody":"&amp;quot;Markets run ahead of the economy,&amp;quot; said an analyst on the trading desk.\nThe index rose for a &lt;b&gt;third&lt;/b&gt; day as bond yields fell again."}
</script></head><body><p>Menu</p></body></html>)";
    const SourceDocument doc{u"escaped.html"_s, html, QString::fromUtf8(html), u"UTF-8"_s};
    const auto result = HtmlParser::parse(doc);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->articles.front().body,
             u"\"Markets run ahead of the economy,\" said an analyst on the trading desk.\n"
             u"The index rose for a third day as bond yields fell again."_s);
}

void TestHtmlParser::furnitureNamedWrapperIsNotRefused()
{
    // The whole article sits under a wrapper whose class reads as furniture.
    const QByteArray html = "<html><body><div class=\"sidebar-layout\"><p>Regulators approved the merger on Monday.</p>"
                            "<p>The companies expect to close the deal in June.</p></div></body></html>";
    const SourceDocument doc{u"wrapped.html"_s, html, QString::fromUtf8(html), u"UTF-8"_s};
    const auto result = HtmlParser::parse(doc);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->articles.front().body,
             u"Regulators approved the merger on Monday.\nThe companies expect to close the deal in June."_s);
}

void TestHtmlParser::deeplyNestedPageDoesNotCrash()
{
    QByteArray html = "<html><head><title>Deep</title></head><body><article><p>Lead paragraph of the story.</p>";
    constexpr int kDepth = 100000;
    html.reserve(html.size() + kDepth * 11 + 100);
    for (int i = 0; i < kDepth; ++i)
        html += "<div>";
    html += "deep text";
    for (int i = 0; i < kDepth; ++i)
        html += "</div>";
    html += "</article></body></html>";
    SourceDocument doc{u"deep.html"_s, html, QString::fromUtf8(html), u"UTF-8"_s};
    const auto result = HtmlParser::parse(doc);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->articles.size(), 1);
    QCOMPARE(result->articles.front().title, u"Deep"_s);
    // libxml2 stops building the tree at depth 256 unless HTML_PARSE_HUGE, which we never
    // pass; what matters is no stack overflow and an honest warning.
    QCOMPARE(result->articles.front().body, u"Lead paragraph of the story."_s);
    QCOMPARE(result->warnings,
             QStringList{u"deep.html: elements are nested too deeply; text below that depth was dropped"_s});
}

void TestHtmlParser::pageWithoutTextIsAnError()
{
    const QByteArray html = "<html><body><nav><p>Home</p></nav><script>var x = 'story text';</script>"
                            "<footer><p>Copyright</p></footer></body></html>";
    const SourceDocument doc{u"empty.html"_s, html, QString::fromUtf8(html), u"UTF-8"_s};
    const auto result = HtmlParser::parse(doc);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             u"empty.html: no article text found in the page (no paragraphs outside menus, scripts and page "
             "furniture, and no articleBody in its metadata)"_s);
}

QTEST_GUILESS_MAIN(TestHtmlParser)
#include "tst_htmlparser.moc"
