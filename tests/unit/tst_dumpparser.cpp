#include "ingest/dumpparser.h"

#include "fixturedocument.h"

#include <QFile>
#include <QTest>

using namespace chipline;
using namespace Qt::StringLiterals;

namespace {
ingest::SourceDocument load(const QString &name)
{
    return loadFixture(u"dump"_s, name);
}
} // namespace

class TestDumpParser final : public QObject
{
    Q_OBJECT

private slots:
    void articles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("reporter");
        QTest::addColumn<QString>("dateline");

        QTest::newRow("first article")
            << u"glued.txt"_s << 0 << u"미국 상무부가 새 반도체 수출 규정을 발표했다. 업계는 영향을 분석하고 있다."_s
            << u"2025-04-16T09:30:05"_s << u"김하늘"_s << QString();
        // The next text follows the seconds directly and begins with a digit; it was cut off in '...'.
        QTest::newRow("glued text starting with a digit, cut off")
            << u"glued.txt"_s << 1
            << u"1987년 설립된 한 장비 업체는 이번 조치로 중국 매출이 줄어들 수 있다고 밝혔다. 회사 측은 대체 시장을 찾겠다고..."_s
            << u"2025-04-17T23:05:59"_s << u"이서준"_s << u"뉴욕"_s;
        QTest::newRow("dateline with parentheses, space before 기자, no final newline")
            << u"glued.txt"_s << 2
            << u"엔비디아는 새 규정에 따라 일부 제품의 출하 일정을 조정했다고 전했다. 다만 구체적인 규모는"_s
            << u"2025-04-18T16:35:32"_s << u"박지민"_s << u"베이징"_s;
        QTest::newRow("impossible day stays undated")
            << u"baddate.txt"_s << 0 << u"첫 번째 기사 본문이다. 날짜가 잘못 찍혔다."_s << QString() << u"최유진"_s
            << QString();
        QTest::newRow("valid date between bad ones") << u"baddate.txt"_s << 1 << u"두 번째 기사 본문이다."_s
                                                     << u"2025-03-01T08:15:00"_s << u"정민호"_s << QString();
        QTest::newRow("impossible hour, trailing whitespace")
            << u"baddate.txt"_s << 2 << u"세 번째 기사 본문이다."_s << QString() << u"강수빈"_s << QString();
        QTest::newRow("text after the last byline is kept")
            << u"tail.txt"_s << 1 << u"바이라인 없이 잘린 마지막 기사"_s << QString() << QString() << QString();
    }
    void articles()
    {
        QFETCH(QString, file);
        QFETCH(int, index);
        QFETCH(QString, body);
        QFETCH(QString, published);
        QFETCH(QString, reporter);
        QFETCH(QString, dateline);

        const ingest::ParseResult result = ingest::DumpParser::parse(load(file));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QVERIFY(index < result->articles.size());
        const core::Article &a = result->articles.at(index);
        QCOMPARE(a.body, body);
        QCOMPARE(core::formatPublished(a.published), published);
        QCOMPARE(a.reporter, reporter);
        QCOMPARE(a.dateline, dateline);
        QCOMPARE(a.layout, u"dump"_s);
        QCOMPARE(a.language, u"ko"_s);
        QVERIFY(a.title.isEmpty());
    }

    void counts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("articles");
        QTest::addColumn<QStringList>("warnings"); // after the path and ': '
        QTest::newRow("glued") << u"glued.txt"_s << 3 << QStringList();
        QTest::newRow("bad dates")
            << u"baddate.txt"_s << 3
            << QStringList{u"article 1 has a byline date that cannot exist (2025.02.30 10:00:00); kept undated"_s,
                           u"article 3 has a byline date that cannot exist (2025.03.02 25:00:00); kept undated"_s};
        QTest::newRow("tail") << u"tail.txt"_s << 2
                              << QStringList{u"article 2 has no byline (text after the last byline); kept undated"_s};
    }
    void counts()
    {
        QFETCH(QString, file);
        QFETCH(int, articles);
        QFETCH(QStringList, warnings);

        const ingest::SourceDocument doc = load(file);
        const ingest::ParseResult result = ingest::DumpParser::parse(doc);
        QVERIFY(result.ok());
        QCOMPARE(result->articles.size(), articles);
        QStringList expected;
        for (const QString &w : warnings)
            expected.append(doc.path + u": "_s + w);
        QCOMPARE(result->warnings, expected);
    }

    void noArticle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no byline") << u"바이라인이 없는 글이다.\n그냥 메모일 뿐이다.\n"_s;
        QTest::newRow("empty") << QString();
        // A byline needs a line break before it: mid-line it is article text.
        QTest::newRow("byline mid-line") << u"본문 김하늘기자 2025.04.16 09:30:05"_s;
    }
    void noArticle()
    {
        QFETCH(QString, text);
        ingest::SourceDocument doc;
        doc.path = u"/tmp/results.txt"_s;
        doc.text = text;
        const ingest::ParseResult result = ingest::DumpParser::parse(doc);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.startsWith(u"no article found: "_s));
        QVERIFY(result.error().message.contains(doc.path));
    }

    void noArticleFixture()
    {
        const ingest::ParseResult result = ingest::DumpParser::parse(load(u"nobyline.txt"_s));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(u"nobyline.txt"_s));
    }

    void fourSyllableNameAndTwoDigitSeconds()
    {
        ingest::SourceDocument doc;
        doc.path = u"inline"_s;
        doc.text = u"첫 기사.\n남궁민수기자 2024.01.02 03:04:0599년 만의 일이다.\n이준기자 2024.01.03 00:00:00"_s;
        const ingest::ParseResult result = ingest::DumpParser::parse(doc);
        QVERIFY(result.ok());
        QCOMPARE(result->articles.size(), 2);
        QCOMPARE(result->articles.at(0).reporter, u"남궁민수"_s);
        QCOMPARE(core::formatPublished(result->articles.at(0).published), u"2024-01-02T03:04:05"_s);
        QCOMPARE(result->articles.at(1).body, u"99년 만의 일이다."_s);
        QCOMPARE(result->articles.at(1).reporter, u"이준"_s);
    }
};

QTEST_APPLESS_MAIN(TestDumpParser)
#include "tst_dumpparser.moc"
