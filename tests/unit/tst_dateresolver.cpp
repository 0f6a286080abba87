// DateResolver on hand-made mentions (no scanning): each kind against a reference date,
// the anchor that 이날/전날 count from, and the reasons left on what cannot resolve.
// And ResolvedDate::fromValue, the parser of the one stored form.
#include "temporal/dateresolver.h"

#include <QTest>

using namespace chipline::temporal;

namespace {

DateMention mention(DateKind kind, int year, int month, int day, int offset, DatePeriod period = DatePeriod::None)
{
    return DateMention::written(0, 0, kind, year, month, day, offset, period);
}

} // namespace

Q_DECLARE_METATYPE(DateMention)

class TestDateResolver final : public QObject
{
    Q_OBJECT

private slots:
    void resolvesEachKind_data()
    {
        QTest::addColumn<DateMention>("mention");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("value"); // empty: unresolved
        const QDate wed(2025, 4, 16); // a Wednesday
        QTest::newRow("full date") << mention(DateKind::FullDate, 2024, 2, 29, 0) << wed
                                   << QStringLiteral("2024-02-29");
        QTest::newRow("full date, no such day") << mention(DateKind::FullDate, 2025, 2, 29, 0) << wed << QString();
        QTest::newRow("year month") << mention(DateKind::YearMonth, 2024, 12, 0, 0) << wed << QStringLiteral("2024-12");
        QTest::newRow("year month, half")
            << mention(DateKind::YearMonth, 2024, 7, 0, 0, DatePeriod::SecondHalf) << wed << QStringLiteral("2024-H2");
        QTest::newRow("year") << mention(DateKind::Year, 1987, 0, 0, 0) << wed << QStringLiteral("1987");
        QTest::newRow("year offset") << mention(DateKind::YearOffset, 0, 0, 0, -1) << wed << QStringLiteral("2024");
        QTest::newRow("year offset, month")
            << mention(DateKind::YearOffset, 0, 10, 0, -1) << wed << QStringLiteral("2024-10");
        QTest::newRow("year offset, day")
            << mention(DateKind::YearOffset, 0, 3, 5, 1) << wed << QStringLiteral("2026-03-05");
        QTest::newRow("year offset, quarter")
            << mention(DateKind::YearOffset, 0, 10, 0, -1, DatePeriod::Quarter) << wed << QStringLiteral("2024-Q4");
        QTest::newRow("month day this year")
            << mention(DateKind::MonthDay, 0, 5, 15, 183) << wed << QStringLiteral("2025-05-15");
        QTest::newRow("month day last year")
            << mention(DateKind::MonthDay, 0, 12, 3, 183) << QDate(2025, 1, 5) << QStringLiteral("2024-12-03");
        QTest::newRow("month day, offset 0 keeps the past")
            << mention(DateKind::MonthDay, 0, 4, 17, 0) << wed << QStringLiteral("2024-04-17");
        QTest::newRow("month day, 29 Feb of a leap reference")
            << mention(DateKind::MonthDay, 0, 2, 29, 183) << QDate(2024, 3, 1) << QStringLiteral("2024-02-29");
        QTest::newRow("month day, 29 Feb otherwise") << mention(DateKind::MonthDay, 0, 2, 29, 183) << wed << QString();
        QTest::newRow("month") << mention(DateKind::Month, 0, 9, 0, 6) << wed << QStringLiteral("2025-09");
        QTest::newRow("month, too far ahead")
            << mention(DateKind::Month, 0, 12, 0, 6) << wed << QStringLiteral("2024-12");
        QTest::newRow("month, quarter") << mention(DateKind::Month, 0, 7, 0, 6, DatePeriod::Quarter) << wed
                                        << QStringLiteral("2025-Q3");
        QTest::newRow("month, first half")
            << mention(DateKind::Month, 0, 1, 0, 6, DatePeriod::FirstHalf) << wed << QStringLiteral("2025-H1");
        QTest::newRow("past month") << mention(DateKind::PastMonth, 0, 4, 0, 0) << wed << QStringLiteral("2025-04");
        QTest::newRow("past month, last year")
            << mention(DateKind::PastMonth, 0, 5, 0, 0) << wed << QStringLiteral("2024-05");
        QTest::newRow("coming month") << mention(DateKind::ComingMonth, 0, 5, 0, 0) << wed << QStringLiteral("2025-05");
        QTest::newRow("coming month, next year")
            << mention(DateKind::ComingMonth, 0, 4, 0, 0) << wed << QStringLiteral("2026-04");
        QTest::newRow("day today") << mention(DateKind::Day, 0, 0, 16, 0) << wed << QStringLiteral("2025-04-16");
        QTest::newRow("day last month") << mention(DateKind::Day, 0, 0, 17, 0) << wed << QStringLiteral("2025-03-17");
        QTest::newRow("day 31 in a 30-day month before")
            << mention(DateKind::Day, 0, 0, 31, 0) << QDate(2025, 5, 1) << QString();
        QTest::newRow("past day is never today")
            << mention(DateKind::PastDay, 0, 0, 16, 0) << wed << QStringLiteral("2025-03-16");
        QTest::newRow("past day over new year")
            << mention(DateKind::PastDay, 0, 0, 28, 0) << QDate(2025, 1, 3) << QStringLiteral("2024-12-28");
        QTest::newRow("coming day") << mention(DateKind::ComingDay, 0, 0, 20, 0) << wed << QStringLiteral("2025-04-20");
        QTest::newRow("coming day next month")
            << mention(DateKind::ComingDay, 0, 0, 16, 0) << wed << QStringLiteral("2025-05-16");
        QTest::newRow("coming day over new year")
            << mention(DateKind::ComingDay, 0, 0, 2, 0) << QDate(2025, 12, 30) << QStringLiteral("2026-01-02");
        QTest::newRow("month offset day")
            << mention(DateKind::MonthOffsetDay, 0, 0, 2, 1) << QDate(2025, 12, 30) << QStringLiteral("2026-01-02");
        QTest::newRow("month offset day, no such day")
            << mention(DateKind::MonthOffsetDay, 0, 0, 30, -2) << wed << QString();
        QTest::newRow("month offset") << mention(DateKind::MonthOffset, 0, 0, 0, -4) << wed
                                      << QStringLiteral("2024-12");
        QTest::newRow("anchor offset, no anchor: from the reference")
            << mention(DateKind::AnchorOffset, 0, 0, 0, -1) << wed << QStringLiteral("2025-04-15");
        QTest::newRow("reference offset")
            << mention(DateKind::ReferenceOffset, 0, 0, 0, 1) << wed << QStringLiteral("2025-04-17");
        QTest::newRow("week offset, Wednesday's month")
            << mention(DateKind::WeekOffset, 0, 0, 0, -1) << QDate(2025, 5, 2) << QStringLiteral("2025-04");
        QTest::newRow("week offset, this week")
            << mention(DateKind::WeekOffset, 0, 0, 0, 0) << QDate(2025, 5, 1) << QStringLiteral("2025-04");
        QTest::newRow("weekday on or before, same day")
            << mention(DateKind::Weekday, 0, 0, 3, WeekdayOnOrBefore) << wed << QStringLiteral("2025-04-16");
        QTest::newRow("weekday on or before")
            << mention(DateKind::Weekday, 0, 0, 5, WeekdayOnOrBefore) << wed << QStringLiteral("2025-04-11");
        QTest::newRow("weekday strict past, same day")
            << mention(DateKind::Weekday, 0, 0, 3, WeekdayStrictPast) << wed << QStringLiteral("2025-04-09");
        QTest::newRow("weekday future, same day")
            << mention(DateKind::Weekday, 0, 0, 3, WeekdayFuture) << wed << QStringLiteral("2025-04-23");
        QTest::newRow("weekday future") << mention(DateKind::Weekday, 0, 0, 5, WeekdayFuture) << wed
                                        << QStringLiteral("2025-04-18");
        QTest::newRow("weekday on or after, same day")
            << mention(DateKind::Weekday, 0, 0, 3, WeekdayOnOrAfter) << wed << QStringLiteral("2025-04-16");
        QTest::newRow("weekday on or after")
            << mention(DateKind::Weekday, 0, 0, 1, WeekdayOnOrAfter) << wed << QStringLiteral("2025-04-21");
        QTest::newRow("fiscal never resolves")
            << mention(DateKind::Fiscal, 2026, 1, 0, 0, DatePeriod::Quarter) << wed << QString();
    }
    void resolvesEachKind()
    {
        QFETCH(DateMention, mention);
        QFETCH(QDate, reference);
        QFETCH(QString, value);
        DateResolver resolver(reference);
        resolver.resolve(mention);
        QCOMPARE(mention.value.value(), value);
        QCOMPARE(mention.isResolved(), !value.isEmpty());
        QCOMPARE(mention.unresolvedReason.isEmpty(), !value.isEmpty());
    }

