// The markup helpers of app/ingest: LibXmlParser (one parse, its own errors) and
// MarkupStripper (HTML to paragraphs, furniture by tag and by class).
#include "ingest/libxmlparser.h"
#include "ingest/markupstripper.h"

#include <libxml/HTMLparser.h>

#include <QTest>

#include <array>
#include <thread>

using namespace chipline::ingest;

namespace {

constexpr int kHtmlOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NODEFDTD;

// The first element named name, depth first.
const xmlNode *findElement(const xmlNode *node, const char *name)
{
    for (; node; node = node->next) {
        if (node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST name))
            return node;
        if (const xmlNode *inner = findElement(node->children, name))
            return inner;
    }
    return nullptr;
}

const xmlNode *root(const XmlDocPtr &doc)
{
    return reinterpret_cast<const xmlNode *>(doc.get());
}

} // namespace

class TestMarkup final : public QObject
{
    Q_OBJECT

private slots:
    // --- LibXmlParser ---

    void xmlParses()
    {
        LibXmlParser parser(LibXmlParser::Kind::Xml);
        const QByteArray xml = "<?xml version=\"1.0\"?>\n<feed><title>가상 통신</title></feed>";
        const XmlDocPtr doc = parser.parse(xml, nullptr, XML_PARSE_NONET);
        QVERIFY(doc);
        QVERIFY(!parser.failed());
        QCOMPARE(parser.errorLine(), -1);
        QVERIFY(parser.errorMessage().isEmpty());
        const xmlNode *title = findElement(root(doc), "title");
        QVERIFY(title);
        xmlChar *text = xmlNodeGetContent(title);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(text)), QStringLiteral("가상 통신"));
        xmlFree(text);
    }

    void xmlFatalErrorKeepsFirstLine_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed element") << QByteArray("<rss>\n<channel>\n<item>\n</channel>\n</rss>") << 4;
        QTest::newRow("bad character reference") << QByteArray("<a>\n\n&#0;</a>") << 3;
        QTest::newRow("text after the root") << QByteArray("<a/>\ntrailing") << 2;
        QTest::newRow("empty") << QByteArray() << 0;
    }
    void xmlFatalErrorKeepsFirstLine()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, line);
        LibXmlParser parser(LibXmlParser::Kind::Xml);
        const XmlDocPtr doc = parser.parse(xml, nullptr, XML_PARSE_NONET);
        QVERIFY(!doc);
        QVERIFY(parser.failed());
        if (line > 0)
            QCOMPARE(parser.errorLine(), line);
        else
            QVERIFY(parser.errorLine() >= 0);
        QVERIFY(!parser.errorMessage().isEmpty());
    }

    // A feed that forgot to declare a namespace prefix is still a usable tree.
    void xmlNamespaceErrorIsNotFatal()
    {
        LibXmlParser parser(LibXmlParser::Kind::Xml);
        const XmlDocPtr doc = parser.parse("<rss><item><dc:creator>김하늘</dc:creator></item></rss>", nullptr, 0);
        QVERIFY(doc);
        QVERIFY(!parser.failed());
        QVERIFY(!parser.lastMessage().isEmpty()); // recorded, but not fatal
    }

    void entityDeclarationsRefused()
    {
        const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY boom \"x\">\n]>\n<r>&boom;</r>";
        LibXmlParser refusing(LibXmlParser::Kind::Xml);
        refusing.refuseEntityDeclarations();
        QVERIFY(!refusing.parse(xml, nullptr, XML_PARSE_NONET));
        QVERIFY(refusing.failed());
        QCOMPARE(refusing.errorLine(), 3);
        QVERIFY2(refusing.errorMessage().contains(QStringLiteral("\"boom\"")), qPrintable(refusing.errorMessage()));
        // Without refusing, the same document parses.
        LibXmlParser plain(LibXmlParser::Kind::Xml);
        QVERIFY(plain.parse(xml, nullptr, XML_PARSE_NONET));
        QVERIFY(!plain.failed());
    }

    // HTML recovers from everything: broken markup is a tree, never a failure.
    void htmlRecovers()
    {
        LibXmlParser parser(LibXmlParser::Kind::Html);
        const XmlDocPtr doc = parser.parse("<p>열린 문단<div><b>굵게</p></i>", "UTF-8", kHtmlOptions);
        QVERIFY(doc);
        QVERIFY(!parser.failed());
        QCOMPARE(MarkupStripper::blockText(root(doc), MarkupStripper::Filter::Tags), QStringLiteral("열린 문단\n굵게"));
    }

    void htmlWithGivenEncoding()
    {
        // "<p>한국</p>" in EUC-KR.
        const QByteArray eucKr("<p>\xC7\xD1\xB1\xB9</p>");
        LibXmlParser parser(LibXmlParser::Kind::Html);
        const XmlDocPtr doc = parser.parse(eucKr, "EUC-KR", kHtmlOptions);
        QVERIFY(doc);
        QCOMPARE(MarkupStripper::blockText(root(doc), MarkupStripper::Filter::Tags), QStringLiteral("한국"));
    }

    // Each parser keeps its own errors, whichever thread parses at the same time.
    void parsersOnThreadsKeepTheirOwnErrors()
    {
        constexpr int kThreads = 4;
        std::array<int, kThreads> lines{};
        std::array<bool, kThreads> cleanOk{};
        std::vector<std::thread> threads;
        threads.reserve(kThreads);
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([t, &lines, &cleanOk] {
                for (int round = 0; round < 50; ++round) {
                    // Broken at line t + 2; and a good document in between.
                    const QByteArray bad = "<a>" + QByteArray(t + 1, '\n') + "<b></a>";
                    LibXmlParser broken(LibXmlParser::Kind::Xml);
                    (void)broken.parse(bad, nullptr, 0);
                    LibXmlParser good(LibXmlParser::Kind::Xml);
                    const bool ok = good.parse("<a><b/></a>", nullptr, 0) && !good.failed();
                    if (round == 0 || lines[t] == broken.errorLine())
                        lines[t] = broken.errorLine();
                    else
                        lines[t] = -100; // changed between rounds
                    cleanOk[t] = (round == 0 || cleanOk[t]) && ok;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (int t = 0; t < kThreads; ++t) {
            QCOMPARE(lines[t], t + 2);
            QVERIFY(cleanOk[t]);
        }
    }

    // --- MarkupStripper ---

    void stripFragment_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain text keeps lines")
            << QStringLiteral("  첫 줄   입니다 \n\n 둘째\t줄 ") << QStringLiteral("첫 줄 입니다\n둘째 줄");
        QTest::newRow("paragraphs") << QStringLiteral("<p>하나</p><p>둘</p>") << QStringLiteral("하나\n둘");
        QTest::newRow("br ends a line") << QStringLiteral("위<br>아래<br/>끝") << QStringLiteral("위\n아래\n끝");
        QTest::newRow("inline stays inline") << QStringLiteral("<p>엔비디아의 <b>H20</b> <a href=\"x\">칩</a></p>")
                                             << QStringLiteral("엔비디아의 H20 칩");
        QTest::newRow("entities decoded")
            << QStringLiteral("R&amp;D &lt;비용&gt; &quot;증가&quot;") << QStringLiteral("R&D <비용> \"증가\"");
        QTest::newRow("script and style dropped")
            << QStringLiteral("<p>본문</p><script>var x = '<p>';</script><style>p{}</style><p>끝</p>")
            << QStringLiteral("본문\n끝");
        QTest::newRow("list items") << QStringLiteral("<ul><li>첫째</li><li>둘째</li></ul>")
                                    << QStringLiteral("첫째\n둘째");
        QTest::newRow("nested blocks, no empty lines")
            << QStringLiteral("<div><div><p>a</p></div></div><div></div><p>b</p>") << QStringLiteral("a\nb");
        QTest::newRow("table cells spaced")
            << QStringLiteral("<table><tr><td>분기</td><td>매출</td></tr></table>") << QStringLiteral("분기 매출");
        QTest::newRow("whitespace folded") << QStringLiteral("<p>  여러   \n 칸  </p>") << QStringLiteral("여러 칸");
        QTest::newRow("comment is not text") << QStringLiteral("<p>보임<!-- 숨김 --></p>") << QStringLiteral("보임");
        QTest::newRow("classes kept for fragments")
            << QStringLiteral("<div class=\"share\">공유 문장</div>") << QStringLiteral("공유 문장");
        QTest::newRow("empty") << QString() << QString();
    }
    void stripFragment()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(MarkupStripper::stripFragment(html), text);
    }

    void plainTextAndFolding()
    {
        QCOMPARE(MarkupStripper::plainText(u"  a  b \n\n\n c \n"), QStringLiteral("a b\nc"));
        QCOMPARE(MarkupStripper::plainText(u" \n \t\n"), QString());
        QCOMPARE(MarkupStripper::foldWhitespace(u" 반도체 \t 수출\n통제 "), QStringLiteral("반도체 수출 통제"));
        QCOMPARE(MarkupStripper::foldWhitespace(u"하나"), QStringLiteral("하나"));
        QVERIFY(MarkupStripper::foldWhitespace(u"   ").isEmpty());
    }

    void boilerplateByTagAndClass_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("element"); // the first element of this name is judged
        QTest::addColumn<bool>("byTag");
        QTest::addColumn<bool>("byClass");
        QTest::newRow("nav") << QByteArray("<body><nav>x</nav></body>") << QByteArray("nav") << true << true;
        QTest::newRow("script") << QByteArray("<body><script>x</script></body>") << QByteArray("script") << true
                                << true;
        QTest::newRow("page-wide form (ASP.NET)")
            << QByteArray("<body><form><p>x</p></form></body>") << QByteArray("form") << false << false;
        QTest::newRow("nested form") << QByteArray("<body><div><form>x</form></div></body>") << QByteArray("form")
                                     << true << true;
        QTest::newRow("plain paragraph") << QByteArray("<body><p>x</p></body>") << QByteArray("p") << false << false;
        QTest::newRow("furniture class") << QByteArray("<body><div class=\"ad\">x</div></body>") << QByteArray("div")
                                         << false << true;
        QTest::newRow("furniture id") << QByteArray("<body><div id=\"navbar\">x</div></body>") << QByteArray("div")
                                      << false << true;
        QTest::newRow("articleBody beats its class")
            << QByteArray("<body><div class=\"ad\" itemprop=\"articleBody\">x</div></body>") << QByteArray("div")
            << false << false;
        QTest::newRow("figcaption") << QByteArray("<body><figure><figcaption>x</figcaption></figure></body>")
                                    << QByteArray("figcaption") << false << true;
        QTest::newRow("article never by class")
            << QByteArray("<body><article class=\"ad\">x</article></body>") << QByteArray("article") << false << false;
    }
    void boilerplateByTagAndClass()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, element);
        QFETCH(bool, byTag);
        QFETCH(bool, byClass);
        LibXmlParser parser(LibXmlParser::Kind::Html);
        const XmlDocPtr doc = parser.parse(html, "UTF-8", kHtmlOptions);
        QVERIFY(doc);
        const xmlNode *node = findElement(root(doc), element.constData());
        QVERIFY(node);
        QCOMPARE(MarkupStripper::isBoilerplate(node, MarkupStripper::Filter::Tags), byTag);
        QCOMPARE(MarkupStripper::isBoilerplate(node, MarkupStripper::Filter::TagsAndClasses), byClass);
        QVERIFY(!MarkupStripper::isBoilerplate(nullptr, MarkupStripper::Filter::TagsAndClasses));
        QVERIFY(!MarkupStripper::isBoilerplate(node->children, MarkupStripper::Filter::TagsAndClasses)); // a text node
    }

    void endsParagraph()
    {
        LibXmlParser parser(LibXmlParser::Kind::Html);
        const XmlDocPtr doc =
            parser.parse("<body><p>a<br>b<span>c</span><b>d</b></p><li>e</li></body>", "UTF-8", kHtmlOptions);
        QVERIFY(doc);
        for (const char *name : {"p", "br", "li", "body"})
            QVERIFY2(MarkupStripper::endsParagraph(findElement(root(doc), name)), name);
        for (const char *name : {"span", "b"})
            QVERIFY2(!MarkupStripper::endsParagraph(findElement(root(doc), name)), name);
        QVERIFY(!MarkupStripper::endsParagraph(nullptr));
        QVERIFY(!MarkupStripper::endsParagraph(findElement(root(doc), "p")->children)); // text "a"
    }

    void blockTextFiltersFurnitureOnPages()
    {
        const QByteArray html = "<html><head><title>제목</title></head><body>"
                                "<div class=\"share-tools\">공유하기</div><p>기사 첫 문단.</p>"
                                "<figure><img src=\"x\"><figcaption>사진 설명</figcaption></figure>"
                                "<p>기사 둘째 문단.</p><footer>저작권</footer></body></html>";
        LibXmlParser parser(LibXmlParser::Kind::Html);
        const XmlDocPtr doc = parser.parse(html, "UTF-8", kHtmlOptions);
        QVERIFY(doc);
        QCOMPARE(MarkupStripper::blockText(root(doc), MarkupStripper::Filter::TagsAndClasses),
                 QStringLiteral("기사 첫 문단.\n기사 둘째 문단."));
        QCOMPARE(MarkupStripper::blockText(root(doc), MarkupStripper::Filter::Tags),
                 QStringLiteral("공유하기\n기사 첫 문단.\n사진 설명\n기사 둘째 문단."));
        QCOMPARE(MarkupStripper::blockText(nullptr, MarkupStripper::Filter::Tags), QString());
    }
};

QTEST_GUILESS_MAIN(TestMarkup)
#include "tst_markup.moc"
