// What a saved page says about itself (PageMetadata) and where its article text is
// (MainTextFinder), on small pages written for the purpose.
#include "ingest/boilerplaterules.h"
#include "ingest/libxmlparser.h"
#include "ingest/maintextfinder.h"
#include "ingest/markupstripper.h"
#include "ingest/pagemetadata.h"

#include <libxml/HTMLparser.h>

#include <QTest>

using namespace chipline;
using namespace chipline::ingest;

namespace {

XmlDocPtr parseHtml(const QString &html)
{
    LibXmlParser parser(LibXmlParser::Kind::Html);
    return parser.parse(html.toUtf8(), "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                            | HTML_PARSE_NODEFDTD);
}

QString attr(const xmlNode *node, const char *name)
{
    xmlChar *v = xmlGetProp(node, BAD_CAST name);
    QString s = v ? QString::fromUtf8(reinterpret_cast<const char *>(v)) : QString();
    xmlFree(v);
    return s;
}

// "tag#id" or "tag" for each candidate: what the finder chose, readable in a failure.
QStringList describe(const QList<const xmlNode *> &nodes)
{
    QStringList out;
    for (const xmlNode *n : nodes) {
        const QString id = attr(n, "id");
        out.append(QString::fromUtf8(reinterpret_cast<const char *>(n->name)) + (id.isEmpty() ? QString() : u'#' + id));
    }
    return out;
}

QString paragraphs(const QString &prefix, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QStringLiteral("<p>%1 문단 %2: 수출 통제 조치가 공급망에 미치는 영향을 분석가들이 검토했다.</p>")
                   .arg(prefix)
                   .arg(i);
    return out;
}

} // namespace

class TestPageMetadata final : public QObject
{
    Q_OBJECT

private slots:
    void collect_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published"); // core::formatPublished form, or empty
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("language");

        QTest::newRow("open graph first")
            << QStringLiteral(
                   "<html lang=\"ko-KR\"><head><title>다른 제목 | 가상일보</title>"
                   "<meta property=\"og:title\" content=\" 새 수출 규정 발표 \">"
                   "<meta property=\"og:site_name\" content=\"가상일보\">"
                   "<meta property=\"article:published_time\" content=\"2025-04-16T09:30:00+09:00\">"
                   "<meta name=\"author\" content=\"김하늘\">"
                   "<link rel=\"canonical\" href=\"https://example.org/a/1\">"
                   "<meta property=\"og:url\" content=\"https://example.org/og\"></head><body></body></html>")
            << QStringLiteral("새 수출 규정 발표") << QStringLiteral("2025-04-16T09:30:00") << QStringLiteral("김하늘")
            << QStringLiteral("가상일보") << QStringLiteral("https://example.org/a/1") << QStringLiteral("ko");

        QTest::newRow("json-ld graph with references")
            << QStringLiteral("<html lang=\"en_US\"><head><script type=\"application/ld+json\">"
                              "{\"@context\":\"https://schema.org\",\"@graph\":["
                              "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Example Wire\"},"
                              "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jane Roe\"},"
                              "{\"@type\":\"NewsArticle\",\"headline\":\"Chip rules  tightened\","
                              "\"datePublished\":\"2025-05-02T14:05:00Z\",\"author\":[{\"@id\":\"#p1\"},\"Sam Poe\"],"
                              "\"publisher\":{\"@id\":\"#org\"},\"url\":\"https://example.com/s\"}]}"
                              "</script></head><body></body></html>")
            << QStringLiteral("Chip rules tightened") << QStringLiteral("2025-05-02T14:05:00")
            << QStringLiteral("Jane Roe, Sam Poe") << QStringLiteral("Example Wire")
            << QStringLiteral("https://example.com/s") << QStringLiteral("en");

        QTest::newRow("h1 in the article, time pubdate, title suffix")
            << QStringLiteral("<html><head><title>Headline in title - Example Post</title></head><body>"
                              "<h1>Site banner</h1><time datetime=\"2024-01-01\">old</time>"
                              "<article><h1>Export curbs widen</h1><time pubdate datetime=\"2025-03-07T08:00\">"
                              "March 7</time></article></body></html>")
            << QStringLiteral("Export curbs widen") << QStringLiteral("2025-03-07T08:00:00") << QString() << QString()
            << QString() << QString();

