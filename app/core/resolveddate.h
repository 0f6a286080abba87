#pragma once

#include <QDate>
#include <QString>

namespace chipline::core {

// From the finest to the coarsest. Quarter and Half are spans of their own (1분기, the first
// half): as a month they would claim a month the text did not name.
enum class DatePrecision {
    Day,
    Month,
    Quarter,
    Half,
    Year
};

// A calendar date known to day, month, quarter, half-year or year precision. "1987년" is the year 1987, not
// 1987-01-01: the precision travels with the value so that export and clustering never
// invent a day the text did not give.
struct ResolvedDate final
{
    int year = 0;
    int month = 0; // 0 when precision is Year; the first month of a quarter or half
    int day = 0; // 0 unless precision is Day
    DatePrecision precision = DatePrecision::Day;

    bool isValid() const;
    // "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Qn" or "YYYY-Hn", the one textual form
    // stored and exported.
    QString value() const;
    QString precisionName() const; // "day", "month", "quarter", "half", "year"
    // The first day the value covers (1987 -> 1987-01-01); invalid when !isValid().
    QDate firstDay() const;
    // The day after the last one it covers, so that [firstDay, endDay) is its span.
    QDate endDay() const;
    // True when this value lies inside other's span (a day in its month, a month in its year).
    bool isWithin(const ResolvedDate &other) const;

    static ResolvedDate fromDate(const QDate &date);
    static ResolvedDate fromMonth(int year, int month);
    static ResolvedDate fromYear(int year);
    // quarter 1..4, half 1..2; invalid otherwise.
    static ResolvedDate fromQuarter(int year, int quarter);
    static ResolvedDate fromHalf(int year, int half);
    // Parses value(); returns an invalid date for anything else.
    static ResolvedDate fromValue(QStringView value);

    friend bool operator==(const ResolvedDate &, const ResolvedDate &) = default;
};

QString precisionName(DatePrecision precision);
// Inverse of precisionName(); false when name is unknown.
bool precisionFromName(QStringView name, DatePrecision *precision);

} // namespace chipline::core
