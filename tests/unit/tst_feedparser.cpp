#include "ingest/datetimeformats.h"
#include "ingest/feedparser.h"
#include "ingest/sourcereader.h"

#include <QTest>
#include <QtConcurrent>

#include <numeric>

using namespace Qt::StringLiterals;
using chipline::core::Article;
using chipline::core::formatPublished;
using chipline::ingest::FeedParser;
using chipline::ingest::SourceDocument;
using chipline::ingest::SourceReader;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CHIPLINE_TEST_DATA) + u"/ingest/feed/"_s + name;
}

// One line per article so that a failing comparison shows every field at once.
QString describe(const Article &a)
{
    return QStringList{a.title, a.url, formatPublished(a.published), a.reporter, a.language, a.outlet, a.body}.join(
        u" | "_s);
}

SourceDocument inMemory(const QString &path, const QByteArray &xml)
{
    return SourceDocument{path, xml, QString::fromUtf8(xml), u"UTF-8"_s};
}

} // namespace

class TestFeedParser final : public QObject
{
    Q_OBJECT

private slots:
    void parsesDates_data();
    void parsesDates();
    void parsesFeeds_data();
    void parsesFeeds();
    void refusesMalformedFeeds_data();
    void refusesMalformedFeeds();
    void entityBombFailsFast();
    void hundredThousandItems();
    void parsesOnManyThreadsAtOnce();
};

void TestFeedParser::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("wallClock"); // empty: refused

    QTest::newRow("rfc 822 offset") << u"Wed, 16 Apr 2025 09:30:00 +0900"_s << u"2025-04-16T09:30:00"_s;
    QTest::newRow("rfc 822 zone name, no seconds") << u"Tue, 15 Apr 2025 23:05 EST"_s << u"2025-04-15T23:05:00"_s;
    QTest::newRow("rfc 822 no weekday") << u"1 Mar 2025 7:05:09 GMT"_s << u"2025-03-01T07:05:09"_s;
    QTest::newRow("rfc 822 weekday without comma") << u"Sat 01 Mar 25 07:05 Z"_s << u"2025-03-01T07:05:00"_s;
    QTest::newRow("rfc 822 impossible day") << u"Sun, 30 Feb 2025 10:00:00 GMT"_s << QString();
    QTest::newRow("iso offset ignored") << u"2025-04-16T09:30:00+09:00"_s << u"2025-04-16T09:30:00"_s;
    QTest::newRow("iso fraction and Z") << u"2025-04-16T00:30:00.123Z"_s << u"2025-04-16T00:30:00"_s;
    QTest::newRow("iso no seconds") << u"2025-02-01T12:00+09:00"_s << u"2025-02-01T12:00:00"_s;
    QTest::newRow("iso space") << u"2025-01-15 08:00"_s << u"2025-01-15T08:00:00"_s;
    QTest::newRow("iso date only") << u"2025-04-14"_s << u"2025-04-14T00:00:00"_s;
    QTest::newRow("iso basic") << u"20250416T093000+0900"_s << u"2025-04-16T09:30:00"_s;
    QTest::newRow("korean dotted") << u"2025.04.16 09:30"_s << u"2025-04-16T09:30:00"_s;
    QTest::newRow("garbage") << u"sometime in spring"_s << QString();
    QTest::newRow("bad hour") << u"2025-04-16T25:00:00Z"_s << QString();
}

void TestFeedParser::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QString, wallClock);
    QCOMPARE(formatPublished(chipline::ingest::DateTimeFormats::parse(text)), wallClock);
}

