#pragma once

#include "temporal/resolveddate.h"

#include <QList>
#include <QString>

namespace chipline::temporal {

// How an expression resolves. The kind and the numbers as written are enough to resolve a
// mention again later (an undated article whose date the user sets), so storage keeps
// kind + year/month/day/offset and calls DateExtractor::resolve() with the new reference.
enum class DateKind {
    FullDate, // 2025년 4월 9일, 2025.04.09, April 9, 2025: year, month, day
    YearMonth, // 2025년 4월, 2025년 하반기, in April 2025: year, month
    Year, // 1987년: year
    YearOffset, // 지난해 (3월 (5일)), 올해 3월, 내년, last year: offset years, month?, day?
    MonthDay, // 4월 9일, April 9: reference year unless more than offset days ahead
    Month, // 5월 말, 하반기: reference year unless more than offset months ahead
    PastMonth, // 지난 5월: this year unless after the reference month
    ComingMonth, // 오는 5월: this year unless before or at the reference month
    Day, // 9일, 9일(현지시간), 현지시간 9일: this month if day <= reference day
    PastDay, // 지난 9일: this month if day < reference day, else last month
    ComingDay, // 오는 9일: this month if day > reference day, else next month
    MonthOffsetDay, // 지난달 9일, 이달 9일, 내달 9일: offset months, day
    MonthOffset, // 지난달, 이달, 다음달, last month: offset months
    AnchorOffset, // 이날 (0), 전날 (-1), 다음날 (+1), 3일 뒤: offset days from the anchor
    Weekday, // 지난 일요일, on Tuesday: day = ISO weekday 1..7, offset = direction
    Fiscal, // 2026 회계연도 1분기: a company's fiscal calendar, never resolved
    WeekOffset, // this week (0), last week (-1), next week (+1): the month of that week's Wednesday
    ReferenceOffset, // today (0), yesterday (-1): offset days from the reference itself
};

// Part of a month or year named by the text. Quarter and halves make the value a quarter or
// a half (DatePrecision); the others are informational, the value keeps month precision.
enum class DatePeriod {
    None,
    Early,
    Mid,
    Late,
    FirstHalf,
    SecondHalf,
    Quarter
};

// Weekday directions, stored in DateMention::offset.
inline constexpr int WeekdayStrictPast = -1; // 지난 일요일, last Tuesday: before the reference
inline constexpr int WeekdayOnOrBefore = 0; // 월요일(현지시간), said Friday: the reference day or before
inline constexpr int WeekdayFuture = 1; // 오는 금요일, next Friday
inline constexpr int WeekdayOnOrAfter = 2; // will meet on Friday: the reference day or after

// One date expression found in a text. start/end are UTF-16 offsets into the scanned text.
struct DateMention final
{
    qsizetype start = 0;
    qsizetype end = 0;
    DateKind kind = DateKind::FullDate;
    DatePeriod period = DatePeriod::None;
    int year = 0; // as written, 0 when absent
    int month = 0; // as written (first month of a half or quarter), 0 when absent
    int day = 0; // as written (or the weekday for Weekday), 0 when absent
    int offset = 0; // see DateKind
    ResolvedDate value; // invalid while unresolved
    QString unresolvedReason; // why value is invalid: no reference, impossible date, ...

    bool isResolved() const { return value.isValid(); }

    // A mention as a scanner finds it: the numbers as written, not yet resolved. The one
    // constructor the Korean and English scanners share.
    static DateMention written(qsizetype start, qsizetype end, DateKind kind, int year, int month, int day, int offset,
                               DatePeriod period = DatePeriod::None);
};

QString kindName(DateKind kind);
// Inverse of kindName(); false when name is unknown.
bool kindFromName(QStringView name, DateKind *kind);

} // namespace chipline::temporal
