#include "ingest/plaintextparser.h"

#include "fixturedocument.h"

#include <QFile>
#include <QTest>

using namespace chipline;
using namespace Qt::StringLiterals;

namespace {
ingest::SourceDocument load(const QString &name)
{
    return loadFixture(u"text"_s, name);
}
} // namespace

class TestPlainTextParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("language");

        QTest::newRow("iso date line")
            << u"iso.txt"_s << u"Export rules reshape chip supply chains"_s << u"2025-04-16T00:00:00"_s
            << u"Firms are redrawing their supply plans.\n\nSome expect more rules this year."_s << u"en"_s;
        QTest::newRow("dotted date and time, leading blank lines")
            << u"dots.txt"_s << u"새 수출 규정에 업계 긴장"_s << u"2025-04-16T09:30:00"_s
            << u"업계가 새 규정의 영향을 따지고 있다."_s << u"ko"_s;
        QTest::newRow("korean date, no final newline")
            << u"korean.txt"_s << u"반도체 장비 수출 통제 강화"_s << u"2025-04-16T00:00:00"_s
            << u"정부는 장비 수출 심사를 강화했다.\n심사 기간도 늘어난다."_s << u"ko"_s;
        QTest::newRow("date inside a sentence is no date line")
            << u"undated.txt"_s << u"A note on chip rules"_s << QString()
            << u"The rules changed on 2025-04-16, officials said."_s << u"en"_s;
        QTest::newRow("date line far down stays in the body")
            << u"lateddate.txt"_s << u"Title line"_s << QString() << u"one\ntwo\nthree\nfour\nfive\nsix\n2025-04-16"_s
            << u"en"_s;
        QTest::newRow("title only") << u"titleonly.txt"_s << u"Only a headline survived"_s << QString()
                                    << u"Only a headline survived"_s << u"en"_s;
    }
    void parse()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, body);
        QFETCH(QString, language);

        const ingest::ParseResult result = ingest::PlainTextParser::parse(load(file));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->articles.size(), 1);
        QVERIFY(result->warnings.isEmpty());
        const core::Article &a = result->articles.first();
        QCOMPARE(a.title, title);
        QCOMPARE(core::formatPublished(a.published), published);
        QCOMPARE(a.body, body);
        QCOMPARE(a.language, language);
        QCOMPARE(a.layout, u"text"_s);
    }

    void dateForms_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("published");
        QTest::newRow("iso") << u"2025-04-16"_s << u"2025-04-16T00:00:00"_s;
        QTest::newRow("dots with time") << u"2025.04.16 09:30"_s << u"2025-04-16T09:30:00"_s;
        QTest::newRow("korean") << u"2025년 4월 16일"_s << u"2025-04-16T00:00:00"_s;
        QTest::newRow("labelled afternoon") << u"입력 2025.04.16. 오후 3:05"_s << u"2025-04-16T15:05:00"_s;
        QTest::newRow("seconds") << u"2025-04-16 09:30:05"_s << u"2025-04-16T09:30:05"_s;
    }
    void dateForms()
    {
        QFETCH(QString, line);
        QFETCH(QString, published);
        ingest::SourceDocument doc;
        doc.path = u"inline"_s;
        doc.text = u"제목\n"_s + line + u"\n본문."_s;
        const ingest::ParseResult result = ingest::PlainTextParser::parse(doc);
        QVERIFY(result.ok());
        QCOMPARE(core::formatPublished(result->articles.first().published), published);
        QCOMPARE(result->articles.first().body, u"본문."_s);
    }

    void impossibleDateWarns()
    {
        const ingest::SourceDocument doc = load(u"baddate.txt"_s);
        const ingest::ParseResult result = ingest::PlainTextParser::parse(doc);
        QVERIFY(result.ok());
        QVERIFY(!result->articles.first().published.isValid());
        QCOMPARE(result->articles.first().body, u"본문이다."_s);
        QCOMPARE(result->warnings,
                 QStringList{doc.path + u": date line '2025-02-30' names a date that cannot exist; kept undated"_s});
    }

    void emptyIsError()
    {
        const ingest::SourceDocument doc = load(u"empty.txt"_s);
        const ingest::ParseResult result = ingest::PlainTextParser::parse(doc);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, u"no article found: "_s + doc.path + u" has no text"_s);
    }
};

QTEST_APPLESS_MAIN(TestPlainTextParser)
#include "tst_plaintextparser.moc"
