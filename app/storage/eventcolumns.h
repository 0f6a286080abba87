#pragma once

// What an event's passages say about it as a whole, as SQL expressions over an event row
// aliased e, for the queries that read events (EventStore, TimelineQuery).
//
// Its modality: NULL when a passage says the event happened; else the most decided of what
// they say (planned, then considered, then expected). The analyst's own events without
// passages happened.
//
// Both stop at the first passage that says otherwise: summing every passage of every event
// took 15 s at a million articles (events with 10,000 passages), this 0.2 s.
#define CHIPLINE_EVENT_MODALITY                                                                                        \
    "(CASE WHEN EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = e.id) "                                      \
    "  AND NOT EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = e.id AND v.modality IS NULL) "                \
    "THEN (SELECT CASE max(CASE v.modality WHEN 'planned' THEN 3 WHEN 'considered' THEN 2 ELSE 1 END) "                \
    "  WHEN 3 THEN 'planned' WHEN 2 THEN 'considered' ELSE 'expected' END "                                            \
    "  FROM event_evidence v WHERE v.event_id = e.id) END)"
// Dated by the publication day alone (lower confidence): every passage is a lead without a
// date of its own, and the analyst has not set the date.
#define CHIPLINE_EVENT_DATED_BY_PUBLICATION                                                                            \
    "(NOT e.edited AND EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = e.id) "                               \
    "  AND NOT EXISTS (SELECT 1 FROM event_evidence v WHERE v.event_id = e.id AND v.dated_by <> 'publication'))"

// The entity types whose entities identify an event (events::EventExtractor's main actors),
// as an SQL list: EventStore's related-event query and EventClusterIndex.
#define CHIPLINE_IDENTIFYING_TYPES "('ORG', 'GOV', 'PERSON', 'CHIP', 'MODEL')"