    void reasons()
    {
        DateResolver resolver(QDate(2025, 4, 16));
        DateMention impossible = mention(DateKind::FullDate, 2025, 4, 31, 0);
        resolver.resolve(impossible);
        QCOMPARE(impossible.unresolvedReason, QStringLiteral("date does not exist"));
        DateMention fiscal = mention(DateKind::Fiscal, 2026, 4, 0, 0, DatePeriod::Quarter);
        resolver.resolve(fiscal);
        QCOMPARE(fiscal.unresolvedReason, QStringLiteral("fiscal calendar"));

        // Without a reference, what needs one waits; absolute dates still resolve.
        DateResolver undated{QDate()};
        DateMention pastDay = mention(DateKind::PastDay, 0, 0, 9, 0);
        undated.resolve(pastDay);
        QCOMPARE(pastDay.unresolvedReason, QStringLiteral("needs the publication date"));
        DateMention year = mention(DateKind::Year, 2023, 0, 0, 0);
        undated.resolve(year);
        QCOMPARE(year.value.value(), QStringLiteral("2023"));
        QVERIFY(year.unresolvedReason.isEmpty());
        // A mention resolved again loses its old reason.
        resolver.resolve(pastDay);
        QCOMPARE(pastDay.value.value(), QStringLiteral("2025-04-09"));
        QVERIFY(pastDay.unresolvedReason.isEmpty());
    }

