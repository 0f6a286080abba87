#pragma once

#include "annotation/occurrence.h"
#include "core/result.h"
#include "storage/annotationchange.h"
#include "storage/annotationstore.h"

#include <QList>
#include <QSet>
#include <QString>

namespace chipline::storage {
class Database;
}

namespace chipline::annotation {

class EntityDirectory;

// The entity a mention is linked to: an existing row (id), or by name, created with type
// when no entity has that name yet.
struct EntityChoice
{
    qint64 id = 0;
    QString name;
    QString type;
};

// Plans the analyst's edits as AnnotationChanges (row images before and after) and applies
// them. Planning only reads; apply() writes in one transaction, forward to do or redo,
// backward to undo, so an undo stack needs nothing else. Offsets are code points.
class AnnotationService final
{
    Q_DISABLE_COPY_MOVE(AnnotationService)

public:
    AnnotationService(storage::Database &db, EntityDirectory &directory);

    // A manual mention of the entity over [start, end); accepted mentions it overlaps are
    // replaced (re-recognition would drop them beside a manual mention anyway).
    core::Result<storage::AnnotationChange> annotate(qint64 articleId, qint64 start, qint64 end,
                                                     const EntityChoice &entity);
    // The same for many spans at once (apply to all occurrences), one change.
    core::Result<storage::AnnotationChange> annotateAll(const QList<Occurrence> &spans, const EntityChoice &entity);
    // Rejects the mentions: the rows stay, status 'rejected', so recognition never brings them back.
    core::Result<storage::AnnotationChange> reject(const QList<qint64> &mentionIds);
    // Links an existing mention to another entity (it becomes a manual mention).
    core::Result<storage::AnnotationChange> relink(qint64 mentionId, const EntityChoice &entity);
    core::Result<storage::AnnotationChange> retype(qint64 entityId, const QString &type);
    core::Result<storage::AnnotationChange> addAlias(const EntityChoice &entity, const QString &alias);
    core::Result<storage::AnnotationChange> rename(qint64 entityId, const QString &name);
    // Moves the source's mentions, aliases, alias removals and event roles (actors) to the
    // target and deletes the source; undone, the source comes back with its id and rows.
    core::Result<storage::AnnotationChange> merge(qint64 sourceId, const EntityChoice &target);
    // Several sources into one target, one change (and one automatic backup).
    core::Result<storage::AnnotationChange> mergeAll(const QList<qint64> &sourceIds, const EntityChoice &target);

    // Writes the change; refreshes the directory when entities or aliases changed.
    core::Status apply(storage::AnnotationChange &change, bool forward);

    static bool isValidType(const QString &type);

private:
    // The entity's id, or a placeholder (-1) with the entity's creation added to change.
    core::Result<qint64> resolve(const EntityChoice &entity, storage::AnnotationChange &change);
    void annotateSpan(qint64 articleId, qint64 start, qint64 end, qint64 entityId, storage::AnnotationChange &change);
    // Turns the built-in aliases of name (and name itself) into user aliases of entityId,
    // so that re-recognition maps them to it.
    // Texts in skip (aliases the analyst removed) are left out.
    void adoptAliases(const QString &name, qint64 entityId, storage::AnnotationChange &change,
                      const QSet<QString> &skip = {});
    void addAliasRow(qint64 entityId, const QString &text, storage::AnnotationChange &change);
    void planMerge(const storage::EntityRecord &source, qint64 targetId, const QString &newTargetName,
                   storage::AnnotationChange &change);

    storage::Database &m_db;
    storage::AnnotationStore m_store;
    EntityDirectory &m_directory;
};

} // namespace chipline::annotation
