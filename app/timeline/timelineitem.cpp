#include "timeline/timelineitem.h"

namespace chipline::timeline {

DaySpan daySpan(const temporal::ResolvedDate &date)
{
    const QDate first = date.firstDay();
    if (!first.isValid())
        return {};
    return {first, date.endDay()};
}

} // namespace chipline::timeline