void TestFeedParser::parsesFeeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QStringList>("warnings");

    const QString rss = fixture(u"rss2.xml"_s);
    QTest::newRow("rss 2.0") << u"rss2.xml"_s
        << QStringList{
               u"Commerce widens accelerator rule | https://wire.example/a/1 | 2025-04-16T09:30:00 | Jane Roe | en | "
               u"Synthetic Chip Wire | The rule covers mid-range chips.\nIt takes effect in 30 days.\nFirms may apply for licences."_s,
               u"AT&T & chip suppliers talk | https://wire.example/a/2 | 2025-04-15T23:05:00 | Kim Min-ji | en | "
               u"Synthetic Chip Wire | Carriers & suppliers met – twice.\nNo deal yet."_s,
               u"Undated note | https://wire.example/a/4 |  |  | en | Synthetic Chip Wire | "
               u"Plain text line one.\nPlain text line two."_s,
               u"Bad date | https://wire.example/a/5 |  |  | en | Synthetic Chip Wire | Text."_s,
           }
        << QStringList{rss + u": item 3 has neither a title nor text; skipped"_s,
                       rss + u": item 5 (\"Bad date\"): cannot read the date \"sometime in spring\""_s};
    QTest::newRow("atom") << u"atom.xml"_s
        << QStringList{
               u"수출 통제 확대 | https://chips.example/news/1 | 2025-04-16T09:30:00 | 홍길동 | ko | 가상 반도체 뉴스 | "
               u"미국이 규제를 넓혔다.\n업계는 대응을 검토한다."_s,
               u"장비 규제 발표 | https://chips.example/news/2 | 2025-04-15T18:20:00 | 김민지, 이준 | ko | 가상 반도체 뉴스 | "
               u"첫 문단이다.\n둘째 문단이다."_s,
               u"요약만 있는 기사 <3 | https://chips.example/media/3.mp3 | 2025-04-14T00:00:00 |  | ko | 가상 반도체 뉴스 | "
               u"요약 본문이다."_s,
           }
        << QStringList();
    QTest::newRow("rss 1.0 rdf") << u"rdf.xml"_s
        << QStringList{
               u"메모리 수출 동향 | https://rdf.example/item/1.html | 2025-02-01T12:00:00 | 박서준 | ko | RDF 칩 소식 | "
               u"메모리 수출이 늘었다."_s,
               u"English item in a Korean channel | https://rdf.example/item/2 |  |  | ko | RDF 칩 소식 | Text."_s,
           }
        << QStringList();
    QTest::newRow("undeclared dc: and content: prefixes")
        << u"rss-sloppy.xml"_s
        << QStringList{u"Undeclared prefixes | https://sloppy.example/1 | 2025-04-01T06:15:00 | Lee Joon | en | "
                       u"Sloppy Feed | Body from content."_s}
        << QStringList();
    QTest::newRow("euc-kr declaration with cp949 syllables")
        << u"euckr.xml"_s
        << QStringList{u"똠방각하 반도체 | https://ilbo.example/1 | 2025-04-17T07:00:00 |  | ko | 가상일보 | "
                       u"확장 완성형 글자가 든 본문이다."_s}
        << QStringList();
}

void TestFeedParser::parsesFeeds()
{
    QFETCH(QString, file);
    QFETCH(QStringList, articles);
    QFETCH(QStringList, warnings);
    const auto doc = SourceReader::read(fixture(file));
    QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
    const auto result = FeedParser::parse(doc.value());
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QStringList actual;
    for (const Article &a : result->articles) {
        QCOMPARE(a.layout, u"feed"_s);
        actual.append(describe(a));
    }
    QCOMPARE(actual, articles);
    QCOMPARE(result->warnings, warnings);
}

void TestFeedParser::refusesMalformedFeeds_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");

    QTest::newRow("mismatched tag")
        << QByteArray("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n"
                      "<title>x</title>\n<item><title>a</item>\n</channel>\n</rss>\n")
        << u"bad.xml: malformed feed (line 5: Opening and ending tag mismatch: title line 5 and item)"_s;
    QTest::newRow("truncated") << QByteArray("<rss version=\"2.0\">\n<channel>\n<title>x</title>\n")
                               << u"bad.xml: malformed feed (line 4: Premature end of data in tag channel line 2)"_s;
    QTest::newRow("not a feed") << QByteArray("<html><body><p>hello</p></body></html>")
                                << u"bad.xml: not an RSS or Atom feed (root element <html>)"_s;
    QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                                                   "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                                                   "<rss><channel><title>&xxe;</title></channel></rss>\n")
                                     << u"bad.xml: malformed feed (line 3: the document declares the entity \"xxe\"; "
                                        u"entity declarations are refused (they can expand to gigabytes))"_s;
}

