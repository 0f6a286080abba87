#include "events/candidateevent.h"

#include <QDate>

namespace chipline::events {

QString clusterKey(const CandidateEvent &event)
{
    return categoryCode(event.category) + u'|' + event.date.value() + u'|' + event.mainActors.join(u',');
}

namespace {

using temporal::DatePrecision;
using temporal::ResolvedDate;

// Counted out by day number: a QDate step per day converts its Julian day each time, which
// made the month and quarter lists a tenth of an import's event extraction.
void addMonthDays(QStringList &out, int year, int month)
{
    const int days = QDate(year, month, 1).daysInMonth();
    for (int day = 1; day <= days; ++day)
        out.append(ResolvedDate{year, month, day, DatePrecision::Day}.value());
}

} // namespace

QStringList compatibleDates(const ResolvedDate &date)
{
    QStringList out;
    if (!date.isValid())
        return out;
    const auto quarterOf = [](int year, int month) {
        return ResolvedDate::fromQuarter(year, (month - 1) / 3 + 1).value();
    };
    switch (date.precision) {
    case DatePrecision::Day: {
        const QDate day(date.year, date.month, date.day);
        out << ResolvedDate::fromDate(day.addDays(-1)).value() << ResolvedDate::fromDate(day.addDays(1)).value()
            << ResolvedDate::fromMonth(date.year, date.month).value() << quarterOf(date.year, date.month);
        break;
    }
    case DatePrecision::Month: {
        out << quarterOf(date.year, date.month);
        addMonthDays(out, date.year, date.month);
        break;
    }
    case DatePrecision::Quarter: {
        const QDate first = date.firstDay();
        for (int i = 0; i < 3; ++i)
            out << ResolvedDate::fromMonth(first.year(), first.month() + i).value();
        for (int i = 0; i < 3; ++i)
            addMonthDays(out, first.year(), first.month() + i);
        break;
    }
    default:
        break;
    }
    return out;
}

} // namespace chipline::events
