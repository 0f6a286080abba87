#include "annotation/annotationservice.h"

#include "annotation/entitydirectory.h"
#include "core/article.h"
#include "storage/backupset.h"
#include "storage/database.h"
#include "text/entitytype.h"

namespace chipline::annotation {

namespace {

// A bulk edit waits for its automatic backup; without one it is not made.
core::Error bulkBackupFailed(const core::Status &st)
{
    return core::Error{
        QStringLiteral("not changed: the automatic backup before this edit failed: %1").arg(st.error().message)};
}

const QString kManual = QStringLiteral("manual");
const QString kAccepted = QStringLiteral("accepted");
const QString kRejected = QStringLiteral("rejected");
const QString kUser = QStringLiteral("user");

core::Error noEntity()
{
    return core::Error{QStringLiteral("the entity no longer exists")};
}

} // namespace

AnnotationService::AnnotationService(storage::Database &db, EntityDirectory &directory)
    : m_db(db),
      m_store(db),
      m_directory(directory)
{}

bool AnnotationService::isValidType(const QString &type)
{
    return text::entityTypeFromCode(type).has_value();
}

core::Result<qint64> AnnotationService::resolve(const EntityChoice &entity, storage::AnnotationChange &change)
{
    if (entity.id > 0) {
        if (!m_store.entity(entity.id))
            return noEntity();
        return entity.id;
    }
    const QString name = entity.name.simplified();
    if (name.isEmpty())
        return core::Error{QStringLiteral("the entity needs a name")};
    if (auto existing = m_store.entityByName(name))
        return existing->id;
    for (const storage::EntityChange &c : std::as_const(change.entities)) {
        if (!c.before && c.after && c.after->name == name)
            return c.after->id;
    }
    if (!isValidType(entity.type))
        return core::Error{QStringLiteral("unknown entity type \"%1\"").arg(entity.type)};
    const QString origin = m_directory.isBuiltIn(name) ? QStringLiteral("builtin") : kUser;
    const qint64 placeholder = -1 - change.entities.size();
    change.entities.append({std::nullopt, storage::EntityRecord{placeholder, name, entity.type, origin}});
    return placeholder;
}

void AnnotationService::annotateSpan(qint64 articleId, qint64 start, qint64 end, qint64 entityId,
                                     storage::AnnotationChange &change)
{
    const QList<storage::MentionRecord> overlapping = m_store.overlapping(articleId, start, end);
    for (const storage::MentionRecord &m : overlapping) {
        if (m.start == start && m.end == end && m.entityId == entityId) {
            if (m.origin == kManual && m.status == kAccepted)
                return; // already there
            storage::MentionRecord after = m;
            after.origin = kManual;
            after.status = kAccepted;
            change.mentions.append({m, after});
            for (const storage::MentionRecord &other : overlapping) {
                if (other.id != m.id && other.status == kAccepted)
                    change.mentions.append({other, std::nullopt});
            }
            return;
        }
    }
    for (const storage::MentionRecord &m : overlapping) {
        if (m.status == kAccepted)
            change.mentions.append({m, std::nullopt});
    }
    storage::MentionRecord row;
    row.articleId = articleId;
    row.start = start;
    row.end = end;
    row.entityId = entityId;
    row.origin = kManual;
    row.status = kAccepted;
    change.mentions.append({std::nullopt, row});
}

core::Result<storage::AnnotationChange> AnnotationService::annotate(qint64 articleId, qint64 start, qint64 end,
                                                                    const EntityChoice &entity)
{
    if (end <= start)
        return core::Error{QStringLiteral("nothing is selected")};
    storage::AnnotationChange change;
    auto id = resolve(entity, change);
    if (!id)
        return id.error();
    annotateSpan(articleId, start, end, id.value(), change);
    return change;
}

core::Result<storage::AnnotationChange> AnnotationService::annotateAll(const QList<Occurrence> &spans,
                                                                       const EntityChoice &entity)
{
    if (spans.size() > 1) {
        if (auto st = storage::BackupSet::beforeBulkEdit(m_db.path(), QStringLiteral("apply-to-all"),
                                                         storage::BackupSet::keepSetting());
            !st)
            return bulkBackupFailed(st);
    }
    storage::AnnotationChange change;
    auto id = resolve(entity, change);
    if (!id)
        return id.error();
    for (const Occurrence &o : spans)
        annotateSpan(o.articleId, o.start, o.end, id.value(), change);
    return change;
}

core::Result<storage::AnnotationChange> AnnotationService::reject(const QList<qint64> &mentionIds)
{
    storage::AnnotationChange change;
    for (qint64 id : mentionIds) {
        const auto m = m_store.mention(id);
        if (!m || m->status != kAccepted)
            continue;
        storage::MentionRecord after = *m;
        after.status = kRejected;
        change.mentions.append({*m, after});
    }
    return change;
}

core::Result<storage::AnnotationChange> AnnotationService::relink(qint64 mentionId, const EntityChoice &entity)
{
    const auto m = m_store.mention(mentionId);
    if (!m)
        return core::Error{QStringLiteral("the mention no longer exists")};
    storage::AnnotationChange change;
    auto id = resolve(entity, change);
    if (!id)
        return id.error();
    storage::MentionRecord after = *m;
    after.entityId = id.value();
    after.origin = kManual;
    after.status = kAccepted;
    change.mentions.append({*m, after});
    return change;
}

core::Result<storage::AnnotationChange> AnnotationService::retype(qint64 entityId, const QString &type)
{
    if (!isValidType(type))
        return core::Error{QStringLiteral("unknown entity type \"%1\"").arg(type)};
    const auto e = m_store.entity(entityId);
    if (!e)
        return noEntity();
    storage::AnnotationChange change;
    if (e->type != type) {
        storage::EntityRecord after = *e;
        after.type = type;
        change.entities.append({*e, after});
    }
    return change;
}

void AnnotationService::addAliasRow(qint64 entityId, const QString &text, storage::AnnotationChange &change)
{
    for (const storage::AliasChange &c : std::as_const(change.aliases)) {
        if (c.after && c.after->entityId == entityId && c.after->text == text)
            return;
    }
    const auto existing = m_store.aliasRow(entityId, text);
    if (existing && existing->origin == kUser && !existing->removed)
        return;
    storage::AliasRecord after{entityId, text, core::guessLanguage(text), kUser, false};
    change.aliases.append({existing, after});
}

core::Result<storage::AnnotationChange> AnnotationService::addAlias(const EntityChoice &entity, const QString &alias)
{
    const QString text = alias.simplified();
    if (text.isEmpty())
        return core::Error{QStringLiteral("the alias is empty")};
    storage::AnnotationChange change;
    auto id = resolve(entity, change);
    if (!id)
        return id.error();
    addAliasRow(id.value(), text, change);
    return change;
}

void AnnotationService::adoptAliases(const QString &name, qint64 entityId, storage::AnnotationChange &change,
                                     const QSet<QString> &skip)
{
    QStringList aliases = m_directory.builtInAliases(name);
    if (const auto entry = m_directory.byName(name))
        aliases += entry->aliases;
    aliases << name;
    aliases.removeDuplicates();
    for (const QString &alias : std::as_const(aliases)) {
        if (!skip.contains(alias))
            addAliasRow(entityId, alias, change);
    }
}

core::Result<storage::AnnotationChange> AnnotationService::rename(qint64 entityId, const QString &name)
{
    const QString newName = name.simplified();
    if (newName.isEmpty())
        return core::Error{QStringLiteral("the name is empty")};
    const auto e = m_store.entity(entityId);
    if (!e)
        return noEntity();
    if (const auto other = m_store.entityByName(newName); other && other->id != entityId)
        return core::Error{QStringLiteral("an entity named \"%1\" exists already; merge the two instead").arg(newName)};
    storage::AnnotationChange change;
    if (e->name == newName)
        return change;
    storage::EntityRecord after = *e;
    after.name = newName;
    // A renamed built-in entity becomes the user's, keeping what the gazetteer knew as aliases;
    // a person of one article ("A #42") the analyst names is a person of the corpus.
    after.origin = kUser;
    after.articleId = 0;
    change.entities.append({*e, after});
    adoptAliases(e->name, entityId, change);
    return change;
}

core::Result<storage::AnnotationChange> AnnotationService::merge(qint64 sourceId, const EntityChoice &target)
{
    return mergeAll({sourceId}, target);
}

core::Result<storage::AnnotationChange> AnnotationService::mergeAll(const QList<qint64> &sourceIds,
                                                                    const EntityChoice &target)
{
    for (qint64 id : sourceIds) {
        if (!m_store.entity(id))
            return noEntity();
    }
    if (auto st =
            storage::BackupSet::beforeBulkEdit(m_db.path(), QStringLiteral("merge"), storage::BackupSet::keepSetting());
        !st)
        return bulkBackupFailed(st);
    storage::AnnotationChange change;
    auto resolved = resolve(target, change);
    if (!resolved)
        return resolved.error();
    const qint64 targetId = resolved.value();
    if (sourceIds.contains(targetId))
        return core::Error{QStringLiteral("an entity cannot be merged into itself")};
    for (qint64 id : sourceIds)
        planMerge(*m_store.entity(id), targetId, target.name.simplified(), change);
    return change;
}

void AnnotationService::planMerge(const storage::EntityRecord &source, qint64 targetId, const QString &newTargetName,
                                  storage::AnnotationChange &change)
{
    const qint64 sourceId = source.id;
    for (const storage::MentionRecord &m : m_store.mentionsOf(sourceId)) {
        storage::MentionRecord after = m;
        after.entityId = targetId;
        change.mentions.append({m, after});
    }
    // Every alias row of the source goes with it. A removal names a text that no entity
    // may claim, wherever the row sits: it moves to the target so that the text stays
    // removed (unless the target has a row of its own for that text).
    QSet<QString> removed;
    for (const storage::AliasRecord &row : m_store.aliasRows(sourceId)) {
        change.aliases.append({row, std::nullopt});
        if (row.removed)
            removed.insert(row.text);
    }
    adoptAliases(source.name, targetId, change, removed);
    for (const storage::AliasRecord &row : m_store.aliasRows(sourceId)) {
        if (!row.removed || (targetId > 0 && m_store.aliasRow(targetId, row.text)))
            continue;
        storage::AliasRecord after = row;
        after.entityId = targetId;
        change.aliases.append({std::nullopt, after});
    }
    const QList<qint64> targetEvents = targetId > 0 ? m_store.actorEvents(targetId) : QList<qint64>();
    for (qint64 event : m_store.actorEvents(sourceId)) {
        const storage::ActorRecord before{event, sourceId};
        if (targetEvents.contains(event))
            change.actors.append({before, std::nullopt}); // the target acts in it already
        else
            change.actors.append({before, storage::ActorRecord{event, targetId}});
    }
    // A lane that had the source has the target in its place, once: where the target is
    // a member already, the source's row goes.
    const auto targetEntity = targetId > 0 ? m_store.entity(targetId) : std::nullopt;
    const QString targetName = targetEntity ? targetEntity->name : newTargetName;
    QSet<qint64> lanesWithTarget;
    if (targetId > 0) {
        for (const storage::LaneMemberRecord &row : m_store.laneMembersOf(targetId))
            lanesWithTarget.insert(row.lane);
    }
    for (const storage::LaneMemberRecord &row : m_store.laneMembersOf(sourceId)) {
        if (lanesWithTarget.contains(row.lane)) {
            change.laneMembers.append({row, std::nullopt});
            continue;
        }
        lanesWithTarget.insert(row.lane);
        storage::LaneMemberRecord after = row;
        after.member = targetName;
        after.entityId = targetId;
        change.laneMembers.append({row, after});
    }
    change.entities.append({source, std::nullopt});
}

core::Status AnnotationService::apply(storage::AnnotationChange &change, bool forward)
{
    auto status = m_store.apply(change, forward);
    if (!change.entities.isEmpty() || !change.aliases.isEmpty())
        m_directory.reload();
    return status;
}

} // namespace chipline::annotation
