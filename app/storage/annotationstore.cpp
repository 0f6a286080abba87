#include "storage/annotationstore.h"

#include "storage/database.h"
#include "storage/mentionstore.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QSet>

namespace chipline::storage {

namespace {

// The image the change leaves behind in the given direction, and the one it replaces.
template <typename Change> auto &target(Change &c, bool forward)
{
    return forward ? c.after : c.before;
}
template <typename Change> auto &origin(Change &c, bool forward)
{
    return forward ? c.before : c.after;
}

// The mention an edit was planned on is gone: recognition ran again meanwhile (another
// process, or Set date) and replaced the article's automatic mentions. Writing on would
// lose the edit silently; the transaction rolls back and the analyst tries again.
core::Error staleMention(const MentionRecord &planned)
{
    return core::Error{QStringLiteral("the mentions of article %1 changed while this edit was made (recognized "
                                      "again); nothing was changed, try again")
                           .arg(planned.articleId)};
}

core::Error failure(const Statement &st)
{
    return core::Error{st.errorMessage()};
}

} // namespace

QList<qint64> AnnotationChange::articles() const
{
    QSet<qint64> ids;
    for (const MentionChange &c : mentions) {
        if (c.before)
            ids.insert(c.before->articleId);
        if (c.after)
            ids.insert(c.after->articleId);
    }
    return {ids.cbegin(), ids.cend()};
}

void AnnotationChange::append(const AnnotationChange &other)
{
    entities += other.entities;
    aliases += other.aliases;
    mentions += other.mentions;
    actors += other.actors;
    laneMembers += other.laneMembers;
    rejectedNames += other.rejectedNames;
}

AnnotationStore::AnnotationStore(Database &db)
    : m_db(db)
{}

std::optional<MentionRecord> AnnotationStore::mention(qint64 id)
{
    auto st = m_db.statement(MentionStore::selectSql("WHERE m.id = ?1").constData());
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return MentionStore::read(st);
}

QList<MentionRecord> AnnotationStore::overlapping(qint64 articleId, qint64 start, qint64 end)
{
    auto st = m_db.statement(
        MentionStore::selectSql("WHERE m.article_id = ?1 AND m.start < ?3 AND m.end > ?2 ORDER BY m.start")
            .constData());
    st.bind(1, articleId).bind(2, start).bind(3, end);
    return MentionStore::readAll(st);
}

QList<MentionRecord> AnnotationStore::mentionsOf(qint64 entityId)
{
    auto st =
        m_db.statement(MentionStore::selectSql("WHERE m.entity_id = ?1 ORDER BY m.article_id, m.start").constData());
    st.bind(1, entityId);
    return MentionStore::readAll(st);
}

QList<MentionRecord> AnnotationStore::acceptedWithText(qint64 entityId, const QString &text)
{
    // substr counts characters, which for SQLite text are code points, as the offsets are.
    auto st = m_db.statement(
        MentionStore::selectSql("JOIN article a ON a.id = m.article_id WHERE m.entity_id = ?1 AND "
                                "m.status = 'accepted' AND substr(a.body, m.start + 1, m.end - m.start) = ?2 "
                                "ORDER BY m.article_id, m.start")
            .constData());
    st.bind(1, entityId).bind(2, text);
    return MentionStore::readAll(st);
}

std::optional<EntityRecord> AnnotationStore::entity(qint64 id)
{
    auto st = m_db.statement("SELECT id, name, type, origin, coalesce(article_id, 0) FROM entity WHERE id = ?1");
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return EntityRecord{st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4)};
}

std::optional<EntityRecord> AnnotationStore::entityByName(const QString &name)
{
    auto st = m_db.statement("SELECT id, name, type, origin, coalesce(article_id, 0) FROM entity WHERE name = ?1");
    st.bind(1, name);
    if (!st.next())
        return std::nullopt;
    return EntityRecord{st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4)};
}

QList<AliasRecord> AnnotationStore::aliasRows(qint64 entityId)
{
    QList<AliasRecord> out;
    auto st =
        m_db.statement("SELECT entity_id, text, language, origin, removed FROM alias WHERE entity_id = ?1 ORDER BY id");
    st.bind(1, entityId);
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0});
    return out;
}

std::optional<AliasRecord> AnnotationStore::aliasRow(qint64 entityId, const QString &text)
{
    auto st = m_db.statement(
        "SELECT entity_id, text, language, origin, removed FROM alias WHERE entity_id = ?1 AND text = ?2");
    st.bind(1, entityId).bind(2, text);
    if (!st.next())
        return std::nullopt;
    return AliasRecord{st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0};
}

QList<qint64> AnnotationStore::actorEvents(qint64 entityId)
{
    QList<qint64> out;
    auto st = m_db.statement("SELECT event_id FROM event_actor WHERE entity_id = ?1 ORDER BY event_id");
    st.bind(1, entityId);
    while (st.next())
        out.append(st.int64(0));
    return out;
}

