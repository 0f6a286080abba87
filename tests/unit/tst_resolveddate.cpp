#include "temporal/resolveddate.h"

#include <QTest>

using namespace chipline::temporal;

// value() keeps recently formatted values per thread and hands out shared copies; these
// cases walk enough dates, in both directions and at every precision, that any two
// values meeting in one cache slot would show as a wrong string.
class TestResolvedDate final : public QObject
{
    Q_OBJECT

private slots:
    void valueMatchesTheDate()
    {
        for (int pass = 0; pass < 2; ++pass) {
            const QDate first(1999, 11, 20);
            for (int i = 0; i <= 800; ++i) {
                const QDate day = pass == 0 ? first.addDays(i) : first.addDays(800 - i);
                QCOMPARE(ResolvedDate::fromDate(day).value(), day.toString(QStringLiteral("yyyy-MM-dd")));
                QCOMPARE(ResolvedDate::fromMonth(day.year(), day.month()).value(),
                         day.toString(QStringLiteral("yyyy-MM")));
                QCOMPARE(ResolvedDate::fromYear(day.year()).value(), day.toString(QStringLiteral("yyyy")));
            }
        }
    }

    void invalidAndUnusualValues()
    {
        QCOMPARE(ResolvedDate({2025, 2, 29, DatePrecision::Day}).value(), QString());
        QCOMPARE(ResolvedDate::fromMonth(2025, 13).value(), QString());
        QCOMPARE(ResolvedDate::fromYear(0).value(), QString());
        QCOMPARE(ResolvedDate::fromYear(12345).value(), QStringLiteral("12345"));
        QCOMPARE(ResolvedDate::fromYear(987).value(), QStringLiteral("0987"));
        // A value handed out earlier stays what it was when the caller changes its copy.
        QString kept = ResolvedDate::fromDate(QDate(2025, 4, 9)).value();
        kept.append(u'!');
        QCOMPARE(ResolvedDate::fromDate(QDate(2025, 4, 9)).value(), QStringLiteral("2025-04-09"));
    }

    void validity()
    {
        QVERIFY(ResolvedDate({2024, 2, 29, DatePrecision::Day}).isValid());
        QVERIFY(!ResolvedDate({2023, 2, 29, DatePrecision::Day}).isValid());
        QVERIFY(!ResolvedDate({2025, 4, 31, DatePrecision::Day}).isValid());
        QVERIFY(!ResolvedDate({0, 1, 1, DatePrecision::Day}).isValid());
        QVERIFY(ResolvedDate({1900, 12, 31, DatePrecision::Day}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestResolvedDate)
#include "tst_resolveddate.moc"
