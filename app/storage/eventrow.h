#pragma once

#include "core/event.h"

#include <QString>

namespace chipline::storage {

class Statement;

// One passage that supports an event, as stored in event_evidence.
struct EvidenceRecord
{
    qint64 eventId = 0;
    qint64 articleId = 0;
    qint64 start = 0; // code points into article.body
    qint64 end = 0;
    // The key of the candidate that proposed the passage, else its event's key. The table
    // stores it only where it differs from the event's key (merged in, split off): the
    // common row carries no copy, and the index on it stays small.
    QString clusterKey;
    QString reported; // the passage's reported date (a date value), empty when none
    QString effective; // the passage's effective date, empty when none
    // The date the passage itself gives (a date value): it may be a day off the event's or
    // coarser ("in April" in an event of April 9). Empty: the event's date (the analyst's
    // passages, and those stored before passages kept their own).
    QString date;
    bool datedByPublication = false; // a lead without a date of its own
    core::EventModality modality = core::EventModality::Asserted; // what the passage says of it
};

// The one place where an event row and its evidence rows turn into values and back: the
// codes of status, category, precision, dating and modality stay in the SQL columns, every
// store and query selects and inserts the columns below and leaves the decoding to these.

// An event row's columns, from the event table aliased e, in the order eventFromRow() reads.
#define CHIPLINE_EVENT_COLUMNS                                                                                         \
    "e.id, e.date, e.precision, e.category, e.title, e.status, e.edited, e.cluster_key, e.source, e.notes"
inline constexpr int kEventColumns = 10;
// Inserts an event from ?1 to ?10 as bindEvent() binds them; the caller closes the list
// (created_at may follow as ?11).
#define CHIPLINE_EVENT_INSERT                                                                                          \
    "INSERT INTO event(id, date, precision, category, title, status, edited, cluster_key, source, notes"
// A passage's columns, from event_evidence aliased v joined to its event e, in the order
// evidenceFromRow() reads.
#define CHIPLINE_EVIDENCE_COLUMNS                                                                                      \
    "v.article_id, v.start, v.end, coalesce(v.cluster_key, e.cluster_key), v.reported, v.effective, v.date, "          \
    "v.dated_by, v.modality"
inline constexpr int kEvidenceColumns = 9;
#define CHIPLINE_EVIDENCE_INSERT                                                                                       \
    "INSERT OR IGNORE INTO event_evidence(event_id, article_id, start, end, cluster_key, reported, effective, "        \
    "date, dated_by, modality) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"

// The event of the CHIPLINE_EVENT_COLUMNS at columns 0 to 9.
core::Event eventFromRow(const Statement &st);
// Binds ?1 to ?10 of CHIPLINE_EVENT_INSERT; an id of 0 binds NULL (SQLite picks it).
void bindEvent(Statement &st, const core::Event &event);
// A modality column (a passage's, or CHIPLINE_EVENT_MODALITY): NULL is Asserted.
core::EventModality modalityFromColumn(const Statement &st, int column);
// The passage of the CHIPLINE_EVIDENCE_COLUMNS from column first on.
EvidenceRecord evidenceFromRow(const Statement &st, int first, qint64 eventId);
// Binds CHIPLINE_EVIDENCE_INSERT for the passage under eventId; storedKey is the key the row
// keeps (empty: none, the event's own).
void bindEvidence(Statement &st, qint64 eventId, const EvidenceRecord &passage, const QString &storedKey);

} // namespace chipline::storage
