// The line shapes two layouts are recognised by: the dateline that opens an English wire
// story (WireDateline) and the byline that closes each article of a result-list dump
// (DumpByline). The parsers and the layout detector share them.
#include "ingest/dumpbyline.h"
#include "ingest/wiredateline.h"

#include <QTest>

using namespace chipline::ingest;

class TestDatelines final : public QObject
{
    Q_OBJECT

private slots:
    void wireDateline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("agency");
        QTest::newRow("city, date, dash")
            << QStringLiteral("SEOUL, May 23 - Officials said") << true << QStringLiteral("SEOUL")
            << QStringLiteral("May") << QStringLiteral("23") << QString();
        QTest::newRow("with agency, em dash")
            << QStringLiteral("WASHINGTON, April 15 (Reuters) — The rule") << true << QStringLiteral("WASHINGTON")
            << QStringLiteral("April") << QStringLiteral("15") << QStringLiteral("Reuters");
        QTest::newRow("agency only") << QStringLiteral("TAIPEI (Example Wire) - Shares rose") << true
                                     << QStringLiteral("TAIPEI") << QString() << QString()
                                     << QStringLiteral("Example Wire");
        QTest::newRow("two-word city, abbreviated month")
            << QStringLiteral("HONG KONG, Sept. 3 -- Trading opened") << true << QStringLiteral("HONG KONG")
            << QStringLiteral("Sept.") << QStringLiteral("3") << QString();
        QTest::newRow("dotted city, en dash")
            << QStringLiteral("ST. LOUIS, Jan 9 – A plant") << true << QStringLiteral("ST. LOUIS")
            << QStringLiteral("Jan") << QStringLiteral("9") << QString();
        QTest::newRow("dash at the end of the line")
            << QStringLiteral("BEIJING, Mar 1 -") << true << QStringLiteral("BEIJING") << QStringLiteral("Mar")
            << QStringLiteral("1") << QString();
        QTest::newRow("a note, no date or agency") << QStringLiteral("NOTE - this is not a dateline") << false
                                                   << QString() << QString() << QString() << QString();
        QTest::newRow("lower-case city") << QStringLiteral("Seoul, May 23 - text") << false << QString() << QString()
                                         << QString() << QString();
        QTest::newRow("not at the start")
            << QStringLiteral("Said SEOUL, May 23 - x") << false << QString() << QString() << QString() << QString();
        QTest::newRow("hyphen glued to the word") << QStringLiteral("SEOUL, May 23 -based firms") << false << QString()
                                                  << QString() << QString() << QString();
        QTest::newRow("no dash") << QStringLiteral("SEOUL, May 23 officials") << false << QString() << QString()
                                 << QString() << QString();
    }
    void wireDateline()
    {
        QFETCH(QString, text);
        QFETCH(bool, matches);
        const QRegularExpressionMatch m = WireDateline::pattern().match(text);
        QCOMPARE(m.hasMatch(), matches);
        if (!matches)
            return;
        QTEST(m.captured(WireDateline::City), "city");
        QTEST(m.captured(WireDateline::MonthName), "month");
        QTEST(m.captured(WireDateline::Day), "day");
        QTEST(m.captured(WireDateline::Agency), "agency");
    }

    void monthNumber_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("month");
        const char *names[] = {"January", "Feb",  "Mar.",  "april", "MAY",      "June",
                               "Jul",     "Aug.", "Sept.", "Oct",   "November", "dec"};
        for (int i = 0; i < 12; ++i)
            QTest::newRow(names[i]) << QString::fromLatin1(names[i]) << i + 1;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("too short") << QStringLiteral("Ju") << 0;
        QTest::newRow("not a month") << QStringLiteral("Monday") << 0;
        QTest::newRow("Korean") << QStringLiteral("오월") << 0;
        // Words that only start like a month (a capitalised word in a wire header's time line).
        QTest::newRow("Mayor") << QStringLiteral("Mayor") << 0;
        QTest::newRow("Junior") << QStringLiteral("Junior") << 0;
        QTest::newRow("Decade") << QStringLiteral("Decade") << 0;
        QTest::newRow("Marching") << QStringLiteral("Marching") << 0;
        QTest::newRow("dot alone") << QStringLiteral(".") << 0;
        QTest::newRow("Sept without dot") << QStringLiteral("Sept") << 9;
    }
    void monthNumber()
    {
        QFETCH(QString, name);
        QTEST(WireDateline::monthNumber(name), "month");
    }

    void dumpBylineAnywhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("captures"); // dateline, name, y, m, d, h, min, s; empty: no match
        QTest::newRow("plain") << QStringLiteral("본문 끝.\n김하늘기자 2025.04.16 09:30:00")
                               << QStringList{QString(),
                                              QStringLiteral("김하늘"),
                                              QStringLiteral("2025"),
                                              QStringLiteral("04"),
                                              QStringLiteral("16"),
                                              QStringLiteral("09"),
                                              QStringLiteral("30"),
                                              QStringLiteral("00")};
        QTest::newRow("dateline, space before 기자")
            << QStringLiteral("본문.\n베이징(중국)=이서준 기자 2025.05.01 18:05:59")
            << QStringList{QStringLiteral("베이징(중국)"), QStringLiteral("이서준"), QStringLiteral("2025"),
                           QStringLiteral("05"),           QStringLiteral("01"),     QStringLiteral("18"),
                           QStringLiteral("05"),           QStringLiteral("59")};
        // The next article starts with a digit right after the seconds: two digits only.
        QTest::newRow("next text glued on") << QStringLiteral("남궁민수기자 2025.04.16 09:30:322024년 화웨이는")
                                            << QStringList{QString(),
                                                           QStringLiteral("남궁민수"),
                                                           QStringLiteral("2025"),
                                                           QStringLiteral("04"),
                                                           QStringLiteral("16"),
                                                           QStringLiteral("09"),
                                                           QStringLiteral("30"),
                                                           QStringLiteral("32")};
        QTest::newRow("mid-line is no byline")
            << QStringLiteral("그는 김하늘기자 2025.04.16 09:30:00 에 썼다") << QStringList();
        QTest::newRow("one-syllable name") << QStringLiteral("김기자 2025.04.16 09:30:00") << QStringList();
        QTest::newRow("five-syllable name") << QStringLiteral("가나다라마기자 2025.04.16 09:30:00") << QStringList();
        QTest::newRow("latin name") << QStringLiteral("Kim기자 2025.04.16 09:30:00") << QStringList();
        QTest::newRow("no seconds") << QStringLiteral("김하늘기자 2025.04.16 09:30") << QStringList();
        QTest::newRow("dashed date") << QStringLiteral("김하늘기자 2025-04-16 09:30:00") << QStringList();
    }
    void dumpBylineAnywhere()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, captures);
        const QRegularExpressionMatch m = DumpByline::anywhere().match(text);
        QCOMPARE(m.hasMatch(), !captures.isEmpty());
        const int groups[] = {DumpByline::Dateline, DumpByline::Name, DumpByline::Year,   DumpByline::Month,
                              DumpByline::Day,      DumpByline::Hour, DumpByline::Minute, DumpByline::Second};
        for (int i = 0; i < captures.size(); ++i)
            QCOMPARE(m.captured(groups[i]), captures[i]);
    }

    void dumpBylineAtEnd()
    {
        QVERIFY(DumpByline::atEnd().match(QStringLiteral("본문.\n김하늘기자 2025.04.16 09:30:00")).hasMatch());
        QVERIFY(DumpByline::atEnd().match(QStringLiteral("본문.\n김하늘기자 2025.04.16 09:30:00 \n\n")).hasMatch());
        QVERIFY(!DumpByline::atEnd().match(QStringLiteral("김하늘기자 2025.04.16 09:30:00\n다음 기사")).hasMatch());
        QVERIFY(!DumpByline::atEnd().match(QStringLiteral("김하늘기자 2025.04.16 09:30:001")).hasMatch());
        // Every byline of a dump, in order.
        const QString dump =
            QStringLiteral("첫 기사.\n김하늘기자 2025.04.16 09:30:00둘째 기사.\n서울=박지원기자 2025.04.17 10:00:00");
        QStringList names;
        for (auto it = DumpByline::anywhere().globalMatch(dump); it.hasNext();)
            names.append(it.next().captured(DumpByline::Name));
        QCOMPARE(names, (QStringList{QStringLiteral("김하늘"), QStringLiteral("박지원")}));
    }

    void cleanDateline_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("country") << QStringLiteral("베이징(중국)") << QStringLiteral("베이징");
        QTest::newRow("spaces") << QStringLiteral(" 워싱턴 (미국) ") << QStringLiteral("워싱턴");
        QTest::newRow("plain") << QStringLiteral("서울") << QStringLiteral("서울");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only a parenthesis") << QStringLiteral("(연합)") << QString();
    }
    void cleanDateline()
    {
        QFETCH(QString, raw);
        QTEST(DumpByline::cleanDateline(raw), "clean");
    }
};

QTEST_GUILESS_MAIN(TestDatelines)
#include "tst_datelines.moc"