QList<LaneMemberRecord> AnnotationStore::laneMembersOf(qint64 entityId)
{
    QList<LaneMemberRecord> out;
    auto st = m_db.statement(
        "SELECT m.lane, l.title, m.position, m.member, m.entity_id FROM timeline_lane_member m "
        "JOIN timeline_lane l ON l.position = m.lane WHERE m.entity_id = ?1 ORDER BY m.lane, m.position");
    st.bind(1, entityId);
    while (st.next())
        out.append({st.int64(0), st.text(1), st.int64(2), st.text(3), st.int64(4)});
    return out;
}

core::Status AnnotationStore::apply(AnnotationChange &change, bool forward)
{
    Transaction tx(m_db, Transaction::Scope::DatabaseOnly);
    if (!tx.active())
        return tx.beginStatus();
    QHash<qint64, qint64> placeholders;
    for (EntityChange &c : change.entities) {
        if (target(c, forward)) {
            if (auto st = applyEntity(c, forward, placeholders); !st)
                return st;
        }
    }
    if (!placeholders.isEmpty()) {
        auto fix = [&placeholders](auto &changes) {
            for (auto &c : changes) {
                for (auto *image : {&c.before, &c.after}) {
                    if (*image && placeholders.contains((*image)->entityId))
                        (*image)->entityId = placeholders.value((*image)->entityId);
                }
            }
        };
        fix(change.aliases);
        fix(change.mentions);
        fix(change.actors);
        fix(change.laneMembers);
    }
    for (const AliasChange &c : std::as_const(change.aliases)) {
        if (auto st = applyAlias(c, forward); !st)
            return st;
    }
    for (MentionChange &c : change.mentions) {
        if (auto st = applyMention(c, forward); !st)
            return st;
    }
    // Before entities are deleted: their foreign keys cascade to the rows still pointing at them.
    for (const ActorChange &c : std::as_const(change.actors)) {
        if (auto st = applyActor(c, forward); !st)
            return st;
    }
    // A deleted entity's lane rows would only lose it (ON DELETE SET NULL).
    for (const LaneMemberChange &c : std::as_const(change.laneMembers)) {
        if (auto st = applyLaneMember(c, forward); !st)
            return st;
    }
    for (const RejectedNameChange &c : std::as_const(change.rejectedNames)) {
        if (auto st = applyRejectedName(c, forward); !st)
            return st;
    }
    for (EntityChange &c : change.entities) {
        if (!target(c, forward)) {
            if (auto st = applyEntity(c, forward, placeholders); !st)
                return st;
        }
    }
    return tx.commit();
}

