#include "annotation/namereview.h"

#include "storage/backupset.h"
#include "storage/database.h"

#include <algorithm>

namespace chipline::annotation {

namespace {

const QString kPattern = QStringLiteral("pattern");
const QString kAccepted = QStringLiteral("accepted");

core::Error backupFailed(const core::Status &st)
{
    return core::Error{
        QStringLiteral("not changed: the automatic backup before this edit failed: %1").arg(st.error().message)};
}

} // namespace

NameReview::NameReview(storage::Database &db, AnnotationService &service)
    : m_db(db),
      m_service(service),
      m_store(db),
      m_names(db),
      m_finder(db)
{}

QList<storage::NewNameRecord> NameReview::newNames(const QString &type, int minArticles)
{
    return m_names.newNames(type, std::max(1, minArticles));
}

std::optional<storage::NewNameRecord> NameReview::newName(const QString &name)
{
    return m_names.newName(name);
}

QList<storage::KwicLine> NameReview::contexts(qint64 entityId, int limit)
{
    return storage::KwicQuery(m_db).forEntity(entityId, limit);
}

core::Result<QList<storage::EntityRecord>> NameReview::pending(const QList<qint64> &entityIds)
{
    if (entityIds.isEmpty())
        return core::Error{QStringLiteral("no name is selected")};
    QList<storage::EntityRecord> out;
    for (qint64 id : entityIds) {
        const auto entity = m_store.entity(id);
        if (!entity)
            return core::Error{QStringLiteral("the name no longer exists (recognized again meanwhile); try again")};
        if (entity->origin != kPattern || m_names.rejected(entity->name))
            return core::Error{QStringLiteral("\"%1\" was decided on already").arg(entity->name)};
        out.append(*entity);
    }
    return out;
}

core::Result<QList<storage::EntityRecord>> NameReview::pendingWithBackup(const QList<qint64> &entityIds)
{
    auto entities = pending(entityIds);
    if (!entities)
        return entities;
    // A decision may touch thousands of mentions: it waits for its automatic backup.
    if (auto st = storage::BackupSet::beforeBulkEdit(m_db.path(), QStringLiteral("new-names"),
                                                     storage::BackupSet::keepSetting());
        !st)
        return backupFailed(st);
    return entities;
}

void NameReview::markOccurrences(const storage::EntityRecord &entity, storage::AnnotationChange &change)
{
    for (const Occurrence &o : m_finder.toAnnotate(entity.name, entity.id, 0, -1)) {
        // Another mention (a longer name, a rejection, a hand edit) covering the text wins:
        // accepting a name must not undo what the analyst or the gazetteer said there.
        if (!m_store.overlapping(o.articleId, o.start, o.end).isEmpty())
            continue;
        storage::MentionRecord row;
        row.articleId = o.articleId;
        row.start = o.start;
        row.end = o.end;
        row.entityId = entity.id;
        row.foundBy = QStringLiteral("gazetteer"); // what recognition will find from now on
        change.mentions.append({std::nullopt, row});
    }
}

core::Result<storage::AnnotationChange> NameReview::accept(const QList<qint64> &entityIds, const QString &type)
{
    if (!type.isEmpty() && !AnnotationService::isValidType(type))
        return core::Error{QStringLiteral("unknown entity type \"%1\"").arg(type)};
    auto entities = pendingWithBackup(entityIds);
    if (!entities)
        return entities.error();
    storage::AnnotationChange change;
    for (const storage::EntityRecord &entity : entities.value()) {
        storage::EntityRecord after = entity;
        after.origin = QStringLiteral("user");
        if (!type.isEmpty())
            after.type = type;
        change.entities.append({entity, after});
        markOccurrences(entity, change);
    }
    return change;
}

core::Result<storage::AnnotationChange> NameReview::addAsAlias(const QList<qint64> &entityIds,
                                                               const EntityChoice &target)
{
    auto entities = pending(entityIds);
    if (!entities)
        return entities.error();
    return m_service.mergeAll(entityIds, target);
}

core::Result<storage::AnnotationChange> NameReview::reject(const QList<qint64> &entityIds)
{
    auto entities = pendingWithBackup(entityIds);
    if (!entities)
        return entities.error();
    storage::AnnotationChange change;
    for (const storage::EntityRecord &entity : entities.value()) {
        for (const storage::MentionRecord &m : m_store.mentionsOf(entity.id)) {
            if (m.status != kAccepted)
                continue;
            storage::MentionRecord after = m;
            after.status = QStringLiteral("rejected");
            change.mentions.append({m, after});
        }
        change.rejectedNames.append({std::nullopt, storage::RejectedNameRecord{entity.name, entity.type}});
    }
    return change;
}

} // namespace chipline::annotation