    // 이날/전날 count from the last day the text stated, in order; their own values and
    // coarser dates never move the anchor.
    void anchorFollowsStatedDays()
    {
        DateResolver resolver(QDate(2025, 4, 16));
        QList<DateMention> story = {
            mention(DateKind::AnchorOffset, 0, 0, 0, 0), // 이날, before any date: the reference
            mention(DateKind::PastDay, 0, 0, 9, 0), // 지난 9일
            mention(DateKind::AnchorOffset, 0, 0, 0, -1), // 전날
            mention(DateKind::AnchorOffset, 0, 0, 0, -1), // 전날 again: still from the 9th
            mention(DateKind::YearMonth, 2024, 3, 0, 0), // a month does not move it
            mention(DateKind::ReferenceOffset, 0, 0, 0, -1), // yesterday: from the reference, no move
            mention(DateKind::AnchorOffset, 0, 0, 0, 3), // 3일 뒤
            mention(DateKind::FullDate, 2025, 2, 30, 0), // impossible: no move
            mention(DateKind::FullDate, 2024, 12, 31, 0), // a new stated day
            mention(DateKind::AnchorOffset, 0, 0, 0, 1), // 다음날: over the new year
        };
        QStringList values;
        for (DateMention &m : story) {
            resolver.resolve(m);
            values.append(m.value.value());
        }
        QCOMPARE(values,
                 (QStringList{QStringLiteral("2025-04-16"), QStringLiteral("2025-04-09"), QStringLiteral("2025-04-08"),
                              QStringLiteral("2025-04-08"), QStringLiteral("2024-03"), QStringLiteral("2025-04-15"),
                              QStringLiteral("2025-04-12"), QString(), QStringLiteral("2024-12-31"),
                              QStringLiteral("2025-01-01")}));
    }

