#pragma once

#include "core/event.h"
#include "temporal/resolveddate.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace chipline::timeline {

// One event as the layout engine sees it: the event itself (its date places it, its
// category colours it, its status and modality style it) and where it goes. No database,
// no painting.
struct TimelineItem : core::Event
{
    QString label; // what is written beside the marker (the title, or "12. title" in print)
    int lane = 0; // index into the lane set
    int corroboration = 0; // distinct articles supporting the event

    bool isConfirmed() const { return status == core::EventStatus::Confirmed; }
    // Not yet confirmed by an analyst: drawn hollow and pale, listed as a candidate.
    bool isCandidate() const { return status == core::EventStatus::Candidate; }
    // Rejected, shown only when a filter asks for it: drawn grey and struck through, listed
    // as rejected, never passed off as a candidate.
    bool isRejected() const { return status == core::EventStatus::Rejected; }
    // Planned, considered or expected, not reported done: a dashed ring and a slanted label.
    bool isTentative() const { return modality != core::EventModality::Asserted; }
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
