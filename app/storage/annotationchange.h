#pragma once

#include "storage/entitystore.h"
#include "storage/mentionstore.h"
#include "storage/namestore.h"

#include <QList>

#include <optional>

namespace chipline::storage {

// One row before and after an edit: nullopt before means inserted, nullopt after deleted.
// Applying forward deletes before and inserts after; backward the reverse.
template <typename Row> struct RowChange
{
    std::optional<Row> before;
    std::optional<Row> after;
};

using MentionChange = RowChange<MentionRecord>;
using EntityChange = RowChange<EntityRecord>;
// An alias row is keyed by (entity, text); the records carry language, origin and removed.
using AliasChange = RowChange<AliasRecord>;

// A row of event_actor: the entity is one of the event's actors.
struct ActorRecord
{
    qint64 eventId = 0;
    qint64 entityId = 0;
    friend bool operator==(const ActorRecord &, const ActorRecord &) = default;
};

using ActorChange = RowChange<ActorRecord>;

// A row of timeline_lane_member that names an entity: its place in a lane (with the lane's
// title, to know the lane again), the name it was saved under and the entity.
struct LaneMemberRecord
{
    qint64 lane = 0;
    QString laneTitle;
    qint64 position = 0;
    QString member;
    qint64 entityId = 0;
    friend bool operator==(const LaneMemberRecord &, const LaneMemberRecord &) = default;
};

// Keyed by (lane, position).
using LaneMemberChange = RowChange<LaneMemberRecord>;
// Keyed by name.
using RejectedNameChange = RowChange<RejectedNameRecord>;

// Everything one annotation action changes, as row images, so that applying it forward
// redoes the action and applying it backward undoes it. An entity created by the action
// is planned with a negative placeholder id that its first application replaces.
struct AnnotationChange
{
    QList<EntityChange> entities;
    QList<AliasChange> aliases;
    QList<MentionChange> mentions;
    QList<ActorChange> actors;
    QList<LaneMemberChange> laneMembers;
    QList<RejectedNameChange> rejectedNames;

    bool isEmpty() const
    {
        return entities.isEmpty() && aliases.isEmpty() && mentions.isEmpty() && actors.isEmpty()
            && laneMembers.isEmpty() && rejectedNames.isEmpty();
    }
    // Appends other's rows (a decision on several names is one change).
    void append(const AnnotationChange &other);
    // The articles whose mentions change, for refreshing views.
    QList<qint64> articles() const;
};

} // namespace chipline::storage
