#pragma once

#include <QDate>
#include <QString>

namespace chipline::temporal {

enum class DatePrecision { Day, Month, Year };

// A calendar date known to day, month or year precision. "1987년" is the year 1987, not
// 1987-01-01: the precision travels with the value so that export and clustering never
// invent a day the text did not give.
struct ResolvedDate final
{
    int year = 0;
    int month = 0; // 0 when precision is Year
    int day = 0;   // 0 unless precision is Day
    DatePrecision precision = DatePrecision::Day;

    bool isValid() const;
    // "YYYY", "YYYY-MM" or "YYYY-MM-DD", the one textual form stored and exported.
    QString value() const;
    QString precisionName() const; // "day", "month", "year"
    // The first day the value covers (1987 -> 1987-01-01); invalid when !isValid().
    QDate firstDay() const;

    static ResolvedDate fromDate(const QDate &date);
    static ResolvedDate fromMonth(int year, int month);
    static ResolvedDate fromYear(int year);
    // Parses value(); returns an invalid date for anything else.
    static ResolvedDate fromValue(QStringView value);

    friend bool operator==(const ResolvedDate &, const ResolvedDate &) = default;
};

QString precisionName(DatePrecision precision);

} // namespace chipline::temporal
