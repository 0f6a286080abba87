#include "temporal/dateextractor.h"

#include <QTest>

using namespace chipline::temporal;

// Rows: a sentence, its language, the reference (publication) date or "" for an undated
// article, and the expected mentions in order as "value/precision", "?" when unresolved.
class TestDateExtractor final : public QObject
{
    Q_OBJECT

private:
    static QString describe(const QList<DateMention> &mentions)
    {
        QStringList parts;
        for (const DateMention &m : mentions)
            parts << (m.isResolved() ? m.value.value() + u'/' + m.value.precisionName() : QStringLiteral("?"));
        return parts.join(u';');
    }

private slots:
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        const QString ref = QStringLiteral("2025-04-16"); // a Wednesday
        const auto ko = QStringLiteral("ko");
        const auto en = QStringLiteral("en");
        const auto row = [&](const char *name, const char16_t *text, const QString &lang, const QString &reference,
                             const char16_t *expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << lang << reference << QString::fromUtf16(expected);
        };
        // Absolute forms
        row("ymd", u"2025년 4월 9일 발표했다.", ko, ref, u"2025-04-09/day");
        row("ymd-glued", u"2025년4월9일 발표", ko, ref, u"2025-04-09/day");
        row("ym", u"2024년 12월 발표한 규정", ko, ref, u"2024-12/month");
        row("year-is-year", u"1987년 설립된 회사", ko, ref, u"1987/year");
        row("month-day", u"4월 9일 발표했다", ko, ref, u"2025-04-09/day");
        row("month-day-last-year", u"12월 3일 발표했다", ko, QStringLiteral("2025-01-05"), u"2024-12-03/day");
        row("month-day-ahead", u"5월 15일 시행된다", ko, ref, u"2025-05-15/day");
        row("day", u"9일 발표했다", ko, ref, u"2025-04-09/day");
        row("dotted", u"2025.04.09 공시", ko, ref, u"2025-04-09/day");
        row("dotted-spaced", u"2025. 4. 9. 공시", ko, ref, u"2025-04-09/day");
        // Local time and past days, with month and year roll-back
        row("local-rollback", u"30일(현지시간) 발표", ko, QStringLiteral("2025-05-01"), u"2025-04-30/day");
        row("local-prefix", u"현지시간 15일 발표", ko, ref, u"2025-04-15/day");
        row("local-sigak", u"15일(현지시각) 발표", ko, ref, u"2025-04-15/day");
        row("local-same-day", u"16일(현지시간) 발표", ko, ref, u"2025-04-16/day");
        row("past-day", u"지난 9일 발표", ko, ref, u"2025-04-09/day");
        row("past-day-is-not-today", u"지난 16일 발표", ko, ref, u"2025-03-16/day");
        row("past-day-year-rollback", u"지난 28일 발표", ko, QStringLiteral("2025-01-03"), u"2024-12-28/day");
        row("past-day-leap", u"지난 29일", ko, QStringLiteral("2024-03-01"), u"2024-02-29/day");
        row("coming-day", u"오는 20일 시행", ko, ref, u"2025-04-20/day");
        row("coming-day-next-month", u"오는 10일 시행", ko, ref, u"2025-05-10/day");
        row("next-month-day", u"내달 2일 발효", ko, ref, u"2025-05-02/day");
        row("next-month-day-2", u"다음달 2일 발효", ko, QStringLiteral("2025-08-30"), u"2025-09-02/day");
        row("last-month-day", u"지난달 28일 발표", ko, ref, u"2025-03-28/day");
        // Months and years
        row("past-month", u"지난 3월 발표", ko, ref, u"2025-03/month");
        row("past-month-last-year", u"지난 5월 발표", ko, ref, u"2024-05/month");
        row("this-year-month", u"올해 3월 발표", ko, ref, u"2025-03/month");
        row("ol-month", u"올 2월 발표", ko, ref, u"2025-02/month");
        row("last-year-month", u"지난해 10월 발표", ko, ref, u"2024-10/month");
        row("jaknyeon-month", u"작년 3월 발표", ko, ref, u"2024-03/month");
        row("last-year", u"지난해 실적", ko, ref, u"2024/year");
        row("last-year-end", u"지난해 말 발표", ko, ref, u"2024-12/month");
        row("next-year", u"내년 출시", ko, ref, u"2026/year");
        row("month-offsets", u"지난달 발표, 이달 시행, 다음달 적용", ko, ref,
            u"2025-03/month;2025-04/month;2025-05/month");
        row("month-parts", u"5월 초 또는 5월 중순, 늦어도 5월 말", ko, ref,
            u"2025-05/month;2025-05/month;2025-05/month");
        row("halves", u"상반기 실적과 하반기 전망", ko, ref, u"2025-H1/half;2025-H2/half");
        row("year-half", u"2024년 하반기", ko, ref, u"2024-H2/half");
        row("quarter", u"3분기 실적", ko, ref, u"2025-Q3/quarter");
        row("quarter-1", u"1분기 실적", ko, ref, u"2025-Q1/quarter");
        row("this-year-half", u"올해 상반기 매출", ko, ref, u"2025-H1/half");
        row("last-year-quarter", u"지난해 4분기 실적", ko, ref, u"2024-Q4/quarter");
        row("next-year-quarter", u"내년 1분기 양산", ko, ref, u"2026-Q1/quarter");
        row("fiscal-quarter", u"2026 회계연도 1분기", ko, ref, u"?");
        // 이날, 전날, 다음날 and offsets count from the last explicit day
        row("same-day-no-anchor", u"이날 발표했다", ko, ref, u"2025-04-16/day");
        row("same-day-after-local", u"15일(현지시간) 발표했다. 이날 주가는 올랐다.", ko, ref,
            u"2025-04-15/day;2025-04-15/day");
        row("previous-after-same-day", u"15일(현지시간) 발표했다. 이날 주가는 올랐고 전날에는 내렸다.", ko, ref,
            u"2025-04-15/day;2025-04-15/day;2025-04-14/day");
        row("previous-keeps-anchor", u"2023년 5월 1일 발표. 전날 회의. 이날 서명.", ko, ref,
            u"2023-05-01/day;2023-04-30/day;2023-05-01/day");
        row("day-before", u"지난 9일 발표했다. 하루 전 통보", ko, ref, u"2025-04-09/day;2025-04-08/day");
        row("next-day", u"지난 9일 발표했다. 다음날 반박했고 이튿날 철회", ko, ref,
            u"2025-04-09/day;2025-04-10/day;2025-04-10/day");
        row("days-after", u"2025년 4월 1일 게재됐고 3일 뒤 발효", ko, ref, u"2025-04-01/day;2025-04-04/day");
        // Weekdays
        row("past-sunday", u"지난 일요일 발표", ko, QStringLiteral("2025-04-28"), u"2025-04-27/day");
        row("weekday-local", u"월요일(현지시간) 발표", ko, ref, u"2025-04-14/day");
        row("coming-friday", u"오는 금요일 발표", ko, ref, u"2025-04-18/day");
        // English
        row("en-on-weekday", u"Nvidia said on Tuesday that", en, ref, u"2025-04-15/day");
        // A weekday that is the publication day names that day ("said Friday" in a Friday story).
        row("en-on-same-weekday", u"It said on Wednesday", en, ref, u"2025-04-16/day");
        row("en-said-friday", u"The department said Friday it added", en, QStringLiteral("2025-04-18"),
            u"2025-04-18/day");
        row("en-bare-weekday-past", u"said Monday that", en, ref, u"2025-04-14/day");
        row("en-last-weekday", u"last Wednesday the", en, ref, u"2025-04-09/day");
        row("en-future-weekday", u"Nvidia will hold a call on Friday", en, ref, u"2025-04-18/day");
        row("en-future-same-weekday", u"It will vote on Wednesday", en, ref, u"2025-04-16/day");
        row("en-next-weekday", u"next Wednesday", en, ref, u"2025-04-23/day");
        // Relative forms
        row("en-this-week", u"said this week", en, ref, u"2025-04/month");
        row("en-last-week", u"said last week", en, QStringLiteral("2025-06-02"), u"2025-05/month");
        row("en-earlier-this-month", u"said earlier this month", en, ref, u"2025-04/month");
        row("en-next-month", u"ships next month", en, ref, u"2025-05/month");
        row("en-late-last-year", u"since late last year", en, ref, u"2024/year");
        row("en-mid-year", u"by mid-2025 the", en, ref, u"2025/year");
        row("en-late-year", u"a successor in late 2027", en, ref, u"2027/year");
        row("en-since-year", u"barred since 2023.", en, ref, u"2023/year");
        row("en-bare-number", u"about 2025 units", en, ref, u"");
        row("en-day-earlier", u"on April 9. A day earlier, it warned", en, ref, u"2025-04-09/day;2025-04-08/day");
        row("en-day-before", u"on April 9. The day before, it warned", en, ref, u"2025-04-09/day;2025-04-08/day");
        row("en-next-day", u"on April 9. The next day it fell", en, ref, u"2025-04-09/day;2025-04-10/day");
        // Numeric and day-month forms
        row("en-us-numeric", u"said on 4/15/2025 that", en, ref, u"2025-04-15/day");
        row("en-iso", u"on 2025-04-15 the", en, ref, u"2025-04-15/day");
        row("en-day-month", u"from 15 April 2025 on", en, ref, u"2025-04-15/day");
        row("en-day-abbreviated-month", u"from 15 Apr. 2025 on", en, ref, u"2025-04-15/day");
        row("en-abbreviated-jan", u"on Jan. 13 it", en, ref, u"2025-01-13/day");
        // Quarters and halves; fiscal ones stay unresolved
        row("en-q3", u"sales in Q3 rose", en, ref, u"2025-Q3/quarter");
        row("en-q1-year", u"Q1 2026 shipments", en, ref, u"2026-Q1/quarter");
        row("en-first-quarter", u"in the first quarter the", en, ref, u"2025-Q1/quarter");
        row("en-first-quarter-of", u"in the first quarter of 2026.", en, ref, u"2026-Q1/quarter");
        row("en-quarter-adjective", u"its third-quarter results", en, ref, u"2025-Q3/quarter");
        row("en-fourth-quarter-last-year", u"the fourth quarter", en, QStringLiteral("2025-02-10"), u"2024-Q4/quarter");
        row("en-first-half", u"in the first half", en, ref, u"2025-H1/half");
        row("en-second-half-of", u"the second half of 2024", en, ref, u"2024-H2/half");
        row("en-h2-year", u"in H2 2025", en, ref, u"2025-H2/half");
        row("en-not-h20", u"the H20 chip and H200", en, ref, u"");
        row("en-fiscal-quarter", u"its fiscal second quarter", en, ref, u"?");
        row("en-quarter-of-fiscal", u"the first quarter of fiscal 2026", en, ref, u"?");
        row("en-fiscal-q", u"fiscal Q3 revenue", en, ref, u"?");
        row("en-month-day", u"released on April 9.", en, ref, u"2025-04-09/day");
        row("en-month-day-year", u"on April 9, 2025, it", en, ref, u"2025-04-09/day");
        row("en-day-month-year", u"on 9 April 2025 it", en, ref, u"2025-04-09/day");
        row("en-in-month-year", u"in April 2025 the", en, ref, u"2025-04/month");
        row("en-abbreviated", u"on Jan. 15 the", en, ref, u"2025-01-15/day");
        row("en-previous-year", u"on December 20 the", en, QStringLiteral("2025-01-05"), u"2024-12-20/day");
        row("en-last-month", u"last month the", en, ref, u"2025-03/month");
        row("en-earlier-this-year", u"earlier this year the", en, ref, u"2025/year");
        row("en-may-is-a-verb", u"Prices may rise. In March they fell.", en, ref, u"2025-03/month");
        // Impossible dates are kept, unresolved
        row("impossible-month-day", u"2월 30일 발표", ko, ref, u"?");
        row("impossible-dotted", u"2025.02.30 공시", ko, ref, u"?");
        row("impossible-full", u"2025년 2월 30일 공시", ko, ref, u"?");
        // Vague words and things that are not dates
        row("vague", u"최근 발표했고 앞서 밝혔으며 조만간 결정한다", ko, ref, u"");
        row("as-early-as", u"이르면 5월 말 발표", ko, ref, u"2025-05/month");
        row("once-a-day", u"1일 1회 복용", ko, ref, u"");
        row("duration", u"3일간 회의, 30일 이내 신고, 주 5일 근무, 3년 만에", ko, ref, u"");
        row("names-and-sizes", u"V3.2 모델, H20 칩, 55억달러, 30세", ko, ref, u"");
        // Undated article: only absolute forms resolve; 이날 follows an absolute anchor
        row("undated", u"지난 9일 발표. 2025년 4월 1일 서명. 이날 발효.", ko, QString(),
            u"?;2025-04-01/day;2025-04-01/day");
    }

    void extract()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        const DateExtractor extractor;
        const QDate ref = QDate::fromString(reference, Qt::ISODate);
        QCOMPARE(describe(extractor.extract(text, ref, language)), expected);
    }

    void spansAndReasons()
    {
        const DateExtractor extractor;
        const QString text = QStringLiteral("엔비디아는 30일(현지시간) 밝혔다. 2월 30일");
        const auto mentions = extractor.extract(text, QDate(2025, 5, 1), u"ko");
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(text.mid(mentions[0].start, mentions[0].end - mentions[0].start), QStringLiteral("30일(현지시간)"));
        QCOMPARE(mentions[0].kind, DateKind::Day);
        QVERIFY(!mentions[1].isResolved());
        QCOMPARE(mentions[1].unresolvedReason, QStringLiteral("date does not exist"));
    }

    void resolvesLaterWhenDateIsSet()
    {
        const DateExtractor extractor;
        auto mentions = extractor.extract(QStringLiteral("지난 9일 발표했다. 이날 주가는 내렸다."), QDate(), u"ko");
        QCOMPARE(describe(mentions), QStringLiteral("?;?"));
        QCOMPARE(mentions[0].unresolvedReason, QStringLiteral("needs the publication date"));
        // What storage keeps: kind by name and the numbers.
        DateKind kind;
        QVERIFY(kindFromName(kindName(mentions[0].kind), &kind));
        QCOMPARE(kind, DateKind::PastDay);
        extractor.resolve(mentions, QDate(2025, 4, 16));
        QCOMPARE(describe(mentions), QStringLiteral("2025-04-09/day;2025-04-09/day"));
        QVERIFY(mentions[0].unresolvedReason.isEmpty());
    }

    void resolvedDateValues()
    {
        QCOMPARE(ResolvedDate::fromYear(1987).value(), QStringLiteral("1987"));
        QCOMPARE(ResolvedDate::fromMonth(2025, 4).value(), QStringLiteral("2025-04"));
        QCOMPARE(ResolvedDate::fromDate(QDate(2025, 4, 9)).value(), QStringLiteral("2025-04-09"));
        QCOMPARE(ResolvedDate::fromValue(u"2025-04").precision, DatePrecision::Month);
        QVERIFY(!ResolvedDate::fromValue(u"2025-02-30").isValid());
        QCOMPARE(ResolvedDate::fromYear(1987).firstDay(), QDate(1987, 1, 1));
        QCOMPARE(ResolvedDate::fromQuarter(2025, 3).value(), QStringLiteral("2025-Q3"));
        QCOMPARE(ResolvedDate::fromHalf(2025, 2).value(), QStringLiteral("2025-H2"));
        QCOMPARE(ResolvedDate::fromValue(u"2025-Q3"), ResolvedDate::fromQuarter(2025, 3));
        QCOMPARE(ResolvedDate::fromValue(u"2025-H1").precisionName(), QStringLiteral("half"));
        QVERIFY(!ResolvedDate::fromValue(u"2025-Q5").isValid());
        QCOMPARE(ResolvedDate::fromQuarter(2025, 4).endDay(), QDate(2026, 1, 1));
        QCOMPARE(ResolvedDate::fromHalf(2025, 1).endDay(), QDate(2025, 7, 1));
        QVERIFY(ResolvedDate::fromDate(QDate(2025, 4, 9)).isWithin(ResolvedDate::fromMonth(2025, 4)));
        QVERIFY(ResolvedDate::fromMonth(2025, 5).isWithin(ResolvedDate::fromQuarter(2025, 2)));
        QVERIFY(!ResolvedDate::fromMonth(2025, 7).isWithin(ResolvedDate::fromQuarter(2025, 2)));
    }
};

QTEST_GUILESS_MAIN(TestDateExtractor)
#include "tst_dateextractor.moc"
