#pragma once

#include "core/event.h"
#include "core/result.h"
#include "storage/eventeditor.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace chipline::text {
class Gazetteer;
}

namespace chipline::annotation {

// What the analyst gives for an event, typed in the edit dialog or read from a CSV
// chronology: actors by name, which may name no entity yet.
struct EventInput
{
    core::ResolvedDate date;
    core::EventCategory category = core::EventCategory::Other;
    QString title;
    QStringList actors;
    QString source;
    QString notes;
};

// A chronology brought in as one change: the new events (and the entities their actors
// need), the rows left out because the timeline or an earlier row has their date and title,
// and the actor names no entity or gazetteer alias knew, which become user entities.
struct EventImport
{
    storage::TimelineChange change;
    int duplicates = 0;
    QStringList newEntities;
};

// Plans the analyst's timeline edits (confirm, reject, edit, merge, split, add, import a
// chronology, edit the lanes) as storage::TimelineChanges and applies them, forward to do
// or redo, backward to undo, as AnnotationService does for entities and mentions. An actor
// name that names no entity (by name or alias) becomes an entity the change creates, so
// undo removes it again.
class TimelineService final
{
    Q_DISABLE_COPY_MOVE(TimelineService)

public:
    explicit TimelineService(storage::Database &db);

    core::Result<storage::TimelineChange> setStatus(const QList<qint64> &ids, core::EventStatus status);
    core::Result<storage::TimelineChange> edit(qint64 id, const EventInput &input);
    // The events merged into the first.
    core::Result<storage::TimelineChange> merge(const QList<qint64> &ids);
    // Moves the passages (article, start) of the event into a new candidate event; an
    // empty change when none or all of its passages are named.
    core::Result<storage::TimelineChange> split(qint64 id, const QList<std::pair<qint64, qint64>> &passages);
    // A new confirmed event, with the passage as its evidence when there is one.
    core::Result<storage::TimelineChange> add(const EventInput &input, std::optional<storage::EvidenceRecord> passage);
    // The rows as new confirmed events. An actor is found by name or alias, else by the
    // built-in gazetteer's aliases (its entity is created under the canonical name), else
    // created as a user organization.
    core::Result<EventImport> importEvents(const QList<EventInput> &rows);
    // Plans and applies importEvents() in one transaction, for a caller without an undo
    // stack (the command line): no other writer takes an event id or an entity name between
    // the lookups and the inserts.
    core::Result<EventImport> importEventsNow(const QList<EventInput> &rows);
    // The saved actor lanes become these (empty: the built-in ones); an empty change when
    // they are so already.
    core::Result<storage::TimelineChange> setLanes(const QList<storage::StoredLane> &lanes);

    core::Status apply(storage::TimelineChange &change, bool forward);

private:
    // The entities of the names, each found by name or alias, by the gazetteer's aliases
    // when one is given, or planned in change; newNames receives the names planned as new
    // user entities.
    QList<qint64> actorIds(const QStringList &names, storage::TimelineChange &change,
                           const text::Gazetteer *gazetteer = nullptr, QStringList *newNames = nullptr);
    // A confirmed event of the analyst's under id, its fields and actors from input.
    storage::EventSnapshot analystEvent(qint64 id, const EventInput &input, storage::TimelineChange &change,
                                        const text::Gazetteer *gazetteer = nullptr, QStringList *newNames = nullptr);

    storage::Database &m_db;
    storage::EventEditor m_editor;
};

} // namespace chipline::annotation
