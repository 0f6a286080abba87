#include "ingest/wireparser.h"

#include "fixturedocument.h"

#include <QFile>
#include <QTest>

using namespace chipline;
using namespace Qt::StringLiterals;

namespace {
ingest::SourceDocument load(const QString &name)
{
    return loadFixture(u"wire"_s, name);
}
} // namespace

class TestWireParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("dateline");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("reporter");
        QTest::addColumn<QString>("body");

        // 'Updated' time line with PM and GMT; '(Reuters)'; two reporters; '; Editing by'.
        QTest::newRow("reuters")
            << u"reuters.txt"_s << u"U.S. widens chip curbs to cover more AI accelerators"_s << u"2024-05-23T13:46:00"_s
            << u"WASHINGTON"_s << u"Reuters"_s << u"Alex Morgan and Chen Wei"_s
            << u"The Commerce Department on Thursday widened its export rules to cover more AI accelerators.\n\n"
               "Officials said the change closes a gap that let older designs ship without a license."_s;
        // The generator's layout: UTC time line, no agency.
        QTest::newRow("no agency") << u"plain.txt"_s << u"Nvidia weighs options after new export rules"_s
                                   << u"2024-05-23T13:46:00"_s << u"SEOUL"_s << QString() << u"Priya Natarajan"_s
                                   << u"Chipmakers in South Korea said demand for memory remains strong. "
                                      "Analysts expect supply to stay tight this year."_s;
        // No time line and no year: undated; en dash; 'Editing by' on the reporter's line and a
        // 'Writing by' line after it.
        QTest::newRow("no time line") << u"notime.txt"_s << u"Taiwan tightens rules on chip equipment exports"_s
                                      << QString() << u"TAIPEI"_s << QString() << u"Daniel Brooks"_s
                                      << u"Taiwan added several firms to its export control list on Tuesday.\n"
                                         "The ministry said more names could follow."_s;
        // A year in the header dates the dateline's month and day; em dash; only an editor credited.
        QTest::newRow("year from header")
            << u"headeryear.txt"_s << u"China answers U.S. controls with its own export list"_s
            << u"2025-04-15T00:00:00"_s << u"BEIJING"_s << u"AFP"_s << QString()
            << u"China said it would restrict exports of some rare metals."_s;
        // No dateline: the story starts under the time line.
        QTest::newRow("no dateline") << u"nodateline.txt"_s << u"Chip stocks slip on export worries"_s
                                     << u"2024-05-23T13:46:00"_s << QString() << QString() << u"Chen Wei"_s
                                     << u"Shares of chipmakers fell on Thursday.\n\nInvestors weighed new rules."_s;
    }
    void parse()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, dateline);
        QFETCH(QString, outlet);
        QFETCH(QString, reporter);
        QFETCH(QString, body);

        const ingest::ParseResult result = ingest::WireParser::parse(load(file));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->articles.size(), 1);
        QVERIFY(result->warnings.isEmpty());
        const core::Article &a = result->articles.first();
        QCOMPARE(a.title, title);
        QCOMPARE(core::formatPublished(a.published), published);
        QCOMPARE(a.dateline, dateline);
        QCOMPARE(a.outlet, outlet);
        QCOMPARE(a.reporter, reporter);
        QCOMPARE(a.body, body);
        QCOMPARE(a.layout, u"wire"_s);
        QCOMPARE(a.language, u"en"_s);
    }

    void timeLines_data()
    {
        QTest::addColumn<QString>("timeLine");
        QTest::addColumn<QString>("published");
        QTest::newRow("utc") << u"May 23, 2024 13:46 UTC"_s << u"2024-05-23T13:46:00"_s;
        QTest::newRow("published gmt") << u"Published May 23, 2024 09:05 GMT"_s << u"2024-05-23T09:05:00"_s;
        QTest::newRow("updated colon am") << u"Updated: Jan 2, 2025 12:10 AM UTC"_s << u"2025-01-02T00:10:00"_s;
        QTest::newRow("iso") << u"2024-11-05 07:30 UTC"_s << u"2024-11-05T07:30:00"_s;
        QTest::newRow("date only") << u"September 3, 2024"_s << u"2024-09-03T00:00:00"_s;
        // A capitalised word that only starts like a month is no month: the dateline's day
        // with the header's year, not 23 June.
        QTest::newRow("word like a month") << u"Junior 23, 2024 13:46 UTC"_s << u"2024-05-23T00:00:00"_s;
    }
    void timeLines()
    {
        QFETCH(QString, timeLine);
        QFETCH(QString, published);
        ingest::SourceDocument doc;
        doc.path = u"inline"_s;
        doc.text = u"Headline\n"_s + timeLine + u"\n\nSEOUL, May 23 - Story text.\n"_s;
        const ingest::ParseResult result = ingest::WireParser::parse(doc);
        QVERIFY(result.ok());
        QCOMPARE(core::formatPublished(result->articles.first().published), published);
        QCOMPARE(result->articles.first().body, u"Story text."_s);
    }

    void impossibleTimeWarns()
    {
        ingest::SourceDocument doc;
        doc.path = u"inline.txt"_s;
        doc.text = u"Headline\nFebruary 30, 2024 10:00 UTC\n\nSEOUL, Feb 30 - Story text.\n"_s;
        const ingest::ParseResult result = ingest::WireParser::parse(doc);
        QVERIFY(result.ok());
        QVERIFY(!result->articles.first().published.isValid());
        QCOMPARE(result->warnings,
                 QStringList{u"inline.txt: time line 'February 30, 2024 10:00 UTC' names a time that cannot exist; "
                             "kept undated"_s});
    }

    void noStory()
    {
        const ingest::SourceDocument doc = load(u"nostory.txt"_s);
        const ingest::ParseResult result = ingest::WireParser::parse(doc);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 u"no article found: "_s + doc.path + u" has no story text after its headline"_s);
    }
};

QTEST_APPLESS_MAIN(TestWireParser)
#include "tst_wireparser.moc"