void TestFeedParser::refusesMalformedFeeds()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const auto result = FeedParser::parse(inMemory(u"bad.xml"_s, xml));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, message);
}

void TestFeedParser::entityBombFailsFast()
{
    // levels entities, each one ten references to the one before: 10^levels copies of "lol"
    // if anything expanded them. The parse must stop at the first declaration instead, so
    // the answer is the same for a harmless document and for a billion-copy bomb: the work
    // done does not grow with the bomb (checked without timing it; a timed check belongs in
    // tests/bench).
    const auto bomb = [](int levels) -> QByteArray {
        QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= levels; ++i) {
            QByteArray refs;
            for (int j = 0; j < 10; ++j)
                refs += i == 1 ? QByteArray("&lol;") : "&lol" + QByteArray::number(i - 1) + ';';
            xml += "<!ENTITY lol" + QByteArray::number(i) + " \"" + refs + "\">\n";
        }
        const QByteArray top = levels == 0 ? QByteArray("&lol;") : "&lol" + QByteArray::number(levels) + ';';
        return xml + "]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>" + top + "</title>"
            + "<description>" + top + "</description></item></channel></rss>\n";
    };
    const QString expected = u"bomb.xml: malformed feed (line 3: the document declares the entity \"lol\"; "
                             u"entity declarations are refused (they can expand to gigabytes))"_s;
    for (const int levels : {0, 1, 9}) {
        const auto result = FeedParser::parse(inMemory(u"bomb.xml"_s, bomb(levels)));
        QVERIFY2(!result.ok(), qPrintable(QString::number(levels)));
        QCOMPARE(result.error().message, expected);
    }
}

void TestFeedParser::hundredThousandItems()
{
    constexpr int kItems = 100000;
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Big</title>\n";
    xml.reserve(kItems * 220);
    for (int i = 0; i < kItems; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Item " + n + "</title><link>https://big.example/" + n
            + "</link><pubDate>Wed, 16 Apr 2025 09:30:00 +0900</pubDate>"
              "<description>&lt;p&gt;Body of item "
            + n + " &amp;amp; more.&lt;/p&gt;</description></item>\n";
    }
    xml += "</channel></rss>\n";
    const auto result = FeedParser::parse(inMemory(u"big.xml"_s, xml));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->articles.size(), kItems);
    QCOMPARE(result->articles.back().body, u"Body of item 99999 & more."_s);
}

void TestFeedParser::parsesOnManyThreadsAtOnce()
{
    // Per-call parser contexts and no global error handlers: parallel parses of good and
    // bad feeds must neither crash nor leak errors into each other.
    const auto good = SourceReader::read(fixture(u"rss2.xml"_s));
    QVERIFY(good.ok());
    const SourceDocument bad = inMemory(u"bad.xml"_s, "<rss><channel><title>x</channel></rss>");
    QList<int> jobs(64);
    std::iota(jobs.begin(), jobs.end(), 0);
    const QList<QString> outcomes = QtConcurrent::blockingMapped(jobs, [&](int i) {
        const auto result = FeedParser::parse(i % 2 == 0 ? good.value() : bad);
        return result.ok() ? QString::number(result->articles.size()) : result.error().message;
    });
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(
            outcomes[i],
            i % 2 == 0
                ? u"4"_s
                : u"bad.xml: malformed feed (line 1: Opening and ending tag mismatch: title line 1 and channel)"_s);
    }
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
