#pragma once

#include "core/result.h"
#include "storage/entitystore.h"
#include "storage/eventstore.h"
#include "storage/lanestore.h"

#include <QList>
#include <QString>

#include <optional>

namespace chipline::storage {

class Database;

// Everything stored about one event: enough to put it back exactly as it was.
struct EventSnapshot : core::Event
{
    QString createdAt;
    QList<qint64> actorIds;
    QList<EvidenceRecord> evidence; // eventId ignored on write; each keeps the key that proposed it
};

// The analyst's actor lanes before and after an edit of them; empty: the built-in lanes.
struct LaneEdit
{
    QList<StoredLane> before;
    QList<StoredLane> after;
};

// One timeline edit as images: the events before and after it, the entities it creates
// for actor names that named none, and the lanes when it edits them. An entity is planned
// with a negative placeholder id, which the after images' actorIds use until the first
// forward application gives it its row id; undo deletes the entity again, redo recreates
// it under that id.
struct TimelineChange
{
    QList<EventSnapshot> before;
    QList<EventSnapshot> after;
    QList<EntityRecord> createdEntities;
    std::optional<LaneEdit> lanes;

    bool isEmpty() const { return before.isEmpty() && after.isEmpty() && !lanes; }
};

// The write side of the analyst's timeline edits. Every edit is "these events become
// these snapshots": the undo stack keeps the snapshots from before and after and calls
// replace() either way, so confirm, edit, merge, split and create undo alike.
class EventEditor final
{
    Q_DISABLE_COPY_MOVE(EventEditor)

public:
    explicit EventEditor(Database &db);

    core::Result<QList<EventSnapshot>> snapshots(const QList<qint64> &ids);
    // In one transaction: deletes the events in remove, then writes each snapshot under
    // its id. A snapshot whose id is not in remove is a new event (its id from nextId()):
    // if another program stored an event under that id meanwhile, nothing is written.
    core::Status replace(const QList<qint64> &remove, const QList<EventSnapshot> &events);
    // The same inside the caller's transaction, for a caller that read ids and names in it.
    core::Status replaceInTransaction(const QList<qint64> &remove, const QList<EventSnapshot> &events);
    // Writes the change in one transaction: forward (do, redo) creates its entities, then
    // replaces the before events by the after ones; backward (undo) does the reverse and
    // deletes the entities it created.
    core::Status apply(TimelineChange &change, bool forward);
    // The same inside the caller's transaction, for a caller that planned the change in it.
    core::Status applyInTransaction(TimelineChange &change, bool forward);
    qint64 nextId();

    // The entity with this canonical name or user alias (case-insensitive); 0 when none.
    qint64 findEntity(const QString &nameOrAlias);
    QString entityName(qint64 id);
    // The event with exactly this date and title, 0 when none: re-importing a file is a no-op.
    qint64 findEvent(const core::ResolvedDate &date, const QString &title);

    // Pure edits on snapshots, for the undo commands.
    static EventSnapshot merged(const EventSnapshot &into, const EventSnapshot &other);
    // The event at the analyst's date: its passages that gave the old date follow the new
    // one (they read as the analyst's date in export); those that gave another keep theirs.
    static EventSnapshot redated(const EventSnapshot &event, const core::ResolvedDate &date);
    // Moves the evidence at the given indexes to a new event (id newId) that copies the rest.
    static std::pair<EventSnapshot, EventSnapshot> split(const EventSnapshot &event, const QList<int> &evidence,
                                                         qint64 newId);

private:
    Database &m_db;
};

} // namespace chipline::storage