        QTest::newRow("title element without its site") << QStringLiteral(
            "<html><head><title>규제 강화 소식 | 가상경제</title>"
            "<meta property=\"og:site_name\" content=\"가상경제\"></head><body><p>x</p></body></html>")
                                                        << QStringLiteral("규제 강화 소식") << QString() << QString()
                                                        << QStringLiteral("가상경제") << QString() << QString();

        QTest::newRow("microdata date, author URL ignored") << QStringLiteral(
            "<html><head><meta property=\"article:author\" content=\"https://example.org/u/1\"></head>"
            "<body><span itemprop=\"datePublished\" content=\"2025-02-11\"></span>"
            "<h1>단독 제목</h1></body></html>") << QStringLiteral("단독 제목")
                                                            << QStringLiteral("2025-02-11T00:00:00") << QString()
                                                            << QString() << QString() << QString();

        QTest::newRow("broken json-ld and nothing else")
            << QStringLiteral("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",</script>"
                              "</head><body><p>본문</p></body></html>")
            << QString() << QString() << QString() << QString() << QString() << QString();
    }
    void collect()
    {
        QFETCH(QString, html);
        const XmlDocPtr doc = parseHtml(html);
        QVERIFY(doc);
        const PageMetadata m = PageMetadata::collect(doc.get());
        QTEST(m.title, "title");
        QFETCH(QString, published);
        QCOMPARE(m.published.isValid() ? m.published.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString(),
                 published);
        QTEST(m.author, "author");
        QTEST(m.outlet, "outlet");
        QTEST(m.url, "url");
        QTEST(m.language, "language");
    }

    void bodyAndDescription()
    {
        const XmlDocPtr doc = parseHtml(
            QStringLiteral("<html><head><meta name=\"description\" content=\"요약 문장\">"
                           "<script type=\"application/ld+json\">[{\"@type\":\"WebPage\"},{\"@type\":\"ReportageNews\","
                           "\"articleBody\":\"스크립트 속 본문.\"}]</script></head><body></body></html>"));
        QVERIFY(doc);
        const PageMetadata m = PageMetadata::collect(doc.get());
        QCOMPARE(m.articleBody, QStringLiteral("스크립트 속 본문."));
        QCOMPARE(m.description, QStringLiteral("요약 문장"));
    }