core::Status AnnotationStore::applyEntity(EntityChange &change, bool forward, QHash<qint64, qint64> &placeholders)
{
    auto &to = target(change, forward);
    const auto &from = origin(change, forward);
    if (!to) {
        auto st = m_db.statement("DELETE FROM entity WHERE id = ?1");
        st.bind(1, from->id);
        return st.exec() ? core::Status{} : failure(st);
    }
    if (from) {
        auto st = m_db.statement("UPDATE entity SET name = ?2, type = ?3, origin = ?4, article_id = ?5 WHERE id = ?1");
        st.bind(1, to->id).bind(2, to->name).bind(3, to->type).bind(4, to->origin);
        if (to->articleId > 0)
            st.bind(5, to->articleId);
        else
            st.bindNull(5);
        return st.exec() ? core::Status{} : failure(st);
    }
    // A local entity ("A #42") comes back local: undoing a merge must not make it a new name.
    auto st = m_db.statement("INSERT INTO entity(id, name, type, origin, article_id) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (to->id > 0)
        st.bind(1, to->id);
    else
        st.bindNull(1);
    st.bind(2, to->name).bind(3, to->type).bind(4, to->origin);
    if (to->articleId > 0)
        st.bind(5, to->articleId);
    else
        st.bindNull(5);
    if (!st.exec())
        return core::Error{QStringLiteral("entity \"%1\": %2").arg(to->name, st.errorMessage())};
    if (to->id <= 0) {
        placeholders.insert(to->id, m_db.lastInsertId());
        to->id = m_db.lastInsertId();
    }
    return {};
}

core::Status AnnotationStore::applyAlias(const AliasChange &change, bool forward)
{
    const auto &to = target(change, forward);
    const auto &from = origin(change, forward);
    if (!to) {
        auto st = m_db.statement("DELETE FROM alias WHERE entity_id = ?1 AND text = ?2");
        st.bind(1, from->entityId).bind(2, from->text);
        return st.exec() ? core::Status{} : failure(st);
    }
    auto st =
        m_db.statement("INSERT INTO alias(entity_id, text, language, origin, removed) VALUES (?1, ?2, ?3, ?4, ?5) "
                       "ON CONFLICT(entity_id, text) DO UPDATE SET language = ?3, origin = ?4, removed = ?5");
    st.bind(1, to->entityId)
        .bind(2, to->text)
        .bindOptional(3, to->language)
        .bind(4, to->origin)
        .bind(5, int(to->removed));
    return st.exec() ? core::Status{} : failure(st);
}

core::Status AnnotationStore::applyMention(MentionChange &change, bool forward)
{
    auto &to = target(change, forward);
    const auto &from = origin(change, forward);
    if (!to) {
        auto st = m_db.statement("DELETE FROM mention WHERE id = ?1");
        st.bind(1, from->id);
        if (!st.exec())
            return failure(st);
        return m_db.changes() == 1 ? core::Status{} : staleMention(*from);
    }
    if (from) {
        auto st = m_db.statement("UPDATE mention SET start = ?2, end = ?3, entity_id = ?4, origin = ?5, status = ?6, "
                                 "confidence = ?7, found_by = ?8 WHERE id = ?1");
        st.bind(1, to->id)
            .bind(2, to->start)
            .bind(3, to->end)
            .bind(4, to->entityId)
            .bind(5, to->origin)
            .bind(6, to->status)
            .bind(7, to->confidence)
            .bind(8, to->foundBy);
        if (!st.exec())
            return failure(st);
        return m_db.changes() == 1 ? core::Status{} : staleMention(*from);
    }
    auto st = m_db.statement("INSERT INTO mention(id, article_id, start, end, entity_id, origin, status, confidence, "
                             "found_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (to->id > 0)
        st.bind(1, to->id);
    else
        st.bindNull(1);
    st.bind(2, to->articleId)
        .bind(3, to->start)
        .bind(4, to->end)
        .bind(5, to->entityId)
        .bind(6, to->origin)
        .bind(7, to->status)
        .bind(8, to->confidence)
        .bind(9, to->foundBy);
    if (!st.exec())
        return failure(st);
    if (to->id <= 0)
        to->id = m_db.lastInsertId();
    return {};
}

core::Status AnnotationStore::applyActor(const ActorChange &change, bool forward)
{
    const auto &to = target(change, forward);
    const auto &from = origin(change, forward);
    if (from) {
        auto st = m_db.statement("DELETE FROM event_actor WHERE event_id = ?1 AND entity_id = ?2");
        st.bind(1, from->eventId).bind(2, from->entityId);
        if (!st.exec())
            return failure(st);
    }
    if (!to)
        return {};
    // An event deleted on the timeline since the edit has no actors to give back.
    auto st = m_db.statement("INSERT OR IGNORE INTO event_actor(event_id, entity_id) "
                             "SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM event WHERE id = ?1)");
    st.bind(1, to->eventId).bind(2, to->entityId);
    return st.exec() ? core::Status{} : failure(st);
}

core::Status AnnotationStore::applyLaneMember(const LaneMemberChange &change, bool forward)
{
    const auto &to = target(change, forward);
    const auto &from = origin(change, forward);
    // Each statement checks that the lane and the row are still the ones the change left:
    // lanes saved again since then are the analyst's newer word and stay as they are.
    if (!to) {
        auto st =
            m_db.statement("DELETE FROM timeline_lane_member WHERE lane = ?1 AND position = ?2 AND entity_id = ?3 "
                           "AND EXISTS (SELECT 1 FROM timeline_lane WHERE position = ?1 AND title = ?4)");
        st.bind(1, from->lane).bind(2, from->position).bind(3, from->entityId).bind(4, from->laneTitle);
        return st.exec() ? core::Status{} : failure(st);
    }
    if (from) {
        auto st = m_db.statement("UPDATE timeline_lane_member SET member = ?3, entity_id = ?4 WHERE lane = ?1 AND "
                                 "position = ?2 AND entity_id = ?5 "
                                 "AND EXISTS (SELECT 1 FROM timeline_lane WHERE position = ?1 AND title = ?6)");
        st.bind(1, to->lane)
            .bind(2, to->position)
            .bind(3, to->member)
            .bind(4, to->entityId)
            .bind(5, from->entityId)
            .bind(6, to->laneTitle);
        return st.exec() ? core::Status{} : failure(st);
    }
    auto st =
        m_db.statement("INSERT OR IGNORE INTO timeline_lane_member(lane, position, member, entity_id) SELECT ?1, ?2, "
                       "?3, ?4 WHERE EXISTS (SELECT 1 FROM timeline_lane WHERE position = ?1 AND title = ?5)");
    st.bind(1, to->lane).bind(2, to->position).bind(3, to->member).bind(4, to->entityId).bind(5, to->laneTitle);
    return st.exec() ? core::Status{} : failure(st);
}

core::Status AnnotationStore::applyRejectedName(const RejectedNameChange &change, bool forward)
{
    const auto &to = target(change, forward);
    const auto &from = origin(change, forward);
    if (!to) {
        auto st = m_db.statement("DELETE FROM rejected_name WHERE name = ?1");
        st.bind(1, from->name);
        return st.exec() ? core::Status{} : failure(st);
    }
    auto st = m_db.statement("INSERT INTO rejected_name(name, type) VALUES (?1, ?2) "
                             "ON CONFLICT(name) DO UPDATE SET type = ?2");
    st.bind(1, to->name).bind(2, to->type);
    return st.exec() ? core::Status{} : failure(st);
}

} // namespace chipline::storage