    void anchorWithoutReference()
    {
        // An undated article: 이날 resolves once the text stated a day, not before.
        DateResolver resolver{QDate()};
        DateMention before = mention(DateKind::AnchorOffset, 0, 0, 0, 0);
        resolver.resolve(before);
        QVERIFY(!before.isResolved());
        DateMention stated = mention(DateKind::FullDate, 2025, 4, 9, 0);
        resolver.resolve(stated);
        DateMention after = mention(DateKind::AnchorOffset, 0, 0, 0, -1);
        resolver.resolve(after);
        QCOMPARE(after.value.value(), QStringLiteral("2025-04-08"));
    }

    // --- ResolvedDate::fromValue ---

    void fromValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("precision"); // empty: invalid
        QTest::newRow("day") << QStringLiteral("2025-04-09") << QStringLiteral("day");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QStringLiteral("day");
        QTest::newRow("month") << QStringLiteral("2025-04") << QStringLiteral("month");
        QTest::newRow("year") << QStringLiteral("1987") << QStringLiteral("year");
        QTest::newRow("early year") << QStringLiteral("0987") << QStringLiteral("year");
        QTest::newRow("quarter") << QStringLiteral("2025-Q4") << QStringLiteral("quarter");
        QTest::newRow("half") << QStringLiteral("2025-H2") << QStringLiteral("half");
        QTest::newRow("no such day") << QStringLiteral("2023-02-29") << QString();
        QTest::newRow("month 13") << QStringLiteral("2025-13") << QString();
        QTest::newRow("quarter 0") << QStringLiteral("2025-Q0") << QString();
        QTest::newRow("half 3") << QStringLiteral("2025-H3") << QString();
        QTest::newRow("year 0") << QStringLiteral("0000") << QString();
        QTest::newRow("slashes") << QStringLiteral("2025/04/09") << QString();
        QTest::newRow("two-digit year") << QStringLiteral("25-04") << QString();
        QTest::newRow("time appended") << QStringLiteral("2025-04-09T10:00") << QString();
        QTest::newRow("letters") << QStringLiteral("abcd") << QString();
        QTest::newRow("lower-case quarter") << QStringLiteral("2025-q1") << QString();
        QTest::newRow("empty") << QString() << QString();
        // Only the digits value() writes: no signs, no spaces.
        QTest::newRow("signed month") << QStringLiteral("2025-+4") << QString();
        QTest::newRow("spaced month") << QStringLiteral("2025- 4") << QString();
        QTest::newRow("signed day") << QStringLiteral("2025-04-+9") << QString();
        QTest::newRow("spaced day") << QStringLiteral("2025-04- 9") << QString();
        QTest::newRow("signed year") << QStringLiteral("+025") << QString();
        QTest::newRow("spaced year") << QStringLiteral(" 202") << QString();
        QTest::newRow("signed quarter") << QStringLiteral("+025-Q1") << QString();
    }
    void fromValue()
    {
        QFETCH(QString, text);
        QFETCH(QString, precision);
        const ResolvedDate date = ResolvedDate::fromValue(text);
        QCOMPARE(date.isValid(), !precision.isEmpty());
        if (precision.isEmpty())
            return;
        QCOMPARE(date.precisionName(), precision);
        QCOMPARE(date.value(), text); // round trip
    }
};

QTEST_GUILESS_MAIN(TestDateResolver)
#include "tst_dateresolver.moc"
