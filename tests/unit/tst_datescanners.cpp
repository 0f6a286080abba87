// The two date grammars of app/temporal on their own: what KoreanDateScanner and
// EnglishDateScanner find, as written (kind, numbers, span), before any resolution.
#include "temporal/englishdatescanner.h"
#include "temporal/koreandatescanner.h"

#include <QTest>

using namespace chipline::temporal;

namespace {

// "kind y/m/d offset 'span'", with ":period" when there is one; mentions joined by " | ".
QString describe(const QList<DateMention> &mentions, QStringView text)
{
    static const char *const periods[] = {"", "early", "mid", "late", "first-half", "second-half", "quarter"};
    QStringList parts;
    for (const DateMention &m : mentions) {
        QString s = QStringLiteral("%1 %2/%3/%4 %5 '%6'")
                        .arg(kindName(m.kind))
                        .arg(m.year)
                        .arg(m.month)
                        .arg(m.day)
                        .arg(m.offset)
                        .arg(text.sliced(m.start, m.end - m.start));
        if (m.period != DatePeriod::None)
            s += u':' + QString::fromLatin1(periods[int(m.period)]);
        parts.append(s);
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestDateScanners final : public QObject
{
    Q_OBJECT

private slots:
    void korean_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char16_t *text, const char16_t *expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(expected);
        };
        row("full date", u"2025년 4월 9일 발표", u"full-date 2025/4/9 0 '2025년 4월 9일'");
        row("dotted and spaced", u"2025.04.09 공시, 2025. 4. 9. 정정",
            u"full-date 2025/4/9 0 '2025.04.09' | full-date 2025/4/9 0 '2025. 4. 9'");
        row("past and coming days", u"지난 9일과 오는 20일",
            u"past-day 0/0/9 0 '지난 9일' | coming-day 0/0/20 0 '오는 20일'");
        row("local time both ways", u"9일(현지시간) 현지시간 15일",
            u"day 0/0/9 0 '9일(현지시간)' | day 0/0/15 0 '현지시간 15일'");
        row("anchor offsets", u"이날 전날 다음날 3일 뒤",
            u"anchor-offset 0/0/0 0 '이날' | anchor-offset 0/0/0 -1 '전날' | anchor-offset 0/0/0 1 '다음날' | "
            u"anchor-offset 0/0/0 3 '3일 뒤'");
        row("year offsets", u"지난해 10월, 올해 3월 5일",
            u"year-offset 0/10/0 -1 '지난해 10월' | year-offset 0/3/5 0 '올해 3월 5일'");
        row("quarter and halves", u"3분기 실적과 상반기, 2024년 하반기",
            u"month 0/7/0 6 '3분기':quarter | month 0/1/0 6 '상반기':first-half | "
            u"year-month 2024/7/0 0 '2024년 하반기':second-half");
        row("fiscal quarter", u"2026 회계연도 1분기", u"fiscal 0/1/0 0 '1분기':quarter");
        row("weekdays", u"지난 일요일 월요일(현지시간) 오는 금요일",
            u"weekday 0/0/7 -1 '지난 일요일' | weekday 0/0/1 0 '월요일(현지시간)' | weekday 0/0/5 1 '오는 금요일'");
        row("month offsets", u"지난달 28일 이달 내달 2일",
            u"month-offset-day 0/0/28 -1 '지난달 28일' | month-offset 0/0/0 0 '이달' | month-offset-day 0/0/2 1 '내달 "
            u"2일'");
        row("month end", u"5월 말께", u"month 0/5/0 6 '5월 말':late");
        row("month day ahead", u"7월 1일 시행", u"month-day 0/7/1 183 '7월 1일'");
        row("durations are no dates", u"3일 동안 회의하고 30일 이내 답한다", u"");
        row("counts are no dates", u"H20 칩 200개와 2025개", u"");
        // A span ends with its last word, not with the spaces after it.
        row("말 as a verb", u"5월 말했다", u"month 0/5/0 6 '5월'");
        row("year before a word", u"1987년 설립", u"year 1987/0/0 0 '1987년'");
        row("past and coming months", u"지난 5월 오는 5월 발표",
            u"past-month 0/5/0 0 '지난 5월' | coming-month 0/5/0 0 '오는 5월'");
        row("year month before a word", u"2024년 12월 발표한", u"year-month 2024/12/0 0 '2024년 12월'");
        row("weekday word is no month", u"월요일", u"weekday 0/0/1 0 '월요일'");
        row("impossible numbers kept as written", u"13월 40일", u"");
        // Words led by a keyword's first syllable are passed over on their first two units.
        row("words sharing a keyword's start", u"이상 이틀 뒤 지나 지난달 올림픽 올 상반기 오늘 오는 3일",
            u"anchor-offset 0/0/0 2 '이틀 뒤' | month-offset 0/0/0 -1 '지난달' | "
            u"year-offset 0/1/0 0 '올 상반기':first-half | coming-day 0/0/3 0 '오는 3일'");
        // A keyword is looked for only where a word starts, after any unit but a syllable.
        row("keywords after punctuation, none inside a word", u"(이날) “올해 3월” 5일이날 모레이날",
            u"anchor-offset 0/0/0 0 '이날' | year-offset 0/3/0 0 '올해 3월' | day 0/0/5 0 '5일'");
        row("nothing", u"날짜가 없는 문장", u"");
        row("empty", u"", u"");
    }
    void korean()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        KoreanDateScanner scanner(text);
        QCOMPARE(describe(scanner.scan(), text), expected);
    }

