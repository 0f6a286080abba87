#pragma once

// What an event's passages say about it as a whole, as SQL expressions over an event row
// aliased e, for the queries that read events (EventStore, TimelineQuery).
//
// Its modality: NULL when a passage says the event happened; else the most decided of what
// they say (planned, then considered, then expected). The analyst's own events without
// passages happened.
#define CHIPLINE_EVENT_MODALITY                                                                            \
    "(SELECT CASE WHEN count(*) > 0 AND count(v.modality) = count(*) THEN "                               \
    "  CASE max(CASE v.modality WHEN 'planned' THEN 3 WHEN 'considered' THEN 2 ELSE 1 END) "               \
    "  WHEN 3 THEN 'planned' WHEN 2 THEN 'considered' ELSE 'expected' END END "                           \
    "FROM event_evidence v WHERE v.event_id = e.id)"
// Dated by the publication day alone (lower confidence): every passage is a lead without a
// date of its own, and the analyst has not set the date.
#define CHIPLINE_EVENT_DATED_BY_PUBLICATION                                                                \
    "(NOT e.edited AND coalesce((SELECT count(*) > 0 AND sum(v.dated_by = 'publication') = count(*) "    \
    "FROM event_evidence v WHERE v.event_id = e.id), 0))"
