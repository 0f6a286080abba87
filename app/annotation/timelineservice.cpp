#include "annotation/timelineservice.h"

#include "storage/transaction.h"
#include "text/entitytype.h"
#include "text/gazetteer.h"

#include <QSet>

namespace chipline::annotation {

namespace {

// The entity planned in change under this name (case-insensitive); 0 when none.
qint64 plannedEntity(const storage::TimelineChange &change, const QString &name)
{
    for (const storage::EntityRecord &planned : change.createdEntities) {
        if (planned.name.compare(name, Qt::CaseInsensitive) == 0)
            return planned.id;
    }
    return 0;
}

qint64 planEntity(storage::TimelineChange &change, const QString &name, const QString &type, const QString &origin)
{
    const qint64 id = -1 - change.createdEntities.size();
    change.createdEntities.append({id, name, type, origin});
    return id;
}

} // namespace

TimelineService::TimelineService(storage::Database &db)
    : m_db(db),
      m_editor(db)
{}

QList<qint64> TimelineService::actorIds(const QStringList &names, storage::TimelineChange &change,
                                        const text::Gazetteer *gazetteer, QStringList *newNames)
{
    QList<qint64> ids;
    for (const QString &given : names) {
        const QString name = given.simplified();
        if (name.isEmpty())
            continue;
        qint64 id = m_editor.findEntity(name);
        if (!id)
            id = plannedEntity(change, name);
        if (const int g = !id && gazetteer ? gazetteer->entityForAlias(name) : -1; g >= 0) {
            const text::GazetteerEntity &known = gazetteer->entity(g);
            id = m_editor.findEntity(known.canonical);
            if (!id)
                id = plannedEntity(change, known.canonical);
            if (!id)
                id = planEntity(change, known.canonical, text::entityTypeCode(known.type), QStringLiteral("builtin"));
        }
        if (!id) {
            id = planEntity(change, name, QStringLiteral("ORG"), QStringLiteral("user"));
            if (newNames)
                newNames->append(name);
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

storage::EventSnapshot TimelineService::analystEvent(qint64 id, const EventInput &input,
                                                     storage::TimelineChange &change, const text::Gazetteer *gazetteer,
                                                     QStringList *newNames)
{
    storage::EventSnapshot s;
    s.id = id;
    s.date = input.date;
    s.category = input.category;
    s.title = input.title;
    s.status = core::EventStatus::Confirmed;
    s.origin = core::EventOrigin::Analyst;
    s.source = input.source;
    s.notes = input.notes;
    s.actorIds = actorIds(input.actors, change, gazetteer, newNames);
    return s;
}

core::Result<storage::TimelineChange> TimelineService::setStatus(const QList<qint64> &ids, core::EventStatus status)
{
    auto before = m_editor.snapshots(ids);
    if (!before)
        return before.error();
    storage::TimelineChange change;
    change.before = before.value();
    change.after = before.value();
    for (storage::EventSnapshot &s : change.after)
        s.status = status;
    return change;
}

core::Result<storage::TimelineChange> TimelineService::edit(qint64 id, const EventInput &input)
{
    auto before = m_editor.snapshots({id});
    if (!before)
        return before.error();
    storage::TimelineChange change;
    change.before = before.value();
    storage::EventSnapshot s = storage::EventEditor::redated(change.before.first(), input.date);
    s.category = input.category;
    s.title = input.title;
    s.actorIds = actorIds(input.actors, change);
    s.source = input.source;
    s.notes = input.notes;
    s.origin = core::EventOrigin::Analyst;
    change.after = {s};
    return change;
}

core::Result<storage::TimelineChange> TimelineService::merge(const QList<qint64> &ids)
{
    if (ids.size() < 2)
        return core::Error{QStringLiteral("merging needs two or more events")};
    auto before = m_editor.snapshots(ids);
    if (!before)
        return before.error();
    storage::EventSnapshot merged = before->first();
    for (qsizetype i = 1; i < before->size(); ++i)
        merged = storage::EventEditor::merged(merged, before->at(i));
    storage::TimelineChange change;
    change.before = before.value();
    change.after = {merged};
    return change;
}

core::Result<storage::TimelineChange> TimelineService::split(qint64 id,
                                                             const QList<std::pair<qint64, qint64>> &passages)
{
    auto before = m_editor.snapshots({id});
    if (!before)
        return before.error();
    const storage::EventSnapshot &event = before->first();
    QList<int> indexes;
    for (int i = 0; i < event.evidence.size(); ++i) {
        if (passages.contains(std::pair{event.evidence[i].articleId, event.evidence[i].start}))
            indexes.append(i);
    }
    if (indexes.isEmpty() || indexes.size() == event.evidence.size())
        return storage::TimelineChange{}; // nothing would move, or nothing stay behind
    const auto [kept, moved] = storage::EventEditor::split(event, indexes, m_editor.nextId());
    storage::TimelineChange change;
    change.before = before.value();
    change.after = {kept, moved};
    return change;
}

core::Result<storage::TimelineChange> TimelineService::add(const EventInput &input,
                                                           std::optional<storage::EvidenceRecord> passage)
{
    storage::TimelineChange change;
    storage::EventSnapshot s = analystEvent(m_editor.nextId(), input, change);
    if (passage) {
        passage->eventId = s.id;
        s.evidence.append(*passage);
    }
    change.after = {s};
    return change;
}

core::Result<EventImport> TimelineService::importEvents(const QList<EventInput> &rows)
{
    EventImport out;
    const auto gazetteer = text::Gazetteer::builtIn();
    const text::Gazetteer *known = gazetteer ? &gazetteer.value() : nullptr;
    qint64 nextId = m_editor.nextId();
    QSet<QString> seen;
    for (const EventInput &row : rows) {
        const QString key = row.date.value() + u'\n' + row.title;
        if (seen.contains(key) || m_editor.findEvent(row.date, row.title)) {
            ++out.duplicates;
            continue;
        }
        seen.insert(key);
        out.change.after.append(analystEvent(nextId++, row, out.change, known, &out.newEntities));
    }
    return out;
}

core::Result<EventImport> TimelineService::importEventsNow(const QList<EventInput> &rows)
{
    storage::Transaction tx(m_db, storage::Transaction::Scope::DatabaseOnly);
    if (!tx.active())
        return tx.beginStatus().error();
    auto planned = importEvents(rows);
    if (!planned)
        return planned.error();
    if (auto st = m_editor.applyInTransaction(planned->change, true); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return planned;
}

core::Result<storage::TimelineChange> TimelineService::setLanes(const QList<storage::StoredLane> &lanes)
{
    auto before = storage::LaneStore(m_db).load();
    if (!before)
        return before.error();
    storage::TimelineChange change;
    if (before.value() != lanes)
        change.lanes = storage::LaneEdit{before.value(), lanes};
    return change;
}

core::Status TimelineService::apply(storage::TimelineChange &change, bool forward)
{
    return m_editor.apply(change, forward);
}

} // namespace chipline::annotation
