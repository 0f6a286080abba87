#include "timeline/timelineitem.h"

namespace chipline::timeline {

DaySpan daySpan(const temporal::ResolvedDate &date)
{
    const QDate first = date.firstDay();
    if (!first.isValid())
        return {};
    switch (date.precision) {
    case temporal::DatePrecision::Day:
        return {first, first.addDays(1)};
    case temporal::DatePrecision::Month:
        return {first, first.addMonths(1)};
    case temporal::DatePrecision::Year:
        return {first, first.addYears(1)};
    }
    return {first, first.addDays(1)};
}

} // namespace chipline::timeline
