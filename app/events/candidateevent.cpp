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

void addDays(QStringList &out, QDate from, QDate end)
{
    for (QDate d = from; d < end; d = d.addDays(1))
        out.append(ResolvedDate::fromDate(d).value());
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
        const QDate first(date.year, date.month, 1);
        addDays(out, first, first.addMonths(1));
        break;
    }
    case DatePrecision::Quarter: {
        const QDate first = date.firstDay();
        for (int i = 0; i < 3; ++i)
            out << ResolvedDate::fromMonth(first.year(), first.month() + i).value();
        addDays(out, first, first.addMonths(3));
        break;
    }
    default:
        break;
    }
    return out;
}

} // namespace chipline::events
