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

// Whether the text reports an event as done. A plan ("추가할 방침이다"), a deliberation
// ("검토 중", "is weighing") or a prospect ("could ban") is news too, but not the same news
// as the act: such events keep a modality of their own, which the timeline draws apart.
// A negated sentence ("did not approve") is no event at all: extraction drops it, so no
// stored or shown event is Negated.
enum class EventModality {
    Asserted,
    Planned,
    Considered,
    Expected,
    Negated,
};

// The codes stored in the event table and exported: "candidate", "confirmed", "rejected".
QString statusCode(EventStatus status);
// Inverse of statusCode(); nullopt for an unknown code.
std::optional<EventStatus> statusFromCode(QStringView code);

// The codes of the vocabulary file and exports: "asserted", "planned", "considered",
// "expected", "negated". Storage keeps Asserted as NULL (storage/eventrow.h).
QString modalityCode(EventModality modality);
// Inverse of modalityCode(); nullopt for an unknown code.
std::optional<EventModality> modalityFromCode(QStringView code);

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
    // What the text says of it. Extraction's: the proposing passage's. Read back with the
    // timeline or the event list: the most decided of what its passages say, Asserted as
    // soon as one reports it done (storage/eventcolumns.h); an event row alone, without
    // its passages (EventSnapshot), reads Asserted.
    EventModality modality = EventModality::Asserted;
    EventOrigin origin = EventOrigin::Extraction;
    QString clusterKey; // extraction's "<category>|<date>|<main actors>"; empty for the analyst's own
    QString source; // the analyst's citation: a URL or a reference
    QString notes;

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace chipline::core
