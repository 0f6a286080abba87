#include "timeline/timescale.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace chipline::timeline {

namespace {

constexpr std::array<int, 7> kYearSteps{1, 2, 5, 10, 20, 50, 100};

double nominalDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return 1;
    case TickUnit::Week:
        return 7;
    case TickUnit::Month:
        return 30.44;
    case TickUnit::Quarter:
        return 91.3;
    case TickUnit::Year:
        return 365.25;
    }
    return 1;
}

bool isMajor(QDate date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return date.day() <= (unit == TickUnit::Week ? 7 : 1);
    case TickUnit::Month:
    case TickUnit::Quarter:
        return date.month() == 1;
    case TickUnit::Year:
        return date.year() % 10 == 0;
    }
    return false;
}

} // namespace

TimeScale::TimeScale(QDate first, double x0, double pixelsPerDay)
    : m_first(first.isValid() ? first : QDate(2000, 1, 1)),
      m_x0(x0),
      m_pixelsPerDay(pixelsPerDay > 0 ? pixelsPerDay : 1)
{}

TimeScale TimeScale::fit(QDate first, QDate end, double x0, double width)
{
    const qint64 days = qMax<qint64>(1, first.daysTo(end));
    return TimeScale(first, x0, width / double(days));
}

double TimeScale::x(QDate date) const
{
    return x(date.toJulianDay());
}

double TimeScale::x(qint64 julianDay) const
{
    return m_x0 + double(julianDay - m_first.toJulianDay()) * m_pixelsPerDay;
}

QDate TimeScale::dateAt(double x) const
{
    return QDate::fromJulianDay(m_first.toJulianDay() + qint64(std::floor((x - m_x0) / m_pixelsPerDay)));
}

TickUnit TimeScale::unitFor(double minSpacing, int *yearStep) const
{
    if (yearStep)
        *yearStep = 1;
    for (TickUnit unit : {TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter}) {
        if (nominalDays(unit) * m_pixelsPerDay >= minSpacing)
            return unit;
    }
    for (int step : kYearSteps) {
        if (yearStep)
            *yearStep = step;
        if (nominalDays(TickUnit::Year) * step * m_pixelsPerDay >= minSpacing)
            break;
    }
    return TickUnit::Year;
}

QDate TimeScale::ceilTo(QDate date, TickUnit unit, int yearStep)
{
    switch (unit) {
    case TickUnit::Day:
        return date;
    case TickUnit::Week:
        return date.addDays((8 - date.dayOfWeek()) % 7); // Mondays
    case TickUnit::Month:
        return date.day() == 1 ? date : QDate(date.year(), date.month(), 1).addMonths(1);
    case TickUnit::Quarter: {
        QDate q(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
        return q == date ? q : q.addMonths(3);
    }
    case TickUnit::Year: {
        int year = date.year();
        if (date != QDate(year, 1, 1))
            ++year;
        const int step = qMax(1, yearStep);
        year = ((year + step - 1) / step) * step;
        return QDate(year, 1, 1);
    }
    }
    return date;
}

QDate TimeScale::advance(QDate date, TickUnit unit, int yearStep)
{
    switch (unit) {
    case TickUnit::Day:
        return date.addDays(1);
    case TickUnit::Week:
        return date.addDays(7);
    case TickUnit::Month:
        return date.addMonths(1);
    case TickUnit::Quarter:
        return date.addMonths(3);
    case TickUnit::Year:
        return date.addYears(qMax(1, yearStep));
    }
    return date.addDays(1);
}

QString TimeScale::label(QDate date, TickUnit unit, bool withContext)
{
    // English month names whatever the system's locale; a translation that wants none
    // (Korean numbers its months) gives a format of digits only.
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    switch (unit) {
    case TickUnit::Year:
        //: An axis tick on the first day of a year; %1 is the year
        return tr("%1", "year tick").arg(date.year());
    case TickUnit::Quarter: {
        const QString q = QString::number((date.month() - 1) / 3 + 1);
        //: An axis tick at a quarter with its year; %1 is the quarter (1-4), %2 the year
        return withContext ? tr("Q%1 %2").arg(q, QString::number(date.year()))
                           //: An axis tick at a quarter; %1 is the quarter (1-4)
                           : tr("Q%1").arg(q);
    }
    case TickUnit::Month:
        //: A QDate format for an axis tick at a month with its year
        return withContext ? en.toString(date, tr("MMM yyyy"))
                           //: A QDate format for an axis tick at a month
                           : en.toString(date, tr("MMM"));
    case TickUnit::Week:
    case TickUnit::Day:
        if (withContext)
            //: A QDate format for an axis tick at a day with its month and year
            return en.toString(date, tr("d MMM yyyy"));
        return unit == TickUnit::Day && date.day() != 1
            //: A QDate format for an axis tick at a day of the month
            ? en.toString(date, tr("d", "day tick"))
            //: A QDate format for an axis tick at a day with its month
            : en.toString(date, tr("d MMM"));
    }
    return {};
}

QList<Tick> TimeScale::ticks(QDate from, QDate to, double minSpacing) const
{
    QList<Tick> out;
    if (!from.isValid() || !to.isValid() || from >= to)
        return out;
    int step = 1;
    const TickUnit unit = unitFor(minSpacing, &step);
    bool first = true;
    for (QDate d = ceilTo(from, unit, step); d.isValid() && d < to; d = advance(d, unit, step)) {
        const bool major = isMajor(d, unit);
        out.append({d, x(d), label(d, unit, first || major), major});
        first = false;
        if (out.size() > 100000)
            break;
    }
    return out;
}

} // namespace chipline::timeline
