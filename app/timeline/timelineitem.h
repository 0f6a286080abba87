#pragma once

#include "temporal/resolveddate.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace chipline::timeline {

// One event as the layout engine sees it: no database, no painting.
struct TimelineItem
{
    qint64 id = 0;
    temporal::ResolvedDate date;
    QString label; // what is written beside the marker (the title, or "12. title" in print)
    int lane = 0; // index into the lane set
    int corroboration = 0; // distinct articles supporting the event
    bool candidate = false; // drawn dimmed until confirmed
    QString category;
    bool tentative = false; // planned, considered or expected, not reported done: a dashed ring
};

// The days a date covers, [first, end): one day, a whole month or a whole year.
struct DaySpan
{
    QDate first;
    QDate end;
    bool isSpan() const { return first.daysTo(end) > 1; }
};

DaySpan daySpan(const temporal::ResolvedDate &date);

} // namespace chipline::timeline
