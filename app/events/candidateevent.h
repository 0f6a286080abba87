#pragma once

#include "core/event.h"
#include "temporal/resolveddate.h"

#include <QString>
#include <QStringList>

namespace chipline::events {

// An event proposed from one sentence: the event model (date, category, title, modality,
// clusterKey, all set by EventExtractor) plus what only extraction knows of its sentence.
// Its category is never None nor its modality Negated: such a sentence is no candidate.
// Storage clusters candidates by clusterKey into events with several pieces of evidence.
struct CandidateEvent : core::Event
{
    temporal::ResolvedDate reported; // when the sentence's source said it, if another day
    temporal::ResolvedDate effective; // when a rule applies from, if the text gives it
    QStringList actors; // canonical names of the sentence's entities (sources excluded), sorted, unique
    QStringList mainActors; // the actors that identify the event: companies, agencies, people, chips, models
    QString trigger; // the trigger expression that decided the category
    qsizetype evidenceStart = 0; // the sentence, UTF-16 offsets into the article text
    qsizetype evidenceEnd = 0;
    bool fromPublication = false; // dated by the article's publication day, not by the text
};

// Same category, same date at its precision, same main actors -> same key, so that two
// articles on "BIS added Huawei to the Entity List on 2025-04-09" make one event.
// Form: "<category>|<date value>|<main actor>,<main actor>...". Computed from the fields,
// not read from event.clusterKey, which extraction sets from it.
QString clusterKey(const CandidateEvent &event);

// The other dates at which another article's candidate with the same category and actors
// is the same event: a day either side of a day (the same act dated in Seoul and in
// Washington), and a month or quarter and the days and months inside it ("in April" and
// "on April 9"). Half-years and years are too coarse to tell one event from the next.
// Values in ResolvedDate's form; empty for an invalid date.
QStringList compatibleDates(const temporal::ResolvedDate &date);

} // namespace chipline::events
