#pragma once

#include "core/result.h"
#include "storage/annotationchange.h"

#include <QList>
#include <QString>

#include <optional>

namespace chipline::storage {

class Database;

// The analyst's corrections to entities and mentions: reads that plan an edit and
// apply(), which writes a planned AnnotationChange forward (do, redo) or backward (undo)
// in one transaction. Manual mentions are origin 'manual'; a rejection keeps the row with
// status 'rejected', so re-recognition (MentionStore::replaceAuto) leaves both alone.
class AnnotationStore final
{
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    explicit AnnotationStore(Database &db);

    std::optional<MentionRecord> mention(qint64 id);
    // Mentions of the article (any status) that overlap [start, end), code points.
    QList<MentionRecord> overlapping(qint64 articleId, qint64 start, qint64 end);
    // Every mention of the entity, any status.
    QList<MentionRecord> mentionsOf(qint64 entityId);
    // Accepted mentions of the entity whose text in the body is exactly text.
    QList<MentionRecord> acceptedWithText(qint64 entityId, const QString &text);
    std::optional<EntityRecord> entity(qint64 id);
    std::optional<EntityRecord> entityByName(const QString &name);
    // The rows of the alias table for the entity: user aliases and removals.
    QList<AliasRecord> aliasRows(qint64 entityId);
    std::optional<AliasRecord> aliasRow(qint64 entityId, const QString &text);
    // The events the entity is an actor of.
    QList<qint64> actorEvents(qint64 entityId);
    // The timeline lane rows that name the entity, by lane and position.
    QList<LaneMemberRecord> laneMembersOf(qint64 entityId);

    // Writes the change in one transaction. The first forward application fills in the
    // ids of created rows (placeholders), so later applications reuse them.
    core::Status apply(AnnotationChange &change, bool forward);

private:
    core::Status applyEntity(EntityChange &change, bool forward, QHash<qint64, qint64> &placeholders);
    core::Status applyAlias(const AliasChange &change, bool forward);
    core::Status applyMention(MentionChange &change, bool forward);
    core::Status applyActor(const ActorChange &change, bool forward);
    core::Status applyLaneMember(const LaneMemberChange &change, bool forward);
    core::Status applyRejectedName(const RejectedNameChange &change, bool forward);

    Database &m_db;
};

} // namespace chipline::storage
