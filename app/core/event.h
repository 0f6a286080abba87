#pragma once

#include "core/eventcategory.h"
#include "core/resolveddate.h"

#include <QString>

#include <optional>

namespace chipline::core {

// Where an event stands with the analyst: proposed by extraction, confirmed, or rejected
// (kept, so that re-extraction does not propose it again).
enum class EventStatus {
    Candidate,
    Confirmed,
    Rejected
};

// Whose an event's content is. Extraction's: re-extraction may refine its date or drop it
// with its last passage. The analyst's (edited, merged, split, added, imported): extraction
// only adds evidence to it and never changes or deletes it.
enum class EventOrigin {
    Extraction,
    Analyst
};

// The codes stored in the event table and exported: "candidate", "confirmed", "rejected".
QString statusCode(EventStatus status);
// Inverse of statusCode(); nullopt for an unknown code.
std::optional<EventStatus> statusFromCode(QStringView code);

// One event from extraction through storage to the timeline: every layer's event struct
// is this plus what that layer alone adds (actors, evidence, geometry). Typed, so that no
// code compares strings; the codes appear only in SQL columns, exports and CSV, and the
// words the analyst reads come from tr().
struct Event
{
    qint64 id = 0; // 0 until stored
    ResolvedDate date; // when it happened, at the precision the text or the analyst gave
    EventCategory category = EventCategory::Other;
    QString title;
    EventStatus status = EventStatus::Candidate;
    EventOrigin origin = EventOrigin::Extraction;
    QString clusterKey; // extraction's "<category>|<date>|<main actors>"; empty for the analyst's own
    QString source; // the analyst's citation: a URL or a reference
    QString notes;

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace chipline::core