    void stripSiteSuffix_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("expected");
        QTest::newRow("known site, bar") << QStringLiteral("Curbs widen | Example Post")
                                         << QStringLiteral("Example Post") << QStringLiteral("Curbs widen");
        QTest::newRow("known site, case") << QStringLiteral("Curbs widen - EXAMPLE POST")
                                          << QStringLiteral("Example Post") << QStringLiteral("Curbs widen");
        QTest::newRow("known site, colon")
            << QStringLiteral("반도체 규제 : 가상일보") << QStringLiteral("가상일보") << QStringLiteral("반도체 규제");
        QTest::newRow("unknown site, last bar")
            << QStringLiteral("A | B | Site") << QString() << QStringLiteral("A | B");
        QTest::newRow("unknown site, short dash")
            << QStringLiteral("Curbs widen — Post") << QString() << QStringLiteral("Curbs widen");
        QTest::newRow("dash inside a headline")
            << QStringLiteral("US - China talks resume after a long pause in trade") << QString()
            << QStringLiteral("US - China talks resume after a long pause in trade");
        QTest::newRow("no suffix") << QStringLiteral("  Plain   headline ") << QStringLiteral("Site")
                                   << QStringLiteral("Plain headline");
        QTest::newRow("site only") << QStringLiteral("Example Post") << QStringLiteral("Example Post")
                                   << QStringLiteral("Example Post");
    }
    void stripSiteSuffix()
    {
        QFETCH(QString, title);
        QFETCH(QString, site);
        QTEST(PageMetadata::stripSiteSuffix(title, site), "expected");
    }

    // --- MainTextFinder ---

    void densestBlockThenBody()
    {
        const XmlDocPtr doc =
            parseHtml(QStringLiteral(
                          "<html><body><div id=\"menu\"><p><a href=\"/\">홈</a></p><p><a href=\"/a\">정치</a></p></div>"
                          "<div id=\"story\">%1</div><div id=\"side\"><p>짧은 곁글.</p></div></body></html>")
                          .arg(paragraphs(QStringLiteral("본문"), 4)));
        QVERIFY(doc);
        const QList<const xmlNode *> found = MainTextFinder::candidates(doc.get(), nullptr);
        QCOMPARE(describe(found), (QStringList{QStringLiteral("div#story"), QStringLiteral("body")}));
    }

    void articleBodyMarkupComesFirst()
    {
        const XmlDocPtr doc =
            parseHtml(QStringLiteral("<html><body><div id=\"wrap\"><div id=\"marked\" itemprop=\"articleBody\">%1</div>"
                                     "<div id=\"more\">%2</div></div></body></html>")
                          .arg(paragraphs(QStringLiteral("기사"), 3), paragraphs(QStringLiteral("관련"), 4)));
        QVERIFY(doc);
        const QStringList found = describe(MainTextFinder::candidates(doc.get(), &BoilerplateRules::builtIn()));
        QVERIFY2(found.size() >= 2 && found[0] == u"div#marked", qPrintable(found.join(u' ')));
        QCOMPARE(found.last(), QStringLiteral("body"));
    }

    // An empty articleBody left for a script to fill, or an <article> teaser, must not win.
    void markedButEmptyDoesNotWin()
    {
        const XmlDocPtr doc = parseHtml(
            QStringLiteral("<html><body><div itemprop=\"articleBody\" id=\"empty\"></div>"
                           "<article id=\"teaser\"><p>짧은 예고.</p></article><div id=\"real\">%1</div></body></html>")
                .arg(paragraphs(QStringLiteral("진짜"), 5)));
        QVERIFY(doc);
        const QStringList found = describe(MainTextFinder::candidates(doc.get(), &BoilerplateRules::builtIn()));
        QCOMPARE(found, (QStringList{QStringLiteral("div#real"), QStringLiteral("body")}));
    }

    void contentClassAndFurniture()
    {
        // The furniture block holds more text, but by class it is furniture and scores nothing.
        const XmlDocPtr doc =
            parseHtml(QStringLiteral("<html><body><div class=\"comments\" id=\"talk\">%1</div>"
                                     "<div class=\"article-body\" id=\"content\">%2</div></body></html>")
                          .arg(paragraphs(QStringLiteral("댓글"), 8), paragraphs(QStringLiteral("기사"), 3)));
        QVERIFY(doc);
        const QStringList withRules = describe(MainTextFinder::candidates(doc.get(), &BoilerplateRules::builtIn()));
        QCOMPARE(withRules.value(0), QStringLiteral("div#content"));
        QVERIFY(!withRules.contains(QStringLiteral("div#talk")));
        // By tag alone, the longer block wins.
        const QStringList byTag = describe(MainTextFinder::candidates(doc.get(), nullptr));
        QCOMPARE(byTag.value(0), QStringLiteral("div#talk"));
    }

    void linkTextDoesNotCount()
    {
        QString links;
        for (int i = 0; i < 30; ++i)
            links += QStringLiteral("<p><a href=\"/%1\">다른 기사 제목이 아주 길게 이어지는 링크 %1</a></p>").arg(i);
        const XmlDocPtr doc =
            parseHtml(QStringLiteral("<html><body><div id=\"related\">%1</div><div id=\"story\">%2</div>"
                                     "</body></html>")
                          .arg(links, paragraphs(QStringLiteral("본문"), 2)));
        QVERIFY(doc);
        QCOMPARE(describe(MainTextFinder::candidates(doc.get(), nullptr)).value(0), QStringLiteral("div#story"));
    }

    void pageWithoutTextHasOnlyBody()
    {
        const XmlDocPtr doc = parseHtml(QStringLiteral("<html><body><nav><p>메뉴</p></nav></body></html>"));
        QVERIFY(doc);
        QCOMPARE(describe(MainTextFinder::candidates(doc.get(), nullptr)), QStringList{QStringLiteral("body")});
    }
};

QTEST_GUILESS_MAIN(TestPageMetadata)
#include "tst_pagemetadata.moc"