    void english_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("month day year", "It said on April 9, 2025 that", "full-date 2025/4/9 0 'April 9, 2025'");
        row("day month year", "on 9 April 2025", "full-date 2025/4/9 0 '9 April 2025'");
        row("iso and us", "on 2025-04-15 and 4/15/2025",
            "full-date 2025/4/15 0 '2025-04-15' | full-date 2025/4/15 0 '4/15/2025'");
        row("weekdays by direction", "Talks on Tuesday; they will meet on Friday. Last Friday and next Friday.",
            "weekday 0/0/2 0 'Tuesday' | weekday 0/0/5 2 'Friday' | weekday 0/0/5 -1 'Last Friday' | "
            "weekday 0/0/5 1 'next Friday'");
        row("weeks", "last week, this week, next week",
            "week-offset 0/0/0 -1 'last week' | week-offset 0/0/0 0 'this week' | week-offset 0/0/0 1 'next week'");
        row("years after a preposition", "since 2023 and mid-2025",
            "year 2023/0/0 0 '2023' | year 2025/0/0 0 'mid-2025'");
        row("bare number is no year", "The 2025 plan had 300 chips", "");
        row("quarters and halves", "the first quarter of 2026, Q3 and first half",
            "year-month 2026/1/0 0 'the first quarter of 2026':quarter | month 0/7/0 6 'Q3':quarter | "
            "month 0/1/0 6 'first half':first-half");
        row("quarter with its year", "in Q4 2025", "year-month 2025/10/0 0 'Q4 2025':quarter");
        row("fiscal quarters", "its fiscal third quarter and FY Q1 sales",
            "fiscal 0/7/0 0 'fiscal third quarter':quarter | fiscal 0/1/0 0 'Q1':quarter");
        row("fiscal year after the part", "the first quarter of fiscal 2026",
            "fiscal 2026/1/0 0 'the first quarter of fiscal 2026':quarter");
        row("quarter ending the text", "results for Q2", "month 0/4/0 6 'Q2':quarter");
        row("half ending the text", "sales fell in H2", "month 0/7/0 6 'H2':second-half");
        row("fiscal year before the part", "Nvidia's fiscal 2026 first quarter revenue",
            "fiscal 2026/1/0 0 'fiscal 2026 first quarter':quarter");
        row("calendar year before the part", "the 2026 first half", "month 0/1/0 6 'first half':first-half");
        row("chip names are no halves", "H20 and H200 chips", "");
        row("months need a number or preposition", "Nvidia may sell chips after a long march", "");
        row("month forms", "in March, in April 2025, Jan. 15",
            "month 0/3/0 6 'March' | year-month 2025/4/0 0 'April 2025' | month-day 0/1/15 7 'Jan. 15'");
        row("days from the story's day", "a day earlier, the day before",
            "anchor-offset 0/0/0 -1 'a day earlier' | anchor-offset 0/0/0 -1 'the day before'");
        row("relative years and months", "earlier this year, late last year, last month",
            "year-offset 0/0/0 0 'earlier this year' | year-offset 0/0/0 -1 'late last year' | "
            "month-offset 0/0/0 -1 'last month'");
        row("impossible day kept as written", "February 30", "month-day 0/2/30 7 'February 30'");
        row("day beyond any month", "May 32", "");
        row("empty", "", "");
    }
    void english()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        EnglishDateScanner scanner(text);
        QCOMPARE(describe(scanner.scan(), text), expected);
    }

    // Mentions come back in text order with spans inside the text, whatever the mix.
    void spansAreOrderedAndInside()
    {
        const QString ko =
            QStringLiteral("지난해 3월 발표 뒤 2025년 4월 9일, 이날, 다음달 2일과 하반기에 시행된다. 지난 일요일");
        const QString en =
            QStringLiteral("On April 9, 2025, a day earlier, last week and in Q3 2025; since 2023, on Friday.");
        KoreanDateScanner koScanner(ko);
        EnglishDateScanner enScanner(en);
        for (const auto &[text, mentions] : {std::pair{ko, koScanner.scan()}, std::pair{en, enScanner.scan()}}) {
            QVERIFY(mentions.size() >= 5);
            qsizetype last = 0;
            for (const DateMention &m : mentions) {
                QVERIFY(m.start >= last);
                QVERIFY(m.end > m.start);
                QVERIFY(m.end <= text.size());
                QVERIFY(!m.isResolved()); // scanners never resolve
                last = m.end;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDateScanners)
#include "tst_datescanners.moc"
