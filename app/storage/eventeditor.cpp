#include "storage/eventeditor.h"

#include "storage/database.h"
#include "storage/eventrow.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <algorithm>

namespace chipline::storage {

EventEditor::EventEditor(Database &db)
    : m_db(db)
{}

core::Result<QList<EventSnapshot>> EventEditor::snapshots(const QList<qint64> &ids)
{
    QList<EventSnapshot> out;
    auto ev = m_db.statement("SELECT " CHIPLINE_EVENT_COLUMNS ", e.created_at FROM event e WHERE e.id = ?1");
    auto actors = m_db.statement("SELECT entity_id FROM event_actor WHERE event_id = ?1 ORDER BY entity_id");
    auto evidence = m_db.statement("SELECT " CHIPLINE_EVIDENCE_COLUMNS " "
                                   "FROM event_evidence v JOIN event e ON e.id = v.event_id WHERE v.event_id = ?1 "
                                   "ORDER BY v.id");
    for (qint64 id : ids) {
        ev.reset();
        ev.bind(1, id);
        if (!ev.next())
            return core::Error{QStringLiteral("there is no event %1").arg(id)};
        EventSnapshot s;
        static_cast<core::Event &>(s) = eventFromRow(ev);
        s.createdAt = ev.text(kEventColumns);
        actors.reset();
        actors.bind(1, id);
        while (actors.next())
            s.actorIds.append(actors.int64(0));
        evidence.reset();
        evidence.bind(1, id);
        while (evidence.next())
            s.evidence.append(evidenceFromRow(evidence, 0, id));
        out.append(s);
    }
    return out;
}

core::Status EventEditor::replace(const QList<qint64> &remove, const QList<EventSnapshot> &events)
{
    Transaction tx(m_db, Transaction::Scope::DatabaseOnly);
    if (!tx.active())
        return tx.beginStatus();
    if (auto st = replaceInTransaction(remove, events); !st)
        return st;
    return tx.commit();
}

core::Status EventEditor::replaceInTransaction(const QList<qint64> &remove, const QList<EventSnapshot> &events)
{
    auto del = m_db.statement("DELETE FROM event WHERE id = ?1");
    for (qint64 id : remove) {
        del.reset();
        del.bind(1, id);
        if (!del.exec())
            return core::Error{del.errorMessage()};
    }
    // An event this edit creates takes an id planned before the edit was written: if
    // another program stored an event under it meanwhile, that event is not ours to replace.
    auto taken = m_db.statement("SELECT count(*) FROM event WHERE id = ?1");
    for (const EventSnapshot &s : events) {
        if (remove.contains(s.id))
            continue;
        taken.reset();
        taken.bind(1, s.id);
        if (taken.lookupInt64().value_or(0) > 0)
            return core::Error{QStringLiteral("another program added events while this edit was made; nothing was "
                                              "changed, try again")};
    }
    auto ins = m_db.statement(CHIPLINE_EVENT_INSERT ", created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                                    "coalesce(?11, strftime('%Y-%m-%dT%H:%M:%S', 'now')))");
    auto actor = m_db.statement("INSERT OR IGNORE INTO event_actor(event_id, entity_id) VALUES (?1, ?2)");
    auto evidence = m_db.statement(CHIPLINE_EVIDENCE_INSERT);
    // Recognition may have proposed the same event again under a new id since the edit
    // was planned (another process's `recognize`): the analyst's version replaces it.
    auto reproposed = m_db.statement("DELETE FROM event WHERE cluster_key = ?1 AND id <> ?2 AND status = 'candidate' "
                                     "AND NOT edited");
    for (const EventSnapshot &s : events) {
        if (!s.clusterKey.isEmpty()) {
            reproposed.reset();
            reproposed.bind(1, s.clusterKey).bind(2, s.id);
            if (!reproposed.exec())
                return core::Error{reproposed.errorMessage()};
        }
        ins.reset();
        bindEvent(ins, s);
        ins.bindOptional(11, s.createdAt);
        if (!ins.exec())
            return core::Error{QStringLiteral("cannot store event \"%1\": %2").arg(s.title, ins.errorMessage())};
        for (qint64 entity : s.actorIds) {
            actor.reset();
            actor.bind(1, s.id).bind(2, entity);
            if (!actor.exec())
                return core::Error{actor.errorMessage()};
        }
        for (const EvidenceRecord &e : s.evidence) {
            evidence.reset();
            bindEvidence(evidence, s.id, e, e.clusterKey == s.clusterKey ? QString() : e.clusterKey);
            if (!evidence.exec())
                return core::Error{evidence.errorMessage()};
        }
    }
    return {};
}

core::Status EventEditor::apply(TimelineChange &change, bool forward)
{
    Transaction tx(m_db, Transaction::Scope::DatabaseOnly);
    if (!tx.active())
        return tx.beginStatus();
    if (auto st = applyInTransaction(change, forward); !st)
        return st;
    return tx.commit();
}

core::Status EventEditor::applyInTransaction(TimelineChange &change, bool forward)
{
    const auto ids = [](const QList<EventSnapshot> &events) {
        QList<qint64> out;
        for (const EventSnapshot &s : events)
            out.append(s.id);
        return out;
    };
    if (change.lanes) {
        if (auto st = LaneStore(m_db).saveInTransaction(forward ? change.lanes->after : change.lanes->before); !st)
            return st;
    }
    if (!forward) {
        if (auto st = replaceInTransaction(ids(change.after), change.before); !st)
            return st;
        // The after events, the only rows that named them, are gone.
        auto del = m_db.statement("DELETE FROM entity WHERE id = ?1");
        for (const EntityRecord &e : std::as_const(change.createdEntities)) {
            del.reset();
            del.bind(1, e.id);
            if (!del.exec())
                return core::Error{del.errorMessage()};
        }
        return {};
    }
    auto ins = m_db.statement("INSERT INTO entity(id, name, type, origin) VALUES (?1, ?2, ?3, ?4)");
    for (EntityRecord &e : change.createdEntities) {
        ins.reset();
        if (e.id > 0)
            ins.bind(1, e.id);
        else
            ins.bindNull(1);
        ins.bind(2, e.name).bind(3, e.type).bind(4, e.origin);
        if (!ins.exec())
            return core::Error{QStringLiteral("cannot add entity \"%1\": %2").arg(e.name, ins.errorMessage())};
        if (e.id <= 0) {
            // The placeholder gives way at once, so that a retry after a rollback is whole.
            const qint64 id = m_db.lastInsertId();
            for (EventSnapshot &s : change.after)
                std::replace(s.actorIds.begin(), s.actorIds.end(), e.id, id);
            e.id = id;
        }
    }
    return replaceInTransaction(ids(change.before), change.after);
}

qint64 EventEditor::nextId()
{
    auto st = m_db.statement("SELECT coalesce(max(id), 0) + 1 FROM event");
    return st.next() ? st.int64(0) : 1;
}

qint64 EventEditor::findEntity(const QString &nameOrAlias)
{
    auto byName = m_db.statement("SELECT id FROM entity WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1");
    byName.bind(1, nameOrAlias.trimmed());
    if (byName.next())
        return byName.int64(0);
    auto byAlias = m_db.statement("SELECT entity_id FROM alias WHERE text = ?1 COLLATE NOCASE AND NOT removed "
                                  "ORDER BY id LIMIT 1");
    byAlias.bind(1, nameOrAlias.trimmed());
    return byAlias.next() ? byAlias.int64(0) : 0;
}

QString EventEditor::entityName(qint64 id)
{
    auto st = m_db.statement("SELECT name FROM entity WHERE id = ?1");
    st.bind(1, id);
    return st.next() ? st.text(0) : QString();
}

qint64 EventEditor::findEvent(const core::ResolvedDate &date, const QString &title)
{
    auto st = m_db.statement("SELECT id FROM event WHERE date = ?1 AND title = ?2 LIMIT 1");
    st.bind(1, date.value()).bind(2, title);
    return st.next() ? st.int64(0) : 0;
}

EventSnapshot EventEditor::merged(const EventSnapshot &into, const EventSnapshot &other)
{
    EventSnapshot m = into;
    for (qint64 a : other.actorIds) {
        if (!m.actorIds.contains(a))
            m.actorIds.append(a);
    }
    // Day precision wins over month, quarter, half and year: the more exact date is the better one.
    if (other.date.precision < m.date.precision)
        m.date = other.date;
    // A passage without a date of its own gave its event's: it keeps that one.
    for (EvidenceRecord &e : m.evidence) {
        if (e.date.isEmpty() && into.date != m.date)
            e.date = into.date.value();
    }
    for (EvidenceRecord e : other.evidence) {
        if (e.date.isEmpty() && other.date != m.date)
            e.date = other.date.value();
        m.evidence.append(e);
    }
    if (other.status == core::EventStatus::Confirmed)
        m.status = other.status;
    if (m.notes.isEmpty())
        m.notes = other.notes;
    if (m.source.isEmpty())
        m.source = other.source;
    m.origin = core::EventOrigin::Analyst;
    return m;
}

EventSnapshot EventEditor::redated(const EventSnapshot &event, const core::ResolvedDate &date)
{
    EventSnapshot out = event;
    out.date = date;
    // A passage that gave the old date gave it wrong, as the analyst says: it follows.
    const QString old = event.date.value();
    for (EvidenceRecord &e : out.evidence) {
        if (e.date == old)
            e.date.clear();
    }
    return out;
}

std::pair<EventSnapshot, EventSnapshot> EventEditor::split(const EventSnapshot &event, const QList<int> &evidence,
                                                           qint64 newId)
{
    EventSnapshot kept = event;
    EventSnapshot moved = event;
    kept.evidence.clear();
    moved.evidence.clear();
    for (int i = 0; i < event.evidence.size(); ++i)
        (evidence.contains(i) ? moved : kept).evidence.append(event.evidence[i]);
    kept.origin = core::EventOrigin::Analyst;
    moved.id = newId;
    moved.origin = core::EventOrigin::Analyst;
    moved.clusterKey.clear();
    moved.createdAt.clear();
    moved.status = core::EventStatus::Candidate;
    return {kept, moved};
}

} // namespace chipline::storage
