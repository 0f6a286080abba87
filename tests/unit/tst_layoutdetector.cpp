#include "ingest/layoutdetector.h"

#include <QFile>
#include <QTest>

using namespace chipline;
using namespace Qt::StringLiterals;

namespace {
QString fixture(const QString &relative)
{
    QFile file(QStringLiteral(CHIPLINE_TEST_DATA "/ingest/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

class TestLayoutDetector final : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("layout");

        // html
        QTest::newRow("doctype") << u"page.txt"_s << u"<!DOCTYPE html>\n<html><body>x</body></html>"_s << u"html"_s;
        QTest::newRow("bom, comment, lowercase doctype")
            << u"a"_s << u"\uFEFF  <!-- saved -->\n<!doctype HTML><html>"_s << u"html"_s;
        QTest::newRow("html root after xml declaration")
            << u"a.xml"_s << u"<?xml version=\"1.0\"?>\n<html lang=\"ko\"><head></head></html>"_s << u"html"_s;
        QTest::newRow("body early without html tag")
            << u"a"_s << u"saved from the web\n<div>menu</div>\n<BODY class=\"x\">text</BODY>"_s << u"html"_s;
        QTest::newRow("head tag after a tag that only starts like it")
            << u"a"_s << u"saved\n<headline>x</headline>\n<Head>"_s << u"html"_s;
        QTest::newRow("only tags that start like head and body")
            << u"a"_s << u"saved\n<headline>x</headline> <bodytext> <body"_s << u"text"_s;
        // feed
        QTest::newRow("rss") << u"a.txt"_s
                             << u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel/></rss>"_s
                             << u"feed"_s;
        QTest::newRow("atom with comment")
            << u"a"_s << u"<?xml version=\"1.0\"?><!-- x --><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"_s
            << u"feed"_s;
        QTest::newRow("rdf") << u"a"_s << u"<rdf:RDF xmlns:rdf=\"x\"><item><body>not html</body></item></rdf:RDF>"_s
                             << u"feed"_s;
        // the extension breaks ties only for markup with an unknown root
        QTest::newRow("unknown root, .rss") << u"news.rss"_s << u"<channel><item/></channel>"_s << u"feed"_s;
        QTest::newRow("unknown root, .htm") << u"page.htm"_s << u"<div><p>기사</p></div>"_s << u"html"_s;
        QTest::newRow("unknown root, .txt") << u"page.txt"_s << u"<note>plain</note>"_s << u"text"_s;
        QTest::newRow("extension does not override content")
            << u"results.html"_s << fixture(u"dump/glued.txt"_s) << u"dump"_s;
        // dump
        QTest::newRow("dump, no final newline") << u"a"_s << fixture(u"dump/glued.txt"_s) << u"dump"_s;
        QTest::newRow("dump, trailing whitespace") << u"a"_s << fixture(u"dump/baddate.txt"_s) << u"dump"_s;
        QTest::newRow("dump, one byline") << u"a"_s << u"본문.\n뉴욕=홍길동 기자 2025.01.01 00:00:00"_s << u"dump"_s;
        QTest::newRow("bylines but text after the last one") << u"a"_s << fixture(u"dump/tail.txt"_s) << u"text"_s;
        // transcript
        QTest::newRow("transcript repeated") << u"a.txt"_s << fixture(u"transcript/repeated.txt"_s) << u"transcript"_s;
        QTest::newRow("transcript single") << u"a.txt"_s << fixture(u"transcript/single.txt"_s) << u"transcript"_s;
        QTest::newRow("marker inside a sentence") << u"a"_s << u"제목\n본문에 [앵커]라는 말이 나온다.\n"_s << u"text"_s;
        // wire
        QTest::newRow("wire reuters") << u"a"_s << fixture(u"wire/reuters.txt"_s) << u"wire"_s;
        QTest::newRow("wire plain") << u"a"_s << fixture(u"wire/plain.txt"_s) << u"wire"_s;
        QTest::newRow("wire en dash") << u"a"_s << fixture(u"wire/notime.txt"_s) << u"wire"_s;
        QTest::newRow("wire em dash") << u"a"_s << fixture(u"wire/headeryear.txt"_s) << u"wire"_s;
        QTest::newRow("dateline in hangul text")
            << u"a"_s
            << u"제목\nSEOUL, May 23 - 서울에서 열린 회의에서 반도체 수출 규제가 논의됐다. 업계는 긴장했다.\n"_s
            << u"text"_s;
        QTest::newRow("dateline too far down")
            << u"a"_s << u"Title\n1\n2\n3\n4\n5\n6\n7\n8\nSEOUL, May 23 - Story."_s << u"text"_s;
        // text
        QTest::newRow("text iso") << u"a.txt"_s << fixture(u"text/iso.txt"_s) << u"text"_s;
        QTest::newRow("text korean") << u"a.txt"_s << fixture(u"text/korean.txt"_s) << u"text"_s;
        QTest::newRow("empty") << u"a.txt"_s << QString() << u"text"_s;
    }
    void detect()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QString, layout);
        QVERIFY(!text.isNull() || layout == u"text"_s);
        ingest::SourceDocument doc;
        doc.path = path;
        doc.text = text;
        QCOMPARE(ingest::LayoutDetector::detect(doc), layout);
    }

    // Detection reads only the start and the end: a large dump is recognised by its last byline.
    void largeDump()
    {
        ingest::SourceDocument doc;
        doc.path = u"big.txt"_s;
        const QString article = u"반도체 수출 규제 기사 본문이다.\n김하늘기자 2025.04.16 09:30:05"_s;
        doc.text.reserve(article.size() * 200000);
        for (int i = 0; i < 200000; ++i)
            doc.text += article;
        QCOMPARE(ingest::LayoutDetector::detect(doc), u"dump"_s);
    }
};

QTEST_APPLESS_MAIN(TestLayoutDetector)
#include "tst_layoutdetector.moc"
